/**
 * Predikat scales: the category a capaian falls in (DOMAIN.md §3).
 *
 * A scale is a list of levels, highest first, each defined only by its lower
 * bound (`min`, `minInclusive`); the lowest level has no lower bound. A value
 * belongs to the first level whose lower bound it meets. This representation
 * cannot express a gap or an overlap, so every finite value has exactly one
 * level, and the printed tables' gaps (90,5 between "76–90" and "91–100";
 * exactly 55 under "55 < x" and "x < 55"; values above 100) are resolved by
 * the choice of bounds, written down in each preset's `notes` (the presets
 * live in scale-presets.ts).
 *
 * User scales may also state upper bounds (`max`); `validateScale` checks that
 * they agree with the next higher level's lower bound and then drops them.
 */
import { formatNumber } from './numbers.ts';

export type ScaleLevel = {
  /** Indonesian label as reports print it, e.g. 'Sangat Tinggi'. */
  label: string;
  /** English label. */
  labelEn: string;
  /** Lower bound; null = no lower bound (the lowest level). */
  min: number | null;
  minInclusive: boolean;
  /** The level's value in the group-mean method (LAN 239/2003: 92,5 / 77,5 / 62,5 / 27,5). */
  meanValue?: number;
};

export type Scale = {
  id: string;
  name: string;
  source: string;
  /** Highest first. */
  levels: readonly ScaleLevel[];
  /** How edges, gaps and values above 100 are resolved, in Indonesian. */
  notes: readonly string[];
};

/**
 * The level of `value`: the first level (highest first) whose lower bound the
 * value meets as printed (rounded half-up to 2 decimals; see meetsLowerBound).
 */
export function classify(value: number, scale: Scale): ScaleLevel {
  if (!Number.isFinite(value)) throw new RangeError(`classify: nilai harus angka terhingga, bukan ${value}`);
  for (const candidate of scale.levels) {
    if (meetsLowerBound(value, candidate)) return candidate;
  }
  throw new Error(
    `Skala "${scale.id}" tidak mengklasifikasikan ${value}: tingkat terendah harus tanpa batas bawah (min null); periksa skala dengan validateScale`,
  );
}

/**
 * Levels are decided on the value as it is printed: rounded half-up to 2
 * decimals (so a report never shows "65,00 — D" on the IKM scale, nor
 * "90,00 — Sangat Tinggi" on Permendagri 86/2017). Bounds are compared as
 * thresholds on the unrounded value — rounding to 2 decimals meets an
 * inclusive bound m from m − 0,005 and passes an exclusive one from
 * m + 0,005 — so classify does no string work: it runs a million times in a
 * recap. A tolerance of 1e-12 absorbs float noise (90.005 stored as
 * 90.00499999999999 still rounds up). Bounds are meant at 2 decimals.
 */
export const CLASSIFY_DECIMALS = 2;
const HALF_STEP = 0.5 / 10 ** CLASSIFY_DECIMALS;

function meetsLowerBound(value: number, candidate: ScaleLevel): boolean {
  const { min } = candidate;
  if (min === null) return true;
  const threshold = candidate.minInclusive ? min - HALF_STEP : min + HALF_STEP;
  return value >= threshold - Math.max(Math.abs(threshold), 1) * 1e-12;
}

export type InlineScaleLevel = {
  label: string;
  labelEn?: string;
  min?: number | null;
  minInclusive?: boolean;
  max?: number | null;
  maxInclusive?: boolean;
  meanValue?: number;
};

/** `errors` name the level (number and label) and say what is wrong, in Indonesian. */
export type ScaleValidation = { ok: true; scale: Scale } | { ok: false; errors: string[] };

type Bound = { value: number; inclusive: boolean };

/**
 * Checks a user-defined scale (levels highest first) and returns it in the
 * lower-bound form. `minInclusive` and `maxInclusive` default to true. A
 * level may omit `min` when the level below states `max` (the bound is taken
 * from it, with the complementary inclusivity). Rejected: an empty scale,
 * empty or duplicate labels, non-finite numbers, bounds not descending from
 * the first level to the last, a `max` that leaves a gap or an overlap with
 * the next higher level's `min`, a lowest level with a lower bound (values
 * below it would have no level), and meanValues given for only some levels or
 * lying outside their level.
 */
