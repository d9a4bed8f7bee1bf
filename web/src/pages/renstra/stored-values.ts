/**
 * Targets and baselines are stored as exact decimal text ("74.53", "80.50").
 * They are shown with the digits they were given (80,50 stays 80,50) and put
 * back into an input in Indonesian notation, which is what the server reads.
 */
import { formatNumber } from '@domain/numbers.ts';
import { show } from '../../format.ts';

function decimalsOfText(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** A stored decimal in the user's language, or "—". */
export function showStored(text: string | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  return show.number(Number(text), decimalsOfText(text));
}

/** A stored decimal as an Indonesian input text ("74.53" → "74,53"), or "" when there is none. */
export function inputText(text: string | null | undefined): string {
  if (text === null || text === undefined || text === '') return '';
  return formatNumber(Number(text), { locale: 'id', decimals: decimalsOfText(text) });
}

export type StoredTarget = {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
};

/** A target in any of its shapes: a value, a range "80–90" or a grade; "—" when empty. */
export function showTarget(target: StoredTarget | null | undefined): string {
  if (!target) return '—';
  if (target.value !== null) return showStored(target.value);
  if (target.low !== null || target.high !== null)
    return `${showStored(target.low)}–${showStored(target.high)}`;
  return target.grade ?? '—';
}

/** A whole number typed in a field (a year, a misi number): the number, undefined when empty, NaN when not whole. */
export function readWhole(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
