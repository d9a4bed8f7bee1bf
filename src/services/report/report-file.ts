/** File names and types of generated reports. */
import type { ReportFormat } from '../../report/render.ts';

export const REPORT_MIME_TYPES: Readonly<Record<ReportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const SHORT_WORDS: Readonly<Record<string, string>> = {
  kabupaten: 'Kab',
  provinsi: 'Prov',
  kota: 'Kota',
};

/**
 * An Indonesian download name: `LKjIP-2023-Dinas-Sosial-Kab-Lima-Puluh-Kota.docx`,
 * `PK-Perubahan-2023-….pdf`; English files end in `-EN`. Letters and digits only, words joined by "-".
 */
export function reportFileName(
  parts: { kind: 'lkjip' | 'pk'; year: number; agencyName: string; pkVersion?: 'original' | 'perubahan' },
  format: ReportFormat,
  locale: 'id' | 'en' = 'id',
): string {
  const words = parts.agencyName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => SHORT_WORDS[w.toLowerCase()] ?? w);
  const head =
    parts.kind === 'lkjip' ? ['LKjIP'] : parts.pkVersion === 'perubahan' ? ['PK', 'Perubahan'] : ['PK'];
  return `${[...head, String(parts.year), ...words, ...(locale === 'en' ? ['EN'] : [])].join('-')}.${format}`;
}
