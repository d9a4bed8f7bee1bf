/**
 * The narrative sections a user edits, by the report's keys, and where each
 * is stored in the `narrative` table (report-labels.ts):
 *
 * - the fixed sections (`kataPengantar`, `ikhtisar`, … `langkahKeDepan`):
 *   one row of their section and topic;
 * - per sasaran, `sasaran.<sasaran id>.analysis`: the row of topic `analisis`;
 *   `sasaran.<sasaran id>.causes`: the report prints the rows of topics
 *   `penyebab_keberhasilan`, `penyebab_kegagalan`, `solusi`, `langkah_ke_depan`
 *   one after another; the editor writes them as one text, kept in the
 *   `solusi` row (saving removes the other three, so the report prints what
 *   was written).
 *
 * The API names a sasaran by its record id (a uuid); the report itself uses
 * the code (SS1) when codes are unique.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import type { NarrativeTopic } from '../../store/schema/enums.ts';
import { narrative } from '../../store/schema/index.ts';
import type { Texts } from '../errors.ts';
import { LIST_SECTIONS, NARRATIVE_SECTIONS, SASARAN_NARRATIVE_SECTION } from './report-labels.ts';

/** The fixed section keys, in the report's order (the sasaran sections come after `isuStrategis`). */
export const FIXED_NARRATIVE_KEYS = [
  'kataPengantar',
  'ikhtisar',
  'latarBelakang',
  'tugasFungsi',
  'isuStrategis',
  'anggaran',
  'kesimpulan',
  'langkahKeDepan',
] as const;
export type FixedNarrativeKey = (typeof FIXED_NARRATIVE_KEYS)[number];

export const NARRATIVE_TITLES: Readonly<Record<FixedNarrativeKey | 'analysis' | 'causes', Texts>> = {
  kataPengantar: { id: 'Kata Pengantar', en: 'Foreword' },
  ikhtisar: { id: 'Ikhtisar Eksekutif', en: 'Executive Summary' },
  latarBelakang: { id: 'BAB I A. Latar Belakang', en: 'Chapter I A. Background' },
  tugasFungsi: { id: 'BAB I B. Tugas dan Fungsi', en: 'Chapter I B. Duties and Functions' },
  isuStrategis: { id: 'BAB I E. Isu Strategis', en: 'Chapter I E. Strategic Issues' },
  analysis: { id: 'Analisis capaian sasaran', en: 'Analysis of the sasaran' },
  causes: {
    id: 'Penyebab keberhasilan/kegagalan dan solusi',
    en: 'Causes of success or failure and solutions',
  },
  anggaran: { id: 'BAB III Realisasi Anggaran', en: 'Chapter III Budget Realisation' },
  kesimpulan: { id: 'BAB IV A. Kesimpulan', en: 'Chapter IV A. Conclusions' },
  langkahKeDepan: { id: 'BAB IV B. Langkah ke Depan', en: 'Chapter IV B. Next Steps' },
};

export type NarrativeKey =
  | { kind: 'fixed'; key: FixedNarrativeKey }
  | { kind: 'sasaran'; sasaranId: string; part: 'analysis' | 'causes' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A section key as typed, or null when it names no section. */
export function parseNarrativeKey(section: string): NarrativeKey | null {
  if ((FIXED_NARRATIVE_KEYS as readonly string[]).includes(section))
    return { kind: 'fixed', key: section as FixedNarrativeKey };
  const m = /^sasaran\.([^.]+)\.(analysis|causes)$/.exec(section);
  if (!m || !UUID.test(m[1]!)) return null;
  return { kind: 'sasaran', sasaranId: m[1]!.toLowerCase(), part: m[2] as 'analysis' | 'causes' };
}

export function narrativeKeyText(key: NarrativeKey): string {
  return key.kind === 'fixed' ? key.key : `sasaran.${key.sasaranId}.${key.part}`;
}

/** True when the section is printed as a numbered list (one item per line). */
export function isListSection(key: NarrativeKey): boolean {
  return key.kind === 'fixed' && LIST_SECTIONS.has(key.key);
}

/** The row a save writes: section, topic and sasaran. */
export function storageOf(key: NarrativeKey): {
  section: string;
  topic: NarrativeTopic;
  sasaranStrategisId: string | null;
} {
  if (key.kind === 'fixed') {
    const where = NARRATIVE_SECTIONS[key.key]!;
    return { section: where.section, topic: where.topic as NarrativeTopic, sasaranStrategisId: null };
  }
  return {
    section: SASARAN_NARRATIVE_SECTION,
    topic: key.part === 'analysis' ? 'analisis' : 'solusi',
    sasaranStrategisId: key.sasaranId,
  };
}

/** Topics the report prints for a key, in its order (the first written one holds the editor's text). */
export function topicsOf(key: NarrativeKey): NarrativeTopic[] {
  if (key.kind === 'sasaran' && key.part === 'causes')
    return ['penyebab_keberhasilan', 'penyebab_kegagalan', 'solusi', 'langkah_ke_depan'];
  return [storageOf(key).topic];
}

export type NarrativeRow = typeof narrative.$inferSelect;

/** The stored rows of an agency-year. */
export async function narrativeRows(tx: Database, agencyId: string, year: number): Promise<NarrativeRow[]> {
  return tx
    .select()
    .from(narrative)
    .where(and(eq(narrative.agencyId, agencyId), eq(narrative.year, year)));
}

/** The rows of a key among an agency-year's rows, in the report's order (see topicsOf). */
export function rowsOfKey(rows: readonly NarrativeRow[], key: NarrativeKey): NarrativeRow[] {
  const where = storageOf(key);
  const topics = topicsOf(key);
  return rows
    .filter(
      (r) =>
        r.section === where.section &&
        r.sasaranStrategisId === where.sasaranStrategisId &&
        topics.includes(r.topic),
    )
    .sort((a, b) => topics.indexOf(a.topic) - topics.indexOf(b.topic));
}

/** The text the report prints from stored rows (several rows: one after another). */
export function storedText(rows: readonly NarrativeRow[]): string {
  return rows
    .map((r) => r.body.trim())
    .filter((b) => b !== '')
    .join('\n\n');
}
