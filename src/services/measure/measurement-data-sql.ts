/**
 * Shared pieces of the measurement-data queries (measurement-data.ts): the
 * agency-selection condition, uuid lists, and mapping of numeric text columns.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AgencySelection, StoredTarget } from './measurement-data.ts';

export function decimalOrNull(text: string | null): number | null {
  return text === null ? null : Number(text);
}

export function rupiahOf(text: string | null, what: string): number {
  const value = text === null ? 0 : Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} is not a safe integer Rupiah: ${text}`);
  return value;
}

export function targetOf(row: {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
}): StoredTarget {
  return {
    value: decimalOrNull(row.value),
    low: decimalOrNull(row.low),
    high: decimalOrNull(row.high),
    grade: row.grade,
  };
}

/**
 * `column` is one of the selection's agencies. For a region, `= any(array(...))`
 * rather than `in (select ...)`: the array is computed first and becomes an
 * index condition, so each (agency_id, year) index is probed once per agency
 * (≈ 40 range scans) instead of reading the year of every region and
 * hash-joining (bench/README.md, section "Store").
 */
export function inSelection(column: SQL, selection: AgencySelection): SQL {
  return 'agencyId' in selection
    ? sql`${column} = ${selection.agencyId}`
    : sql`${column} = any(array(select id from agency where region_id = ${selection.regionId}))`;
}

export function uuidList(ids: readonly string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}
