/**
 * Direction-aware comparisons that PermenPANRB 53/2014 asks for per sasaran
 * (DOMAIN.md §1.5): this year vs the previous year, realisation vs the
 * Renstra end target, and vs a national or provincial figure.
 *
 * `positive` indicators are better when higher; `negative` ones (poverty
 * rate, violence cases) when lower. Differences, and the verdicts
 * drawn from them, are taken on the decimal values the floats stand for at 15
 * significant digits (78 − 74,53 = 3,47 exactly, not 3,4699999999999989);
 * percentages keep full precision and are rounded only when shown.
 */
import { formatNumber, toPlainDecimal } from './numbers.ts';

export type Direction = 'positive' | 'negative';

export type YearOnYear = {
  year: number;
  previousYear: number;
  /** current − previous; null when either value is missing. */
  change: number | null;
  /** change / |previous| × 100; null when either value is missing or previous is 0. */
  changePercent: number | null;
  /** Whether the value moved in the indicator's good direction; null when a value is missing or nothing changed. */
  improved: boolean | null;
};

/**
 * This year against an earlier year. Returns null when there is no earlier
 * year to compare with; throws when `previous.year` is not before `current.year`.
 */
export function compareWithPreviousYear(
  current: { year: number; value: number | null },
  previous: { year: number; value: number | null } | undefined,
  direction: Direction,
): YearOnYear | null {
  if (previous === undefined) return null;
  if (!(previous.year < current.year)) {
    throw new RangeError(`Tahun pembanding (${previous.year}) harus sebelum tahun ${current.year}`);
  }
  assertFiniteOrNull(current.value, `nilai tahun ${current.year}`);
  assertFiniteOrNull(previous.value, `nilai tahun ${previous.year}`);
  const base = { year: current.year, previousYear: previous.year };
  if (current.value === null || previous.value === null) {
    return { ...base, change: null, changePercent: null, improved: null };
  }
  const change = decimalDifference(current.value, previous.value);
  const changePercent = previous.value === 0 ? null : (change / Math.abs(previous.value)) * 100;
  const improved = verdict(change, direction);
  return { ...base, change, changePercent, improved };
}

export type EndTargetProgress = {
  endTarget: number;
  realisasi: number;
  /** See progressToEndTarget; null when the formula divides by zero. Not clamped: may exceed 100 or be negative. */
  progressPercent: number | null;
  /** positive: realisasi ≥ endTarget; negative: realisasi ≤ endTarget (values compared at 15 significant digits). */
  reached: boolean;
  /** How far still to go, ≥ 0, in the indicator's unit (0 once reached). */
  gap: number;
};

/**
 * Realisation against the Renstra end-of-period target. Returns null when
 * either value is missing.
 *
 * progressPercent:
 * - with a baseline: (R − base) / (End − base) × 100, the share of the planned
 *   movement achieved; the same expression serves both directions (for a
 *   negative indicator it reads (base − R) / (base − End)); null when End = base;
 * - positive, no baseline: R / End × 100; null when End = 0;
 * - negative, no baseline: (2 − R / End) × 100, the negative-polarity capaian
 *   formula of DOMAIN.md §2 (PermenPANRB 6/2022); null when End = 0.
 */
export function progressToEndTarget(
  realisasi: number | null,
  endTarget: number | null,
  direction: Direction,
  baseline?: number | null,
): EndTargetProgress | null {
  if (realisasi === null || endTarget === null) return null;
  assertFiniteOrNull(realisasi, 'realisasi');
  assertFiniteOrNull(endTarget, 'target akhir');
  const base = baseline ?? null;
  assertFiniteOrNull(base, 'nilai dasar (baseline)');
  let progressPercent: number | null;
  if (base !== null) {
    const planned = decimalDifference(endTarget, base);
    progressPercent = planned === 0 ? null : (decimalDifference(realisasi, base) / planned) * 100;
  } else if (endTarget === 0) {
    progressPercent = null;
  } else {
    progressPercent =
      direction === 'positive' ? (realisasi / endTarget) * 100 : (2 - realisasi / endTarget) * 100;
  }
  const ahead = decimalDifference(realisasi, endTarget);
  const reached = ahead === 0 || verdict(ahead, direction) === true;
  const gap = reached ? 0 : Math.abs(ahead);
  return { endTarget, realisasi, progressPercent, reached, gap };
}

