/**
 * The shape of the realisation grid: the column unit (the finest period kind
 * of the year's indicators: months, quarters TW I–IV, semesters or the year),
 * the navigable rows (an indicator, or one component of a computed
 * indicator), and the cells of a row (one per period of the indicator's own
 * kind, spanning as many unit columns as the period covers).
 */
import { derivationFromFormula } from '@domain/formula-derivation.ts';
import type { Derivation } from '@domain/derived-realisasi.ts';
import type { Grid, GridIndicator, GridRealisation, PeriodKind } from './realisations-api.ts';

export const PERIODS: Readonly<Record<PeriodKind, number>> = { month: 12, quarter: 4, semester: 2, year: 1 };
const FINEST_FIRST: readonly PeriodKind[] = ['month', 'quarter', 'semester', 'year'];

/**
 * How a row is filled: `value` a number, `grade` a grade of an ordinal
 * indicator, `derived` computed from the component rows below it (read
 * only), `component` one component of a computed indicator.
 */
export type RowKind = 'value' | 'grade' | 'derived' | 'component';

export type GridRow = {
  key: string;
  kind: RowKind;
  indicator: GridIndicator;
  /** The component of a `component` row. */
  component: GridIndicator['components'][number] | null;
  /** For computed indicators: how the value follows from the components; null when the formula says none. */
  derivation: Derivation | null;
};

export type CellRef = {
  /** `${indicatorId}:${periodNo}:${componentCode}` ('' for the indicator's own value). */
  key: string;
  rowIndex: number;
  periodNo: number;
  /** First unit column covered, 0-based, and how many. */
  start: number;
  span: number;
};

export type SasaranBlock = { id: string; code: string; statement: string; rows: GridRow[] };

export function cellKey(indicatorId: string, periodNo: number, componentCode: string | null): string {
  return `${indicatorId}:${periodNo}:${componentCode ?? ''}`;
}

export function realisationKey(indicatorId: string, periodNo: number): string {
  return `${indicatorId}:${periodNo}`;
}

/** The finest period kind among the indicators (quarters when there are none). */
export function gridUnit(grid: Grid): PeriodKind {
  const kinds = new Set(grid.sasaran.flatMap((s) => s.indicators.map((i) => i.periodKind)));
  return FINEST_FIRST.find((kind) => kinds.has(kind)) ?? 'quarter';
}

export function buildBlocks(grid: Grid): SasaranBlock[] {
  return grid.sasaran.map((s) => ({
    id: s.id,
    code: s.code,
    statement: s.statement,
    rows: s.indicators.flatMap((indicator): GridRow[] => {
      if (indicator.components.length === 0)
        return [
          {
            key: indicator.id,
            kind: indicator.polarity === 'ordinal' ? 'grade' : 'value',
            indicator,
            component: null,
            derivation: null,
          },
        ];
      const derivation = derivationFromFormula(
        indicator.formula,
        indicator.components.map((c) => c.code),
      );
      return [
        { key: indicator.id, kind: 'derived', indicator, component: null, derivation },
        ...indicator.components.map((component): GridRow => ({
          key: `${indicator.id}:${component.code}`,
          kind: 'component',
          indicator,
          component,
          derivation,
        })),
      ];
    }),
  }));
}

/** The cells of a row, left to right. */
export function cellsOf(row: GridRow, rowIndex: number, unit: PeriodKind): CellRef[] {
  const count = PERIODS[row.indicator.periodKind];
  const span = PERIODS[unit] / count;
  return Array.from({ length: count }, (_, i) => ({
    key: cellKey(row.indicator.id, i + 1, row.component?.code ?? null),
    rowIndex,
    periodNo: i + 1,
    start: i * span,
    span,
  }));
}

/** The cell of a row covering unit column `column`. */
export function cellAt(row: GridRow, rowIndex: number, unit: PeriodKind, column: number): CellRef {
  const cells = cellsOf(row, rowIndex, unit);
  return cells.find((c) => column >= c.start && column < c.start + c.span) ?? cells[cells.length - 1]!;
}

export function realisationOf(indicator: GridIndicator, periodNo: number): GridRealisation | undefined {
  return indicator.realisations.find((r) => r.periodNo === periodNo);
}

/** The text a cell holds on the server, as typed numbers are read (plain decimal text, or a grade). */
export function storedText(row: GridRow, periodNo: number): string {
  const found = realisationOf(row.indicator, periodNo);
  if (!found) return '';
  if (row.kind === 'component') return found.components?.[row.component!.code] ?? '';
  if (row.kind === 'grade') return found.grade ?? '';
  return found.value ?? '';
}

export function isLocked(grid: Grid, kind: PeriodKind, periodNo: number): boolean {
  return grid.lockedPeriods[kind].includes(periodNo);
}

/** Why a cell cannot be changed by someone who may record, or null when it can. */
export type ReadOnlyReason = 'fed' | 'derived' | 'formula' | 'locked' | 'status';

export function readOnlyReason(grid: Grid, row: GridRow, periodNo: number): ReadOnlyReason | null {
  // computed from IKM, AKIP or the Data Sosial: the data are changed there
  if (row.indicator.feed !== null) return 'fed';
  if (row.kind === 'derived') return 'derived';
  if (row.kind === 'component' && row.derivation === null) return 'formula';
  if (isLocked(grid, row.indicator.periodKind, periodNo)) return 'locked';
  const status = realisationOf(row.indicator, periodNo)?.status;
  if (status === 'submitted' || status === 'verified') return 'status';
  return null;
}
