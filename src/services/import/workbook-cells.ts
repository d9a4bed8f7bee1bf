/**
 * Reading cells of an uploaded workbook (exceljs) as what a person typed:
 * a number stays a number (an Excel number), text is trimmed text, a formula
 * gives its cached result, rich text its plain text; blank is null.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../errors.ts';

export type CellInput = number | string | null;

export function cellInput(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return cellInput(value.richText.map((part) => part.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in result)
        return String((result as { error: unknown }).error);
      return cellInput(result as ExcelJS.CellValue);
    }
    if ('text' in value && typeof value.text === 'string') return cellInput(value.text);
    if ('error' in value) return String(value.error);
  }
  return null;
}

/** The cell as the problem list shows it ("74,53", "74.53", "BB"); null when blank. */
export function shownCell(input: CellInput): string | null {
  if (input === null) return null;
  return typeof input === 'number' ? String(input) : input;
}

/** Opens an .xlsx (already checked by checkImportFile); a file exceljs cannot read is refused. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('unsupported-type', {
      id: 'Buku kerja Excel ini tidak dapat dibaca (rusak atau bukan .xlsx). Simpan ulang dari Excel sebagai .xlsx.',
      en: 'This Excel workbook cannot be read (damaged, or not .xlsx). Save it again from Excel as .xlsx.',
    });
  }
  return workbook;
}
