/**
 * The measurement of one indicator through a period of its year: the value
 * to date (its periods rolled up), the target through that period (phased
 * from the yearly target), the capaian and the level of the scale. One
 * function for the two places that measure a single indicator while it is
 * being recorded: the server when a realisation is saved
 * (services/record/realisation-measure.ts) and the browser while the user
 * types in the grid (web/src/pages/realisations/live-measure.ts), so both
 * show the same figure.
 *
 * Rules:
 * - Months sit on the month grid; quarters, semesters and the year on the
 *   quarter grid (semester s = through TW 2s, the year = through TW IV), so
 *   the cumulative/stock/average rules of period-aggregation.ts apply
 *   unchanged.
 * - A cumulative indicator has no target before the end of the year unless it
 *   can be phased (targetThroughPeriod's 'not-phased'): no capaian then.
 * - A range target is compared at year end for a cumulative indicator; a
 *   range indicator is measured with the positive formula against the range.
 * - Ordinal indicators: the value to date is the latest grade up to the period.
 */
import { computeCapaian, type CapaianReason, type NegativeFormula, type Target } from './capaian.ts';
import {
  rollUpYear,
  targetThroughPeriod,
  type PeriodAggregation,
  type PeriodKind as GridKind,
} from './period-aggregation.ts';
import { classify, type Scale, type ScaleLevel } from './scales.ts';

export type RecordedPeriodKind = 'month' | 'quarter' | 'semester' | 'year';

/** A recorded period of the indicator's year: a number, or a grade for an ordinal indicator. */
export type RecordedPeriod = { periodNo: number; value: number | null; grade: string | null };

/** The year's target as stored: a value, a range (low–high) or a grade. */
export type YearTarget = {
  value: number | null;
  low: number | null;
  high: number | null;
  grade: string | null;
};

export type ToDateInput = {
  polarity: 'positive' | 'negative' | 'range' | 'ordinal';
  aggregation: PeriodAggregation;
  /** An ordinal indicator's grades, highest first (as the Renstra stores them). */
  grades?: readonly string[] | null;
  periodKind: RecordedPeriodKind;
  /** Measure through this period number of the kind (later periods are not seen). */
  through: number;
  /** The year's recorded periods of that kind. */
  periods: readonly RecordedPeriod[];
  target: YearTarget | null;
};

export type ToDatePolicy = { scale: Scale; negativeFormula: NegativeFormula };

export type ToDateMeasurement = {
  yearToDate: number | string | null;
  target: Target | null;
  /** Full precision; round only when showing. */
  capaian: number | null;
  reason: CapaianReason | 'not-phased' | null;
  level: ScaleLevel | null;
  /** 0 = the highest level of the scale. */
  levelIndex: number | null;
  /** The level is one of the two lowest of the scale (submitting needs an explanation). */
  lowest: boolean;
};

/** Where a period sits on the domain's grid (quarters or months). */
export function onGrid(kind: RecordedPeriodKind, periodNo: number): { grid: GridKind; period: number } {
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

export function measureToDate(input: ToDateInput, policy: ToDatePolicy): ToDateMeasurement {
  const periods = input.periods.filter((p) => p.periodNo <= input.through);
  const { grid, period: through } = onGrid(input.periodKind, input.through);
  const { aggregation } = input;
  const unmeasured = (
    yearToDate: number | string | null,
    target: Target | null,
    reason: ToDateMeasurement['reason'],
  ): ToDateMeasurement => ({
    yearToDate,
    target,
    capaian: null,
    reason,
    level: null,
    levelIndex: null,
    lowest: false,
  });

  let yearToDate: number | string | null;
  let target: Target | null = null;
  const stored = input.target;
  if (input.polarity === 'ordinal') {
    const graded = periods.filter((p) => p.grade !== null).sort((a, b) => b.periodNo - a.periodNo);
    yearToDate = graded[0]?.grade ?? null;
    if (stored?.grade != null) target = { kind: 'grade', grade: stored.grade };
  } else {
    yearToDate = rollUpYear(
      periods.map((p) => ({ period: onGrid(input.periodKind, p.periodNo).period, value: p.value })),
      aggregation,
      grid,
      { throughPeriod: through },
    ).value;
    if (stored) {
      if (stored.value !== null) {
        const phased = targetThroughPeriod({ aggregation, kind: grid, yearlyTarget: stored.value }, through);
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
        target = { kind: 'range', min: stored.low, max: stored.high };
      }
    }
  }

  const result = computeCapaian(
    {
      // a range indicator is measured against the nearer bound with the positive formula
      polarity: input.polarity === 'range' ? 'positive' : input.polarity,
      target,
      realisasi: yearToDate,
      ...(input.grades ? { grades: [...input.grades].reverse() } : {}),
    },
    { negativeFormula: policy.negativeFormula },
  );
  if (result.value === null) return unmeasured(yearToDate, target, result.reason);
  const level = classify(result.value, policy.scale);
  const levelIndex = policy.scale.levels.indexOf(level);
  return {
    yearToDate,
    target,
    capaian: result.value,
    reason: null,
    level,
    levelIndex,
    lowest: levelIndex >= policy.scale.levels.length - 2,
  };
}
