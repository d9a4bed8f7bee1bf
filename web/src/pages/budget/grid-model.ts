/**
 * The shape of the budget grid. Three views of the same tree: `pagu` (pagu
 * murni and perubahan per budget line), `realisasi` (money spent per period
 * of each line) and `fisik` (physical progress per period of each sub
 * kegiatan). Period columns are of one unit (months, quarters TW I–IV,
 * semesters or the year); a line recorded in a coarser kind (the year) has
 * one cell spanning the columns its period covers. A cell is named by a key
 * under which a typed text waits until it is saved (see `keys`).
 */
import type { BudgetTree, BudgetTreeLine, BudgetTreeSubKegiatan, PeriodKind } from './budget-api.ts';

export type GridMode = 'pagu' | 'realisasi' | 'fisik';

export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  semester: 2,
  year: 1,
};
const FINEST_FIRST: readonly PeriodKind[] = ['month', 'quarter', 'semester', 'year'];

export type CellField = 'paguMurni' | 'paguPerubahan' | 'amount' | 'percent';

/** Where typed text waits: one key per cell. */
export const keys = {
  paguMurni: (lineId: string) => `pm:${lineId}`,
  paguPerubahan: (lineId: string) => `pp:${lineId}`,
  newPaguMurni: (subId: string) => `npm:${subId}`,
  newPaguPerubahan: (subId: string) => `npp:${subId}`,
  amount: (lineId: string, kind: PeriodKind, no: number) => `r:${lineId}:${kind}:${no}`,
  percent: (subId: string, kind: PeriodKind, no: number) => `f:${subId}:${kind}:${no}`,
};

/** The parts of a period cell's key: `r:<lineId>:<kind>:<no>` or `f:<subId>:<kind>:<no>`. */
export function periodOfKey(key: string): { ownerId: string; periodKind: PeriodKind; periodNo: number } {
  const [, ownerId, kind, no] = key.split(':') as [string, string, PeriodKind, string];
  return { ownerId, periodKind: kind, periodNo: Number(no) };
}

export type GridCell = {
  key: string;
  field: CellField;
  /** First column covered (0-based among the view's entry columns) and how many. */
  col: number;
  span: number;
  stored: number | null;
  periodKind?: PeriodKind;
  periodNo?: number;
};

export type HeadRow = {
  kind: 'program' | 'kegiatan' | 'sub';
  id: string;
  code: string;
  name: string;
  /** Program and kegiatan above it (for folding). */
  parents: string[];
};

export type EntryRow = {
  kind: 'entry';
  key: string;
  sub: BudgetTreeSubKegiatan;
  /** The budget line (pagu, realisasi); null for a line not stored yet and in the `fisik` view. */
  line: BudgetTreeLine | null;
  isNewLine: boolean;
  /** The row names its sub kegiatan (false: a spending-type row under the sub kegiatan's own row). */
  showsSub: boolean;
  /** The id whose amounts the row shows: the line's, else the sub kegiatan's. */
  amountsId: string;
  cells: GridCell[];
  /** Nothing to enter in this view: the sub kegiatan has no pagu yet. */
  noPagu: boolean;
  parents: string[];
};

export type GridRow = HeadRow | EntryRow;

/** The finest period kind recorded in a view, or null when nothing is. */
export function finestRecorded(tree: BudgetTree, mode: GridMode): PeriodKind | null {
  const kinds = new Set<PeriodKind>();
  for (const p of tree.programs)
    for (const k of p.kegiatan)
      for (const s of k.subKegiatan) {
        if (mode === 'fisik') s.progress.forEach((g) => kinds.add(g.periodKind));
        else s.lines.forEach((l) => l.realisations.forEach((r) => kinds.add(r.periodKind)));
      }
  return FINEST_FIRST.find((kind) => kinds.has(kind)) ?? null;
}

/** The period units a view can show: as fine as what is recorded, or finer. */
export function unitOptions(finest: PeriodKind | null): PeriodKind[] {
  if (finest === null) return [...FINEST_FIRST];
  return FINEST_FIRST.slice(0, FINEST_FIRST.indexOf(finest) + 1);
}

function periodCells(
  unit: PeriodKind,
  kind: PeriodKind,
  field: 'amount' | 'percent',
  keyOf: (no: number) => string,
  storedOf: (no: number) => number | null,
): GridCell[] {
  const count = PERIODS_PER_YEAR[kind];
  const span = PERIODS_PER_YEAR[unit] / count;
  return Array.from({ length: count }, (_, i) => ({
    key: keyOf(i + 1),
    field,
    col: i * span,
    span,
    stored: storedOf(i + 1),
    periodKind: kind,
    periodNo: i + 1,
  }));
}

