/**
 * Excel (.xlsx) renderer, with exceljs: every table of the model on its own
 * sheet, in document order, with its caption on top, a frozen header row and
 * column widths from the model.
 *
 * Numbers are stored as numbers, at full precision (the model's `value`), with
 * a number format. A format code in the file is locale-neutral: "#,##0.00"
 * means "group thousands, two decimals", and Excel or LibreOffice show it with
 * the reader's separators — 1.234.567,89 for an Indonesian user, 1,234,567.89
 * for an English one. Writing a literal Indonesian pattern ("#.##0,00") would
 * instead be read as a different, wrong format. Money: "#,##0" (whole Rupiah);
 * percentages: "#,##0.00" (values are percents, 74,53 not 0,7453, as printed);
 * counts "#,##0"; other measured values "#,##0.##" would print a trailing
 * separator, so "#,##0.00".
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { repackZip } from './zip-repack.ts';
import type { NumberKind, RenderableDocument, TableBlock } from './model.ts';
import { tablesOf } from './model.ts';

export const NUMBER_FORMATS: Record<NumberKind, string> = {
  integer: '#,##0',
  rupiah: '#,##0',
  percent: '#,##0.00',
  decimal: '#,##0.00',
};

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const EMPHASIS_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** Row of the header (1-based): caption in row 1, blank row 2. */
export const XLSX_HEADER_ROW = 3;

export async function renderXlsx(doc: RenderableDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const created = new Date(doc.meta.createdAt);
  workbook.creator = doc.meta.author;
  workbook.lastModifiedBy = doc.meta.author;
  workbook.created = created;
  workbook.modified = created;
  workbook.title = doc.meta.title;
  workbook.subject = doc.meta.subject;
  for (const table of tablesOf(doc)) addSheet(workbook, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return repackZip(await JSZip.loadAsync(buffer as ArrayBuffer), created);
}

function addSheet(workbook: ExcelJS.Workbook, table: TableBlock): void {
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: table.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${XLSX_HEADER_ROW}:${XLSX_HEADER_ROW}`,
    },
  });
  // Column widths in characters: relative widths scaled to a page of about 150 characters.
  const total = table.columns.reduce((a, c) => a + c.width, 0);
  const pageChars = table.landscape ? 190 : 130;
  sheet.columns = table.columns.map((c) => ({
    width: Math.max(6, Math.round((c.width / total) * pageChars)),
  }));
  const caption = sheet.getCell(1, 1);
  caption.value = table.caption;
  caption.font = { bold: true, size: 12 };
  const header = sheet.getRow(XLSX_HEADER_ROW);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  let r = XLSX_HEADER_ROW + 1;
  for (const row of table.rows) {
    const out = sheet.getRow(r);
    let col = 1;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      const target = out.getCell(col);
      const column = table.columns[col - 1]!;
      if (cell.value !== undefined) {
        target.value = cell.value;
        target.numFmt = NUMBER_FORMATS[cell.kind ?? 'decimal'];
      } else target.value = cell.text;
      target.border = THIN;
      target.alignment = {
        horizontal: cell.value !== undefined ? 'right' : column.align,
        vertical: 'top',
        wrapText: true,
        ...(cell.indent ? { indent: cell.indent } : {}),
      };
      if (cell.bold || row.emphasis) target.font = { bold: true };
      if (row.emphasis) target.fill = EMPHASIS_FILL;
      if (span > 1) {
        for (let k = 1; k < span; k++) out.getCell(col + k).border = THIN;
        sheet.mergeCells(r, col, r, col + span - 1);
      }
      col += span;
    }
    r++;
  }
  if (table.note) {
    const note = sheet.getCell(r + 1, 1);
    note.value = table.note;
    note.font = { italic: true, size: 9 };
  }
}
