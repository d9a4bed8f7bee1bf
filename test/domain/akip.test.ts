import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AKIP_COMPONENTS, akipGrade, akipSubComponentWeights, computeAkip } from '../../src/domain/akip.ts';
import type { AkipInput } from '../../src/domain/akip.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../shared/fixtures/lkjip-2023-dinsos-limapuluhkota.json', import.meta.url),
    'utf8',
  ),
) as {
  akip_evaluation: {
    nilai: { value: number };
    predikat: string;
    predikat_meaning_printed: string;
    previous_year: { value: number };
    target: number;
  };
};
const evaluation = fixture.akip_evaluation;

describe('AKIP in the 2023 report (LKjIP 2023 Lima Puluh Kota L1052-1064, fixture key akip_evaluation)', () => {
  it('nilai AKIP 72,95 → BB, Sangat Baik, as the Inspektorat printed', () => {
    expect(evaluation.nilai.value).toBe(72.95);
    const grade = akipGrade(evaluation.nilai.value);
    expect(grade.predikat).toBe(evaluation.predikat);
    expect(grade.interpretasi).toBe('Sangat Baik');
    expect(evaluation.predikat_meaning_printed.startsWith(grade.interpretasi)).toBe(true);
  });

  it('2022 (71,16) was BB as well; the target 65 is a B', () => {
    expect(akipGrade(evaluation.previous_year.value).predikat).toBe('BB');
    expect(akipGrade(evaluation.target).predikat).toBe('B');
  });

  it('a component breakdown that adds up to 72,95 grades BB (the report prints no breakdown; this one is illustrative)', () => {
    const result = computeAkip({
      perencanaan: { score: 22.5 },
      pengukuran: { percentOfWeight: 70 }, // 21
      pelaporan: { score: 11.25 },
      evaluasi: { score: 18.2 },
    });
    expect(result.components.map((c) => c.score)).toEqual([22.5, 21, 11.25, 18.2]);
    expect(roundHalfUp(result.score, 2)).toBe(72.95);
    expect(result.grade.predikat).toBe('BB');
    expect(result.components[2]!.percentOfWeight).toBe(75);
  });
});

describe('PermenPANRB 88/2021 components and predikat', () => {
  it('components weigh 30, 30, 15, 25 and add up to 100', () => {
    expect(AKIP_COMPONENTS.map((c) => [c.name, c.weight])).toEqual([
      ['Perencanaan Kinerja', 30],
      ['Pengukuran Kinerja', 30],
      ['Pelaporan Kinerja', 15],
      ['Evaluasi Akuntabilitas Kinerja Internal', 25],
    ]);
    expect(AKIP_COMPONENTS.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it.each([
    [100, 'AA', 'Sangat Memuaskan'],
    [90.01, 'AA', 'Sangat Memuaskan'],
    [90.005, 'AA', 'Sangat Memuaskan'], // prints 90,01
    [90.004, 'A', 'Memuaskan'], // prints 90,00
    [90, 'A', 'Memuaskan'],
    [80.01, 'A', 'Memuaskan'],
    [80, 'BB', 'Sangat Baik'],
    [70.01, 'BB', 'Sangat Baik'],
    [70, 'B', 'Baik'],
    [60.01, 'B', 'Baik'],
    [60, 'CC', 'Cukup'],
    [50.01, 'CC', 'Cukup'],
    [50, 'C', 'Kurang'],
    [30.01, 'C', 'Kurang'],
    [30, 'D', 'Sangat Kurang'],
    [0, 'D', 'Sangat Kurang'],
  ])('%d → %s (%s)', (score, predikat, interpretasi) => {
    expect(akipGrade(score)).toMatchObject({ predikat, interpretasi });
  });

  it('refuses scores off the 0–100 scale', () => {
    expect(() => akipGrade(100.01)).toThrow(RangeError);
    expect(() => akipGrade(-0.01)).toThrow(RangeError);
    expect(() => akipGrade(Number.NaN)).toThrow(RangeError);
  });

  it('property: the predikat never gets worse as the score rises', () => {
    const order = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(akipGrade(lo).predikat)).toBeLessThanOrEqual(
            order.indexOf(akipGrade(hi).predikat),
          );
        },
      ),
    );
  });
});

