/**
 * The response grid's model: one row of text cells per respondent — scores
 * U1–U9, then sex, education and occupation — checked cell by cell, turned
 * into the API's input, and the live result computed by the domain engine
 * (the same ikmFromResponses the server uses).
 */
import { ikmFromResponses, IKM_UNSUR } from '@domain/ikm.ts';
import type { IkmSurveyView, ResponseInput } from './ikm-api.ts';

export const SCORE_COLUMNS = IKM_UNSUR.map((u) => u.code);
/** U1..U9, sex, education, occupation. */
export const COLUMN_COUNT = SCORE_COLUMNS.length + 3;
export const SEX_COLUMN = SCORE_COLUMNS.length;

export type Row = string[];

export const emptyRow = (): Row => Array.from({ length: COLUMN_COUNT }, () => '');

export function rowsOf(survey: IkmSurveyView): Row[] {
  return survey.responses.map((r) => [
    ...r.scores.map(String),
    r.sex ?? '',
    r.education ?? '',
    r.occupation ?? '',
  ]);
}

export const isBlank = (row: Row) => row.every((cell) => cell.trim() === '');

/** The problem of one cell ('score' | 'sex'), or null. Blank rows are left alone. */
export function cellProblem(row: Row, column: number): 'score' | 'sex' | null {
  if (isBlank(row)) return null;
  const text = row[column]!.trim();
  if (column < SEX_COLUMN) return /^[1-4]$/.test(text) ? null : 'score';
  if (column === SEX_COLUMN) return text === '' || /^[lp]$/i.test(text) ? null : 'sex';
  return null;
}

export function problemCount(rows: readonly Row[]): number {
  let count = 0;
  for (const row of rows) for (let c = 0; c <= SEX_COLUMN; c += 1) if (cellProblem(row, c)) count += 1;
  return count;
}

/** The rows to send (blank rows left out) and, for each, its row in the grid (to place server errors). */
export function toInput(rows: readonly Row[]): { responses: ResponseInput[]; gridRow: number[] } {
  const responses: ResponseInput[] = [];
  const gridRow: number[] = [];
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const scores = Object.fromEntries(SCORE_COLUMNS.map((_, u) => [`u${u + 1}`, row[u]!.trim()])) as Record<
      `u${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`,
      string
    >;
    const sex = row[SEX_COLUMN]!.trim().toUpperCase();
    responses.push({
      ...scores,
      sex: sex === 'L' || sex === 'P' ? sex : null,
      education: row[SEX_COLUMN + 1]!.trim() || null,
      occupation: row[SEX_COLUMN + 2]!.trim() || null,
    });
    gridRow.push(i);
  });
  return { responses, gridRow };
}

/** The live result of the complete, valid rows (null when there are none). */
export function liveResult(rows: readonly Row[]): IkmSurveyView['result'] {
  const complete = rows.filter(
    (row) => !isBlank(row) && SCORE_COLUMNS.every((_, u) => cellProblem(row, u) === null),
  );
  if (complete.length === 0) return null;
  const result = ikmFromResponses(complete.map((row) => SCORE_COLUMNS.map((_, u) => Number(row[u]))));
  return {
    respondents: result.respondents,
    weight: result.weight,
    elements: result.elements.map((e) => ({
      code: e.unsur.code,
      name: e.unsur.name,
      total: e.total,
      nrr: e.nrr,
      nrrTertimbang: e.nrrTertimbang,
    })),
    ikm: result.ikm,
    nilai: result.nilai,
    mutu: result.grade.mutu,
    kinerja: result.grade.kinerja,
  };
}

/** Pastes a block at (row, column), growing the grid as needed; cells past the last column are dropped. */
export function pasteBlock(
  rows: readonly Row[],
  at: { row: number; column: number },
  block: string[][],
): Row[] {
  const next = rows.map((r) => [...r]);
  block.forEach((cells, r) => {
    const target = at.row + r;
    while (next.length <= target) next.push(emptyRow());
    cells.forEach((cell, c) => {
      const column = at.column + c;
      if (column < COLUMN_COUNT) next[target]![column] = cell;
    });
  });
  return next;
}
