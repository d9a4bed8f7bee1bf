/**
 * The value of an indicator for a year from the periods recorded for it
 * (DOMAIN.md §1.3): the store keeps one row per period (month, quarter,
 * semester or the year itself), the measurement needs one figure.
 *
 * Which rows count, in this order:
 * 1. a row for the year itself ('year', 1) with a value: it is the year's
 *    figure (an annual figure supersedes the periods);
 * 2. otherwise the quarters, else the months, else the semesters — the first
 *    kind that has any row; rows of other kinds are ignored and counted in
 *    `ignoredRows` (the caller may warn: periods of two kinds for one year);
 * 3. rolled up with period-aggregation.ts `rollUpYear` and the indicator's
 *    aggregation (cumulative / stock / average). Semesters are rolled up as
 *    months 6 and 12, which gives the same sum, last value and mean; only the
 *    period counts are stated in semesters.
 *
 * Ordinal indicators carry a grade, not a number: the year's grade is the
 * annual row's, else the grade of the latest period recorded (a grade is a
 * level held, like a stock).
 *
 * A period with no value is unknown, never zero; `complete` says whether every
 * period of the year was reported. No row at all: value null, the expected
 * count from the indicator's reporting frequency. Pure.
 */
import { rollUpYear, type PeriodAggregation, type PeriodValue } from './period-aggregation.ts';

export type RecordedPeriodKind = 'month' | 'quarter' | 'semester' | 'year';
export type ReportingFrequency = 'monthly' | 'quarterly' | 'semester' | 'yearly';

export type RecordedPeriod = {
  kind: RecordedPeriodKind;
  no: number;
  value: number | null;
  grade?: string | null;
};

export type IndicatorYearValue = {
  value: number | null;
  grade: string | null;
  /** The kind of period the figure comes from; null when nothing was recorded. */
  periodKind: RecordedPeriodKind | null;
  periodsReported: number;
  periodsExpected: number;
  complete: boolean;
  /** Rows of another period kind than the one used. */
  ignoredRows: number;
};

const EXPECTED: Record<RecordedPeriodKind, number> = { year: 1, semester: 2, quarter: 4, month: 12 };
const KIND_OF_FREQUENCY: Record<ReportingFrequency, RecordedPeriodKind> = {
  yearly: 'year',
  semester: 'semester',
  quarterly: 'quarter',
  monthly: 'month',
};
const PREFERENCE: readonly RecordedPeriodKind[] = ['quarter', 'month', 'semester'];

export function indicatorYearValue(
  rows: readonly RecordedPeriod[],
  aggregation: PeriodAggregation,
  frequency: ReportingFrequency,
): IndicatorYearValue {
  const known = (r: RecordedPeriod) => r.value !== null || (r.grade ?? null) !== null;
  const annual = rows.find((r) => r.kind === 'year' && known(r));
  if (annual) {
    return {
      value: annual.value,
      grade: annual.grade ?? null,
      periodKind: 'year',
      periodsReported: 1,
      periodsExpected: 1,
      complete: true,
      ignoredRows: rows.length - 1,
    };
  }
  const kind = PREFERENCE.find((k) => rows.some((r) => r.kind === k));
  if (kind === undefined) {
    const expected = EXPECTED[KIND_OF_FREQUENCY[frequency]];
    return {
      value: null,
      grade: null,
      periodKind: null,
      periodsReported: 0,
      periodsExpected: expected,
      complete: false,
      ignoredRows: rows.length,
    };
  }
  const used = rows.filter((r) => r.kind === kind);
  const values: PeriodValue[] = used.map((r) => ({
    period: kind === 'semester' ? r.no * 6 : r.no,
    value: r.value,
  }));
  const rolled = rollUpYear(values, aggregation, kind === 'quarter' ? 'quarter' : 'month');
  const graded = used
    .filter((r) => (r.grade ?? null) !== null)
    .sort((a, b) => a.no - b.no)
    .at(-1);
  const expected = EXPECTED[kind];
  const reported = used.filter(known).length;
  return {
    value: rolled.value,
    grade: graded?.grade ?? null,
    periodKind: kind,
    periodsReported: reported,
    periodsExpected: expected,
    complete: reported === expected,
    ignoredRows: rows.length - used.length,
  };
}
