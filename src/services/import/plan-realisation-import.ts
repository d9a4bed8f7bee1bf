/**
 * Checking a realisations workbook against the agency-year and sorting what
 * it holds into new, changed and unchanged rows — writing nothing. The rules
 * of a realisation are the recording use cases' own: each row is parsed with
 * `realisationRowSchema` (numbers typed as Excel numbers or Indonesian text)
 * and planned with `planRealisation` (computed indicators, ordinal grades,
 * editable statuses, one period kind per year), and period locks are those of
 * period-lock.ts; this file only maps each problem back to its sheet, row and
 * column, with the value found and what was expected.
 *
 * Decisions (docs/en/import.md):
 * - A row whose Nilai (and components and Catatan) are all blank means "no
 *   data in this file": an import never deletes a recorded realisation.
 * - A period with data is taken whole (like a form): a component left blank is
 *   unknown, a blank Catatan clears the note.
 * - A period equal to what is stored (numerically: 80,50 = 80.5) is unchanged
 *   and not written, so importing the same file twice changes nothing.
 */
import type ExcelJS from 'exceljs';
import type { PeriodKind } from '../../store/schema/enums.ts';
import type { Database } from '../../store/database.ts';
import { AppError, type Texts } from '../errors.ts';
import { lockOf, quarterOf, refuseIfLocked } from '../calendar/period-lock.ts';
import { realisationRowSchema, type RealisationPlan } from '../record/realisation-input.ts';
import { planRealisation } from '../record/realisation-plan.ts';
import type { ImportIndicator, RealisationImportFacts } from './realisation-import-facts.ts';
import { MAX_LISTED_CHANGES, ProblemList, type ImportChange, type ImportCounts } from './import-outcome.ts';
import {
  FIRST_DATA_ROW,
  PERIOD_EXPECTED,
  REALISATION_COLUMNS,
  REALISATION_SHEET,
  columnLabel,
  columnNumber,
  parsePeriod,
  periodLabel,
  type RealisationColumnKey,
} from './realisation-sheet.ts';
import { headerProblems, missingSheetProblem } from './template-sheet.ts';
import { cellInput, shownCell, type CellInput } from './workbook-cells.ts';

export type PlannedRealisationWrite = { plan: RealisationPlan; change: 'new' | 'changed' };

export type RealisationImportPlan = {
  problems: ProblemList;
  counts: ImportCounts;
  changes: ImportChange[];
  writes: PlannedRealisationWrite[];
  rowsRead: number;
};

type Cell = { row: number; value: CellInput };

type Group = {
  indicator: ImportIndicator;
  kind: PeriodKind;
  no: number;
  firstRow: number;
  main: Cell | null;
  components: Map<string, Cell>;
  notes: Cell[];
};

