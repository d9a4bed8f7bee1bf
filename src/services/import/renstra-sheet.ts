/**
 * The layout of the Renstra template, shared by the template writer and the
 * reader: sheet "Sasaran" (tujuan and sasaran strategis), sheet "Indikator"
 * (the sasaran indicators with their definition, baseline, one target column
 * per year of the Renstra period and the end target), and the Indonesian
 * words for polarity, reporting frequency, period aggregation and IKU as the
 * Renstra page names them (web/src/pages/renstra/texts.ts).
 */
import { parseNumber } from '../../domain/numbers.ts';
import type { PeriodAggregation, Polarity, ReportingFrequency } from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import { columnLabel } from './template-sheet.ts';

export const SASARAN_SHEET = 'Sasaran';
export const INDICATOR_SHEET = 'Indikator';
export { GUIDE_SHEET, HEADER_ROW, FIRST_DATA_ROW } from './template-sheet.ts';

export const SASARAN_COLUMNS = [
  { key: 'tujuanCode', header: 'Kode Tujuan', width: 12 },
  { key: 'tujuanName', header: 'Nama Tujuan', width: 50 },
  { key: 'code', header: 'Kode Sasaran', width: 14 },
  { key: 'statement', header: 'Nama Sasaran', width: 60 },
] as const;
export type SasaranColumnKey = (typeof SASARAN_COLUMNS)[number]['key'];

/** The fixed columns of "Indikator"; the year columns and "Target Akhir" follow them. */
export const INDICATOR_COLUMNS = [
  { key: 'sasaranCode', header: 'Kode Sasaran', width: 13 },
  { key: 'code', header: 'Kode Indikator', width: 14 },
  { key: 'name', header: 'Nama Indikator', width: 45 },
  { key: 'unit', header: 'Satuan', width: 10 },
  { key: 'iku', header: 'IKU', width: 7 },
  { key: 'polarity', header: 'Polaritas', width: 11 },
  { key: 'grades', header: 'Urutan Nilai', width: 20 },
  { key: 'definition', header: 'Definisi Operasional', width: 40 },
  { key: 'formula', header: 'Formula', width: 30 },
  { key: 'dataSource', header: 'Sumber Data', width: 22 },
  { key: 'frequency', header: 'Frekuensi Pelaporan', width: 14 },
  { key: 'aggregation', header: 'Agregasi Periode', width: 14 },
  { key: 'baselineYear', header: 'Tahun Baseline', width: 10 },
  { key: 'baseline', header: 'Baseline', width: 12 },
] as const;
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]['key'];
export const END_TARGET_HEADER = 'Target Akhir';
export const YEAR_WIDTH = 11;

/** `C (Kode Sasaran)`: the column's letter and header, as problems name it. */
export const label = columnLabel;

export function sasaranColumn(key: SasaranColumnKey): { number: number; label: string } {
  const i = SASARAN_COLUMNS.findIndex((c) => c.key === key);
  return { number: i + 1, label: label(i + 1, SASARAN_COLUMNS[i]!.header) };
}

export function indicatorColumn(key: IndicatorColumnKey): { number: number; label: string } {
  const i = INDICATOR_COLUMNS.findIndex((c) => c.key === key);
  return { number: i + 1, label: label(i + 1, INDICATOR_COLUMNS[i]!.header) };
}

/** The years of a Renstra period, in order. */
export function periodYears(period: { startYear: number; endYear: number }): number[] {
  return Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
}

/** A closed list of words: the one the template writes first, then what people also write. */
type Words<T extends string> = Record<T, readonly string[]>;

export const POLARITY_WORDS: Words<Polarity> = {
  positive: ['Positif', 'naik', 'positive', 'maksimal', 'max'],
  negative: ['Negatif', 'turun', 'negative', 'minimal', 'min'],
  range: ['Rentang', 'range', 'interval'],
  ordinal: ['Ordinal', 'predikat', 'nilai huruf'],
};

export const FREQUENCY_WORDS: Words<ReportingFrequency> = {
  monthly: ['Bulanan', 'bulan', 'monthly'],
  quarterly: ['Triwulanan', 'triwulan', 'tw', 'quarterly'],
  semester: ['Semesteran', 'semester', 'semesterly'],
  yearly: ['Tahunan', 'tahun', 'yearly', 'annual'],
};

