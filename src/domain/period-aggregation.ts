/**
 * Rolling quarterly (TW I–IV) or monthly realisations up to the year, and the
 * matching target through a period (DOMAIN.md §1.3 and §2: cumulative vs
 * stock vs average indicators).
 *
 * A period with no value (absent or null) is unknown, never zero:
 * - cumulative: the sum of the periods known so far;
 * - stock: the value of the latest known period;
 * - average: the mean of the known periods (divided by their count, not by the
 *   number of periods expected).
 * Whenever a period up to `throughPeriod` is unknown, `complete` is false, so the
 * caller can show the figure as provisional. No known period → value null,
 * reason 'no-data'. Period numbers out of range or given twice throw a RangeError.
 */

export type PeriodAggregation = 'cumulative' | 'stock' | 'average';
export type PeriodKind = 'quarter' | 'month';
/** One period's value: period 1..4 (quarter) or 1..12 (month); null = not reported. */
export type PeriodValue = { period: number; value: number | null };

export type YearRollup = {
  value: number | null;
  periodsReported: number;
  periodsExpected: number;
  complete: boolean;
  reason?: 'no-data';
};

export function periodsInYear(kind: PeriodKind): number {
  return kind === 'quarter' ? 4 : 12;
}

/**
 * Rolls the periods 1..throughPeriod (default: the whole year) up to one value.
 * Values for later periods are ignored (a roll-up "through TW II" does not see TW III).
 */
export function rollUpYear(
  values: readonly PeriodValue[],
  aggregation: PeriodAggregation,
  kind: PeriodKind,
  options?: { throughPeriod?: number },
): YearRollup {
  const through = resolveThrough(kind, options?.throughPeriod);
  const known = knownValues(values, kind, through);
  const periodsReported = known.length;
  const base = { periodsReported, periodsExpected: through, complete: periodsReported === through };
  if (periodsReported === 0) return { value: null, ...base, reason: 'no-data' };
  return { value: aggregate(known, aggregation), ...base };
}

export type PeriodTargetInput = {
  aggregation: PeriodAggregation;
  kind: PeriodKind;
  /** The yearly target (PK); null when none was set. */
  yearlyTarget: number | null;
  /**
   * Targets set per period (e.g. TW I–IV in the PK or Renja), each for that
   * period on its own, like the realisations given to rollUpYear. When any is
   * given they are authoritative and the yearly target is not used.
   */
  periodTargets?: readonly PeriodValue[];
  /**
   * How a cumulative yearly target is spread when no period targets exist:
   * 'none' (default) — no target before the last period; 'even' — declared
   * equal shares, yearly × throughPeriod / periodsInYear.
   */
  cumulativePhasing?: 'none' | 'even';
};

export type PeriodTarget =
  | { value: number; source: 'period-targets' | 'yearly-target' | 'even-share'; reason?: undefined }
  | { value: null; reason: 'no-target' | 'not-phased' };

/**
 * The target to compare with rollUpYear(..., { throughPeriod }) of the same indicator.
 *
 * With period targets: cumulative → their sum over 1..throughPeriod; stock → the
 * target of throughPeriod; average → their mean over 1..throughPeriod. Any
 * period target needed but missing → null 'no-target' (never guessed).
 *
 * Without period targets, from the yearly target: stock and average → the
 * yearly target itself (the level to hold); cumulative → the yearly target at the
 * last period, an even share before it only when 'even' phasing is declared,
 * otherwise null 'not-phased'. No yearly target → null 'no-target'.
 */
export function targetThroughPeriod(input: PeriodTargetInput, throughPeriod: number): PeriodTarget {
  const { aggregation, kind } = input;
  const n = periodsInYear(kind);
  const through = resolveThrough(kind, throughPeriod);
  if (input.yearlyTarget !== null && !Number.isFinite(input.yearlyTarget)) {
    throw new RangeError(`yearly target must be a finite number, got ${input.yearlyTarget}`);
  }

  const periodTargets = input.periodTargets ?? [];
  const byPeriod = new Map<number, number>();
  for (const { period, value } of checkedPeriods(periodTargets, kind))
    if (value !== null) byPeriod.set(period, value);

  if (byPeriod.size > 0) {
    const needed = aggregation === 'stock' ? [through] : range(1, through);
    const targets: number[] = [];
    for (const period of needed) {
      const t = byPeriod.get(period);
      if (t === undefined) return { value: null, reason: 'no-target' };
      targets.push(t);
    }
    return { value: aggregate(targets, aggregation), source: 'period-targets' };
  }

  const yearly = input.yearlyTarget;
  if (yearly === null) return { value: null, reason: 'no-target' };
  if (aggregation !== 'cumulative' || through === n) return { value: yearly, source: 'yearly-target' };
  if ((input.cumulativePhasing ?? 'none') === 'even')
    return { value: (yearly * through) / n, source: 'even-share' };
  return { value: null, reason: 'not-phased' };
}

function resolveThrough(kind: PeriodKind, throughPeriod: number | undefined): number {
  const n = periodsInYear(kind);
  if (throughPeriod === undefined) return n;
  if (!Number.isInteger(throughPeriod) || throughPeriod < 1 || throughPeriod > n) {
    throw new RangeError(`throughPeriod ${throughPeriod} is outside 1..${n} for a ${kind}`);
  }
  return throughPeriod;
}

/** Validates every entry (range, duplicates, finite values), whatever throughPeriod is. */
function checkedPeriods(values: readonly PeriodValue[], kind: PeriodKind): readonly PeriodValue[] {
  const n = periodsInYear(kind);
  const seen = new Set<number>();
  for (const { period, value } of values) {
    if (!Number.isInteger(period) || period < 1 || period > n) {
      throw new RangeError(`period ${period} is outside 1..${n} for a ${kind}`);
    }
    if (seen.has(period)) throw new RangeError(`period ${period} is given more than once`);
    seen.add(period);
    if (value !== null && !Number.isFinite(value)) {
      throw new RangeError(`period ${period} has a value that is not a finite number: ${value}`);
    }
  }
  return values;
}

/** Known values of periods 1..through, in period order. */
function knownValues(values: readonly PeriodValue[], kind: PeriodKind, through: number): number[] {
  return checkedPeriods(values, kind)
    .filter((v): v is { period: number; value: number } => v.value !== null && v.period <= through)
    .sort((a, b) => a.period - b.period)
    .map((v) => v.value);
}

/** Aggregates values in period order (non-empty). */
function aggregate(ordered: readonly number[], aggregation: PeriodAggregation): number {
  switch (aggregation) {
    case 'cumulative':
      return ordered.reduce((s, v) => s + v, 0);
    case 'stock':
      return ordered[ordered.length - 1]!;
    case 'average':
      return ordered.reduce((s, v) => s + v, 0) / ordered.length;
    default: {
      const unknown: never = aggregation;
      throw new RangeError(`unknown aggregation: ${String(unknown)}`);
    }
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
