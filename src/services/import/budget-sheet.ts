/**
 * The layout of the budget template (sheet "Anggaran"), shared by the
 * template writer and the reader: one row per program, per kegiatan, and per
 * budget line of a sub kegiatan (sub kegiatan × jenis belanja); the header
 * row's Indonesian names; the realisation columns, one per period (the year,
 * semesters, quarters, months: a line is recorded in one kind of period);
 * how a level and a jenis belanja are written.
 */
import { SPENDING_TYPES, type PeriodKind, type SpendingType } from '../../store/schema/enums.ts';
import { SPENDING_LABELS } from '../report/report-labels.ts';
import { periodLabel } from './realisation-sheet.ts';
import { columnLabel } from './template-sheet.ts';

export const BUDGET_SHEET = 'Anggaran';
export { GUIDE_SHEET, HEADER_ROW, FIRST_DATA_ROW } from './template-sheet.ts';

/** The periods with a realisation column, coarsest first (as the budget tree orders them). */
export const BUDGET_PERIODS: readonly { kind: PeriodKind; no: number }[] = [
  { kind: 'year', no: 1 },
  { kind: 'semester', no: 1 },
  { kind: 'semester', no: 2 },
  ...[1, 2, 3, 4].map((no) => ({ kind: 'quarter' as const, no })),
  ...Array.from({ length: 12 }, (_, i) => ({ kind: 'month' as const, no: i + 1 })),
];

export const periodKey = (kind: PeriodKind, no: number) => `${kind}:${no}`;

const FIXED_COLUMNS = [
  { key: 'code', header: 'Kode', width: 20 },
  { key: 'level', header: 'Level', width: 14 },
  { key: 'name', header: 'Nama', width: 50 },
  { key: 'spendingType', header: 'Jenis Belanja', width: 24 },
  { key: 'paguMurni', header: 'Pagu Murni', width: 18 },
  { key: 'paguPerubahan', header: 'Pagu Perubahan', width: 18 },
] as const;

export type BudgetColumnKey = (typeof FIXED_COLUMNS)[number]['key'] | `r:${string}`;

export const BUDGET_COLUMNS: readonly { key: BudgetColumnKey; header: string; width: number }[] = [
  ...FIXED_COLUMNS,
  ...BUDGET_PERIODS.map((p) => ({
    key: `r:${periodKey(p.kind, p.no)}` as const,
    header: `Realisasi ${periodLabel(p.kind, p.no)}`,
    width: 16,
  })),
];

export const realisationColumn = (kind: PeriodKind, no: number): BudgetColumnKey =>
  `r:${periodKey(kind, no)}`;

/** Column number (1-based) of a key. */
export function budgetColumnNumber(key: BudgetColumnKey): number {
  return BUDGET_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** `E (Pagu Murni)`: the column's letter and header, as problems name it. */
export function budgetColumnLabel(key: BudgetColumnKey): string {
  const n = budgetColumnNumber(key);
  return columnLabel(n, BUDGET_COLUMNS[n - 1]!.header);
}

export type BudgetLevel = 'program' | 'kegiatan' | 'sub';

export const LEVEL_LABELS: Readonly<Record<BudgetLevel, string>> = {
  program: 'Program',
  kegiatan: 'Kegiatan',
  sub: 'Sub Kegiatan',
};

/** "Program", "kegiatan", "Sub Kegiatan", "sub_kegiatan", "subkegiatan" → the level; else null. */
export function parseLevel(text: string): BudgetLevel | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (t === 'program') return 'program';
  if (t === 'kegiatan') return 'kegiatan';
  if (t === 'subkegiatan') return 'sub';
  return null;
}

/** The level a code's shape gives: urusan.bidang.program (3 parts), + .N.NN (5), + .NNNN (6). */
export function levelOfCode(code: string): BudgetLevel | null {
  const parts = code.split('.').length;
  return parts === 3 ? 'program' : parts === 5 ? 'kegiatan' : parts === 6 ? 'sub' : null;
}

/** The code of the parent: a kegiatan's program, a sub kegiatan's kegiatan. */
export function parentCode(code: string, level: 'kegiatan' | 'sub'): string {
  return code
    .split('.')
    .slice(0, level === 'kegiatan' ? 3 : 5)
    .join('.');
}

export const spendingLabel = (type: SpendingType) => SPENDING_LABELS[type].id;

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_/-]+/g, '')
    .replace(/^belanja/, '');

/** "Belanja Barang dan Jasa", "barang dan jasa", "barang_jasa" → `barang_jasa`; else null. */
export function parseSpendingType(text: string): SpendingType | null {
  const t = squash(text);
  if (t === '') return null;
  return SPENDING_TYPES.find((type) => squash(type) === t || squash(SPENDING_LABELS[type].id) === t) ?? null;
}

export const SPENDING_EXPECTED = {
  id: `jenis belanja: ${SPENDING_TYPES.map((t) => SPENDING_LABELS[t].id).join(', ')}`,
  en: `a spending type: ${SPENDING_TYPES.map((t) => SPENDING_LABELS[t].id).join(', ')} (the Indonesian names)`,
};
