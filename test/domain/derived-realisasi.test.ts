import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deriveRealisasi, type Derivation, type DerivedResult } from '../../src/domain/derived-realisasi.ts';
import { computeCapaian } from '../../src/domain/capaian.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

const valueOf = (r: DerivedResult): number => {
  if (r.value === null) throw new Error(`expected a value, got ${r.reason} (${r.component ?? ''})`);
  return r.value;
};

const ppks = { kind: 'ratio', numerator: 'served', denominator: 'total' } as const;

describe('ratio: PPKS tertangani = served / total × 100 (DOMAIN.md §2)', () => {
  it('LKjIP 2023 Lima Puluh Kota: 199.123 served of 267.172 PPKS (seed line 491) → 74,53 % (Tabel 3.2 line 460)', () => {
    const r = deriveRealisasi(ppks, { served: 199_123, total: 267_172 });
    expect(roundHalfUp(valueOf(r), 2)).toBe(74.53);
  });
  it('the derived realisation at full precision gives the printed capaian 100,72 against target 74 %', () => {
    const realisasi = valueOf(deriveRealisasi(ppks, { served: 199_123, total: 267_172 }));
    const capaian = computeCapaian({ polarity: 'positive', target: { kind: 'value', value: 74 }, realisasi });
    expect(capaian.value !== null && roundHalfUp(capaian.value, 2)).toBe(100.72);
  });
  it('activity counts as a fraction (factor 1): 896 of 924 beneficiaries (2023 report, rules.activity_capaian)', () => {
    const r = deriveRealisasi({ ...ppks, factor: 1 }, { served: 896, total: 924 });
    expect(valueOf(r)).toBeCloseTo(0.96969697, 8);
    expect(roundHalfUp(valueOf(deriveRealisasi(ppks, { served: 896, total: 924 })), 2)).toBe(96.97);
  });
  it('a missing component is unknown, not zero: missing-component names it', () => {
    expect(deriveRealisasi(ppks, { served: null, total: 267_172 })).toEqual({
      value: null,
      reason: 'missing-component',
      component: 'served',
    });
    expect(deriveRealisasi(ppks, { served: 199_123 })).toEqual({
      value: null,
      reason: 'missing-component',
      component: 'total',
    });
  });
  it('zero served is a real 0 %; a zero total is zero-denominator', () => {
    expect(deriveRealisasi(ppks, { served: 0, total: 267_172 })).toEqual({ value: 0 });
    expect(deriveRealisasi(ppks, { served: 5, total: 0 })).toEqual({
      value: null,
      reason: 'zero-denominator',
      component: 'total',
    });
  });
  it('NaN is a programming error', () => {
    expect(() => deriveRealisasi(ppks, { served: Number.NaN, total: 1 })).toThrow(RangeError);
  });
});

describe('growth: (n − (n−1)) / (n−1) × 100', () => {
  const growth = { kind: 'growth', current: 'n', previous: 'prev' } as const;
  it('PPKS 2022 realisation 78 % to 2023 74,53 % (Tabel 3.3) → −4,45 %', () => {
    expect(roundHalfUp(valueOf(deriveRealisasi(growth, { n: 74.53, prev: 78 })), 2)).toBe(-4.45);
  });
  it('a previous value of 0 → zero-denominator naming it', () => {
    expect(deriveRealisasi(growth, { n: 5, prev: 0 })).toEqual({
      value: null,
      reason: 'zero-denominator',
      component: 'prev',
    });
  });
  it('a negative base keeps the direction: −4 to −2 is growth of +50 %', () => {
    expect(valueOf(deriveRealisasi(growth, { n: -2, prev: -4 }))).toBeCloseTo(50, 10);
  });
});

describe('change-share: (n − (n−1)) / total × 100 (DOMAIN.md §2 "increase = (n − (n−1)) / total")', () => {
  const change = { kind: 'change-share', current: 'n', previous: 'prev', total: 'total' } as const;
  it('of the 267.172 PPKS (2023 seed line 491), 199.123 served after an illustrative 190.000 the year before → 3,41 %', () => {
    const r = deriveRealisasi(change, { n: 199_123, prev: 190_000, total: 267_172 });
    expect(roundHalfUp(valueOf(r), 2)).toBe(3.41);
  });
  it('missing previous year → missing-component; zero total → zero-denominator', () => {
    expect(deriveRealisasi(change, { n: 1, total: 5 })).toEqual({
      value: null,
      reason: 'missing-component',
      component: 'prev',
    });
    expect(deriveRealisasi(change, { n: 1, prev: 0, total: 0 })).toEqual({
      value: null,
      reason: 'zero-denominator',
      component: 'total',
    });
  });
});

describe('sum of parts (PPKS as the sum of its categories, Permensos 8/2012)', () => {
  const sum: Derivation = { kind: 'sum', parts: ['lansia', 'disabilitas', 'anak'] };
  it('adds every part', () => {
    expect(deriveRealisasi(sum, { lansia: 120, disabilitas: 80, anak: 0 })).toEqual({ value: 200 });
  });
  it('one unknown part makes the sum unknown (not a silent undercount)', () => {
    expect(deriveRealisasi(sum, { lansia: 120, anak: 3 })).toEqual({
      value: null,
      reason: 'missing-component',
      component: 'disabilitas',
    });
  });
  it('a sum with no parts is a configuration error', () => {
    expect(() => deriveRealisasi({ kind: 'sum', parts: [] }, {})).toThrow(RangeError);
  });
  it('a sum equals the sum of its parts in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 26 }), (xs) => {
        const parts = xs.map((_, i) => `k${i}`);
        const components = Object.fromEntries(xs.map((x, i) => [`k${i}`, x]));
        expect(deriveRealisasi({ kind: 'sum', parts }, components).value).toBe(xs.reduce((s, x) => s + x, 0));
        expect(deriveRealisasi({ kind: 'sum', parts: [...parts].reverse() }, components).value).toBe(
          xs.reduce((s, x) => s + x, 0),
        );
      }),
    );
  });
});
