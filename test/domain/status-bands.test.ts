import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_STATUS_BANDS, statusOf, validateStatusBands } from '../../src/domain/status-bands.ts';

describe('statusOf: dashboard bands, separate from the predikat scales (DOMAIN.md §3)', () => {
  it('default bands are green from 90, yellow from 75', () => {
    expect(DEFAULT_STATUS_BANDS).toEqual({ greenFrom: 90, yellowFrom: 75 });
  });
  it('LKjIP 2023 Lima Puluh Kota Tabel 3.2 capaian 100,72 / 112,23 are green', () => {
    expect(statusOf(100.72)).toBe('green');
    expect(statusOf(112.23)).toBe('green');
  });
  it('the poverty rate scored correctly (78,73, DOMAIN.md §2) is yellow, not green as 121,27 would be', () => {
    expect(statusOf(78.73)).toBe('yellow');
    expect(statusOf(121.27)).toBe('green');
  });
  it('edges belong to the higher band: 90 green, 75 yellow, 74,99 red, 0 red', () => {
    expect(statusOf(90)).toBe('green');
    expect(statusOf(75)).toBe('yellow');
    expect(statusOf(74.99)).toBe('red');
    expect(statusOf(0)).toBe('red');
  });
  it('bands follow the value as printed (DOMAIN.md §2 rounding): 89,999999999999 prints as 90,00 and is green', () => {
    expect(statusOf(89.999999999999)).toBe('green');
    expect(statusOf(89.994)).toBe('yellow');
  });
  it('a capaian that cannot be measured (null) is unknown, never red', () => {
    expect(statusOf(null)).toBe('unknown');
  });
  it('custom bands, and invalid bands refused', () => {
    expect(statusOf(96, { greenFrom: 100, yellowFrom: 95 })).toBe('yellow');
    expect(() => statusOf(96, { greenFrom: 75, yellowFrom: 90 })).toThrow(RangeError);
  });
  it('status never gets worse as capaian rises (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (a, b) => {
          const rank = { red: 0, yellow: 1, green: 2, unknown: -1 } as const;
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(rank[statusOf(lo)]).toBeLessThanOrEqual(rank[statusOf(hi)]);
        },
      ),
    );
  });
});

describe('validateStatusBands', () => {
  it('accepts the defaults and a two-colour setup (yellowFrom = greenFrom)', () => {
    expect(validateStatusBands(DEFAULT_STATUS_BANDS)).toEqual([]);
    expect(validateStatusBands({ greenFrom: 80, yellowFrom: 80 })).toEqual([]);
  });
  it('lists each problem: reversed order, not a number, negative', () => {
    expect(validateStatusBands({ greenFrom: 75, yellowFrom: 90 })).toHaveLength(1);
    expect(validateStatusBands({ greenFrom: Number.NaN, yellowFrom: -1 })).toHaveLength(2);
  });
});
