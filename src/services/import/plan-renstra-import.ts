/**
 * Checking a Renstra workbook against the agency's Renstra period covering
 * the year and sorting its rows into new, changed and unchanged — writing
 * nothing. The sheets' own rows are planned by plan-renstra-sasaran.ts and
 * plan-renstra-indicators.ts; this file checks the sheets and their header
 * rows (the year columns must be years of the period).
 *
 * Decisions (docs/en/import.md):
 * - Sasaran and indicators are matched by code within the period; a code not
 *   stored is added, a stored one left out of the file is left alone.
 * - A blank cell keeps what is stored: an import never deletes or clears.
 * - A row equal to what is stored is unchanged and not written, so importing
 *   the same file twice changes nothing.
 */
import type ExcelJS from 'exceljs';
import type { Texts } from '../errors.ts';
import type { ImportPlan, ImportScope } from './import-kind.ts';
import { ProblemList } from './import-outcome.ts';
import type { IndicatorLayout } from './plan-renstra-indicators.ts';
import { planIndicatorSheet } from './plan-renstra-indicators.ts';
import { planSasaranSheet } from './plan-renstra-sasaran.ts';
import type { RenstraImportFacts } from './renstra-import-facts.ts';
import {
  END_TARGET_HEADER,
  HEADER_ROW,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  NO_PERIOD_EXPECTED,
  SASARAN_COLUMNS,
  SASARAN_SHEET,
  label,
} from './renstra-sheet.ts';
import { headerProblems, missingSheetProblem } from './template-sheet.ts';
import type { RenstraPlanState, RenstraWrite } from './renstra-writes.ts';
import { cellInput, shownCell, type CellInput } from './workbook-cells.ts';

const text = (input: CellInput) => (input === null ? null : String(input).trim());

/** The year columns and "Target Akhir" after the fixed columns of sheet Indikator. */
function readLayout(
  sheet: ExcelJS.Worksheet,
  period: { startYear: number; endYear: number },
  problems: ProblemList,
): IndicatorLayout {
  const layout: IndicatorLayout = { years: [], end: null };
  const header = sheet.getRow(HEADER_ROW);
  const span = `${period.startYear}–${period.endYear}`;
  const expected: Texts = {
    id: `tahun dalam periode Renstra ${span} (satu kolom per tahun) atau "${END_TARGET_HEADER}"`,
    en: `a year of the Renstra period ${span} (one column per year) or "${END_TARGET_HEADER}"`,
  };
  const add = (column: number, found: CellInput, what: Texts) =>
    problems.add({
      sheet: INDICATOR_SHEET,
      row: HEADER_ROW,
      column: label(column, shownCell(found) ?? ''),
      found: shownCell(found),
      expected: what,
    });
  for (let c = INDICATOR_COLUMNS.length + 1; c <= Math.max(sheet.columnCount, header.cellCount); c++) {
    const found = cellInput(header.getCell(c).value);
    const t = text(found);
    if (t === null) continue;
    if (t.toLowerCase() === END_TARGET_HEADER.toLowerCase()) {
      if (layout.end)
        add(c, found, { id: `satu kolom "${END_TARGET_HEADER}"`, en: `one "${END_TARGET_HEADER}" column` });
      else layout.end = { column: c, label: label(c, END_TARGET_HEADER) };
      continue;
    }
    const year = /^\d{4}$/.test(t) ? Number(t) : null;
    if (year === null || year < period.startYear || year > period.endYear) {
      add(c, found, expected);
      continue;
    }
    if (layout.years.some((y) => y.year === year)) {
      add(c, found, { id: `satu kolom untuk tahun ${year}`, en: `one column for the year ${year}` });
      continue;
    }
    layout.years.push({ column: c, year, label: label(c, String(year)) });
  }
  return layout;
}

export function planRenstraImport(
  facts: RenstraImportFacts,
  scope: ImportScope,
  workbook: ExcelJS.Workbook,
): ImportPlan<RenstraWrite> {
  const state: RenstraPlanState = {
    problems: new ProblemList(),
    counts: { new: 0, changed: 0, unchanged: 0, empty: 0 },
    changes: [],
    writes: [],
    rowsRead: 0,
  };
  const { problems } = state;
  const sheets = [SASARAN_SHEET, INDICATOR_SHEET].map((name) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet)
      problems.add(
        missingSheetProblem(workbook, name, { id: 'templat Renstra', en: 'the Renstra template' }),
      );
    return sheet;
  });
  const [sasaranSheet, indicatorSheet] = sheets;
  if (!sasaranSheet || !indicatorSheet) return state;
  if (!facts.period) {
    problems.add({
      sheet: SASARAN_SHEET,
      row: null,
      column: null,
      found: String(scope.year),
      expected: NO_PERIOD_EXPECTED(scope.year),
    });
    return state;
  }
  for (const problem of [
    ...headerProblems(sasaranSheet, SASARAN_COLUMNS, SASARAN_SHEET),
    ...headerProblems(indicatorSheet, INDICATOR_COLUMNS, INDICATOR_SHEET),
  ])
    problems.add(problem);
  const layout = readLayout(indicatorSheet, facts.period, problems);
  if (problems.count > 0) return state;

  const addAt =
    (sheet: string) => (row: number | null, column: string | null, found: CellInput, expected: Texts) =>
      problems.add({ sheet, row, column, found: shownCell(found), expected });
  const known = planSasaranSheet(facts, sasaranSheet, state, addAt(SASARAN_SHEET));
  planIndicatorSheet(facts, indicatorSheet, layout, known, state, addAt(INDICATOR_SHEET));
  return state;
}