export function validateScale(input: {
  id?: string;
  name?: string;
  levels: InlineScaleLevel[];
}): ScaleValidation {
  const levels = input.levels;
  if (!Array.isArray(levels) || levels.length === 0) {
    return { ok: false, errors: ['Skala kosong: tulis minimal satu tingkat, dari tertinggi ke terendah.'] };
  }
  const errors: string[] = [];
  const name = (i: number) => `Tingkat ${i + 1} ("${levels[i]?.label ?? ''}")`;
  const last = levels.length - 1;

  // Labels and numbers.
  const seen = new Map<string, number>();
  levels.forEach((l, i) => {
    const label = typeof l.label === 'string' ? l.label.trim() : '';
    if (label === '') errors.push(`Tingkat ${i + 1}: label kosong.`);
    else {
      const key = label.toLocaleLowerCase('id');
      const first = seen.get(key);
      if (first !== undefined)
        errors.push(`${name(i)}: label sama dengan tingkat ${first + 1}; setiap label harus berbeda.`);
      else seen.set(key, i);
    }
    for (const field of ['min', 'max', 'meanValue'] as const) {
      const v = l[field];
      if (v !== undefined && v !== null && !Number.isFinite(v))
        errors.push(`${name(i)}: ${field} harus angka terhingga.`);
    }
  });
  if (errors.length > 0) return { ok: false, errors };

  // Lower bounds: given, or taken from the max of the level below.
  const lower: (Bound | null)[] = levels.map((l, i) => {
    if (i === last) {
      if (typeof l.min === 'number') {
        errors.push(
          `${name(i)} adalah tingkat terendah tetapi memiliki batas bawah ${formatNumber(l.min)}: nilai di bawah ${formatNumber(l.min)} tidak terklasifikasi; kosongkan min (null) pada tingkat terendah.`,
        );
      }
      return null;
    }
    if (typeof l.min === 'number') return { value: l.min, inclusive: l.minInclusive ?? true };
    if (l.min === null) {
      errors.push(`${name(i)}: hanya tingkat terendah (terakhir) yang boleh tanpa batas bawah; isi min.`);
      return null;
    }
    const below = levels[i + 1];
    if (below && typeof below.max === 'number')
      return { value: below.max, inclusive: !(below.maxInclusive ?? true) };
    errors.push(
      `${name(i)}: batas bawah (min) tidak diisi, dan tingkat di bawahnya tidak menyatakan batas atas (max).`,
    );
    return null;
  });

  // Lower bounds must descend from the highest level to the lowest.
  const numeric = lower.slice(0, last).filter((b): b is Bound => b !== null);
  const ascending =
    numeric.length >= 2 && numeric.every((b, k) => k === 0 || b.value > numeric[k - 1]!.value);
  if (ascending) {
    errors.push(
      'Tingkat tampaknya diurutkan dari terendah ke tertinggi; urutkan dari tertinggi (tingkat pertama) ke terendah (tingkat terakhir).',
    );
  } else {
    for (let i = 1; i < last; i++) {
      const upper = lower[i - 1];
      const here = lower[i];
      if (!upper || !here) continue;
      const descends =
        here.value < upper.value || (here.value === upper.value && here.inclusive && !upper.inclusive);
      if (!descends) {
        errors.push(
          `${name(i)}: batas bawah ${boundText(here)} harus lebih rendah dari batas bawah ${name(i - 1)} (${boundText(upper)}); urutkan tingkat dari tertinggi ke terendah tanpa tingkat yang kosong.`,
        );
      }
    }
  }

  // Upper bounds must meet the next higher level's lower bound exactly.
  levels.forEach((l, i) => {
    if (l.max === undefined) return;
    if (l.max === null) {
      if (i > 0)
        errors.push(
          `${name(i)}: tanpa batas atas (max null) tumpang tindih dengan ${name(i - 1)}; isi max atau hapus.`,
        );
      return;
    }
    const maxInclusive = l.maxInclusive ?? true;
    const own = lower[i];
    if (own && (l.max < own.value || (l.max === own.value && !(maxInclusive && own.inclusive)))) {
      errors.push(
        `${name(i)}: batas atas ${formatNumber(l.max)} tidak lebih besar dari batas bawah ${boundText(own)}; tingkat ini kosong.`,
      );
      return;
    }
    if (i === 0) return; // the highest level is open-ended; noted below
    const upper = lower[i - 1];
    if (!upper) return;
    const here = `${name(i)} (maks ${maxInclusive ? '≤' : '<'} ${formatNumber(l.max)})`;
    const above = `${name(i - 1)} (min ${boundText(upper)})`;
    if (l.max < upper.value) {
      errors.push(
        `Celah antara ${here} dan ${above}: nilai di antara ${formatNumber(l.max)} dan ${formatNumber(upper.value)} tidak terklasifikasi.`,
      );
    } else if (l.max > upper.value) {
      errors.push(
        `Tumpang tindih antara ${here} dan ${above}: nilai di antara ${formatNumber(upper.value)} dan ${formatNumber(l.max)} masuk dua tingkat.`,
      );
    } else if (maxInclusive && upper.inclusive) {
      errors.push(
        `Tumpang tindih antara ${here} dan ${above}: nilai tepat ${formatNumber(l.max)} masuk dua tingkat; jadikan salah satu batas eksklusif.`,
      );
    } else if (!maxInclusive && !upper.inclusive) {
      errors.push(
        `Celah antara ${here} dan ${above}: nilai tepat ${formatNumber(l.max)} tidak masuk tingkat mana pun; jadikan salah satu batas inklusif.`,
      );
    }
  });

  // Mean values: all or none.
  const withMean = levels.filter((l) => l.meanValue !== undefined).length;
  if (withMean > 0 && withMean < levels.length) {
    const missing = levels
      .map((l, i) => (l.meanValue === undefined ? name(i) : null))
      .filter((s) => s !== null);
    errors.push(
      `meanValue harus diisi untuk semua tingkat atau tidak sama sekali; belum diisi: ${missing.join(', ')}.`,
    );
  }
  if (errors.length > 0) return { ok: false, errors };

  const built: ScaleLevel[] = levels.map((l, i) => {
    const b = lower[i] ?? null;
    const out: ScaleLevel = {
      label: l.label.trim(),
      labelEn: (l.labelEn ?? '').trim() || l.label.trim(),
      min: b ? b.value : null,
      minInclusive: b ? b.inclusive : false,
    };
    if (l.meanValue !== undefined) out.meanValue = l.meanValue;
    return Object.freeze(out);
  });
  const id = input.id?.trim() || 'kustom';
  const scaleName = input.name?.trim() || 'Skala kustom';
  const notes: string[] = [];
  const top = levels[0]!;
  if (typeof top.max === 'number' && built[0]!.min !== null) {
    notes.push(
      `Nilai di atas ${formatNumber(top.max)} tetap masuk ${built[0]!.label}: tingkat tertinggi tidak dibatasi ke atas.`,
    );
  }
  const draft: Scale = {
    id,
    name: scaleName,
    source: 'Ditetapkan pengguna',
    levels: Object.freeze(built),
    notes: [],
  };
  for (const [i, l] of built.entries()) {
    if (l.meanValue !== undefined && classify(l.meanValue, draft) !== l) {
      errors.push(`${name(i)}: meanValue ${formatNumber(l.meanValue)} berada di luar rentang tingkat ini.`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    scale: Object.freeze({ ...draft, notes: Object.freeze([...notes, ...describeLevels(built)]) }),
  };
}

function boundText(b: Bound): string {
  return `${b.inclusive ? '≥' : '>'} ${formatNumber(b.value)}`;
}

/** One line per level stating its interval, e.g. "Tinggi: 75 < x ≤ 90". */
export function describeLevels(levels: readonly ScaleLevel[]): string[] {
  return levels.map((l, i) => {
    const upper = i > 0 ? levels[i - 1] : undefined;
    const upperText =
      upper && upper.min !== null ? ` ${upper.minInclusive ? '<' : '≤'} ${formatNumber(upper.min)}` : '';
    if (l.min === null) return upperText ? `${l.label}: x${upperText}` : `${l.label}: semua nilai`;
    const lowerText = `${formatNumber(l.min)} ${l.minInclusive ? '≤' : '<'} x`;
    return upperText
      ? `${l.label}: ${lowerText}${upperText}`
      : `${l.label}: x ${l.minInclusive ? '≥' : '>'} ${formatNumber(l.min)}`;
  });
}
