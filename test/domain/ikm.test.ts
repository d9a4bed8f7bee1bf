import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IKM_UNSUR, IKM_WEIGHT, ikmFromResponses, ikmFromTotals, ikmGrade } from '../../src/domain/ikm.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../shared/fixtures/lkjip-2023-dinsos-limapuluhkota.json', import.meta.url),
    'utf8',
  ),
) as {
  ikm: {
    survey: { nilai_skm: { value: number }; mutu_pelayanan: string; kinerja_unit: string };
    realisasi_2022: number;
  };
};

/**
 * A worked example of PermenPANRB 14/2017 that can be checked by hand:
 * 10 respondents, unsur U1..U9 in columns.
 *
 *   totals   35   32   30   40   28   34   36   31   33   (Σ 299)
 *   NRR     3,5  3,2  3,0  4,0  2,8  3,4  3,6  3,1  3,3   (Σ 29,9)
 *   IKM   = Σ NRR × 1/9 = 29,9 / 9 = 3,32222…
 *   nilai = 3,32222… × 25 = 83,0555… → 83,06 → B (Baik), since 76,61 ≤ 83,06 ≤ 88,30
 *   with the printed weight 0,111: 29,9 × 0,111 = 3,3189; × 25 = 82,9725 → 82,97 (B)
 */
const RESPONSES: number[][] = [
  [4, 4, 4, 4, 3, 4, 4, 4, 4],
  [4, 4, 4, 4, 3, 4, 4, 3, 4],
  [4, 3, 3, 4, 3, 4, 4, 3, 4],
  [4, 3, 3, 4, 3, 4, 4, 3, 3],
  [4, 3, 3, 4, 3, 3, 4, 3, 3],
  [3, 3, 3, 4, 3, 3, 4, 3, 3],
  [3, 3, 3, 4, 3, 3, 3, 3, 3],
  [3, 3, 3, 4, 3, 3, 3, 3, 3],
  [3, 3, 3, 4, 2, 3, 3, 3, 3],
  [3, 3, 1, 4, 2, 3, 3, 3, 3],
];

describe('IKM: PermenPANRB 14/2017 worked example (10 respondents)', () => {
  const result = ikmFromResponses(RESPONSES);

  it('totals and NRR per unsur', () => {
    expect(result.respondents).toBe(10);
    expect(result.elements.map((e) => e.total)).toEqual([35, 32, 30, 40, 28, 34, 36, 31, 33]);
    expect(result.elements.map((e) => e.nrr)).toEqual([3.5, 3.2, 3, 4, 2.8, 3.4, 3.6, 3.1, 3.3]);
    expect(result.elements[0]!.nrrTertimbang).toBeCloseTo(3.5 / 9, 12);
    expect(result.elements.map((e) => e.unsur.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
  });

  it('IKM 29,9/9 = 3,3222…, nilai 83,0555… → 83,06, mutu B (Baik)', () => {
    expect(result.weight).toBe(IKM_WEIGHT);
    expect(result.ikm).toBeCloseTo(29.9 / 9, 12);
    expect(result.nilai).toBeCloseTo(83.05555555555556, 10);
    expect(roundHalfUp(result.nilai, 2)).toBe(83.06);
    expect(result.grade).toMatchObject({ mutu: 'B', kinerja: 'Baik' });
    const weighted = result.elements.reduce((s, e) => s + e.nrrTertimbang, 0);
    expect(weighted).toBeCloseTo(result.ikm, 12);
  });

  it("with the regulation's printed weight 0,111: 3,3189 → 82,97", () => {
    const printed = ikmFromResponses(RESPONSES, { weighting: 'regulation-0.111' });
    expect(printed.weight).toBe(0.111);
    expect(printed.ikm).toBeCloseTo(3.3189, 12);
    expect(roundHalfUp(printed.nilai, 2)).toBe(82.97);
    expect(printed.grade.mutu).toBe('B');
  });

  it('the same result from the per-unsur totals', () => {
    expect(ikmFromTotals([35, 32, 30, 40, 28, 34, 36, 31, 33], 10)).toEqual(result);
  });
});

describe('IKM in the 2023 report (LKjIP 2023 Lima Puluh Kota L1107, fixture key ikm)', () => {
  it('nilai SKM 87,84 → mutu B, kinerja unit Baik', () => {
    const { nilai_skm, mutu_pelayanan, kinerja_unit } = fixture.ikm.survey;
    expect(nilai_skm.value).toBe(87.84);
    expect(ikmGrade(nilai_skm.value)).toMatchObject({ mutu: mutu_pelayanan, kinerja: kinerja_unit });
    expect(ikmGrade(fixture.ikm.realisasi_2022).mutu).toBe('B'); // 86,19 in 2022
  });

  it('87,84 is the 1–4 index 3,5136 × 25; the unconverted index is refused (inconsistency 11)', () => {
    expect(roundHalfUp(87.84 / 25, 4)).toBe(3.5136);
    expect(() => ikmGrade(3.5136)).toThrow(/dikali 25/);
  });
});

describe('ikmGrade: PermenPANRB 14/2017 intervals A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99', () => {
  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.305, 'A', 'Sangat Baik'], // prints 88,31
    [88.3049, 'B', 'Baik'], // prints 88,30
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.605, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65, 'C', 'Kurang Baik'],
    [64.995, 'C', 'Kurang Baik'], // prints 65,00
    [64.99, 'D', 'Tidak Baik'],
    [25, 'D', 'Tidak Baik'],
    [24.975, 'D', 'Tidak Baik'], // all scores 1 with the printed weight 0,111
  ])('%d → %s (%s)', (nilai, mutu, kinerja) => {
    expect(ikmGrade(nilai)).toMatchObject({ mutu, kinerja });
  });

  it('refuses values off the 25–100 scale', () => {
    expect(() => ikmGrade(100.01)).toThrow(RangeError);
    expect(() => ikmGrade(24.9)).toThrow(RangeError);
    expect(() => ikmGrade(Number.NaN)).toThrow(RangeError);
  });
});

