/**
 * PK targets are stored as exact decimal text ("74.53", "80.50"): shown with
 * the digits they were given in the user's language, and put into an input in
 * Indonesian notation ("80,50"), which the server reads with the same parser.
 */
import { formatNumber } from '@domain/numbers.ts';
import { show } from '../../format.ts';

export type TargetShape = {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
};

function decimalsOfText(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

export function showDecimal(text: string | null): string {
  if (text === null || text === '') return '—';
  return show.number(Number(text), decimalsOfText(text));
}

/** A target in its shape: a value, a range "80–90" or a grade; "—" when there is none. */
export function showTarget(target: TargetShape | null): string {
  if (!target) return '—';
  if (target.value !== null) return showDecimal(target.value);
  if (target.low !== null || target.high !== null)
    return `${showDecimal(target.low)}–${showDecimal(target.high)}`;
  return target.grade ?? '—';
}

/** A stored decimal as Indonesian input text ("74.53" → "74,53"); "" when there is none. */
export function inputText(text: string | null): string {
  if (text === null || text === '') return '';
  return formatNumber(Number(text), { locale: 'id', decimals: decimalsOfText(text) });
}

/** A Rupiah amount as Indonesian input text (1250000000 → "1.250.000.000"). */
export function rupiahInputText(amount: number): string {
  return formatNumber(amount, { locale: 'id', decimals: 0 });
}
