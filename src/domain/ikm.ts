/**
 * Indeks Kepuasan Masyarakat (IKM) from a Survei Kepuasan Masyarakat,
 * PermenPANRB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat).
 *
 * - Respondents score 9 elements (*unsur*) from 1 (tidak baik) to 4 (sangat baik).
 * - NRR (nilai rata-rata) per unsur = total of its scores / respondents.
 * - NRR tertimbang per unsur = NRR × bobot, with equal weights 1/9 (the
 *   regulation prints 0,111). By default the exact 1/9 is used, so the best
 *   possible survey scores 4 and converts to 100; `weighting: 'regulation-0.111'`
 *   reproduces reports that multiplied by 0,111 (0,1 % lower).
 * - IKM (nilai indeks, 1..4) = Σ NRR tertimbang; IKM unit pelayanan = IKM × 25.
 * - Mutu pelayanan from the converted value: A 88,31–100 Sangat Baik;
 *   B 76,61–88,30 Baik; C 65,00–76,60 Kurang Baik; D 25,00–64,99 Tidak Baik.
 *   The table is printed at 2 decimals, so the value is rounded half-up to 2
 *   decimals before grading: 88,305 → 88,31 → A; 88,3049 → 88,30 → B. That
 *   closes the gaps between the printed intervals.
 *
 * The 2023 Lima Puluh Kota report states the 1–4 scale and the result 87,84
 * (mutu B, Baik) but not the conversion (fixture inconsistency 11).
 */

import { roundHalfUp } from './numbers.ts';
import { SCALE_PRESETS } from './scale-presets.ts';
import { classify } from './scales.ts';

export const IKM_UNSUR = [
  { code: 'U1', name: 'Persyaratan' },
  { code: 'U2', name: 'Sistem, Mekanisme, dan Prosedur' },
  { code: 'U3', name: 'Waktu Penyelesaian' },
  { code: 'U4', name: 'Biaya/Tarif' },
  { code: 'U5', name: 'Produk Spesifikasi Jenis Pelayanan' },
  { code: 'U6', name: 'Kompetensi Pelaksana' },
  { code: 'U7', name: 'Perilaku Pelaksana' },
  { code: 'U8', name: 'Penanganan Pengaduan, Saran dan Masukan' },
  { code: 'U9', name: 'Sarana dan Prasarana' },
] as const;

export type IkmUnsur = (typeof IKM_UNSUR)[number];
export type IkmUnsurCode = IkmUnsur['code'];

export const IKM_UNSUR_COUNT = IKM_UNSUR.length;
/** The exact equal weight of each unsur. */
export const IKM_WEIGHT = 1 / IKM_UNSUR_COUNT;
/** The weight as printed in PermenPANRB 14/2017. */
export const IKM_WEIGHT_PRINTED = 0.111;
export const IKM_CONVERSION_FACTOR = 25;

export type IkmMutu = 'A' | 'B' | 'C' | 'D';
export type IkmKinerja = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';
export type IkmGrade = {
  mutu: IkmMutu;
  kinerja: IkmKinerja;
  /** The interval of the converted value, as printed in the regulation. */
  min: number;
  max: number;
};

/** PermenPANRB 14/2017 table of nilai persepsi, best first. */
export const IKM_GRADES: readonly IkmGrade[] = [
  { mutu: 'A', kinerja: 'Sangat Baik', min: 88.31, max: 100 },
  { mutu: 'B', kinerja: 'Baik', min: 76.61, max: 88.3 },
  { mutu: 'C', kinerja: 'Kurang Baik', min: 65, max: 76.6 },
  { mutu: 'D', kinerja: 'Tidak Baik', min: 25, max: 64.99 },
];

export type IkmOptions = {
  /** 'exact' (default) weighs each unsur 1/9; 'regulation-0.111' uses the printed 0,111. */
  weighting?: 'exact' | 'regulation-0.111';
};

export type IkmElement = {
  unsur: IkmUnsur;
  /** Sum of the scores given to this unsur. */
  total: number;
  /** Nilai rata-rata: total / respondents (1..4). */
  nrr: number;
  /** NRR × weight. */
  nrrTertimbang: number;
};

export type IkmResult = {
  respondents: number;
  weight: number;
  elements: IkmElement[];
  /** Nilai indeks on the 1..4 scale: Σ NRR tertimbang. */
  ikm: number;
  /** IKM unit pelayanan: ikm × 25 (25..100), full precision. */
  nilai: number;
  grade: IkmGrade;
};

