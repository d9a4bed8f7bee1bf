import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeEfficiency, EFFICIENCY_REASON_TEXT } from '../../src/domain/efficiency.ts';
import { absorptionPercent } from '../../src/domain/budget-rollup.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

type Row = {
  line: number;
  anggaran_perubahan: number | null;
  realisasi: number | null;
  keterangan: string;
  kegiatan?: Row[];
  sub_kegiatan?: Row[];
};
const fixture = JSON.parse(
  readFileSync(
    new URL('../../../shared/fixtures/lkjip-2023-dinsos-limapuluhkota.json', import.meta.url),
    'utf8',
  ),
) as { budget: { tabel_3_7: { tree: Row[] } } };
const rows: Row[] = [];
const collect = (r: Row): void => {
  rows.push(r);
  [...(r.kegiatan ?? []), ...(r.sub_kegiatan ?? [])].forEach(collect);
};
fixture.budget.tabel_3_7.tree.forEach(collect);
const rowAt = (line: number): Row => rows.find((r) => r.line === line)!;
const serapanOf = (r: Row): number => absorptionPercent(r.realisasi!, r.anggaran_perubahan!)!;

describe('efficiency in the 2023 report (LKjIP 2023 Lima Puluh Kota, fixture inconsistency 24)', () => {
  it('overall: capaian 104,07 % (L466) against serapan 95,29 % (L86) is efisien, +8,78 points, ratio 109,21 %', () => {
    const e = computeEfficiency(104.07, 95.29);
    expect(e.category).toBe('efisien');
    expect(roundHalfUp(e.index!, 2)).toBe(8.78);
    expect(roundHalfUp(e.ratio! * 100, 2)).toBe(109.21);
    expect(e.reasons).toEqual([]);
  });

  it("Tabel 3.7 prints 'Efisiensi' on every funded row (L1126-1186) though no row has a capaian to judge it by", () => {
    const funded = rows.filter((r) => (r.anggaran_perubahan ?? 0) > 0);
    expect(funded.length).toBeGreaterThan(30);
    for (const r of funded) {
      expect(r.keterangan).toBe('Efisiensi');
      const e = computeEfficiency(null, serapanOf(r));
      expect(e.category).toBe('tidak dapat dinilai');
      expect(e.reasons).toEqual(['capaian-tidak-diketahui']);
    }
  });

  it('with the same label at 26,09 % (L1179) and 100 % (L1136) absorption, only a capaian decides', () => {
    const low = serapanOf(rowAt(1179)); // 3.945.000 / 15.120.000
    const full = serapanOf(rowAt(1136)); // 3.532.000 / 3.532.000
    expect(roundHalfUp(low, 2)).toBe(26.09);
    expect(full).toBe(100);
    expect(computeEfficiency(100, low).category).toBe('efisien');
    expect(computeEfficiency(100, full)).toMatchObject({ category: 'efisien', index: 0, ratio: 1 });
    expect(computeEfficiency(20, low)).toMatchObject({
      category: 'tidak efisien',
      reasons: ['capaian-di-bawah-target', 'capaian-di-bawah-serapan'],
    });
    expect(computeEfficiency(99.99, full).reasons).toEqual([
      'capaian-di-bawah-target',
      'capaian-di-bawah-serapan',
    ]);
  });
});

describe('computeEfficiency: the rule and its edges', () => {
  it('index < 0 is tidak efisien even with the target level met and the budget kept', () => {
    expect(computeEfficiency(90, 95, { threshold: 85 })).toMatchObject({
      category: 'tidak efisien',
      index: -5,
      reasons: ['capaian-di-bawah-serapan'],
    });
    expect(computeEfficiency(100, 100).category).toBe('efisien');
    expect(computeEfficiency(110, 115)).toMatchObject({
      category: 'tidak efisien',
      reasons: ['serapan-melebihi-pagu', 'capaian-di-bawah-serapan'],
    });
  });

  it('fills the gaps of the three conditions: target not met with index ≥ 0, and spending above pagu', () => {
    expect(computeEfficiency(90, 80)).toMatchObject({
      category: 'tidak efisien',
      reasons: ['capaian-di-bawah-target'],
    });
    expect(computeEfficiency(130, 105)).toMatchObject({
      category: 'tidak efisien',
      reasons: ['serapan-melebihi-pagu'],
    });
  });

  it('accepts another target level as the threshold', () => {
    expect(computeEfficiency(90, 80, { threshold: 85 }).category).toBe('efisien');
    expect(computeEfficiency(84.99, 80, { threshold: 85 }).category).toBe('tidak efisien');
    expect(computeEfficiency(90, 80, { threshold: 85 }).threshold).toBe(85);
  });

  it('nothing spent: index is capaian, ratio is undefined (null)', () => {
    expect(computeEfficiency(100, 0)).toMatchObject({ category: 'efisien', index: 100, ratio: null });
  });

  it('unknown inputs cannot be judged, and say which is missing', () => {
    expect(computeEfficiency(null, null)).toMatchObject({
      category: 'tidak dapat dinilai',
      index: null,
      ratio: null,
      reasons: ['capaian-tidak-diketahui', 'serapan-tidak-diketahui'],
    });
    expect(computeEfficiency(100, null).reasons).toEqual(['serapan-tidak-diketahui']);
    expect(EFFICIENCY_REASON_TEXT['serapan-tidak-diketahui']).toBe('serapan anggaran belum diketahui');
  });

  it('refuses non-numbers and negative absorption', () => {
    expect(() => computeEfficiency(Number.NaN, 50)).toThrow(RangeError);
    expect(() => computeEfficiency(100, -1)).toThrow(RangeError);
    expect(() => computeEfficiency(100, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => computeEfficiency(100, 50, { threshold: Number.NaN })).toThrow(RangeError);
  });

  it('property: efisien exactly when capaian ≥ 100, serapan ≤ 100 and index ≥ 0', () => {
    const pct = fc.double({ min: -50, max: 200, noNaN: true });
    fc.assert(
      fc.property(pct, fc.double({ min: 0, max: 200, noNaN: true }), (capaian, serapan) => {
        const e = computeEfficiency(capaian, serapan);
        const efisien = capaian >= 100 && serapan <= 100 && capaian - serapan >= 0;
        expect(e.category).toBe(efisien ? 'efisien' : 'tidak efisien');
        expect(e.index).toBe(capaian - serapan);
        if (e.index! < 0) expect(e.category).toBe('tidak efisien');
      }),
    );
  });
});
