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
import type { Texts } from '../errors.ts';
import { lockOf } from '../calendar/period-lock.ts';
import type { RealisationPlan } from '../record/realisation-input.ts';
import type { RealisationImportFacts } from './realisation-import-facts.ts';
import { ProblemList, type ImportChange, type ImportCounts } from './import-outcome.ts';
import {
  FIRST_DATA_ROW,
  PERIOD_EXPECTED,
  REALISATION_COLUMNS,
  REALISATION_SHEET,
  columnLabel,
  columnNumber,
  parsePeriod,
  type RealisationColumnKey,
} from './realisation-sheet.ts';
import { planGroup, type Group, type Lock, type Planning } from './realisation-group-plan.ts';
import { headerProblems, missingSheetProblem } from './template-sheet.ts';
import { cellInput, shownCell, type CellInput } from './workbook-cells.ts';

export { sameDecimal } from './realisation-group-plan.ts';

export type PlannedRealisationWrite = { plan: RealisationPlan; change: 'new' | 'changed' };

export type RealisationImportPlan = {
  problems: ProblemList;
  counts: ImportCounts;
  changes: ImportChange[];
  writes: PlannedRealisationWrite[];
  rowsRead: number;
};

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
