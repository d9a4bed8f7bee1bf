import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  measureAgencyYear,
  type AgencyYearMeasurement,
} from '../../../src/services/measure/measure-agency-year.ts';
import * as s from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { addPkVersion, contextFor, seedMeasureAgency, type MeasureAgency } from './measure-fixtures.ts';

let t: TestDatabase;
let seed: MeasureAgency;
beforeAll(async () => {
  t = await createTestDatabase();
  seed = await seedMeasureAgency(t.db);
});
afterAll(async () => t.close());

const operator = () =>
  contextFor(t.db, { role: 'operator', regionId: seed.region.id, agencyId: seed.agency.id });
const evaluator = () => contextFor(t.db, { role: 'evaluator', regionId: seed.region.id });

function indicator(m: AgencyYearMeasurement, code: string) {
  const found = m.sasaran.flatMap((x) => x.indicators).find((i) => i.code === code);
  if (!found) throw new Error(`indicator ${code} not measured`);
  return found;
}

// Hand-computed: I1 = 110 / 100 × 100; I2 (negative) = (2 × 5,5 − 6,67) / 5,5 × 100 = 78,7272…
const I1 = (110 / 100) * 100; // 110.00000000000001 in binary floats, as the engine computes it
const I2 = ((2 * 5.5 - 6.67) / 5.5) * 100;
const S1 = (I1 + I2) / 2;
const P1_SERAPAN = (140_000_000 * 100) / 170_000_000;

describe('measureAgencyYear: the numbers', () => {
  it('measures each indicator, sasaran and the agency through the domain, at full precision', async () => {
    const m = await measureAgencyYear(operator(), { agencyId: seed.agency.id, year: 2024 });
    expect(m.agency).toMatchObject({
      id: seed.agency.id,
      name: 'Dinas Sosial',
      regionName: 'Kabupaten Ukur 1',
    });
    expect(m.renstra).toMatchObject({ startYear: 2021, endYear: 2026 });
    expect(m.pk).toBeNull();
    expect(m.settings).toMatchObject({
      source: 'default',
      scale: { id: 'permendagri-86-2017' },
      aggregation: 'mean',
      negativeFormula: 'two-minus-ratio',
      cap: null,
    });

    const i1 = indicator(m, 'I1');
    expect(i1).toMatchObject({
      target: { kind: 'value', value: 100 },
      realisasi: 110,
      capaian: I1,
      predikat: { label: 'Sangat Tinggi' },
      status: 'green',
      targetSource: 'renstra',
      isIku: true,
      periodAggregation: 'cumulative',
      periods: { periodKind: 'quarter', periodsReported: 4, periodsExpected: 4, complete: true },
      previousYear: { year: 2024, previousYear: 2023, change: 20, improved: true },
      endTarget: { endTarget: 120, realisasi: 110, progressPercent: 75, reached: false, gap: 10 },
    });
    expect(i1.previousYear?.changePercent).toBe((20 / 90) * 100);
    expect(i1.history).toEqual([{ year: 2023, target: 95, realisasi: 90, capaian: (90 / 95) * 100 }]);

    const i2 = indicator(m, 'I2');
    expect(i2).toMatchObject({
      polarity: 'negative',
      target: { kind: 'value', value: 5.5 },
      realisasi: 6.67,
      predikat: { label: 'Tinggi' },
      status: 'yellow',
      periods: { periodKind: 'year', complete: true },
    });
    expect(i2.capaian).toBe(I2);
    expect(i2.capaian).toBeCloseTo(78.727272727, 8);

    const i3 = indicator(m, 'I3');
    expect(i3).toMatchObject({
      realisasi: null,
      capaian: null,
      reason: 'missing-realisasi',
      predikat: null,
      status: 'unknown',
      periods: { periodKind: null, periodsReported: 0, periodsExpected: 4, complete: false },
    });

    expect(m.sasaran.map((x) => [x.code, x.capaian, x.count, x.predikat?.label ?? null])).toEqual([
      ['S1', S1, 2, 'Sangat Tinggi'],
      ['S2', null, 0, null],
    ]);
    expect(m.overall).toEqual({
      capaian: S1,
      predikat: { label: 'Sangat Tinggi', labelEn: 'Very High' },
      count: 2,
      excluded: 1,
    });
    expect(m.predikatCounts.map((c) => [c.label, c.count])).toEqual([
      ['Sangat Tinggi', 1],
      ['Tinggi', 1],
      ['Sedang', 0],
      ['Rendah', 0],
      ['Sangat Rendah', 0],
    ]);
    expect({
      unmeasured: m.unmeasured,
      missing: m.missingRealisasi,
      incomplete: m.incomplete,
      n: m.indicatorCount,
    }).toEqual({
      unmeasured: 1,
      missing: 1,
      incomplete: 0,
      n: 3,
    });
  });

  it('rolls the budget tree up (revised pagu where revised) and compares capaian with serapan per sasaran', async () => {
    const m = await measureAgencyYear(operator(), { agencyId: seed.agency.id, year: 2024 });
    expect(m.budget).toMatchObject({
      pagu: 250_000_000,
      paguMurni: 230_000_000,
      realisasi: 160_000_000,
      persen: 64,
      sisa: 90_000_000,
    });
    const [p1, p2] = m.budget!.items;
    expect(p1).toMatchObject({
      code: '1.06.04',
      pagu: 170_000_000,
      paguMurni: 150_000_000,
      realisasi: 140_000_000,
    });
    expect(p1!.persen).toBe(P1_SERAPAN);
    expect(
      p1!.children[0]!.children.map((c) => [c.code, c.pagu, c.paguMurni, c.realisasi, c.persen]),
    ).toEqual([
      ['1.06.04.2.01.0001', 120_000_000, 100_000_000, 90_000_000, 75],
      ['1.06.04.2.01.0002', 50_000_000, 50_000_000, 50_000_000, 100],
    ]);
    expect(p2).toMatchObject({ code: '1.06.05', pagu: 80_000_000, realisasi: 20_000_000, persen: 25 });

    const [s1, s2] = m.sasaran;
    expect(s1!.programs.map((p) => p.code)).toEqual(['1.06.04']);
    expect(s1!.efficiency).toEqual({
      category: 'tidak efisien',
      capaian: S1,
      serapan: P1_SERAPAN,
      index: S1 - P1_SERAPAN,
      ratio: S1 / P1_SERAPAN,
      threshold: 100,
      reasons: ['capaian-di-bawah-target'],
    });
    expect(s2!.efficiency).toMatchObject({
      category: 'tidak dapat dinilai',
      serapan: 25,
      reasons: ['capaian-tidak-diketahui'],
    });
  });
});