function normalDecimal(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let t = text.trim();
  let sign = '';
  if (t.startsWith('-')) {
    sign = '-';
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  let [whole = '', fraction = ''] = t.split('.');
  whole = whole.replace(/^0+/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  const body = fraction === '' ? whole : `${whole}.${fraction}`;
  return body === '0' ? '0' : sign + body;
}

/** "74.50" and "74.5" are the same number: compare exact decimal texts without float drift. */
export function sameDecimal(a: string | null | undefined, b: string | null | undefined): boolean {
  return a === b || normalDecimal(a) === normalDecimal(b);
}

const text = (input: CellInput) => (input === null ? null : String(input).trim());

/** Column numbers by key (1-based), computed once. */
const COLUMN = Object.fromEntries(REALISATION_COLUMNS.map((c) => [c.key, columnNumber(c.key)])) as Record<
  RealisationColumnKey,
  number
>;

/** A cell of a data row as typed; a cell that is not in the file is blank (and is not created). */
function cellOf(row: ExcelJS.Row, key: RealisationColumnKey): CellInput {
  const cell = row.findCell(COLUMN[key]);
  return cell === undefined ? null : cellInput(cell.value);
}

type Lock = ReturnType<typeof lockOf<RealisationImportFacts['locks'][number]>>;

/**
 * Speed (50.000 rows): the loop creates no function per row (tsx names every
 * closure it creates, a property write each), reads only cells that exist,
 * parses each distinct period text once and works out each quarter's lock once.
 */

export async function planRealisationImport(
  tx: Database,
  facts: RealisationImportFacts,
  scope: { agencyId: string; year: number },
  workbook: ExcelJS.Workbook,
  progress: (share: number) => void = () => undefined,
): Promise<RealisationImportPlan> {
  const problems = new ProblemList();
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, empty: 0 };
  const result: RealisationImportPlan = { problems, counts, changes: [], writes: [], rowsRead: 0 };
  const add = (row: number | null, column: RealisationColumnKey | null, found: CellInput, expected: Texts) =>
    problems.add({
      sheet: REALISATION_SHEET,
      row,
      column: column === null ? null : columnLabel(column),
      found: shownCell(found),
      expected,
    });

  const sheet = workbook.getWorksheet(REALISATION_SHEET);
  if (!sheet) {
    problems.add(
      missingSheetProblem(workbook, REALISATION_SHEET, {
        id: 'templat realisasi',
        en: 'the realisations template',
      }),
    );
    return result;
  }
  if (facts.renstraPeriodId === null) {
    problems.add({
      sheet: REALISATION_SHEET,
      row: null,
      column: null,
      found: String(scope.year),
      expected: {
        id: `tahun yang dicakup Renstra perangkat daerah ini (belum ada Renstra untuk ${scope.year})`,
        en: `a year covered by this agency's Renstra (there is no Renstra for ${scope.year})`,
      },
    });
    return result;
  }
  for (const problem of headerProblems(sheet, REALISATION_COLUMNS, REALISATION_SHEET)) problems.add(problem);
  if (problems.count > 0) return result;

  // 1. Read every row into groups (indicator × period), checking the cells themselves.
  const groups = new Map<string, Group>();
  const kindOf = new Map<string, { kind: PeriodKind; row: number }>();
  const periods = new Map<string, ReturnType<typeof parsePeriod>>();
  const yearText = String(scope.year);
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const row = sheet.findRow(r);
    if (row === undefined) continue;
    const cells = {
      year: cellOf(row, 'year'),
      code: cellOf(row, 'code'),
      period: cellOf(row, 'period'),
      component: cellOf(row, 'component'),
      value: cellOf(row, 'value'),
      note: cellOf(row, 'note'),
    };
    if (
      cells.year === null &&
      cells.code === null &&
      cells.period === null &&
      cells.component === null &&
      cells.value === null &&
      cells.note === null
    )
      continue;
    result.rowsRead += 1;
    if (r % 2000 === 0) progress((r / Math.max(last, 1)) * 0.5);
    let ok = true;
    if (text(cells.year) !== yearText) {
      ok = false;
      add(r, 'year', cells.year, {
        id: `tahun ${scope.year} (tahun yang dipilih untuk impor)`,
        en: `the year ${scope.year} (the year chosen for the import)`,
      });
    }
    const code = text(cells.code);
    const ind = code === null ? undefined : facts.byCode.get(code.toUpperCase());
    if (!ind) {
      ok = false;
      add(r, 'code', cells.code, {
        id: 'kode indikator pada Renstra perangkat daerah ini untuk tahun tersebut',
        en: "an indicator code of this agency's Renstra for that year",
      });
    }
    let period: ReturnType<typeof parsePeriod> = null;
    if (cells.period !== null) {
      const periodText = String(cells.period);
      period = periods.get(periodText) ?? null;
      if (!periods.has(periodText)) {
        period = parsePeriod(periodText);
        periods.set(periodText, period);
      }
    }
    if (!period) {
      ok = false;
      add(r, 'period', cells.period, PERIOD_EXPECTED);
    }
    if (!ind || !period) continue;
    const componentText = text(cells.component);
    let componentCode: string | null = null;
    if (componentText !== null) {
      const match = ind.components.find((c) => c.code.toLowerCase() === componentText.toLowerCase());
      if (!match) {
        ok = false;
        add(
          r,
          'component',
          cells.component,
          ind.components.length === 0
            ? {
                id: `kosong: indikator ${ind.code} tidak memiliki komponen`,
                en: `blank: indicator ${ind.code} has no components`,
              }
            : {
                id: `kode komponen indikator ${ind.code}: ${ind.components.map((c) => c.code).join(', ')}`,
                en: `a component code of indicator ${ind.code}: ${ind.components.map((c) => c.code).join(', ')}`,
              },
        );
      } else componentCode = match.code;
    }
    const seenKind = kindOf.get(ind.id);
    if (seenKind && seenKind.kind !== period.kind) {
      add(r, 'period', cells.period, {
        id: `periode sejenis baris ${seenKind.row} (satu indikator dicatat dengan satu jenis periode dalam setahun)`,
        en: `a period of the same kind as row ${seenKind.row} (an indicator is recorded in one kind of period a year)`,
      });
      continue;
    }
    if (!seenKind) kindOf.set(ind.id, { kind: period.kind, row: r });
    if (!ok) continue;
    const key = `${ind.id}|${period.kind}|${period.no}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        indicator: ind,
        kind: period.kind,
        no: period.no,
        firstRow: r,
        main: null,
        components: new Map(),
        notes: [],
      };
      groups.set(key, group);
    }
    const previous = componentCode === null ? group.main : group.components.get(componentCode);
    if (previous) {
      add(r, componentCode === null ? 'period' : 'component', componentCode ?? cells.period, {
        id: `satu baris per indikator, periode${componentCode === null ? '' : ' dan komponen'}: sudah ada di baris ${previous.row}`,
        en: `one row per indicator, period${componentCode === null ? '' : ' and component'}: already on row ${previous.row}`,
      });
      continue;
    }
    const cell = { row: r, value: cells.value };
    if (componentCode === null) group.main = cell;
    else group.components.set(componentCode, cell);
    if (cells.note !== null) group.notes.push({ row: r, value: cells.note });
  }

  // 2. Plan every period with data through the recording rules.
  const locks = new Map<number, Lock>();
  const lockOfQuarter = (quarter: number): Lock => {
    if (!locks.has(quarter))
      locks.set(
        quarter,
        lockOf(
          facts.locks.filter((l) => l.periodNo === quarter),
          scope.agencyId,
        ),
      );
    return locks.get(quarter)!;
  };
  const planning: Planning = { tx, facts, scope, result, add, lockOfQuarter };
  let index = 0;
  for (const group of groups.values()) {
    index += 1;
    if (index % 2000 === 0) progress(0.5 + (index / groups.size) * 0.5);
    await planGroup(planning, group);
  }
  return result;
}

type Add = (
  row: number | null,
  column: RealisationColumnKey | null,
  found: CellInput,
  expected: Texts,
) => void;

type Planning = {
  tx: Database;
  facts: RealisationImportFacts;
  scope: { agencyId: string; year: number };
  result: RealisationImportPlan;
  add: Add;
  lockOfQuarter: (quarter: number) => Lock;
};

/** Where a field of a group's input was typed: its row, column and the value found there. */
function cellOfField(
  group: Group,
  path: readonly PropertyKey[],
): { row: number; column: RealisationColumnKey; found: CellInput } {
  const mainValue = group.main?.value ?? null;
  const [head, sub] = path;
  if (head === 'components' && typeof sub === 'string') {
    const c = group.components.get(sub);
    if (c) return { row: c.row, column: 'value', found: c.value };
    return { row: group.firstRow, column: 'component', found: sub };
  }
  if (head === 'note') {
    const n = group.notes[0];
    return { row: n?.row ?? group.firstRow, column: 'note', found: n?.value ?? null };
  }
  if (head === 'value' || head === 'grade')
    return { row: group.main?.row ?? group.firstRow, column: 'value', found: mainValue };
  if (head === 'periodKind' || head === 'periodNo')
    return { row: group.firstRow, column: 'period', found: periodLabel(group.kind, group.no) };
  if (head === 'components') return { row: group.firstRow, column: 'component', found: null };
  return { row: group.main?.row ?? group.firstRow, column: 'value', found: mainValue };
}

async function planGroup(
  { tx, facts, scope, result, add, lockOfQuarter }: Planning,
  group: Group,
): Promise<void> {
  const ind = group.indicator;
  const componentCells = [...group.components.entries()];
  const hasData =
    (group.main?.value ?? null) !== null ||
    componentCells.some(([, c]) => c.value !== null) ||
    group.notes.length > 0;
  if (!hasData) {
    result.counts.empty += 1;
    return;
  }
  const distinctNotes = [...new Set(group.notes.map((n) => String(n.value)))];
  if (distinctNotes.length > 1) {
    const second = group.notes.find((n) => String(n.value) !== distinctNotes[0])!;
    add(second.row, 'note', second.value, {
      id: `satu catatan per periode (baris ${group.notes[0]!.row} sudah memberi catatan lain)`,
      en: `one note per period (row ${group.notes[0]!.row} already gives another note)`,
    });
    return;
  }
  const existing =
    (facts.realisations.get(ind.id) ?? []).find(
      (r) => r.periodKind === group.kind && r.periodNo === group.no,
    ) ?? null;
  const ordinal = ind.polarity === 'ordinal';
  const mainValue = group.main?.value ?? null;
  const raw = {
    indicatorId: ind.id,
    year: scope.year,
    periodKind: group.kind,
    periodNo: group.no,
    ...(ordinal
      ? { grade: mainValue === null ? null : String(mainValue), value: null }
      : { value: mainValue, grade: null }),
    ...(ind.components.length > 0
      ? {
          components: Object.fromEntries(
            componentCells.filter(([, c]) => c.value !== null).map(([code, c]) => [code, c.value]),
          ),
        }
      : {}),
    note: distinctNotes[0] ?? null,
    ...(existing ? { version: existing.version } : {}),
  };
  const parsed = realisationRowSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = cellOfField(group, issue.path);
      add(at.row, at.column, at.found, {
        id: `angka, mis. 74,53 atau 1.234,5 (${issue.message})`,
        en: `a number, e.g. 74,53 or 1.234,5 (${issue.message})`,
      });
    }
    return;
  }
  const input = parsed.data;
  if (existing && unchanged(existing, facts.componentValues.get(existing.id) ?? {}, input, ind)) {
    result.counts.unchanged += 1;
    return;
  }
  try {
    refuseIfLocked(lockOfQuarter(quarterOf(group.kind, group.no)), scope.year, group.kind, group.no);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    add(group.firstRow, 'period', periodLabel(group.kind, group.no), {
      id: `periode yang belum dikunci: ${error.userMessage.id}`,
      en: `a period that is not locked: ${error.userMessage.en}`,
    });
    return;
  }
  const planned = await planRealisation(
    tx,
    {
      indicator: ind,
      components: ind.components.map((c) => ({ id: c.id, code: c.code })),
      realisations: facts.realisations.get(ind.id) ?? [],
      target: null,
      lock: null,
    },
    scope.agencyId,
    input,
    '',
  );
  for (const p of planned.problems) {
    const at = cellOfField(group, p.field.path.split('.'));
    const found = p.field.path === 'status' ? (existing?.status ?? null) : at.found;
    add(at.row, at.column, found, p.field.message);
  }
  if (!planned.plan) return;
  const change = existing ? 'changed' : 'new';
  result.counts[change] += 1;
  result.writes.push({ plan: planned.plan, change });
  if (result.changes.length < MAX_LISTED_CHANGES)
    result.changes.push({
      change,
      sheet: REALISATION_SHEET,
      row: group.firstRow,
      label: `${ind.code} · ${periodLabel(group.kind, group.no)}`,
      before: existing ? describe(existing, facts.componentValues.get(existing.id) ?? null) : null,
      after: describe(
        { ...planned.plan.values },
        planned.plan.components
          ? Object.fromEntries(planned.plan.components.map((c) => [c.code, c.value]))
          : null,
      ),
    });
}

function unchanged(
  existing: { value: string | null; grade: string | null; note: string | null },
  stored: Record<string, string>,
  input: {
    value?: string | null;
    grade?: string | null;
    note?: string | null;
    components?: Record<string, string | null>;
  },
  ind: ImportIndicator,
): boolean {
  if ((existing.note ?? null) !== (input.note ?? null)) return false;
  if (ind.components.length > 0) {
    const given = input.components ?? {};
    return ind.components.every((c) => sameDecimal(stored[c.code] ?? null, given[c.code] ?? null));
  }
  if (ind.polarity === 'ordinal')
    return (existing.grade ?? '').toUpperCase() === (input.grade ?? '').toUpperCase();
  return sameDecimal(existing.value, input.value ?? null);
}

/** A realisation as the preview shows it: the value or grade, and the components behind a computed value. */
function describe(
  values: { value: string | null; grade: string | null; note: string | null },
  components: Record<string, string> | null,
): string {
  const main = values.grade ?? values.value ?? '–';
  const parts = components
    ? `${Object.entries(components)
        .map(([code, v]) => `${code} ${v}`)
        .join('; ')} → ${main}`
    : main;
  return values.note ? `${parts} (${values.note})` : parts;
}
