/**
 * What every Excel import template shares, written once: the layout (row 1
 * the title, row 2 the headers, data from row 3, sheet "Petunjuk" beside),
 * how a header row is written and checked, how a column is named in a
 * problem (`G (Nilai)`), and the problem of a missing sheet. Each kind's
 * `*-sheet.ts` holds only its own columns.
 */
import type ExcelJS from 'exceljs';
import type { Texts } from '../errors.ts';
import type { ImportProblem } from './import-outcome.ts';
import { cellInput, shownCell } from './workbook-cells.ts';

export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
export const GUIDE_SHEET = 'Petunjuk';

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E7F5' } };
/** Cells the template gives (codes, names): grey, so people see what not to change. */
export const GIVEN_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

export type TemplateColumn = { header: string; width: number };

/** A, B, …, Z, AA, AB, … for the 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** `G (Nilai)`: the column's letter and header, as problems name it (1-based number). */
export function columnLabel(number: number, header: string): string {
  return `${columnLetter(number)} (${header})`;
}

/** The title in row 1 and the headers in row 2 (bold, filled, wrapped), with the columns' widths. */
export function writeTemplateHeader(
  sheet: ExcelJS.Worksheet,
  title: string,
  columns: readonly TemplateColumn[],
): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.getCell(TITLE_ROW, 1).value = title;
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 };
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** The problem of a workbook without the sheet a template has; `template` names the template to download. */
export function missingSheetProblem(
  workbook: ExcelJS.Workbook,
  name: string,
  template: Texts,
): ImportProblem {
  return {
    sheet: name,
    row: null,
    column: null,
    found: workbook.worksheets.map((w) => w.name).join(', ') || null,
    expected: {
      id: `lembar bernama "${name}" (unduh ${template.id})`,
      en: `a sheet named "${name}" (download ${template.en})`,
    },
  };
}

/** The header cells of row 2 that differ from the template's (case and surrounding spaces aside). */
export function headerProblems(
  sheet: ExcelJS.Worksheet,
  columns: readonly { header: string }[],
  sheetName: string = sheet.name,
): ImportProblem[] {
  const row = sheet.getRow(HEADER_ROW);
  const problems: ImportProblem[] = [];
  columns.forEach((c, i) => {
    const found = shownCell(cellInput(row.getCell(i + 1).value));
    if ((found ?? '').trim().toLowerCase() !== c.header.toLowerCase())
      problems.push({
        sheet: sheetName,
        row: HEADER_ROW,
        column: columnLabel(i + 1, c.header),
        found,
        expected: {
          id: `judul kolom "${c.header}" (jangan ubah baris judul templat)`,
          en: `the column header "${c.header}" (do not change the template's header row)`,
        },
      });
  });
  return problems;
}