describe('measureAgencyYear: who may read, and drafts', () => {
  it("refuses a foreign agency's operator, allows the region's evaluator", async () => {
    const foreignOperator = contextFor(t.db, {
      role: 'operator',
      regionId: seed.region.id,
      agencyId: seed.foreign.id,
    });
    await expect(
      measureAgencyYear(foreignOperator, { agencyId: seed.agency.id, year: 2024 }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const otherRegion = contextFor(t.db, {
      role: 'evaluator',
      regionId: '00000000-0000-4000-8000-000000000009',
    });
    await expect(
      measureAgencyYear(otherRegion, { agencyId: seed.agency.id, year: 2024 }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const m = await measureAgencyYear(evaluator(), { agencyId: seed.agency.id, year: 2024 });
    expect(m.overall.capaian).toBe(S1);
    expect(m.includesDrafts).toBe(false);
  });

  it('names the bad field; an unknown agency is not found', async () => {
    await expect(measureAgencyYear(operator(), { agencyId: 'dinsos', year: '2024' })).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'agencyId' }, { path: 'year' }],
    });
    await expect(
      measureAgencyYear(evaluator(), { agencyId: '00000000-0000-4000-8000-000000000000', year: 2024 }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it("counts drafts for the agency's own users only", async () => {
    const [draft] = await t.db
      .insert(s.realisation)
      .values({
        agencyId: seed.agency.id,
        indicatorId: seed.i3.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 1,
        value: '60',
      })
      .returning();
    try {
      const own = await measureAgencyYear(operator(), { agencyId: seed.agency.id, year: 2024 });
      expect(own.includesDrafts).toBe(true);
      expect(indicator(own, 'I3')).toMatchObject({
        realisasi: 60,
        capaian: 80,
        periods: { periodsReported: 1, periodsExpected: 4, complete: false },
      });
      expect(own.incomplete).toBe(1);
      const ownWithout = await measureAgencyYear(operator(), {
        agencyId: seed.agency.id,
        year: 2024,
        includeDrafts: false,
      });
      expect(indicator(ownWithout, 'I3').realisasi).toBeNull();
      const other = await measureAgencyYear(evaluator(), { agencyId: seed.agency.id, year: 2024 });
      expect(indicator(other, 'I3').realisasi).toBeNull();
      await expect(
        measureAgencyYear(evaluator(), { agencyId: seed.agency.id, year: 2024, includeDrafts: true }),
      ).rejects.toMatchObject({ code: 'forbidden' });
    } finally {
      await t.db.delete(s.realisation).where(eq(s.realisation.id, draft!.id));
    }
  });
});

describe('measureAgencyYear: targets of the signed PK', () => {
  it('a signed PK target overrides the Renstra target; a perubahan replaces the original; drafts do not count', async () => {
    await addPkVersion(t.db, seed, {
      year: 2024,
      number: 1,
      targets: [{ indicatorId: seed.i1.id, value: '88' }],
    });
    let m = await measureAgencyYear(evaluator(), { agencyId: seed.agency.id, year: 2024 });
    expect(m.pk).toMatchObject({ number: 1, kind: 'original', signedOn: '2024-01-20' });
    expect(indicator(m, 'I1')).toMatchObject({
      target: { value: 88 },
      targetSource: 'pk',
      capaian: (110 / 88) * 100,
    });
    // not in the PK: the Renstra target stays
    expect(indicator(m, 'I2')).toMatchObject({ targetSource: 'renstra', capaian: I2 });

    await addPkVersion(t.db, seed, {
      year: 2024,
      number: 2,
      targets: [{ indicatorId: seed.i1.id, value: '110' }],
    });
    await addPkVersion(t.db, seed, {
      year: 2024,
      number: 3,
      targets: [{ indicatorId: seed.i1.id, value: '200' }],
      status: 'draft',
    });
    m = await measureAgencyYear(evaluator(), { agencyId: seed.agency.id, year: 2024 });
    expect(m.pk).toMatchObject({ number: 2, kind: 'perubahan' });
    expect(indicator(m, 'I1')).toMatchObject({ target: { value: 110 }, targetSource: 'pk', capaian: 100 });
    expect(m.overall.capaian).toBe((100 + I2) / 2);
  });
});

describe('measureAgencyYear: realisations derived from components', () => {
  it('computes the realisation from the components the formula names, per period, then rolls up', async () => {
    const [ind] = await t.db
      .insert(s.indicator)
      .values({
        agencyId: seed.agency.id,
        renstraPeriodId: seed.renstra.id,
        sasaranStrategisId: seed.s2.id,
        code: 'I4',
        name: 'Persentase PPKS tertangani',
        formula: 'served / total × 100',
        unit: '%',
        polarity: 'positive',
        periodAggregation: 'last',
        sortOrder: 2,
      })
      .returning();
    const [served, total] = await t.db
      .insert(s.indicatorComponent)
      .values([
        {
          agencyId: seed.agency.id,
          indicatorId: ind!.id,
          code: 'served',
          name: 'PPKS tertangani',
          sortOrder: 1,
        },
        { agencyId: seed.agency.id, indicatorId: ind!.id, code: 'total', name: 'Jumlah PPKS', sortOrder: 2 },
      ])
      .returning();
    await t.db
      .insert(s.indicatorTarget)
      .values({ agencyId: seed.agency.id, indicatorId: ind!.id, year: 2024, value: '80' });
    const rows = await t.db
      .insert(s.realisation)
      .values(
        [1, 2].map((periodNo) => ({
          agencyId: seed.agency.id,
          indicatorId: ind!.id,
          year: 2024,
          periodKind: 'semester' as const,
          periodNo,
          // typed value left empty (TW) or wrong: the components decide
          value: periodNo === 1 ? null : '99',
          status: 'submitted' as const,
        })),
      )
      .returning();
    await t.db.insert(s.realisationComponent).values([
      {
        agencyId: seed.agency.id,
        realisationId: rows[0]!.id,
        indicatorComponentId: served!.id,
        value: '300',
      },
      { agencyId: seed.agency.id, realisationId: rows[0]!.id, indicatorComponentId: total!.id, value: '800' },
      {
        agencyId: seed.agency.id,
        realisationId: rows[1]!.id,
        indicatorComponentId: served!.id,
        value: '625',
      },
      { agencyId: seed.agency.id, realisationId: rows[1]!.id, indicatorComponentId: total!.id, value: '800' },
    ]);
    const m = await measureAgencyYear(evaluator(), { agencyId: seed.agency.id, year: 2024 });
    const i4 = indicator(m, 'I4');
    expect(i4).toMatchObject({
      derivation: { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 100 },
      derivedPeriods: 2,
      realisasi: 78.125,
      capaian: (78.125 / 80) * 100,
      periods: { periodKind: 'semester', periodsReported: 2, periodsExpected: 2, complete: true },
    });
    expect(m.sasaran[1]).toMatchObject({ code: 'S2', capaian: (78.125 / 80) * 100, count: 1 });
  });
});
