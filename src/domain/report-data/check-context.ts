/**
 * Shared machinery of the checker: comparing a printed value with a computed
 * one at the precision the report printed, and collecting findings.
 */
import { equalAtPrecision, roundedDecimalText, type Locale } from '../numbers.ts';
import {
  asPrinted,
  findingMessage,
  severityOf,
  type Finding,
  type FindingKind,
  type MessageInput,
} from './findings.ts';
import { readNumber, type ReadValue } from './read-values.ts';
import type { Numberish } from './schema.ts';

export class FindingCollector {
  readonly findings: Finding[] = [];
  constructor(readonly locale: Locale) {}

  add(
    kind: FindingKind,
    path: string,
    printed: Numberish,
    expected: string | null,
    message: MessageInput,
    lines?: number[],
  ): void {
    this.findings.push({
      path,
      kind,
      severity: severityOf(kind),
      printed,
      expected,
      message: findingMessage(message, this.locale),
      ...(lines && lines.length > 0 ? { lines } : {}),
    });
  }

  /** The printed value as shown in messages: strings verbatim, numbers in the user's notation. */
  show(printed: Numberish, decimals = 2): string {
    return typeof printed === 'string' ? printed : asPrinted(printed, decimals, this.locale);
  }

  /** A computed value shown at the printed precision. */
  expect(value: number, decimals: number): string {
    return asPrinted(value, decimals, this.locale);
  }
}

/** Reads a printed number; a malformed one is reported and yields null. */
export function readPrinted(
  collector: FindingCollector,
  printed: Numberish | undefined | null,
  path: string,
  subject: { id: string; en: string },
  lines?: number[],
): Extract<ReadValue, { state: 'ok' }> | null {
  const read = readNumber(printed);
  if (read.state === 'malformed') {
    collector.add(
      'malformed-number',
      path,
      read.printed,
      null,
      { kind: 'malformed', subject, printed: String(read.printed), reason: read.reason, expected: null },
      lines,
    );
    return null;
  }
  return read.state === 'ok' ? read : null;
}

/** Same value at the printed precision (half-up), the checker's one notion of "equal". */
export function matches(computed: number, printed: { value: number; decimals: number }): boolean {
  return equalAtPrecision(computed, printed.value, printed.decimals);
}

/**
 * A printed value that is one last-digit step from the half-up value and
 * equals the computed value rounded some other way (down, up, half-even).
 */
export function isRoundingSlip(computed: number, printed: { value: number; decimals: number }): boolean {
  const factor = 10 ** printed.decimals;
  const candidates = [Math.floor(computed * factor) / factor, Math.ceil(computed * factor) / factor];
  const printedText = roundedDecimalText(printed.value, printed.decimals);
  return candidates.some((c) => roundedDecimalText(c, printed.decimals) === printedText);
}
