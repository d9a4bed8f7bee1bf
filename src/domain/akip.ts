/**
 * Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP),
 * PermenPANRB 88/2021 (Evaluasi atas Implementasi SAKIP).
 *
 * - Four components with fixed weights: Perencanaan Kinerja 30, Pengukuran
 *   Kinerja 30, Pelaporan Kinerja 15, Evaluasi Akuntabilitas Kinerja Internal 25.
 * - A component's score is 0..its weight, given directly, as a percentage of its
 *   weight, or as the sum of sub-component scores whose weights add up to the
 *   component weight (the regulation's sub-components are Pemenuhan 20 %,
 *   Kualitas 30 % and Pemanfaatan 50 % of the component: see
 *   {@link akipSubComponentWeights}).
 * - Nilai AKIP = Σ component scores (0..100), full precision.
 * - Predikat, graded on the value rounded half-up to 2 decimals (as the
 *   evaluation report prints it, so a printed 90,00 never reads AA):
 *   AA > 90–100 Sangat Memuaskan; A > 80–90 Memuaskan; BB > 70–80 Sangat Baik;
 *   B > 60–70 Baik; CC > 50–60 Cukup; C > 30–50 Kurang; D 0–30 Sangat Kurang.
 *   Each lower bound is exclusive: exactly 90 is A, exactly 30 is D.
 */

import { roundHalfUp } from './numbers.ts';
import { SCALE_PRESETS } from './scale-presets.ts';
import { classify } from './scales.ts';

export const AKIP_COMPONENTS = [
  { key: 'perencanaan', name: 'Perencanaan Kinerja', weight: 30 },
  { key: 'pengukuran', name: 'Pengukuran Kinerja', weight: 30 },
  { key: 'pelaporan', name: 'Pelaporan Kinerja', weight: 15 },
  { key: 'evaluasi', name: 'Evaluasi Akuntabilitas Kinerja Internal', weight: 25 },
] as const;

export type AkipComponent = (typeof AKIP_COMPONENTS)[number];
export type AkipComponentKey = AkipComponent['key'];

/** The sub-components of every component and their share of its weight. */
export const AKIP_SUBCOMPONENTS = [
  { key: 'pemenuhan', name: 'Pemenuhan', share: 0.2 },
  { key: 'kualitas', name: 'Kualitas', share: 0.3 },
  { key: 'pemanfaatan', name: 'Pemanfaatan', share: 0.5 },
] as const;

export type AkipSubComponentScore = { name: string; weight: number; score: number };

export type AkipComponentInput =
  { score: number } | { percentOfWeight: number } | { subComponents: readonly AkipSubComponentScore[] };

export type AkipInput = Readonly<Record<AkipComponentKey, AkipComponentInput>>;

export type AkipComponentResult = {
  key: AkipComponentKey;
  name: string;
  weight: number;
  score: number;
  /** score / weight × 100. */
  percentOfWeight: number;
  subComponents: AkipSubComponentScore[] | null;
};

export type AkipPredikat = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';
export type AkipGrade = {
  predikat: AkipPredikat;
  interpretasi: string;
  /** The grade holds scores above this value (exclusive); D starts at 0 inclusive. */
  above: number;
  /** ... up to and including this value. */
  max: number;
};

export type AkipResult = { components: AkipComponentResult[]; score: number; grade: AkipGrade };

/** PermenPANRB 88/2021 predikat, best first. */
export const AKIP_GRADES: readonly AkipGrade[] = [
  { predikat: 'AA', interpretasi: 'Sangat Memuaskan', above: 90, max: 100 },
  { predikat: 'A', interpretasi: 'Memuaskan', above: 80, max: 90 },
  { predikat: 'BB', interpretasi: 'Sangat Baik', above: 70, max: 80 },
  { predikat: 'B', interpretasi: 'Baik', above: 60, max: 70 },
  { predikat: 'CC', interpretasi: 'Cukup', above: 50, max: 60 },
  { predikat: 'C', interpretasi: 'Kurang', above: 30, max: 50 },
  { predikat: 'D', interpretasi: 'Sangat Kurang', above: 0, max: 30 },
];

const WEIGHT_TOLERANCE = 1e-9;

/** Predikat of a nilai AKIP (0..100), graded at 2 decimals half-up. */
export function akipGrade(score: number): AkipGrade {
  if (!Number.isFinite(score)) throw new RangeError(`nilai AKIP harus angka, bukan ${score}`);
  const printed = roundHalfUp(score, 2);
  if (printed < 0 || printed > 100) {
    throw new RangeError(`nilai AKIP ${score} di luar rentang 0–100 (PermenPANRB 88/2021)`);
  }
  const level = classify(score, SCALE_PRESETS['akip-88-2021']);
  return AKIP_GRADES.find((g) => g.predikat === level.label)!;
}

/** The sub-component weights of a component: Perencanaan 30 → Pemenuhan 6, Kualitas 9, Pemanfaatan 15. */
export function akipSubComponentWeights(key: AkipComponentKey): { name: string; weight: number }[] {
  const component = AKIP_COMPONENTS.find((c) => c.key === key)!;
  return AKIP_SUBCOMPONENTS.map((s) => ({ name: s.name, weight: component.weight * s.share }));
}

/**
 * Nilai AKIP from the four component scores. Throws a RangeError naming the
 * component (and sub-component) whose score is missing or out of range, or whose
 * sub-component weights do not add up to the component weight.
 */
export function computeAkip(input: AkipInput): AkipResult {
  const components = AKIP_COMPONENTS.map((component): AkipComponentResult => {
    const given = input[component.key] as AkipComponentInput | undefined;
    const where = `komponen ${component.name} (bobot ${component.weight})`;
    if (given === undefined) throw new RangeError(`${where}: belum dinilai`);
    let score: number;
    let subComponents: AkipSubComponentScore[] | null = null;
    if ('subComponents' in given) {
      if (given.subComponents.length === 0) throw new RangeError(`${where}: tidak ada sub komponen`);
      let weights = 0;
      score = 0;
      for (const sub of given.subComponents) {
        const subWhere = `${where}, sub komponen ${sub.name}`;
        if (!(Number.isFinite(sub.weight) && sub.weight > 0)) {
          throw new RangeError(`${subWhere}: bobot ${sub.weight} harus angka positif`);
        }
        checkRange(sub.score, sub.weight, subWhere);
        weights += sub.weight;
        score += sub.score;
      }
      if (Math.abs(weights - component.weight) > WEIGHT_TOLERANCE) {
        throw new RangeError(
          `${where}: jumlah bobot sub komponen ${weights}, seharusnya ${component.weight}`,
        );
      }
      subComponents = given.subComponents.map((s) => ({ ...s }));
    } else if ('percentOfWeight' in given) {
      checkRange(given.percentOfWeight, 100, `${where}: persentase`);
      score = (given.percentOfWeight * component.weight) / 100;
    } else {
      checkRange(given.score, component.weight, where);
      score = given.score;
    }
    return {
      key: component.key,
      name: component.name,
      weight: component.weight,
      score,
      percentOfWeight: (score / component.weight) * 100,
      subComponents,
    };
  });
  const score = components.reduce((sum, c) => sum + c.score, 0);
  return { components, score, grade: akipGrade(score) };
}

function checkRange(value: number, max: number, where: string): void {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new RangeError(`${where}: nilai ${value} harus di antara 0 dan ${max}`);
  }
}