/**
 * The least converted value a survey can produce: all scores 1 with the
 * printed weight 0,111 (9 × 0,111 × 25 = 24,975); with exact weights it is 25.
 */
export const IKM_MIN_NILAI = IKM_UNSUR_COUNT * IKM_WEIGHT_PRINTED * IKM_CONVERSION_FACTOR;

/**
 * Quality grade of an IKM converted value (25..100), graded at 2 decimals
 * half-up. A value outside 24,975..100 is refused: it is not on the converted
 * scale (a common mistake is passing the 1..4 index, e.g. 3,51 for 87,84).
 */
export function ikmGrade(nilai: number): IkmGrade {
  if (!Number.isFinite(nilai)) throw new RangeError(`nilai IKM harus angka, bukan ${nilai}`);
  const printed = roundHalfUp(nilai, 2);
  if (nilai < IKM_MIN_NILAI - 1e-9 || printed > 100) {
    throw new RangeError(
      `nilai IKM ${nilai} di luar rentang 25–100 (PermenPANRB 14/2017); nilai indeks 1–4 harus dikali 25 lebih dulu`,
    );
  }
  const level = classify(nilai, SCALE_PRESETS['ikm-14-2017']);
  return IKM_GRADES.find((g) => g.mutu === level.label)!;
}

/**
 * IKM from individual responses: each response is 9 integer scores 1..4 in
 * the order of {@link IKM_UNSUR}. Throws a RangeError naming the respondent
 * (1-based, as on the questionnaire list) and the unsur of the first bad score.
 */
export function ikmFromResponses(
  responses: readonly (readonly number[])[],
  options: IkmOptions = {},
): IkmResult {
  if (responses.length === 0) throw new RangeError('survei tanpa responden: IKM tidak dapat dihitung');
  const totals: number[] = IKM_UNSUR.map(() => 0);
  responses.forEach((response, r) => {
    if (response.length !== IKM_UNSUR_COUNT) {
      throw new RangeError(
        `responden ke-${r + 1}: ada ${response.length} nilai unsur, seharusnya ${IKM_UNSUR_COUNT}`,
      );
    }
    response.forEach((score, u) => {
      if (!Number.isInteger(score) || score < 1 || score > 4) {
        throw new RangeError(
          `responden ke-${r + 1}, unsur ${IKM_UNSUR[u]!.code} (${IKM_UNSUR[u]!.name}): nilai ${score} ` +
            `harus bilangan bulat 1 sampai 4`,
        );
      }
      totals[u]! += score;
    });
  });
  return ikmFromTotals(totals, responses.length, options);
}

/**
 * IKM from the per-unsur totals of a survey (the "jumlah nilai per unsur" row
 * of the tabulation) and the number of respondents.
 */
export function ikmFromTotals(
  totals: readonly number[],
  respondents: number,
  options: IkmOptions = {},
): IkmResult {
  if (!Number.isSafeInteger(respondents) || respondents < 1) {
    throw new RangeError(`jumlah responden harus bilangan bulat positif, bukan ${respondents}`);
  }
  if (totals.length !== IKM_UNSUR_COUNT) {
    throw new RangeError(`ada ${totals.length} jumlah nilai unsur, seharusnya ${IKM_UNSUR_COUNT}`);
  }
  const exact = (options.weighting ?? 'exact') === 'exact';
  const weight = exact ? IKM_WEIGHT : IKM_WEIGHT_PRINTED;
  // With exact weights, divide by 9 instead of multiplying by a rounded 1/9.
  const weigh = (value: number): number => (exact ? value / IKM_UNSUR_COUNT : value * IKM_WEIGHT_PRINTED);
  let grandTotal = 0;
  const elements = IKM_UNSUR.map((unsur, u): IkmElement => {
    const total = totals[u]!;
    if (!Number.isSafeInteger(total) || total < respondents || total > 4 * respondents) {
      throw new RangeError(
        `unsur ${unsur.code} (${unsur.name}): jumlah nilai ${total} harus bilangan bulat antara ` +
          `${respondents} dan ${4 * respondents} untuk ${respondents} responden`,
      );
    }
    grandTotal += total;
    const nrr = total / respondents;
    return { unsur, total, nrr, nrrTertimbang: weigh(nrr) };
  });
  // Σ NRR tertimbang = weigh(Σ total / respondents): one division, exactly 4 for a perfect survey.
  const ikm = weigh(grandTotal / respondents);
  const nilai = ikm * IKM_CONVERSION_FACTOR;
  return { respondents, weight, elements, ikm, nilai, grade: ikmGrade(nilai) };
}
