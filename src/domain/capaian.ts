/**
 * Capaian: the achievement percentage of one indicator in one year (DOMAIN.md §2).
 *
 * - positive polarity: R / T × 100.
 * - negative polarity: (2T − R) / T × 100 by default (PermenPANRB 6/2022), or
 *   T / R × 100 where the agency declares it ('inverse-ratio').
 * - range target: inside [min, max] → 100; above → against max; below → against
 *   min, with the polarity's formula.
 * - ordinal: a grade on a declared scale; met → 100, below → rank ratio.
 *
 * Every trap has an explicit outcome (docs/decisions/0002-capaian-policies.md):
 * a result is either a number at full precision (never rounded here; round
 * half-up only when presenting) or `null` with a reason. Programming errors
 * (NaN, a range with min > max, a scale listing a grade twice) throw a
 * RangeError. Pure: the current year is passed in.
 */

export type Polarity = 'positive' | 'negative' | 'ordinal';

/** 'two-minus-ratio': (2T − R) / T × 100 (default, PermenPANRB 6/2022); 'inverse-ratio': T / R × 100. */
export type NegativeFormula = 'two-minus-ratio' | 'inverse-ratio';

export type Target =
  | { kind: 'value'; value: number }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'grade'; grade: string };

export type CapaianPolicy = {
  /** Formula for negative polarity; default 'two-minus-ratio'. */
  negativeFormula: NegativeFormula;
  /**
   * Target 0: 'unmeasurable' (default) → null, reason 'target-zero';
   * 'met-when-not-worse' → positive R ≥ 0 → 100, negative R ≤ 0 → 100, else null 'target-zero'.
   */
  targetZero: 'unmeasurable' | 'met-when-not-worse';
  /** Default true: a capaian below 0 (e.g. 2T − R < 0) becomes 0. */
  floorAtZero: boolean;
  /**
   * Realised grade ≥ target grade → exactly 100 (never more: grade ranks are
   * not an interval scale, so "one grade above" is not a percentage);
   * below → (rank(R) + 1) / (rank(T) + 1) × 100, ranks 0-based, lowest first.
   */
  ordinalRule: 'met-100-else-rank-ratio';
};

export const DEFAULT_CAPAIAN_POLICY: CapaianPolicy = Object.freeze({
  negativeFormula: 'two-minus-ratio',
  targetZero: 'unmeasurable',
  floorAtZero: true,
  ordinalRule: 'met-100-else-rank-ratio',
});

export type CapaianReason =
  | 'missing-realisasi'
  | 'missing-target'
  | 'future-year'
  | 'target-zero'
  | 'realisasi-zero-inverse'
  | 'unknown-grade'
  | 'target-kind-mismatch';

export type CapaianResult = { value: number; reason?: undefined } | { value: null; reason: CapaianReason };

export type CapaianInput = {
  polarity: Polarity;
  target: Target | null;
  /** A number, or a grade (string) for ordinal indicators; null = unknown, NOT zero. */
  realisasi: number | string | null;
  /** Ordinal scale, lowest first, e.g. ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA']. */
  grades?: readonly string[];
  /** year > currentYear → null, reason 'future-year'. Checked only when both are given. */
  year?: number;
  currentYear?: number;
};

/**
 * Computes the capaian of one indicator-year. Checks, in this order:
 * future year; missing target; target kind vs polarity; missing realisation;
 * realisation kind (a grade string only for ordinal); then the formula.
 */
export function computeCapaian(input: CapaianInput, policy?: Partial<CapaianPolicy>): CapaianResult {
  const p = resolvePolicy(policy);
  const { polarity, target, realisasi } = input;

  if (input.year !== undefined && input.currentYear !== undefined && input.year > input.currentYear) {
    return unmeasured('future-year');
  }
  if (target === null) return unmeasured('missing-target');

  if (polarity === 'ordinal') {
    if (target.kind !== 'grade') return unmeasured('target-kind-mismatch');
    if (realisasi === null) return unmeasured('missing-realisasi');
    if (typeof realisasi !== 'string') return unmeasured('target-kind-mismatch');
    return ordinalCapaian(target.grade, realisasi, input.grades);
  }

  if (target.kind === 'grade') return unmeasured('target-kind-mismatch');
  if (realisasi === null) return unmeasured('missing-realisasi');
  if (typeof realisasi === 'string') return unmeasured('target-kind-mismatch');
  assertFinite(realisasi, 'realisasi');

  let result: CapaianResult;
  if (target.kind === 'value') {
    assertFinite(target.value, 'target.value');
    result = againstBound(polarity, target.value, realisasi, p);
  } else {
    assertFinite(target.min, 'target.min');
    assertFinite(target.max, 'target.max');
    if (target.min > target.max) {
      throw new RangeError(`range target has min ${target.min} above max ${target.max}`);
    }
    if (realisasi >= target.min && realisasi <= target.max) result = { value: 100 };
    else if (realisasi > target.max) result = againstBound(polarity, target.max, realisasi, p);
    else result = againstBound(polarity, target.min, realisasi, p);
  }

  if (result.value !== null && p.floorAtZero && result.value < 0) return { value: 0 };
  return result;
}

