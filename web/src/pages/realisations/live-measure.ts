/**
 * Capaian and predikat while the user types, in the browser, with the domain
 * engine (rollUpYear, targetThroughPeriod, computeCapaian, classify) applied
 * exactly as the server's realisation-measure.ts applies it when a
 * realisation is saved: the year to date through the latest period with a
 * value, against the year's Renstra target (phased for that period), on the
 * agency's scale. No formula lives here; only which domain function gets
 * which numbers. After a save the server's own measurement is shown.
 */
import { computeCapaian, type CapaianReason, type Target } from '@domain/capaian.ts';
import { deriveRealisasi, type Derivation } from '@domain/derived-realisasi.ts';
import { parseNumber } from '@domain/numbers.ts';
import { rollUpYear, targetThroughPeriod, type PeriodKind as GridKind } from '@domain/period-aggregation.ts';
import { classify, type Scale, type ScaleLevel } from '@domain/scales.ts';
import { PERIODS } from './grid-model.ts';
import type { Grid, GridIndicator, PeriodKind } from './realisations-api.ts';

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

/** Where a period sits on the domain's grid (quarters or months), as realisation-measure.ts places it. */
function onGrid(kind: PeriodKind, periodNo: number): { grid: GridKind; period: number } {
  switch (kind) {
    case 'month':
      return { grid: 'month', period: periodNo };
    case 'quarter':
      return { grid: 'quarter', period: periodNo };
    case 'semester':
      return { grid: 'quarter', period: periodNo * 2 };
    case 'year':
      return { grid: 'quarter', period: 4 };
  }
}

/**
 * Measures one indicator from its period values (index 0 = period 1): numbers,
 * or grades for an ordinal indicator; null = not known.
 */
export function measureLive(
  indicator: GridIndicator,
  values: readonly (number | string | null)[],
  policy: Grid['policy'],
): LiveMeasure {
  const kind = indicator.periodKind;
  const count = PERIODS[kind];
  let latest: number | null = null;
  for (let p = count; p >= 1 && latest === null; p--) if (values[p - 1] != null) latest = p;
  const { grid, period: through } = onGrid(kind, latest ?? count);
  const aggregation = indicator.periodAggregation === 'last' ? 'stock' : indicator.periodAggregation;
  const scale = policy.scale as Scale;
  const unmeasured = (
    yearToDate: number | string | null,
    target: Target | null,
    reason: MeasureReason,
  ): LiveMeasure => ({
    through: latest,
    yearToDate,
    target,
    capaian: null,
    reason,
    predikat: null,
    lowest: false,
  });

  let yearToDate: number | string | null;
  let target: Target | null = null;
  const stored = indicator.target;
  if (indicator.polarity === 'ordinal') {
    yearToDate = latest === null ? null : (values[latest - 1] as string);
    if (stored?.grade != null) target = { kind: 'grade', grade: stored.grade };
  } else {
    const known = values.flatMap((value, i) =>
      typeof value === 'number' ? [{ period: onGrid(kind, i + 1).period, value }] : [],
    );
    yearToDate = rollUpYear(known, aggregation, grid, { throughPeriod: through }).value;
    if (stored) {
      if (stored.value !== null) {
        const phased = targetThroughPeriod(
          { aggregation, kind: grid, yearlyTarget: Number(stored.value) },
          through,
        );
        if (phased.value === null)
          return unmeasured(
            yearToDate,
            null,
            phased.reason === 'not-phased' ? 'not-phased' : 'missing-target',
          );
        target = { kind: 'value', value: phased.value };
      } else if (stored.low !== null && stored.high !== null) {
        const atYearEnd = through === (grid === 'month' ? 12 : 4);
        if (aggregation === 'cumulative' && !atYearEnd) return unmeasured(yearToDate, null, 'not-phased');
        target = { kind: 'range', min: Number(stored.low), max: Number(stored.high) };
      }
    }
  }

  const result = computeCapaian(
    {
      polarity: indicator.polarity === 'range' ? 'positive' : indicator.polarity,
      target,
      realisasi: yearToDate,
      ...(indicator.grades ? { grades: [...indicator.grades].reverse() } : {}),
    },
    { negativeFormula: policy.negativeFormula },
  );
  if (result.value === null) return unmeasured(yearToDate, target, result.reason);
  const level = classify(result.value, scale);
  const index = scale.levels.indexOf(level);
  return {
    through: latest,
    yearToDate,
    target,
    capaian: result.value,
    reason: null,
    predikat: level,
    lowest: index >= scale.levels.length - 2,
  };
}
