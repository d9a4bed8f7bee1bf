/**
 * Averages of capaian per sasaran and overall (DOMAIN.md §2–3).
 *
 * - `mean`: overall = (weighted) mean of every indicator's capaian; each
 *   sasaran = mean of its indicators. This is what the 2023 Lima Puluh Kota
 *   report prints as "Rata-rata Capaian" (104,07 over 4 indicators).
 * - `mean-of-sasaran`: each sasaran as in `mean`; overall = unweighted mean of
 *   the sasaran values (each sasaran counts once, however many indicators).
 * - `group-mean` (LAN 239/2003, "metode rata-rata data kelompok"): each
 *   indicator contributes the meanValue of its category on the scale; a
 *   sasaran = Σ(count per category × meanValue) / n; overall the same over all
 *   indicators.
 *
 * Weights are all-or-none within each averaged group (the indicators of one
 * sasaran; all indicators for an overall over indicators). `cap` (e.g. 100 or
 * 120) limits each capaian before it enters an average, and only there: it
 * never changes an indicator's own capaian or category (in group-mean the
 * category is taken from the uncapped capaian). A null capaian (not measured)
 * is left out and counted in `excluded`; it is never treated as 0.
 */
import { classify } from './scales.ts';
import type { Scale } from './scales.ts';

export type AggregationMethod = 'mean' | 'mean-of-sasaran' | 'group-mean';

export type IndicatorScore = {
  sasaranId: string;
  indicatorId: string;
  capaian: number | null;
  weight?: number;
};

export type AverageResult = {
  /** Null when nothing counted. */
  value: number | null;
  /** Indicators that counted; for the overall of `mean-of-sasaran`, sasaran that had a value. */
  count: number;
  /** Indicators with a null capaian; for the overall of `mean-of-sasaran`, sasaran without any capaian. */
  excluded: number;
};

export type AggregationResult = {
  overall: AverageResult;
  method: AggregationMethod;
  /** Sasaran in order of first appearance. */
  perSasaran: ReadonlyMap<string, AverageResult>;
};

export function aggregate(
  scores: readonly IndicatorScore[],
  method: AggregationMethod,
  options: { scale: Scale; cap?: number | null },
): AggregationResult {
  const cap = options.cap ?? null;
  if (cap !== null && !(Number.isFinite(cap) && cap > 0)) {
    throw new RangeError(`Batas capaian (cap) harus angka positif, bukan ${cap}`);
  }
  checkScores(scores);
  if (method === 'group-mean') requireMeanValues(options.scale);

  const contribution = (capaian: number): number => {
    if (method === 'group-mean') return classify(capaian, options.scale).meanValue!;
    return cap === null ? capaian : Math.min(capaian, cap);
  };

  const groups = new Map<string, IndicatorScore[]>();
  for (const s of scores) {
    const group = groups.get(s.sasaranId);
    if (group) group.push(s);
    else groups.set(s.sasaranId, [s]);
  }
  const perSasaran = new Map<string, AverageResult>();
  for (const [sasaranId, group] of groups) {
    perSasaran.set(sasaranId, weightedMean(group, contribution, `sasaran ${sasaranId}`));
  }

  let overall: AverageResult;
  if (method === 'mean-of-sasaran') {
    const values = [...perSasaran.values()];
    const counted = values.filter((r) => r.value !== null).map((r) => r.value!);
    overall = {
      value: counted.length === 0 ? null : sum(counted) / counted.length,
      count: counted.length,
      excluded: values.length - counted.length,
    };
  } else {
    overall = weightedMean(scores, contribution, 'semua indikator');
  }
  return { overall, method, perSasaran };
}

function weightedMean(
  items: readonly IndicatorScore[],
  contribution: (capaian: number) => number,
  group: string,
): AverageResult {
  const weighted = items.filter((s) => s.weight !== undefined);
  if (weighted.length > 0 && weighted.length < items.length) {
    const without = items.find((s) => s.weight === undefined)!;
    const withWeight = weighted[0]!;
    throw new Error(
      `Bobot harus diisi untuk semua indikator dalam ${group} atau tidak sama sekali: indikator ${without.indicatorId} (sasaran ${without.sasaranId}) tidak berbobot, sedangkan indikator ${withWeight.indicatorId} berbobot`,
    );
  }
  let total = 0;
  let weightTotal = 0;
  let count = 0;
  let excluded = 0;
  for (const s of items) {
    if (s.capaian === null) {
      excluded++;
      continue;
    }
    const w = s.weight ?? 1;
    total += w * contribution(s.capaian);
    weightTotal += w;
    count++;
  }
  return { value: count === 0 ? null : total / weightTotal, count, excluded };
}

function checkScores(scores: readonly IndicatorScore[]): void {
  const seen = new Set<string>();
  for (const s of scores) {
    const key = JSON.stringify([s.sasaranId, s.indicatorId]);
    if (seen.has(key))
      throw new Error(`Indikator ${s.indicatorId} (sasaran ${s.sasaranId}) tercantum lebih dari sekali`);
    seen.add(key);
    if (s.capaian !== null && !Number.isFinite(s.capaian)) {
      throw new RangeError(
        `Capaian indikator ${s.indicatorId} (sasaran ${s.sasaranId}) harus angka terhingga atau null, bukan ${s.capaian}`,
      );
    }
    if (s.weight !== undefined && !(Number.isFinite(s.weight) && s.weight > 0)) {
      throw new RangeError(
        `Bobot indikator ${s.indicatorId} (sasaran ${s.sasaranId}) harus angka positif, bukan ${s.weight}`,
      );
    }
  }
}

function requireMeanValues(scale: Scale): void {
  const missing = scale.levels.filter((l) => l.meanValue === undefined).map((l) => l.label);
  if (missing.length > 0) {
    throw new Error(
      `Metode rata-rata data kelompok (group-mean) memerlukan nilai tengah (meanValue) pada setiap tingkat skala "${scale.id}"; tidak ada pada: ${missing.join(', ')}. Gunakan skala lan-239-2003 atau skala dengan meanValue.`,
    );
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
