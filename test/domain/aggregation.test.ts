import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate } from '../../src/domain/aggregation.ts';
import type { IndicatorScore } from '../../src/domain/aggregation.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';
import { SCALE_PRESETS } from '../../src/domain/scale-presets.ts';
import { classify } from '../../src/domain/scales.ts';

const permendagri = SCALE_PRESETS['permendagri-86-2017'];
const lan = SCALE_PRESETS['lan-239-2003'];

/** LKjIP 2023 Dinas Sosial Lima Puluh Kota, Tabel 3.2 (lines 460–466), capaian at full precision. */
const tabel32: IndicatorScore[] = [
  { sasaranId: 'SS1', indicatorId: 'IK1', capaian: (74.53 / 74) * 100 }, // printed 100,72
  { sasaranId: 'SS2', indicatorId: 'IK2', capaian: (95 / 95) * 100 }, // printed 100
  { sasaranId: 'SS3', indicatorId: 'IK3', capaian: (72.95 / 65) * 100 }, // printed 112,23
  { sasaranId: 'SS3', indicatorId: 'IK4', capaian: (87.84 / 85) * 100 }, // printed 103,34
];

describe('aggregate: LKjIP 2023 Lima Puluh Kota, Tabel 3.2 (fixture inconsistencies id 8, line 466)', () => {
  it('mean: the printed "Rata-rata Capaian" 104,07 % is the mean of the 4 indicators, Sangat Tinggi', () => {
    const r = aggregate(tabel32, 'mean', { scale: permendagri });
    expect(r.method).toBe('mean');
    expect(r.overall.count).toBe(4);
    expect(r.overall.excluded).toBe(0);
    expect(roundHalfUp(r.overall.value!, 2)).toBe(104.07);
    expect(classify(r.overall.value!, permendagri).label).toBe('Sangat Tinggi');
    expect([...r.perSasaran.keys()]).toEqual(['SS1', 'SS2', 'SS3']);
    expect(roundHalfUp(r.perSasaran.get('SS1')!.value!, 2)).toBe(100.72);
    expect(r.perSasaran.get('SS2')).toEqual({ value: 100, count: 1, excluded: 0 });
    expect(r.perSasaran.get('SS3')!.count).toBe(2);
    expect(roundHalfUp(r.perSasaran.get('SS3')!.value!, 2)).toBe(107.79);
  });

  it("mean-of-sasaran: 102,83 at full precision; the fixture's 102,84 comes from averaging the printed 2-decimal capaian", () => {
    const exact = aggregate(tabel32, 'mean-of-sasaran', { scale: permendagri });
    expect(exact.overall.count).toBe(3); // sasaran, not indicators
    expect(exact.overall.value!).toBeCloseTo(102.83406, 5);
    expect(roundHalfUp(exact.overall.value!, 2)).toBe(102.83);

    const printed = tabel32.map((s) => ({ ...s, capaian: roundHalfUp(s.capaian!, 2) })); // 100,72 / 100 / 112,23 / 103,34
    const fromPrinted = aggregate(printed, 'mean-of-sasaran', { scale: permendagri });
    expect(roundHalfUp(fromPrinted.overall.value!, 2)).toBe(102.84); // (100,72 + 100 + 107,785) / 3 = 102,835
    expect(roundHalfUp(aggregate(printed, 'mean', { scale: permendagri }).overall.value!, 2)).toBe(104.07);
  });

  it('cap 100 (agencies that cap capaian for averaging) limits each capaian before averaging only', () => {
    const r = aggregate(tabel32, 'mean', { scale: permendagri, cap: 100 });
    expect(r.overall.value).toBe(100);
    expect(r.perSasaran.get('SS3')!.value).toBe(100);
    const r120 = aggregate(tabel32, 'mean', { scale: permendagri, cap: 120 });
    expect(r120.overall.value).toBe(aggregate(tabel32, 'mean', { scale: permendagri }).overall.value); // nothing above 120
    const capped = aggregate(
      [
        { sasaranId: 'S', indicatorId: 'I1', capaian: 150 },
        { sasaranId: 'S', indicatorId: 'I2', capaian: 90 },
      ],
      'mean',
      {
        scale: permendagri,
        cap: 120,
      },
    );
    expect(capped.overall.value).toBe(105);
    expect(() => aggregate(tabel32, 'mean', { scale: permendagri, cap: 0 })).toThrow(/cap/);
  });
});

describe('aggregate: group-mean (LAN 239/2003, metode rata-rata data kelompok)', () => {
  it('each indicator contributes its category mean: Σ(count × meanValue) / n', () => {
    const scores: IndicatorScore[] = [
      { sasaranId: 'S1', indicatorId: 'a', capaian: 121 }, // Sangat Berhasil 92,5
      { sasaranId: 'S1', indicatorId: 'b', capaian: 95 }, // Sangat Berhasil 92,5
      { sasaranId: 'S1', indicatorId: 'c', capaian: 78.73 }, // Berhasil 77,5 (DOMAIN.md §2: poverty rate, negative formula)
      { sasaranId: 'S1', indicatorId: 'd', capaian: 55 }, // exactly 55: Tidak Berhasil 27,5
      { sasaranId: 'S2', indicatorId: 'e', capaian: 70 }, // Cukup Berhasil 62,5
      { sasaranId: 'S2', indicatorId: 'f', capaian: null },
    ];
    const r = aggregate(scores, 'group-mean', { scale: lan });
    expect(r.perSasaran.get('S1')).toEqual({
      value: (2 * 92.5 + 1 * 77.5 + 1 * 27.5) / 4,
      count: 4,
      excluded: 0,
    });
    expect(r.perSasaran.get('S1')!.value).toBe(72.5);
    expect(r.perSasaran.get('S2')).toEqual({ value: 62.5, count: 1, excluded: 1 });
    expect(r.overall).toEqual({ value: (2 * 92.5 + 77.5 + 27.5 + 62.5) / 5, count: 5, excluded: 1 });
    expect(classify(r.perSasaran.get('S1')!.value!, lan).label).toBe('Berhasil');
  });

  it('the category comes from the uncapped capaian: cap does not change group-mean', () => {
    const scores: IndicatorScore[] = [{ sasaranId: 'S', indicatorId: 'a', capaian: 121 }];
    expect(aggregate(scores, 'group-mean', { scale: lan, cap: 80 }).overall.value).toBe(92.5);
  });

  it('throws a clear error when the scale has no mean values (Permendagri 86/2017 has none)', () => {
    expect(() => aggregate(tabel32, 'group-mean', { scale: permendagri })).toThrow(
      /meanValue.*permendagri-86-2017.*Sangat Tinggi/,
    );
  });
});

