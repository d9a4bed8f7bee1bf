/**
 * The PPKS and PSKS tables: one row per category (or type) for the chosen
 * area, a count (and for PPKS those served) and a data source each. What is
 * typed is checked against what is stored; only the rows that changed are
 * sent, all at once.
 */
import { readCount, type CellProblem } from '../budget/cell-value.ts';
import type { CountRowInput } from './social-api.ts';

export type StoredCount = {
  count: number;
  /** PPKS only: of the count, those served in the year (null: not recorded). */
  served?: number | null;
  dataSource: string | null;
  version: number;
};
export type CountProblem = CellProblem | 'required' | 'servedOver';
export type CountField = 'count' | 'served' | 'dataSource';

export const countCell = (rowKey: string, field: CountField) => `${rowKey}|${field}`;

/** A count typed or stored: the typed text when there is one (null when wrong), else the stored value. */
function numberOf(
  text: string | undefined,
  stored: number | null,
): { value: number | null; problem?: CellProblem | undefined } {
  if (text === undefined) return { value: stored };
  const read = readCount(text);
  return read.problem ? { value: null, problem: read.problem } : { value: read.value };
}

export function reviewCounts(
  keys: readonly string[],
  stored: ReadonlyMap<string, StoredCount>,
  drafts: ReadonlyMap<string, string>,
  kecamatanId: string | null,
  withServed = false,
): { rows: (CountRowInput & { key: string })[]; problems: Map<string, CountProblem> } {
  const rows: (CountRowInput & { key: string })[] = [];
  const problems = new Map<string, CountProblem>();
  for (const key of keys) {
    const countText = drafts.get(countCell(key, 'count'));
    const servedText = withServed ? drafts.get(countCell(key, 'served')) : undefined;
    const sourceText = drafts.get(countCell(key, 'dataSource'));
    if (countText === undefined && sourceText === undefined && servedText === undefined) continue;
    const before = stored.get(key);
    const count = numberOf(countText, before?.count ?? null);
    const served = numberOf(servedText, before?.served ?? null);
    const source = sourceText === undefined ? (before?.dataSource ?? null) : sourceText.trim() || null;
    if (count.problem) problems.set(countCell(key, 'count'), count.problem);
    if (served.problem) problems.set(countCell(key, 'served'), served.problem);
    if (count.problem || served.problem) continue;
    if (count.value === null) {
      if (before || source !== null || served.value !== null)
        problems.set(countCell(key, 'count'), 'required');
      continue;
    }
    if (served.value !== null && served.value > count.value) {
      problems.set(countCell(key, 'served'), 'servedOver');
      continue;
    }
    if (
      count.value === before?.count &&
      source === before.dataSource &&
      (!withServed || served.value === (before.served ?? null))
    )
      continue;
    rows.push({
      key,
      kecamatanId,
      count: countText ?? count.value,
      // a stored number goes as a number; a cleared cell as null (not recorded)
      ...(withServed && {
        served: servedText === undefined || served.value === null ? served.value : servedText,
      }),
      dataSource: source,
      version: before?.version,
    });
  }
  return { rows, problems };
}
