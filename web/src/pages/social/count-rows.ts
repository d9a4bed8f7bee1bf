/**
 * The PPKS and PSKS tables: one row per category (or type) for the chosen
 * area, a count and a data source each. What is typed is checked against
 * what is stored; only the rows that changed are sent, all at once.
 */
import { readCount, type CellProblem } from '../budget/cell-value.ts';
import type { CountRowInput } from './social-api.ts';

export type StoredCount = { count: number; dataSource: string | null; version: number };
export type CountProblem = CellProblem | 'required';

export const countCell = (rowKey: string, field: 'count' | 'dataSource') => `${rowKey}|${field}`;

export function reviewCounts(
  keys: readonly string[],
  stored: ReadonlyMap<string, StoredCount>,
  drafts: ReadonlyMap<string, string>,
  kecamatanId: string | null,
): { rows: (CountRowInput & { key: string })[]; problems: Map<string, CountProblem> } {
  const rows: (CountRowInput & { key: string })[] = [];
  const problems = new Map<string, CountProblem>();
  for (const key of keys) {
    const countText = drafts.get(countCell(key, 'count'));
    const sourceText = drafts.get(countCell(key, 'dataSource'));
    if (countText === undefined && sourceText === undefined) continue;
    const before = stored.get(key);
    const read = countText === undefined ? { value: before?.count ?? null } : readCount(countText);
    const source = sourceText === undefined ? (before?.dataSource ?? null) : sourceText.trim() || null;
    if ('problem' in read && read.problem) {
      problems.set(countCell(key, 'count'), read.problem);
      continue;
    }
    if (read.value === null) {
      if (before || source !== null) problems.set(countCell(key, 'count'), 'required');
      continue;
    }
    if (read.value === before?.count && source === before.dataSource) continue;
    rows.push({
      key,
      kecamatanId,
      count: countText ?? read.value,
      dataSource: source,
      version: before?.version,
    });
  }
  return { rows, problems };
}