/**
 * Caps a capaian for averaging only (some agencies cap at 100 or 120 before
 * taking the mean; others do not). `null` = no cap. The indicator's own
 * capaian is always shown uncapped.
 */
export function capForAveraging(value: number, cap: number | null): number {
  assertFinite(value, 'value');
  if (cap === null) return value;
  assertFinite(cap, 'cap');
  return Math.min(value, cap);
}

function resolvePolicy(policy: Partial<CapaianPolicy> | undefined): CapaianPolicy {
  return {
    negativeFormula: policy?.negativeFormula ?? DEFAULT_CAPAIAN_POLICY.negativeFormula,
    targetZero: policy?.targetZero ?? DEFAULT_CAPAIAN_POLICY.targetZero,
    floorAtZero: policy?.floorAtZero ?? DEFAULT_CAPAIAN_POLICY.floorAtZero,
    ordinalRule: policy?.ordinalRule ?? DEFAULT_CAPAIAN_POLICY.ordinalRule,
  };
}

/** Capaian of realisation `r` against one numeric target `t` (a value target or a range bound). */
function againstBound(
  polarity: 'positive' | 'negative',
  t: number,
  r: number,
  p: CapaianPolicy,
): CapaianResult {
  if (t === 0) {
    if (p.targetZero === 'unmeasurable') return unmeasured('target-zero');
    const notWorse = polarity === 'positive' ? r >= 0 : r <= 0;
    return notWorse ? { value: 100 } : unmeasured('target-zero');
  }
  if (polarity === 'positive') {
    // R / T × 100. For a negative target (e.g. a growth rate allowed to fall)
    // the same deviation measured against |T| keeps "higher is better".
    return { value: t > 0 ? (r / t) * 100 : 100 + ((r - t) / -t) * 100 };
  }
  switch (p.negativeFormula) {
    case 'two-minus-ratio':
      // (2T − R) / T × 100; mirrored form against |T| for a negative target.
      return { value: t > 0 ? ((2 * t - r) / t) * 100 : 100 - ((r - t) / -t) * 100 };
    case 'inverse-ratio':
      if (t < 0) throw new RangeError(`inverse-ratio needs a positive target, got ${t}`);
      // T / R is undefined at R = 0 and meaningless below it.
      if (r <= 0) return unmeasured('realisasi-zero-inverse');
      return { value: (t / r) * 100 };
    default:
      return assertNever(p.negativeFormula, 'negativeFormula');
  }
}

function ordinalCapaian(
  targetGrade: string,
  realGrade: string,
  grades: readonly string[] | undefined,
): CapaianResult {
  if (grades === undefined || grades.length === 0) return unmeasured('unknown-grade');
  const keys = grades.map(gradeKey);
  const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
  if (duplicate !== undefined) throw new RangeError(`grade scale lists "${duplicate}" more than once`);
  const t = keys.indexOf(gradeKey(targetGrade));
  const r = keys.indexOf(gradeKey(realGrade));
  if (t < 0 || r < 0) return unmeasured('unknown-grade');
  if (r >= t) return { value: 100 };
  return { value: ((r + 1) / (t + 1)) * 100 };
}

/** Grades match trimmed and case-insensitively ("bb" is "BB"; "Madya " is "Madya"). */
function gradeKey(grade: string): string {
  return grade.trim().toUpperCase();
}

function unmeasured(reason: CapaianReason): CapaianResult {
  return { value: null, reason };
}

function assertFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
}

function assertNever(value: never, name: string): never {
  throw new RangeError(`unknown ${name}: ${String(value)}`);
}
