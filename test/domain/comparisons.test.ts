import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareWithBenchmark,
  compareWithPreviousYear,
  progressToEndTarget,
} from '../../src/domain/comparisons.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

const national = { id: 'angka nasional', en: 'the national figure' };
const provincial = { id: 'angka provinsi', en: 'the provincial figure' };

describe('compareWithPreviousYear (PermenPANRB 53/2014: this year vs previous years)', () => {
  it('LKjIP 2023 Lima Puluh Kota, Tabel 3.3 (line 479): PPKS served fell from 78 % (2022) to 74,53 % (2023): not an improvement', () => {
    const r = compareWithPreviousYear({ year: 2023, value: 74.53 }, { year: 2022, value: 78 }, 'positive');
    expect(r).toEqual({
      year: 2023,
      previousYear: 2022,
      change: -3.47,
      changePercent: expect.any(Number),
      improved: false,
    });
    expect(roundHalfUp(r!.changePercent!, 2)).toBe(-4.45);
  });

  it('Tabel 3.3 series (line 481): 2020 83,66 % → 2021 95 % is an improvement of 11,34 points', () => {
    const r = compareWithPreviousYear({ year: 2021, value: 95 }, { year: 2020, value: 83.66 }, 'positive');
    expect(r!.change).toBe(11.34);
    expect(r!.improved).toBe(true);
  });

  it('negative indicator (DOMAIN.md §2: poverty rate): a fall is an improvement', () => {
    const r = compareWithPreviousYear({ year: 2024, value: 6.67 }, { year: 2023, value: 7.1 }, 'negative');
    expect(r!.change).toBe(-0.43);
    expect(r!.improved).toBe(true);
    expect(
      compareWithPreviousYear({ year: 2024, value: 7.1 }, { year: 2023, value: 6.67 }, 'negative')!.improved,
    ).toBe(false);
  });

  it('PSKS 95 % in 2022 and 2023 (Tabel 3.4, line 951): no change, improved null', () => {
    expect(compareWithPreviousYear({ year: 2023, value: 95 }, { year: 2022, value: 95 }, 'positive')).toEqual(
      {
        year: 2023,
        previousYear: 2022,
        change: 0,
        changePercent: 0,
        improved: null,
      },
    );
  });

  it('no previous year gives null; a missing value (not 0) gives null change; previous 0 gives null percent', () => {
    expect(compareWithPreviousYear({ year: 2023, value: 74.53 }, undefined, 'positive')).toBeNull();
    expect(
      compareWithPreviousYear({ year: 2023, value: null }, { year: 2022, value: 78 }, 'positive'),
    ).toEqual({
      year: 2023,
      previousYear: 2022,
      change: null,
      changePercent: null,
      improved: null,
    });
    const fromZero = compareWithPreviousYear({ year: 2023, value: 3 }, { year: 2022, value: 0 }, 'negative')!;
    expect(fromZero).toMatchObject({ change: 3, changePercent: null, improved: false });
    expect(() =>
      compareWithPreviousYear({ year: 2022, value: 1 }, { year: 2022, value: 2 }, 'positive'),
    ).toThrow(RangeError);
  });
});

