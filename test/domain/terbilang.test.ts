import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeTerbilang, terbilang, terbilangRupiah } from '../../src/domain/terbilang.ts';

const SEED = new URL('../../../shared/seeds/lkjip-2023-dinsos-limapuluhkota.txt', import.meta.url);
/** The 2023 report's text with markup removed and whitespace collapsed, to prove the quotes below are real. */
const seedText = readFileSync(SEED, 'utf8').replace(/\*/g, '').replace(/\s+/g, ' ');

// Words as printed in LKjIP 2023 Dinas Sosial Lima Puluh Kota (fixture inconsistencies ids 13 and 14).
const PRINTED_L81_MURNI =
  'Tujuh Milyar Dua Ratus Tiga Ribu Empat Ratus Sembilan Belas Ribu Sembilan Ratus Empat Puluh Lima Rupiah';
const PRINTED_L81_PERUBAHAN =
  'Enam Milyar Tujuh Ratus Tiga Puluh Tujuh Ribu Tiga Ratus Lima Puluh Tujuh Ribu Lima Ratus Sembilan Belas Rupiah';
const PRINTED_L83_REALISASI =
  'Enam Milyar Empat Ratus Dua Puluh Juta Dua Ratus Tujuh Puluh Enam Ribu Empat Ratus Tujuh Puluh Tujuh Rupiah';
const PRINTED_L762_PAGU =
  'Empat Ratus Empat Belas Juta Sembilan Ratus Enam Puluh Sembilan Ribu Empat Ratus Tiga Puluh Empat Rupiah';
const PRINTED_L762_REALISASI =
  'Empat Ratus Sebelas Ribu Delapan Ratus Lima Belas Ribu Delapan Ratus Lima Belas Rupiah';

describe('terbilang: the 2023 report amounts (LKjIP 2023 Lima Puluh Kota, lines 81-85, 762-766)', () => {
  it('the quoted printed words really are in the report', () => {
    for (const quote of [
      PRINTED_L81_MURNI,
      PRINTED_L81_PERUBAHAN,
      PRINTED_L83_REALISASI,
      PRINTED_L762_PAGU,
      PRINTED_L762_REALISASI,
    ]) {
      expect(seedText).toContain(quote);
    }
  });

  it('APBD murni 7.203.419.945 (L81, inconsistency 13): juta, not ribu', () => {
    expect(terbilang(7_203_419_945)).toBe(
      'tujuh miliar dua ratus tiga juta empat ratus sembilan belas ribu sembilan ratus empat puluh lima',
    );
    expect(normalizeTerbilang(PRINTED_L81_MURNI)).not.toBe(terbilang(7_203_419_945));
  });

  it('APBD perubahan 6.737.357.519 (L81 and L83-85, inconsistency 13)', () => {
    expect(terbilang(6_737_357_519)).toBe(
      'enam miliar tujuh ratus tiga puluh tujuh juta tiga ratus lima puluh tujuh ribu lima ratus sembilan belas',
    );
    expect(normalizeTerbilang(PRINTED_L81_PERUBAHAN)).not.toBe(terbilang(6_737_357_519));
  });

  it('realisasi 411.815.815 (L762-766, inconsistency 14)', () => {
    expect(terbilangRupiah(411_815_815)).toBe(
      'empat ratus sebelas juta delapan ratus lima belas ribu delapan ratus lima belas rupiah',
    );
    expect(normalizeTerbilang(PRINTED_L762_REALISASI)).not.toBe(terbilang(411_815_815));
  });

  it('the amounts the report spelled correctly compare equal after normalisation (L83, L762)', () => {
    expect(normalizeTerbilang(PRINTED_L83_REALISASI)).toBe(terbilang(6_420_276_477));
    expect(normalizeTerbilang(PRINTED_L762_PAGU)).toBe(terbilang(414_969_434));
  });
});

describe('terbilang: Indonesian number words', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [1_000, 'seribu'],
    [1_001, 'seribu satu'],
    [1_100, 'seribu seratus'],
    [2_000, 'dua ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [1_000_000_000, 'satu miliar'],
    [1_000_000_000_000, 'satu triliun'],
    [1_000_000_000_001, 'satu triliun satu'],
    [-1_500, 'minus seribu lima ratus'],
  ])('%d → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('covers the whole safe range', () => {
    expect(terbilang(Number.MAX_SAFE_INTEGER)).toBe(
      'sembilan kuadriliun tujuh triliun seratus sembilan puluh sembilan miliar dua ratus lima puluh empat juta ' +
        'tujuh ratus empat puluh ribu sembilan ratus sembilan puluh satu',
    );
  });

  it('refuses non-integers and unsafe integers with a RangeError', () => {
    expect(() => terbilang(1.5)).toThrow(RangeError);
    expect(() => terbilang(Number.NaN)).toThrow(RangeError);
    expect(() => terbilang(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => terbilang(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => terbilangRupiah(0.1)).toThrow(RangeError);
  });

  it('never says "satu ratus", "satu ribu" (for a lone thousand) or repeats a space', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const words = terbilang(n);
        expect(words).not.toMatch(/satu ratus|satu puluh|satu belas|^satu ribu| {2}/);
        expect(words).toBe(words.trim());
      }),
    );
  });

  it('is injective on a sample: different amounts get different words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (a, b) => {
          fc.pre(a !== b);
          expect(terbilang(a)).not.toBe(terbilang(b));
        },
      ),
    );
  });
});

describe('normalizeTerbilang', () => {
  it('lower-cases, reads milyar as miliar, collapses spaces and drops a trailing rupiah', () => {
    expect(normalizeTerbilang('  Tujuh   Milyar\n\nDua Ratus  Rupiah ')).toBe('tujuh miliar dua ratus');
    expect(normalizeTerbilang('(Satu Trilyun Rupiah),-')).toBe('satu triliun');
    expect(normalizeTerbilang('*Empat Ratus Sebelas Juta*')).toBe('empat ratus sebelas juta');
  });
  it('round-trips the words the product writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(normalizeTerbilang(terbilangRupiah(n).toUpperCase())).toBe(terbilang(n));
      }),
    );
  });
});