describe('computeAkip: sub-components and validation', () => {
  const full: AkipInput = {
    perencanaan: { score: 30 },
    pengukuran: { score: 30 },
    pelaporan: { score: 15 },
    evaluasi: { score: 25 },
  };

  it('sub-component weights are 20/30/50 % of the component: Perencanaan 6, 9, 15; Pelaporan 3, 4,5, 7,5', () => {
    expect(akipSubComponentWeights('perencanaan')).toEqual([
      { name: 'Pemenuhan', weight: 6 },
      { name: 'Kualitas', weight: 9 },
      { name: 'Pemanfaatan', weight: 15 },
    ]);
    expect(akipSubComponentWeights('pelaporan').map((s) => s.weight)).toEqual([3, 4.5, 7.5]);
    expect(akipSubComponentWeights('evaluasi').map((s) => s.weight)).toEqual([5, 7.5, 12.5]);
  });

  it('a component scored by sub-components is their sum', () => {
    const result = computeAkip({
      ...full,
      perencanaan: {
        subComponents: [
          { name: 'Pemenuhan', weight: 6, score: 5.5 },
          { name: 'Kualitas', weight: 9, score: 6.75 },
          { name: 'Pemanfaatan', weight: 15, score: 10 },
        ],
      },
    });
    expect(result.components[0]!.score).toBe(22.25);
    expect(result.components[0]!.subComponents).toHaveLength(3);
    expect(result.score).toBe(92.25);
    expect(result.grade.predikat).toBe('AA');
  });

  it('full marks are 100 (AA); nothing is 0 (D)', () => {
    expect(computeAkip(full)).toMatchObject({ score: 100, grade: { predikat: 'AA' } });
    const none = computeAkip({
      perencanaan: { percentOfWeight: 0 },
      pengukuran: { percentOfWeight: 0 },
      pelaporan: { percentOfWeight: 0 },
      evaluasi: { percentOfWeight: 0 },
    });
    expect(none).toMatchObject({ score: 0, grade: { predikat: 'D' } });
  });

  it('refuses a score above the component weight, naming the component', () => {
    expect(() => computeAkip({ ...full, pelaporan: { score: 16 } })).toThrow(
      'komponen Pelaporan Kinerja (bobot 15): nilai 16 harus di antara 0 dan 15',
    );
    expect(() => computeAkip({ ...full, evaluasi: { percentOfWeight: 101 } })).toThrow(
      /Evaluasi Akuntabilitas Kinerja Internal/,
    );
    expect(() => computeAkip({ ...full, perencanaan: { score: -1 } })).toThrow(RangeError);
  });

  it('refuses sub-component weights that do not add up and scores above a sub weight', () => {
    expect(() =>
      computeAkip({
        ...full,
        pengukuran: {
          subComponents: [
            { name: 'Pemenuhan', weight: 6, score: 6 },
            { name: 'Kualitas', weight: 9, score: 9 },
          ],
        },
      }),
    ).toThrow('komponen Pengukuran Kinerja (bobot 30): jumlah bobot sub komponen 15, seharusnya 30');
    expect(() =>
      computeAkip({
        ...full,
        pengukuran: {
          subComponents: [
            { name: 'Pemenuhan', weight: 6, score: 7 },
            { name: 'Kualitas', weight: 9, score: 9 },
            { name: 'Pemanfaatan', weight: 15, score: 15 },
          ],
        },
      }),
    ).toThrow(/sub komponen Pemenuhan: nilai 7/);
  });

  it('refuses a missing component', () => {
    const partial = {
      perencanaan: { score: 1 },
      pengukuran: { score: 1 },
      pelaporan: { score: 1 },
    } as unknown as AkipInput;
    expect(() => computeAkip(partial)).toThrow(
      'komponen Evaluasi Akuntabilitas Kinerja Internal (bobot 25): belum dinilai',
    );
  });
});
