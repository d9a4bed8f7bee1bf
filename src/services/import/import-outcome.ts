/**
 * What an import answers: refused (every problem, each naming the sheet,
 * row, column, the value found and what was expected), a preview (what would
 * change: new, changed, unchanged), or applied (what was written). The same
 * shape is the background job's result (JSON) and the CLI's output.
 */
import type { Texts } from '../errors.ts';

export type ImportProblem = {
  sheet: string;
  /** The spreadsheet row (1-based, as Excel numbers it); null for the whole sheet or file. */
  row: number | null;
  /** The column letter and header, e.g. `G (Nilai)`; null for a whole row. */
  column: string | null;
  /** The value found in the cell, as text; null when empty. */
  found: string | null;
  expected: Texts;
};

export type ImportChange = {
  change: 'new' | 'changed';
  sheet: string;
  row: number;
  /** What the row is about, e.g. `IK 1.1 · TW II`. */
  label: string;
  before: string | null;
  after: string | null;
};

export type ImportCounts = { new: number; changed: number; unchanged: number; empty: number };

/** Listed changes are capped (a 50.000-row preview lists the first ones; the counts are complete). */
export const MAX_LISTED_CHANGES = 500;
/** Listed problems are capped likewise; `problemCount` is complete. */
export const MAX_LISTED_PROBLEMS = 500;

export type ImportOutcome =
  | {
      status: 'refused';
      /** The import kind (import-kinds.ts). */
      kind: string;
      year: number;
      problems: ImportProblem[];
      problemCount: number;
    }
  | {
      status: 'preview' | 'applied';
      /** The import kind (import-kinds.ts). */
      kind: string;
      year: number;
      /**
       * SHA-256 of the file and of what it would change: a confirmation
       * naming the preview's digest is refused when the data changed since.
       */
      digest: string;
      counts: ImportCounts;
      changes: ImportChange[];
      rowsRead: number;
    };

/** Collects problems, keeping the first MAX_LISTED_PROBLEMS and counting all. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  count = 0;

  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }
}