describe('aggregate: weights, missing values, bad input', () => {
  it('weighted mean when every indicator of the group declares a weight', () => {
    const scores: IndicatorScore[] = [
      { sasaranId: 'S1', indicatorId: 'a', capaian: 100, weight: 3 },
      { sasaranId: 'S1', indicatorId: 'b', capaian: 60, weight: 1 },
    ];
    expect(aggregate(scores, 'mean', { scale: permendagri }).overall).toEqual({
      value: 90,
      count: 2,
      excluded: 0,
    });
  });

  it('mixed weights throw, naming the indicator without one', () => {
    const scores: IndicatorScore[] = [
      { sasaranId: 'S1', indicatorId: 'a', capaian: 100, weight: 3 },
      { sasaranId: 'S1', indicatorId: 'b', capaian: 60 },
    ];
    expect(() => aggregate(scores, 'mean', { scale: permendagri })).toThrow(
      /indikator b \(sasaran S1\) tidak berbobot/,
    );
  });

  it('weights are all-or-none per group: per sasaran for mean-of-sasaran, across all indicators for mean', () => {
    const scores: IndicatorScore[] = [
      { sasaranId: 'S1', indicatorId: 'a', capaian: 100, weight: 3 },
      { sasaranId: 'S1', indicatorId: 'b', capaian: 60, weight: 1 },
      { sasaranId: 'S2', indicatorId: 'c', capaian: 80 },
    ];
    const r = aggregate(scores, 'mean-of-sasaran', { scale: permendagri });
    expect(r.perSasaran.get('S1')!.value).toBe(90);
    expect(r.overall).toEqual({ value: 85, count: 2, excluded: 0 });
    expect(() => aggregate(scores, 'mean', { scale: permendagri })).toThrow(
      /semua indikator.*indikator c \(sasaran S2\)/,
    );
  });

  it('null capaian (not measured) is excluded, not counted as 0; a sasaran without any capaian has no value', () => {
    const scores: IndicatorScore[] = [
      { sasaranId: 'S1', indicatorId: 'a', capaian: 80 },
      { sasaranId: 'S1', indicatorId: 'b', capaian: null },
      { sasaranId: 'S2', indicatorId: 'c', capaian: null },
    ];
    const mean = aggregate(scores, 'mean', { scale: permendagri });
    expect(mean.overall).toEqual({ value: 80, count: 1, excluded: 2 });
    expect(mean.perSasaran.get('S2')).toEqual({ value: null, count: 0, excluded: 1 });
    const bySasaran = aggregate(scores, 'mean-of-sasaran', { scale: permendagri });
    expect(bySasaran.overall).toEqual({ value: 80, count: 1, excluded: 1 });
    expect(aggregate([], 'mean', { scale: permendagri }).overall).toEqual({
      value: null,
      count: 0,
      excluded: 0,
    });
  });

  it('refuses duplicate indicators, non-finite capaian and non-positive weights', () => {
    const a: IndicatorScore = { sasaranId: 'S1', indicatorId: 'a', capaian: 80 };
    expect(() => aggregate([a, a], 'mean', { scale: permendagri })).toThrow(
      /a \(sasaran S1\) tercantum lebih dari sekali/,
    );
    expect(() => aggregate([{ ...a, capaian: Number.NaN }], 'mean', { scale: permendagri })).toThrow(
      RangeError,
    );
    expect(() => aggregate([{ ...a, weight: 0 }], 'mean', { scale: permendagri })).toThrow(
      /Bobot indikator a/,
    );
  });

  it('property: an unweighted mean lies between the smallest and largest counted capaian, and the cap bounds it', () => {
    const scoreArb = fc.array(
      fc.record({
        s: fc.constantFrom('S1', 'S2', 'S3'),
        c: fc.option(fc.double({ min: 0, max: 300, noNaN: true }), { nil: null }),
      }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(scoreArb, (rows) => {
        const scores = rows.map((r, i) => ({ sasaranId: r.s, indicatorId: `I${i}`, capaian: r.c }));
        const counted = scores.flatMap((s) => (s.capaian === null ? [] : [s.capaian]));
        const r = aggregate(scores, 'mean', { scale: permendagri });
        const capped = aggregate(scores, 'mean', { scale: permendagri, cap: 100 });
        if (counted.length === 0) return r.overall.value === null && r.overall.excluded === scores.length;
        const eps = 1e-9;
        return (
          r.overall.count + r.overall.excluded === scores.length &&
          r.overall.value! >= Math.min(...counted) - eps &&
          r.overall.value! <= Math.max(...counted) + eps &&
          capped.overall.value! <= 100 + eps
        );
      }),
    );
  });
});