describe('progressToEndTarget (PermenPANRB 53/2014: realisation vs Renstra end target)', () => {
  it('positive, no baseline: R / End × 100; gap in the indicator unit', () => {
    const r = progressToEndTarget(74.53, 80, 'positive');
    expect(roundHalfUp(r!.progressPercent!, 2)).toBe(93.16);
    expect(r).toMatchObject({ endTarget: 80, realisasi: 74.53, reached: false, gap: 5.47 });
  });

  it('positive with the RPJMD baseline of Tabel 3.3 (target awal 50 %): (R − base) / (End − base) × 100', () => {
    const r = progressToEndTarget(74.53, 80, 'positive', 50);
    expect(roundHalfUp(r!.progressPercent!, 2)).toBe(81.77); // 24,53 / 30
    expect(r!.gap).toBe(5.47);
  });

  it('negative, no baseline: (2 − R / End) × 100, the DOMAIN.md §2 negative formula (poverty 6,67 vs 5,5 → 78,73)', () => {
    const r = progressToEndTarget(6.67, 5.5, 'negative');
    expect(roundHalfUp(r!.progressPercent!, 2)).toBe(78.73);
    expect(r).toMatchObject({ reached: false, gap: 1.17 });
  });

  it('negative with baseline: the share of the planned fall achieved', () => {
    const r = progressToEndTarget(6.67, 5.5, 'negative', 7.5);
    expect(roundHalfUp(r!.progressPercent!, 2)).toBe(41.5); // 0,83 / 2
    const done = progressToEndTarget(5, 5.5, 'negative', 7.5)!;
    expect(done).toMatchObject({ reached: true, gap: 0 });
    expect(done.progressPercent).toBe(125);
  });

  it('reached at or past the end target has no gap; null inputs and zero divisors give null', () => {
    expect(progressToEndTarget(95, 95, 'positive')).toMatchObject({
      reached: true,
      gap: 0,
      progressPercent: 100,
    });
    expect(progressToEndTarget(null, 80, 'positive')).toBeNull();
    expect(progressToEndTarget(74.53, null, 'positive')).toBeNull();
    expect(progressToEndTarget(3, 0, 'negative')).toMatchObject({
      progressPercent: null,
      reached: false,
      gap: 3,
    });
    expect(progressToEndTarget(60, 50, 'positive', 50)!.progressPercent).toBeNull();
  });

  it('property: gap ≥ 0, and gap is 0 exactly when reached', () => {
    const num = fc.double({ min: -1000, max: 1000, noNaN: true });
    fc.assert(
      fc.property(num, num, fc.constantFrom('positive' as const, 'negative' as const), (r, end, dir) => {
        const p = progressToEndTarget(r, end, dir)!;
        return p.gap >= 0 && (p.gap === 0) === p.reached;
      }),
    );
  });
});

describe('compareWithBenchmark (PermenPANRB 53/2014: vs national/provincial standards)', () => {
  it('positive above the national figure is better (report-data@1 example: 82,4 vs 79,1)', () => {
    const r = compareWithBenchmark(82.4, 79.1, 'positive', national);
    expect(r).toMatchObject({ reference: 79.1, difference: 3.3, better: true });
    expect(r.wording.id).toBe('di atas angka nasional (lebih baik): 82,40 dibanding 79,10, selisih 3,30');
    expect(r.wording.en).toBe(
      'above the national figure (better): 82.40 against 79.10, a difference of 3.30',
    );
  });

  it('positive below is worse', () => {
    const r = compareWithBenchmark(74.53, 79.1, 'positive', national);
    expect(r.better).toBe(false);
    expect(r.difference).toBe(-4.57);
    expect(r.wording.id).toContain('di bawah angka nasional (lebih buruk)');
  });

  it('negative indicator lower than the province is better, and says why', () => {
    const r = compareWithBenchmark(6.67, 7.1, 'negative', provincial);
    expect(r.better).toBe(true);
    expect(r.wording.id).toContain('lebih rendah dari angka provinsi (lebih baik, karena indikator negatif)');
    expect(r.wording.id).toContain('6,67 dibanding 7,10, selisih 0,43');
    expect(r.wording.en).toContain(
      'lower than the provincial figure (better, as lower is better for this indicator)',
    );
    const worse = compareWithBenchmark(7.5, 7.1, 'negative', provincial);
    expect(worse.better).toBe(false);
    expect(worse.wording.id).toContain(
      'lebih tinggi dari angka provinsi (lebih buruk, karena indikator negatif)',
    );
  });

  it('equal is neither better nor worse', () => {
    const r = compareWithBenchmark(95, 95, 'positive', national);
    expect(r).toEqual({
      reference: 95,
      difference: 0,
      better: null,
      wording: { id: 'sama dengan angka nasional: 95', en: 'equal to the national figure: 95' },
    });
  });

  it('refuses non-finite values', () => {
    expect(() => compareWithBenchmark(Number.NaN, 1, 'positive', national)).toThrow(RangeError);
  });
});
