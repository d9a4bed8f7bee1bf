/**
 * Reading the cells of a filled review template: a cell as a plain value,
 * number columns kept as printed, the sheets and the non-blank rows below
 * the header, and the errors collected while reading (named by sheet, row,
 * column, the value found and what was expected).
 *
 * A cell Excel holds as a number stays a number, a typed text such as
 * "74,53 %" or "41.600.00" stays text, so that a malformed printed number
 * becomes a finding of the checker; a word in a number column is an error.
 */
import type ExcelJS from 'exceljs';
import type { TemplateError, Texts } from './review-template-layout.ts';

export type CellValue = string | number | null;

/** A cell as a plain value: formulas give their result, rich text its text, blanks null. */
function plain(cell: ExcelJS.Cell): CellValue | { invalid: string } {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'boolean') return { invalid: String(v) };
  if (v instanceof Date) return { invalid: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v)
      return (
        v.richText
          .map((r) => r.text)
          .join('')
          .trim() || null
      );
    if ('result' in v) {
      const r = v.result;
      if (typeof r === 'number') return r;
      if (typeof r === 'string') return r.trim() || null;
      return r === undefined || r === null ? null : { invalid: String(cell.text) };
    }
    if ('text' in v && typeof v.text === 'string') return v.text.trim() || null;
  }
  return { invalid: String(cell.text) };
}

export function letter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const NUMBER_EXPECTED: Texts = {
  id: 'angka seperti tercetak, mis. 74,53 atau 74,53 %',
  en: 'a number as printed, e.g. 74,53 or 74,53 %',
};

const MONEY_EXPECTED: Texts = {
  id: 'jumlah rupiah, mis. 6.737.357.519',
  en: 'an amount in Rupiah, e.g. 6.737.357.519',
};

export class Reader {
  readonly errors: TemplateError[] = [];

  error(sheet: string, row: number, column: string, value: string, expected: Texts): void {
    this.errors.push({ sheet, row, column, value, expected });
  }

  /** A number column: numbers, or text made of digits and separators (kept as printed). */
  number(sheet: string, row: number, col: number, header: string, cell: ExcelJS.Cell, money: boolean) {
    const v = plain(cell);
    const column = `${letter(col)} (${header})`;
    if (v !== null && typeof v === 'object') {
      this.error(sheet, row, column, v.invalid, money ? MONEY_EXPECTED : NUMBER_EXPECTED);
      return null;
    }
    if (typeof v === 'string') {
      const cleaned = v.replace(/^rp\.?\s*/i, '').replace(/,-$/, '');
      if (cleaned === '-' || cleaned === '') return null;
      if (!/^[-+]?[0-9][0-9.,\s]*%?$/.test(cleaned)) {
        this.error(sheet, row, column, v, money ? MONEY_EXPECTED : NUMBER_EXPECTED);
        return null;
      }
    }
    return v;
  }

  text(cell: ExcelJS.Cell): string | null {
    const v = plain(cell);
    if (v === null) return null;
    if (typeof v === 'object') return v.invalid;
    return String(v);
  }
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string, reader: Reader, required: boolean) {
  const sheet = workbook.getWorksheet(name);
  if (!sheet && required)
    reader.error(name, 0, '-', '-', {
      id: `lembar "${name}" dari templat reviu`,
      en: `the sheet "${name}" of the review template`,
    });
  return sheet;
}

/** Rows below the header that have any value, with their Excel row numbers. */
export function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows.filter((row) => {
    let any = false;
    row.eachCell((cell) => {
      const v = plain(cell);
      if (v !== null) any = true;
    });
    return any;
  });
}
