/**
 * Reads the numbers of a report-data file into engine values. A value is
 * either absent (unknown, never zero), a number with the precision it was
 * printed at, or malformed (kept with the parser's reason, so the checker can
 * report it and the measurement can say why it stopped).
 */
import { parseNumber, parseRupiah } from '../numbers.ts';
import type { Target } from '../capaian.ts';
import type { IndikatorData, Numberish } from './schema.ts';

export type ReadValue =
  | { state: 'absent' }
  | { state: 'ok'; value: number; decimals: number; printed: Numberish }
  | { state: 'malformed'; printed: Numberish; reason: string };

export function readNumber(input: Numberish | null | undefined): ReadValue {
  if (input === undefined || input === null) return { state: 'absent' };
  const parsed = parseNumber(input);
  return parsed.ok
    ? { state: 'ok', value: parsed.value, decimals: parsed.decimals, printed: input }
    : { state: 'malformed', printed: input, reason: parsed.reason };
}

export function readMoney(input: Numberish | null | undefined): ReadValue {
  if (input === undefined || input === null) return { state: 'absent' };
  const parsed = parseRupiah(input);
  return parsed.ok
    ? { state: 'ok', value: parsed.value, decimals: 0, printed: input }
    : { state: 'malformed', printed: input, reason: parsed.reason };
}

export function valueOf(read: ReadValue): number | null {
  return read.state === 'ok' ? read.value : null;
}

/** True when a printed string carries a percent sign. */
export function printedWithPercent(input: Numberish | null | undefined): boolean {
  return typeof input === 'string' && input.includes('%');
}

export type ReadTarget =
  | { state: 'absent' }
  | { state: 'ok'; target: Target }
  | { state: 'malformed'; field: 'target' | 'target.min' | 'target.max'; printed: Numberish; reason: string };

/** Reads an indicator's target: a value, a range `{min, max}`, or a grade for ordinal indicators. */
export function readTarget(indikator: Pick<IndikatorData, 'polarity' | 'target'>): ReadTarget {
  const { target } = indikator;
  if (target === undefined || target === null) return { state: 'absent' };
  if (indikator.polarity === 'ordinal') {
    return { state: 'ok', target: { kind: 'grade', grade: String(target).trim() } };
  }
  if (typeof target === 'object') {
    const min = readNumber(target.min);
    const max = readNumber(target.max);
    if (min.state === 'malformed')
      return { state: 'malformed', field: 'target.min', printed: min.printed, reason: min.reason };
    if (max.state === 'malformed')
      return { state: 'malformed', field: 'target.max', printed: max.printed, reason: max.reason };
    if (min.state !== 'ok' || max.state !== 'ok') return { state: 'absent' };
    return {
      state: 'ok',
      target: { kind: 'range', min: Math.min(min.value, max.value), max: Math.max(min.value, max.value) },
    };
  }
  const value = readNumber(target);
  if (value.state === 'malformed')
    return { state: 'malformed', field: 'target', printed: value.printed, reason: value.reason };
  if (value.state === 'absent') return { state: 'absent' };
  return { state: 'ok', target: { kind: 'value', value: value.value } };
}
