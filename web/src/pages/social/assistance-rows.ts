/**
 * The assistance table of one area: the stored rows (a programme may have
 * several, told apart by the name the report prints), an empty row for each
 * programme not recorded yet, and rows the user adds. What is typed is
 * checked against what is stored; only the changed rows are sent, all at once.
 */
import {
  readCount,
  readQuantity,
  readRupiah,
  type CellProblem,
  type CellRead,
} from '../budget/cell-value.ts';
import {
  ASSISTANCE_PROGRAMS,
  type AssistanceProgram,
  type AssistanceRow,
  type AssistanceRowInput,
} from './social-api.ts';

export const NUMBER_FIELDS = ['recipients', 'units', 'value'] as const;
export const TEXT_FIELDS = ['unitName', 'fundingSource'] as const;
export type AssistanceField = 'programLabel' | (typeof NUMBER_FIELDS)[number] | (typeof TEXT_FIELDS)[number];

/** Entry columns in order (for the keyboard): the name of an added row, then the figures. */
export const COLUMNS: readonly AssistanceField[] = [
  'programLabel',
  'recipients',
  'units',
  'unitName',
  'value',
  'fundingSource',
];

export type AssistanceProblem = CellProblem | 'labelRequired';

export type TableRow = {
  key: string;
  program: AssistanceProgram;
  stored: AssistanceRow | null;
  /** Added by the user in this session: its name is typed. */
  added: boolean;
};

export const assistanceCell = (rowKey: string, field: AssistanceField) => `${rowKey}|${field}`;

export const READERS: Readonly<Record<(typeof NUMBER_FIELDS)[number], (text: string) => CellRead>> = {
  recipients: readCount,
  units: readQuantity,
  value: readRupiah,
};

export function tableRows(
  stored: readonly AssistanceRow[],
  added: readonly { key: string; program: AssistanceProgram }[],
): TableRow[] {
  const order = (p: AssistanceProgram) => ASSISTANCE_PROGRAMS.indexOf(p);
  const rows: TableRow[] = [...stored]
    .sort((a, b) => order(a.program) - order(b.program) || a.programLabel.localeCompare(b.programLabel))
    .map((row) => ({ key: `s:${row.id}`, program: row.program, stored: row, added: false }));
  for (const program of ASSISTANCE_PROGRAMS)
    if (!stored.some((row) => row.program === program))
      rows.push({ key: `p:${program}`, program, stored: null, added: false });
  rows.sort((a, b) => order(a.program) - order(b.program));
  return [...rows, ...added.map((a) => ({ key: a.key, program: a.program, stored: null, added: true }))];
}

function storedNumber(row: AssistanceRow | null, field: (typeof NUMBER_FIELDS)[number]): number | null {
  if (!row) return null;
  const value = row[field];
  return value === null ? null : Number(value);
}

export function reviewAssistance(
  rows: readonly TableRow[],
  drafts: ReadonlyMap<string, string>,
  kecamatanId: string | null,
): { payload: (AssistanceRowInput & { key: string })[]; problems: Map<string, AssistanceProblem> } {
  const payload: (AssistanceRowInput & { key: string })[] = [];
  const problems = new Map<string, AssistanceProblem>();
  for (const row of rows) {
    const typed = COLUMNS.some((field) => drafts.has(assistanceCell(row.key, field)));
    if (!typed) continue;
    let changed = false;
    let empty = true;
    let wrong = false;
    const numbers = {} as Record<(typeof NUMBER_FIELDS)[number], string | number | null>;
    for (const field of NUMBER_FIELDS) {
      const text = drafts.get(assistanceCell(row.key, field));
      const before = storedNumber(row.stored, field);
      if (text === undefined) {
        // a stored number is sent as a number: decimal text like "1.500" would read as thousands
        numbers[field] = before;
        if (before !== null) empty = false;
        continue;
      }
      const read = READERS[field](text);
      if (read.problem) {
        problems.set(assistanceCell(row.key, field), read.problem);
        wrong = true;
        continue;
      }
      numbers[field] = read.value === null ? null : text;
      if (read.value !== null) empty = false;
      if (read.value !== before) changed = true;
    }
    const texts = {} as Record<(typeof TEXT_FIELDS)[number], string | null>;
    for (const field of TEXT_FIELDS) {
      const text = drafts.get(assistanceCell(row.key, field));
      const before = row.stored?.[field] ?? null;
      const value = text === undefined ? before : text.trim() || null;
      texts[field] = value;
      if (value !== null) empty = false;
      if (value !== before) changed = true;
    }
    const label = row.added
      ? (drafts.get(assistanceCell(row.key, 'programLabel')) ?? '').trim()
      : (row.stored?.programLabel ?? '');
    if (row.added && label === '' && !empty) {
      problems.set(assistanceCell(row.key, 'programLabel'), 'labelRequired');
      wrong = true;
    }
    if (wrong || (!row.stored && empty) || (row.stored && !changed)) continue;
    payload.push({
      key: row.key,
      program: row.program,
      programLabel: label,
      kecamatanId,
      ...numbers,
      ...texts,
      version: row.stored?.version,
    });
  }
  return { payload, problems };
}
