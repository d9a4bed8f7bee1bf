/**
 * Where the server's answer to a table save belongs: an error on
 * `rows[3].count` goes to that row's count cell, one on the whole row (a
 * duplicate, a stale version) to the row's first cell; anything else is
 * said above the table.
 */
import { ApiError } from '../../api/client.ts';

export function cellErrorsOf(
  error: unknown,
  rowKeys: readonly string[],
  cellOf: (rowKey: string, field: string) => string,
): { cells: Map<string, string>; general: string | null } {
  const cells = new Map<string, string>();
  if (!(error instanceof ApiError))
    return { cells, general: error instanceof Error ? error.message : String(error) };
  for (const problem of error.errors) {
    const match = /^(?:body\.)?rows\[(\d+)\](?:\.(\w+))?/.exec(problem.path);
    const rowKey = match ? rowKeys[Number(match[1])] : undefined;
    if (!match || rowKey === undefined) continue;
    const cell = cellOf(rowKey, match[2] ?? '');
    if (!cells.has(cell)) cells.set(cell, problem.message);
  }
  return { cells, general: cells.size === 0 || error.status !== 400 ? error.message : null };
}
