/**
 * What a typed cell holds: Rupiah ("1.234.567"), a percentage of physical
 * progress ("62,5"), or a count of people ("1.520"), read by the domain's
 * parser (the same rule the server applies). An error names its kind so the
 * page can say it in the user's language; `reason` is the parser's own words.
 */
import { formatNumber, parseNumber } from '@domain/numbers.ts';

export type CellProblem = 'invalid' | 'negative' | 'notWhole' | 'tooLarge' | 'over100';
export type CellRead = { value: number | null; problem?: CellProblem; reason?: string };

function read(text: string): CellRead | number {
  if (text.trim() === '') return { value: null };
  const parsed = parseNumber(text);
  if (!parsed.ok) return { value: null, problem: 'invalid', reason: parsed.reason };
  if (parsed.value < 0) return { value: null, problem: 'negative' };
  return parsed.value;
}

/** Whole Rupiah, not negative. */
export function readRupiah(text: string): CellRead {
  const value = read(text);
  if (typeof value !== 'number') return value;
  if (!Number.isInteger(value)) return { value: null, problem: 'notWhole' };
  if (!Number.isSafeInteger(value)) return { value: null, problem: 'tooLarge' };
  return { value };
}

/** A count of people or units: a whole number, not negative. */
export function readCount(text: string): CellRead {
  const value = read(text);
  if (typeof value !== 'number') return value;
  if (!Number.isInteger(value)) return { value: null, problem: 'notWhole' };
  if (value > 2_147_483_647) return { value: null, problem: 'tooLarge' };
  return { value };
}

/** A measured quantity (units delivered): any number, not negative. */
export function readQuantity(text: string): CellRead {
  const value = read(text);
  return typeof value === 'number' ? { value } : value;
}

/** Physical progress: 0 to 100 percent. */
export function readPercent(text: string): CellRead {
  const value = read(text);
  if (typeof value !== 'number') return value;
  if (value > 100) return { value: null, problem: 'over100' };
  return { value };
}

/** A stored number as it is typed in a cell: always the Indonesian way ("1.234.567", "62,5"). */
export function entryText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return formatNumber(value, { locale: 'id', decimals: decimalsOf(value) });
}

function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(4, text.length - point - 1);
}