function lineCells(mode: GridMode, unit: PeriodKind, line: BudgetTreeLine): GridCell[] {
  if (mode === 'pagu')
    return [
      { key: keys.paguMurni(line.id), field: 'paguMurni', col: 0, span: 1, stored: line.paguMurni },
      {
        key: keys.paguPerubahan(line.id),
        field: 'paguPerubahan',
        col: 1,
        span: 1,
        stored: line.paguPerubahan,
      },
    ];
  const kind = line.realisations[0]?.periodKind ?? unit;
  return periodCells(
    unit,
    kind,
    'amount',
    (no) => keys.amount(line.id, kind, no),
    (no) => line.realisations.find((r) => r.periodKind === kind && r.periodNo === no)?.amount ?? null,
  );
}

function newLineCells(subId: string): GridCell[] {
  return [
    { key: keys.newPaguMurni(subId), field: 'paguMurni', col: 0, span: 1, stored: null },
    { key: keys.newPaguPerubahan(subId), field: 'paguPerubahan', col: 1, span: 1, stored: null },
  ];
}

function progressCells(unit: PeriodKind, sub: BudgetTreeSubKegiatan): GridCell[] {
  const kind = sub.progress[0]?.periodKind ?? unit;
  return periodCells(
    unit,
    kind,
    'percent',
    (no) => keys.percent(sub.id, kind, no),
    (no) => {
      const entry = sub.progress.find((g) => g.periodKind === kind && g.periodNo === no);
      return entry ? Number(entry.percent) : null;
    },
  );
}

/**
 * The rows of a view: program and kegiatan rows (their totals), then per sub
 * kegiatan one entry row, or its own row and one row per budget line when it
 * has several. In the `pagu` view a sub kegiatan without a line, and one the
 * user asked to add a spending type to (`adding`), get a row for a new line.
 */
export function buildRows(
  tree: BudgetTree,
  mode: GridMode,
  unit: PeriodKind,
  adding: ReadonlySet<string>,
): GridRow[] {
  const rows: GridRow[] = [];
  for (const p of tree.programs) {
    rows.push({ kind: 'program', id: p.id, code: p.code, name: p.name, parents: [] });
    for (const k of p.kegiatan) {
      rows.push({ kind: 'kegiatan', id: k.id, code: k.code, name: k.name, parents: [p.id] });
      const parents = [p.id, k.id];
      for (const s of k.subKegiatan) {
        const entry = (part: Partial<EntryRow> & Pick<EntryRow, 'key' | 'cells'>): EntryRow => ({
          kind: 'entry',
          sub: s,
          line: null,
          isNewLine: false,
          showsSub: true,
          amountsId: s.id,
          noPagu: false,
          parents,
          ...part,
        });
        if (mode === 'fisik') {
          rows.push(entry({ key: `sub:${s.id}`, cells: progressCells(unit, s) }));
          continue;
        }
        const withNew = mode === 'pagu' && (s.lines.length === 0 || adding.has(s.id));
        const count = s.lines.length + (withNew ? 1 : 0);
        if (count === 0) {
          rows.push(entry({ key: `sub:${s.id}`, cells: [], noPagu: true }));
          continue;
        }
        const single = count === 1;
        if (!single) rows.push({ kind: 'sub', id: s.id, code: s.code, name: s.name, parents });
        for (const line of s.lines)
          rows.push(
            entry({
              key: line.id,
              line,
              showsSub: single,
              amountsId: single ? s.id : line.id,
              cells: lineCells(mode, unit, line),
              parents: single ? parents : [...parents, s.id],
            }),
          );
        if (withNew)
          rows.push(
            entry({
              key: `new:${s.id}`,
              isNewLine: true,
              showsSub: single,
              amountsId: single ? s.id : `new:${s.id}`,
              cells: newLineCells(s.id),
              parents: single ? parents : [...parents, s.id],
            }),
          );
      }
    }
  }
  return rows;
}

/** How many entry columns a view has: two pagu columns, or one per period of the unit. */
export function columnCount(mode: GridMode, unit: PeriodKind): number {
  return mode === 'pagu' ? 2 : PERIODS_PER_YEAR[unit];
}