export const AGGREGATION_WORDS: Words<PeriodAggregation> = {
  cumulative: ['Kumulatif', 'jumlah', 'cumulative', 'sum'],
  last: ['Posisi akhir', 'akhir', 'periode terakhir', 'last'],
  average: ['Rata-rata', 'rata rata', 'rerata', 'average'],
};

export const IKU_WORDS: Words<'yes' | 'no'> = {
  yes: ['Ya', 'y', 'iku', 'yes', 'true', '1'],
  no: ['Tidak', 't', 'bukan', 'no', 'false', '0'],
};

const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The value a word stands for, or null. */
export function wordOf<T extends string>(words: Words<T>, text: string): T | null {
  const t = norm(text);
  for (const [key, list] of Object.entries(words) as [T, readonly string[]][])
    if (list.some((w) => norm(w) === t)) return key;
  return null;
}

/** The word the template writes for a value. */
export function wordFor<T extends string>(words: Words<T>, value: T): string {
  return words[value][0]!;
}

/** What a cell of a closed list expects, naming the template's words. */
export function wordsExpected<T extends string>(words: Words<T>, what: Texts): Texts {
  const list = Object.values<readonly string[]>(words)
    .map((w) => w[0]!)
    .join(', ');
  return { id: `${what.id}: ${list}`, en: `${what.en}: ${list}` };
}

/** A stored decimal as the template shows it in a text cell (Indonesian: "70,5"). */
export function decimalText(stored: string): string {
  return stored.replace('.', ',');
}

/** A stored decimal as a cell: an Excel number when a double holds it exactly enough, else text. */
export function decimalCell(stored: string | null): number | string | null {
  if (stored === null) return null;
  const n = Number(stored);
  return Number.isFinite(n) && stored.replace(/[^0-9]/g, '').replace(/^0+/, '').length <= 15 ? n : stored;
}

/** A range target as the template writes it: "70 – 80" (Indonesian numbers). */
export function rangeText(low: string, high: string): string {
  return `${decimalText(low)} – ${decimalText(high)}`;
}

/**
 * Reads a range target as people write it: "70 – 80", "70-80", "70 s.d. 80",
 * "70 s/d 80", "70 sampai 80". Null when the text is not two parts.
 */
export function parseRangeText(text: string): { low: string; high: string } | null {
  const t = text.trim();
  let parts = t.split(/\s*(?:–|—|s\.\s?d\.?|s\/d|sampai)\s*/i);
  if (parts.length !== 2) {
    // a hyphen between the bounds, not a bound's own minus sign ("-5 - 5", "70-80")
    const at = t.search(/(?<=[0-9%]\s*)-/);
    parts = at > 0 ? [t.slice(0, at), t.slice(at + 1)] : [];
  }
  if (parts.length !== 2) return null;
  const [low, high] = parts.map((p) => p.trim()) as [string, string];
  if (!parseNumber(low).ok || !parseNumber(high).ok) return null;
  return { low, high };
}

/** Grades of an ordinal scale as one cell: "AA, A, BB, B, CC, C, D". */
export function gradesText(grades: readonly string[]): string {
  return grades.join(', ');
}

export function parseGrades(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');
}

export const RANGE_EXPECTED: Texts = {
  id: 'rentang "batas bawah – batas atas", mis. 70 – 80 atau 70,5 s.d. 80',
  en: 'a range "low – high", e.g. 70 – 80 or 70,5 s.d. 80',
};

/** Where a Renstra period is made in the app, for the problem when none covers the year. */
export const NO_PERIOD_EXPECTED = (year: number): Texts => ({
  id: `periode Renstra yang mencakup tahun ${year}: belum ada. Buat dulu periode Renstra di halaman Renstra (menu Renstra → "Buat periode Renstra"), lalu unduh templat lagi`,
  en: `a Renstra period covering ${year}: there is none. Create the Renstra period first on the Renstra page (menu Renstra → "Buat periode Renstra" / Create Renstra period), then download the template again`,
});
