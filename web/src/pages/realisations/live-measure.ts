/**
 * Capaian and predikat while the user types, in the browser, with the domain's
 * measureToDate — the function the server's realisation-measure.ts calls when
 * a realisation is saved: the year to date through the latest period with a
 * value, against the year's target (phased for that period), on the agency's
 * scale. After a save the server's own measurement is shown.
 */
import type { CapaianReason, Target } from '@domain/capaian.ts';
import { deriveRealisasi, type Derivation } from '@domain/derived-realisasi.ts';
import { measureToDate } from '@domain/measure-to-date.ts';
import { parseNumber } from '@domain/numbers.ts';
import type { Scale, ScaleLevel } from '@domain/scales.ts';
import { PERIODS } from './grid-model.ts';
import type { Grid, GridIndicator } from './realisations-api.ts';

export type MeasureReason = CapaianReason | 'not-phased';

export type LiveMeasure = {
  /** The latest period (of the indicator's kind) with a value; null when none has one. */
  through: number | null;
  yearToDate: number | string | null;
  target: Target | null;
  capaian: number | null;
  reason: MeasureReason | null;
  predikat: ScaleLevel | null;
  /** The predikat is one of the two lowest of the scale (submitting needs an explanation). */
  lowest: boolean;
};

/** A typed number: null when empty, undefined when it is not a number. */
export function readTyped(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The value of a computed indicator for one period from its components' texts (unknown when one is missing). */
export function derivedValue(
  derivation: Derivation | null,
  components: Record<string, string>,
): number | null {
  if (!derivation) return null;
  const numbers: Record<string, number | null> = {};
  for (const [code, text] of Object.entries(components)) numbers[code] = readTyped(text) ?? null;
  return deriveRealisasi(derivation, numbers).value;
}

/**
 * Measures one indicator from its period values (index 0 = period 1): numbers,
 * or grades for an ordinal indicator; null = not known. Through the latest
 * period with a value (the whole year when none has one).
 */
export function measureLive(
  indicator: GridIndicator,
  values: readonly (number | string | null)[],
  policy: Grid['policy'],
): LiveMeasure {
  const count = PERIODS[indicator.periodKind];
  let latest: number | null = null;
  for (let p = count; p >= 1 && latest === null; p--) if (values[p - 1] != null) latest = p;
  const number = (text: string | null) => (text === null ? null : Number(text));
  const stored = indicator.target;
  const measured = measureToDate(
    {
      polarity: indicator.polarity,
      aggregation: indicator.periodAggregation === 'last' ? 'stock' : indicator.periodAggregation,
      grades: indicator.grades,
      periodKind: indicator.periodKind,
      through: latest ?? count,
      periods: values.map((value, i) => ({
        periodNo: i + 1,
        value: typeof value === 'number' ? value : null,
        grade: typeof value === 'string' ? value : null,
      })),
      target: stored && {
        value: number(stored.value),
        low: number(stored.low),
        high: number(stored.high),
        grade: stored.grade,
      },
    },
    { scale: policy.scale as Scale, negativeFormula: policy.negativeFormula },
  );
  return {
    through: latest,
    yearToDate: measured.yearToDate,
    target: measured.target,
    capaian: measured.capaian,
    reason: measured.reason,
    predikat: measured.level,
    lowest: measured.lowest,
  };
}
