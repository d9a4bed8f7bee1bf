/**
 * The layout of the realisations template (sheet "Realisasi"), shared by the
 * template writer and the reader: one row per indicator, period and (for a
 * computed indicator) component; the header row's Indonesian names; how a
 * period is written ("Januari", "TW II", "Semester I", "Tahunan").
 */
import type { PeriodKind, ReportingFrequency } from '../../store/schema/enums.ts';
import { columnLabel as labelOf } from './template-sheet.ts';

export { GUIDE_SHEET, HEADER_ROW, FIRST_DATA_ROW } from './template-sheet.ts';

export const REALISATION_SHEET = 'Realisasi';

export const REALISATION_COLUMNS = [
  { key: 'year', header: 'Tahun', width: 8 },
  { key: 'code', header: 'Kode Indikator', width: 16 },
  { key: 'name', header: 'Nama Indikator', width: 50 },
  { key: 'unit', header: 'Satuan', width: 12 },
  { key: 'period', header: 'Periode', width: 14 },
  { key: 'component', header: 'Komponen', width: 14 },
  { key: 'value', header: 'Nilai', width: 14 },
  { key: 'note', header: 'Catatan', width: 40 },
] as const;

export type RealisationColumnKey = (typeof REALISATION_COLUMNS)[number]['key'];

/** `G (Nilai)`: the column's letter and header, as problems name it. */
export function columnLabel(key: RealisationColumnKey): string {
  const index = REALISATION_COLUMNS.findIndex((c) => c.key === key);
  return labelOf(index + 1, REALISATION_COLUMNS[index]!.header);
}

export function columnNumber(key: RealisationColumnKey): number {
  return REALISATION_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(kind: PeriodKind, no: number): string {
  switch (kind) {
    case 'month':
      return MONTHS[no - 1]!;
    case 'quarter':
      return `TW ${ROMAN[no - 1]!}`;
    case 'semester':
      return `Semester ${ROMAN[no - 1]!}`;
    case 'year':
      return 'Tahunan';
  }
}

/** The periods an indicator reports in, by its reporting frequency. */
export function periodsOf(frequency: ReportingFrequency): { kind: PeriodKind; no: number }[] {
  const list = (kind: PeriodKind, n: number) => Array.from({ length: n }, (_, i) => ({ kind, no: i + 1 }));
  switch (frequency) {
    case 'monthly':
      return list('month', 12);
    case 'quarterly':
      return list('quarter', 4);
    case 'semester':
      return list('semester', 2);
    case 'yearly':
      return list('year', 1);
  }
}

function romanOrDigit(text: string, max: number): number | null {
  const t = text.trim().toUpperCase();
  const roman = ROMAN.indexOf(t);
  const no = roman >= 0 ? roman + 1 : /^[1-9]$/.test(t) ? Number(t) : NaN;
  return Number.isInteger(no) && no >= 1 && no <= max ? no : null;
}

/** Reads a period as people write it: "Januari"/"Jan", "TW II"/"Triwulan 2", "Semester I"/"S1", "Tahunan". */
export function parsePeriod(text: string): { kind: PeriodKind; no: number } | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return null;
  const lower = t.toLowerCase();
  const month = MONTHS.findIndex(
    (m) => m.toLowerCase() === lower || (lower.length >= 3 && m.toLowerCase().slice(0, 3) === lower),
  );
  if (month >= 0) return { kind: 'month', no: month + 1 };
  if (lower === 'tahunan' || lower === 'tahun' || lower === 'setahun') return { kind: 'year', no: 1 };
  const quarter = /^(?:tw|triwulan|q)\s*[-.]?\s*([ivx]+|\d)$/i.exec(t);
  if (quarter) {
    const no = romanOrDigit(quarter[1]!, 4);
    return no === null ? null : { kind: 'quarter', no };
  }
  const semester = /^(?:semester|smt|s)\s*[-.]?\s*([ivx]+|\d)$/i.exec(t);
  if (semester) {
    const no = romanOrDigit(semester[1]!, 2);
    return no === null ? null : { kind: 'semester', no };
  }
  return null;
}

export const PERIOD_EXPECTED = {
  id: 'periode: nama bulan (Januari … Desember), TW I … TW IV, Semester I/II, atau Tahunan',
  en: 'a period: a month name in Indonesian (Januari … Desember), TW I … TW IV, Semester I/II, or Tahunan',
};
