/** How the region recap sorts: by one column, empty values last whatever the direction. */
import type { Recap } from './measurement.ts';

export type Row = Recap['agencies'][number] & { lateCount: number | null };

export type Column = 'agency' | 'capaian' | 'measured' | 'missing' | 'serapan' | 'late';

/** The value a column sorts by; null sorts last whatever the direction. */
export const SORT_VALUE: Record<Column, (row: Row) => string | number | null> = {
  agency: (r) => r.agency.shortName ?? r.agency.name,
  capaian: (r) => r.overall.capaian,
  measured: (r) => (r.indicatorCount === 0 ? null : (r.indicatorCount - r.unmeasured) / r.indicatorCount),
  missing: (r) => r.missingRealisasi,
  serapan: (r) => r.budget?.persen ?? null,
  late: (r) => r.lateCount,
};

export function compare(a: string | number | null, b: string | number | null, descending: boolean): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = typeof a === 'string' ? a.localeCompare(String(b), 'id') : a - Number(b);
  return descending ? -order : order;
}

export type Sort = { column: Column; descending: boolean };

/** Clicking a column: the same one flips the direction; another starts high to low (names: A to Z). */
export function nextSort(current: Sort, column: Column): Sort {
  return { column, descending: current.column === column ? !current.descending : column !== 'agency' };
}

export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  return [...rows].sort((a, b) =>
    compare(SORT_VALUE[sort.column](a), SORT_VALUE[sort.column](b), sort.descending),
  );
}