describe('IKM validation', () => {
  it('names the 9 unsur of PermenPANRB 14/2017', () => {
    expect(IKM_UNSUR.map((u) => u.name)).toEqual([
      'Persyaratan',
      'Sistem, Mekanisme, dan Prosedur',
      'Waktu Penyelesaian',
      'Biaya/Tarif',
      'Produk Spesifikasi Jenis Pelayanan',
      'Kompetensi Pelaksana',
      'Perilaku Pelaksana',
      'Penanganan Pengaduan, Saran dan Masukan',
      'Sarana dan Prasarana',
    ]);
  });

  it('a score outside 1..4 names the respondent and the unsur', () => {
    const bad = RESPONSES.map((r) => [...r]);
    bad[2]![7] = 5;
    expect(() => ikmFromResponses(bad)).toThrow(
      'responden ke-3, unsur U8 (Penanganan Pengaduan, Saran dan Masukan): nilai 5 harus bilangan bulat 1 sampai 4',
    );
    bad[2]![7] = 3.5;
    expect(() => ikmFromResponses(bad)).toThrow(/responden ke-3, unsur U8/);
    bad[2]![7] = 0;
    expect(() => ikmFromResponses(bad)).toThrow(/responden ke-3, unsur U8/);
  });

  it('a response with the wrong number of scores names the respondent', () => {
    expect(() => ikmFromResponses([...RESPONSES, [4, 4, 4]])).toThrow(
      'responden ke-11: ada 3 nilai unsur, seharusnya 9',
    );
  });

  it('refuses an empty survey and impossible totals', () => {
    expect(() => ikmFromResponses([])).toThrow(RangeError);
    expect(() => ikmFromTotals([35, 32, 30, 40, 28, 34, 36, 31], 10)).toThrow(/seharusnya 9/);
    expect(() => ikmFromTotals([35, 32, 30, 41, 28, 34, 36, 31, 33], 10)).toThrow(
      /unsur U4 \(Biaya\/Tarif\)/,
    );
    expect(() => ikmFromTotals([35, 32, 30, 40, 28, 34, 36, 31, 9], 10)).toThrow(/unsur U9/);
    expect(() => ikmFromTotals([35, 32, 30, 40, 28, 34, 36, 31, 33], 0)).toThrow(/responden/);
  });

  it('property: responses and their column totals agree; the value stays within 25..100', () => {
    const response = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 60 }), (responses) => {
        const fromResponses = ikmFromResponses(responses);
        const totals = IKM_UNSUR.map((_, u) => responses.reduce((s, r) => s + r[u]!, 0));
        expect(ikmFromTotals(totals, responses.length)).toEqual(fromResponses);
        expect(fromResponses.nilai).toBeGreaterThanOrEqual(25);
        expect(fromResponses.nilai).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('the extremes: all 4 is exactly 100 (A), all 1 is exactly 25 (D)', () => {
    expect(ikmFromResponses([Array<number>(9).fill(4)])).toMatchObject({
      ikm: 4,
      nilai: 100,
      grade: { mutu: 'A' },
    });
    expect(ikmFromResponses([Array<number>(9).fill(1)])).toMatchObject({
      ikm: 1,
      nilai: 25,
      grade: { mutu: 'D' },
    });
  });
});