export type BenchmarkComparison = {
  reference: number;
  /** value − reference. */
  difference: number;
  /** null when equal. */
  better: boolean | null;
  wording: { id: string; en: string };
};

/**
 * A value against a reference figure (national, provincial). `referenceName`
 * names the figure as it reads after a preposition, e.g.
 * `{ id: 'angka nasional', en: 'the national figure' }`. The wording states
 * the position and verdict, then the numbers: "di atas angka nasional (lebih
 * baik): 82,40 dibanding 79,10, selisih 3,30".
 */
export function compareWithBenchmark(
  value: number,
  reference: number,
  direction: Direction,
  referenceName: { id: string; en: string },
): BenchmarkComparison {
  assertFiniteOrNull(value, 'nilai');
  assertFiniteOrNull(reference, 'nilai pembanding');
  const difference = decimalDifference(value, reference);
  const better = verdict(difference, direction);
  const numbersId = `${formatNumber(value)} dibanding ${formatNumber(reference)}`;
  const numbersEn = `${formatNumber(value, { locale: 'en' })} against ${formatNumber(reference, { locale: 'en' })}`;
  const gapId = `selisih ${formatNumber(Math.abs(difference))}`;
  const gapEn = `a difference of ${formatNumber(Math.abs(difference), { locale: 'en' })}`;
  let wording: { id: string; en: string };
  if (better === null) {
    wording = {
      id: `sama dengan ${referenceName.id}: ${formatNumber(value)}`,
      en: `equal to ${referenceName.en}: ${formatNumber(value, { locale: 'en' })}`,
    };
  } else {
    const higher = difference > 0;
    const verdictId = better ? 'lebih baik' : 'lebih buruk';
    const verdictEn = better ? 'better' : 'worse';
    const phrase =
      direction === 'positive'
        ? {
            id: `${higher ? 'di atas' : 'di bawah'} ${referenceName.id} (${verdictId})`,
            en: `${higher ? 'above' : 'below'} ${referenceName.en} (${verdictEn})`,
          }
        : {
            id: `${higher ? 'lebih tinggi dari' : 'lebih rendah dari'} ${referenceName.id} (${verdictId}, karena indikator negatif)`,
            en: `${higher ? 'higher than' : 'lower than'} ${referenceName.en} (${verdictEn}, as lower is better for this indicator)`,
          };
    wording = { id: `${phrase.id}: ${numbersId}, ${gapId}`, en: `${phrase.en}: ${numbersEn}, ${gapEn}` };
  }
  return { reference, difference, better, wording };
}

/** Whether a difference (value − other) is in the good direction; null when it is 0. */
function verdict(difference: number, direction: Direction): boolean | null {
  if (difference === 0) return null;
  return direction === 'positive' ? difference > 0 : difference < 0;
}

function assertFiniteOrNull(value: number | null, what: string): void {
  if (value !== null && !Number.isFinite(value))
    throw new RangeError(`${what} harus angka terhingga, bukan ${value}`);
}

/**
 * a − b on the decimal values the floats stand for (at 15 significant
 * digits), so 78 − 74.53 is 3.47. Falls back to float subtraction when the
 * scaled values leave the safe integer range.
 */
function decimalDifference(a: number, b: number): number {
  const places = Math.max(decimalPlaces(a), decimalPlaces(b));
  if (places <= 15) {
    const factor = 10 ** places;
    const ia = Math.round(a * factor);
    const ib = Math.round(b * factor);
    if (Number.isSafeInteger(ia) && Number.isSafeInteger(ib) && Number.isSafeInteger(ia - ib))
      return (ia - ib) / factor;
  }
  return a - b;
}

function decimalPlaces(value: number): number {
  const text = toPlainDecimal(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}
