import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatNumber,
  formatPercent,
  formatRupiah,
  parseNumber,
  parseRupiah,
  roundHalfUp,
  roundedDecimalText,
} from '../../src/domain/numbers.ts';

const value = (text: string) => {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('parseNumber: what the reports print', () => {
  it('reads Indonesian notation (LKjIP 2023 Lima Puluh Kota, Tabel 3.7)', () => {
    expect(value('1.234.567,89')).toBe(1234567.89);
    expect(value('6.737.357.519')).toBe(6737357519);
    expect(value('74,53 %')).toBe(74.53);
    expect(value('74,53%')).toBe(74.53);
    expect(value('Rp. 7.203.419.945,-')).toBe(7203419945);
    expect(value('Rp 1.234.567')).toBe(1234567);
    expect(value('7.500')).toBe(7500);
  });
  it('reads plain notation', () => {
    expect(value('74.53')).toBe(74.53);
    expect(value('1234567')).toBe(1234567);
    expect(value('0.500')).toBe(0.5);
    expect(value('-12,5')).toBe(-12.5);
  });
  it('keeps the printed precision', () => {
    const r = parseNumber('104,07');
    expect(r.ok && r.decimals).toBe(2);
    const s = parseNumber('100');
    expect(s.ok && s.decimals).toBe(0);
  });
  it('refuses malformed numbers with a reason instead of guessing', () => {
    for (const bad of ['41.600.00', '1,234.5', '1.2.3', '12,3,4', '', 'abc', '12a', '.5', '5,', 'Rp']) {
      const r = parseNumber(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }
  });
  it('money must be whole Rupiah', () => {
    expect(parseRupiah('1.000,50').ok).toBe(false);
    expect(parseRupiah('99999999999999999').ok).toBe(false);
    expect(parseRupiah('Rp. 41.600.000,-')).toEqual({ ok: true, value: 41600000, decimals: 0 });
  });
});

describe('roundHalfUp: exact decimal rounding (ARCHITECTURE.md, Money)', () => {
  it('rounds 100.725 up, where toFixed rounds it down', () => {
    expect((100.725).toFixed(2)).toBe('100.72');
    expect(roundHalfUp(100.725, 2)).toBe(100.73);
    expect(roundedDecimalText(100.725, 2)).toBe('100.73');
  });
  it('rounds the 2023 capaian as printed (Tabel 3.2)', () => {
    expect(roundedDecimalText((74.53 / 74) * 100, 2)).toBe('100.72');
    expect(roundedDecimalText((72.95 / 65) * 100, 2)).toBe('112.23');
    expect(roundedDecimalText(99.995, 2)).toBe('100.00');
    expect(roundedDecimalText(-0.001, 2)).toBe('0.00');
    expect(roundedDecimalText(-1.005, 2)).toBe('-1.01');
  });
  it('never moves a value by more than half a step (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        expect(Math.abs(roundHalfUp(x, 2) - x)).toBeLessThanOrEqual(0.005 + 1e-6);
      }),
    );
  });
});

describe('formatting in id-ID', () => {
  it('formats numbers, percentages and Rupiah', () => {
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(6420276477)).toBe('6.420.276.477');
    expect(formatNumber(95.2939, { decimals: 2 })).toBe('95,29');
    expect(formatNumber(1234.5, { locale: 'en', decimals: 2 })).toBe('1,234.50');
    expect(formatPercent(104.0736)).toBe('104,07 %');
    expect(formatRupiah(6737357519)).toBe('Rp 6.737.357.519');
    expect(() => formatRupiah(1.5)).toThrow();
  });
  it('parses what it formats (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (i, c) => {
        const x = i + c / 100;
        expect(value(formatNumber(x, { decimals: 2 }))).toBeCloseTo(x, 2);
      }),
    );
  });
});
