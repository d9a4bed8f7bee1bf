/**
 * Efficiency: capaian kinerja (performance achievement, %) against serapan
 * anggaran (budget absorption, realisasi / pagu × 100), per sasaran or program,
 * as PermenPANRB 53/2014 asks LKjIP to analyse ("efisiensi penggunaan sumber daya").
 *
 * The rule (docs/decisions/0004-budget-efficiency-ikm-akip.md):
 * - index = capaian − serapan, in percentage points (full precision);
 * - ratio = capaian / serapan (null when serapan is 0);
 * - 'tidak dapat dinilai' when capaian or serapan is unknown (null);
 * - 'efisien' when all of: capaian ≥ the threshold (100 by default, i.e. the
 *   target is met; a caller may pass another target level), serapan ≤ 100
 *   (no spending beyond pagu), and index ≥ 0 (performance at least keeps pace
 *   with spending);
 * - otherwise 'tidak efisien' — always when index < 0, and also in the cases
 *   the three conditions leave open (target not met although index ≥ 0;
 *   serapan above 100). `reasons` lists every condition that failed, so a
 *   report can say why.
 *
 * Exactly at the edges: capaian 100 with serapan 100 is 'efisien' (index 0);
 * capaian 99,99 is below the default threshold. Values are compared at full
 * precision; round only to show them.
 *
 * Motivation: the 2023 Lima Puluh Kota report labels every funded row of
 * Tabel 3.7 'Efisiensi' (rows at 100 % absorption and at 26,09 %) without
 * stating any rule (fixture inconsistency 24).
 */

export type EfficiencyCategory = 'efisien' | 'tidak efisien' | 'tidak dapat dinilai';

export type EfficiencyReason =
  | 'capaian-tidak-diketahui'
  | 'serapan-tidak-diketahui'
  | 'capaian-di-bawah-target'
  | 'serapan-melebihi-pagu'
  | 'capaian-di-bawah-serapan';

/** Indonesian wording of each reason, for reports and the UI. */
export const EFFICIENCY_REASON_TEXT: Readonly<Record<EfficiencyReason, string>> = {
  'capaian-tidak-diketahui': 'capaian kinerja belum diketahui',
  'serapan-tidak-diketahui': 'serapan anggaran belum diketahui',
  'capaian-di-bawah-target': 'capaian kinerja belum mencapai target',
  'serapan-melebihi-pagu': 'serapan anggaran melebihi 100 % pagu',
  'capaian-di-bawah-serapan': 'capaian kinerja lebih rendah daripada serapan anggaran',
};

export type Efficiency = {
  category: EfficiencyCategory;
  capaian: number | null;
  serapan: number | null;
  /** capaian − serapan in percentage points; null when either is unknown. */
  index: number | null;
  /** capaian / serapan; null when either is unknown or serapan is 0. */
  ratio: number | null;
  /** The threshold capaian was held to. */
  threshold: number;
  /** Why it is not 'efisien' (empty when it is). */
  reasons: EfficiencyReason[];
};

export type EfficiencyOptions = {
  /** Capaian needed for 'efisien'; default 100 (target met). */
  threshold?: number;
};

/** Compares capaian kinerja (%) with serapan anggaran (%) under the rule above. */
export function computeEfficiency(
  capaian: number | null,
  serapan: number | null,
  options: EfficiencyOptions = {},
): Efficiency {
  const threshold = options.threshold ?? 100;
  if (!Number.isFinite(threshold))
    throw new RangeError(`efficiency threshold must be a finite number, got ${threshold}`);
  if (capaian !== null && !Number.isFinite(capaian)) {
    throw new RangeError(`capaian must be a finite percentage or null, got ${capaian}`);
  }
  if (serapan !== null && !(Number.isFinite(serapan) && serapan >= 0)) {
    throw new RangeError(`serapan must be a non-negative percentage or null, got ${serapan}`);
  }
  if (capaian === null || serapan === null) {
    const reasons: EfficiencyReason[] = [];
    if (capaian === null) reasons.push('capaian-tidak-diketahui');
    if (serapan === null) reasons.push('serapan-tidak-diketahui');
    return {
      category: 'tidak dapat dinilai',
      capaian,
      serapan,
      index: null,
      ratio: null,
      threshold,
      reasons,
    };
  }
  const index = capaian - serapan;
  const ratio = serapan === 0 ? null : capaian / serapan;
  const reasons: EfficiencyReason[] = [];
  if (capaian < threshold) reasons.push('capaian-di-bawah-target');
  if (serapan > 100) reasons.push('serapan-melebihi-pagu');
  if (index < 0) reasons.push('capaian-di-bawah-serapan');
  return {
    category: reasons.length === 0 ? 'efisien' : 'tidak efisien',
    capaian,
    serapan,
    index,
    ratio,
    threshold,
    reasons,
  };
}
