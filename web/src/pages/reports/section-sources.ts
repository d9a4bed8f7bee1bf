/**
 * Where the numbers of each LKjIP section come from: the pages a reviewer
 * opens to check them (paths under /instansi/:agencyId, labels in common:nav).
 */
export type SectionSource = { page: string; nav: string };

const SOURCES: Record<string, readonly SectionSource[]> = {
  ikhtisar: [{ page: '', nav: 'dashboard' }],
  bab1: [
    { page: 'data-sosial', nav: 'social' },
    { page: 'renstra', nav: 'renstra' },
  ],
  bab2: [
    { page: 'renstra', nav: 'renstra' },
    { page: 'pk', nav: 'pk' },
  ],
  'bab3-pengukuran': [
    { page: 'realisasi', nav: 'realisations' },
    { page: 'analisis', nav: 'analysis' },
  ],
  'bab3-sasaran': [
    { page: 'analisis', nav: 'analysis' },
    { page: 'realisasi', nav: 'realisations' },
  ],
  'bab3-anggaran': [{ page: 'anggaran', nav: 'budget' }],
  bab4: [{ page: 'analisis', nav: 'analysis' }],
  lampiran: [
    { page: 'pk', nav: 'pk' },
    { page: 'renstra', nav: 'renstra' },
  ],
};

/** The section's kind: its key, or `bab3-sasaran` for every per-sasaran section. */
export function sectionKind(key: string): string {
  return key.startsWith('bab3-sasaran-') ? 'bab3-sasaran' : key;
}

export function sectionSources(key: string): readonly SectionSource[] {
  return SOURCES[sectionKind(key)] ?? [];
}
