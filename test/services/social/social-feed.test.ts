/**
 * Indicators fed by the Data Sosial: the IKU "persentase PPKS yang mendapat
 * pelayanan" = served / total × 100 bound to PPKS served and PPKS counted
 * takes its realisation from the data, the measurement gives its capaian, a
 * changed count changes it, and the binding is checked field by field.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { measureAgencyYear } from '../../../src/services/measure/measure-agency-year.ts';
import { addIndicator } from '../../../src/services/plan/add-indicator.ts';
import { updateIndicator } from '../../../src/services/plan/update-indicator.ts';
import { listRealisations } from '../../../src/services/record/list-realisations.ts';
import { saveRealisation } from '../../../src/services/record/save-realisation.ts';
import { saveAssistanceDelivery } from '../../../src/services/record/save-assistance-delivery.ts';
import { savePpksCounts } from '../../../src/services/record/save-ppks-counts.ts';
import {
  auditLog,
  indicator,
  kecamatan,
  ppksCount,
  realisation,
  realisationComponent,
} from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');

async function bindIku() {
  const [row] = await t.db.select().from(indicator).where(eq(indicator.id, w.indicator.id));
  return updateIndicator(op(), {
    indicatorId: w.indicator.id,
    version: row!.version,
    componentSources: {
      served: { dataset: 'ppks', measure: 'served' },
      total: { dataset: 'ppks', measure: 'total' },
    },
  });
}

async function year2023() {
  return t.db
    .select()
    .from(realisation)
    .where(and(eq(realisation.indicatorId, w.indicator.id), eq(realisation.year, 2023)));
}

async function measuredIku(year: number) {
  const measured = await measureAgencyYear(op(), { agencyId: w.agency.id, year });
  return measured.sasaran.flatMap((s) => s.indicators).find((i) => i.id === w.indicator.id)!;
}

describe('an indicator fed by the Data Sosial', () => {
  it('takes its realisation from PPKS served / PPKS counted, and its capaian follows the data', async () => {
    const bound = await bindIku();
    expect(bound.feed).toBe('social');
    expect(bound.components.map((c) => c.source)).toEqual([
      { dataset: 'ppks', measure: 'served' },
      { dataset: 'ppks', measure: 'total' },
    ]);
    expect(await year2023()).toEqual([]);

    const saved = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'fakir_miskin', count: '200', served: '150' },
        { category: 'lanjut_usia_telantar', count: 100, served: 60 },
      ],
    });
    expect(saved.fed).toEqual([
      { indicatorId: w.indicator.id, code: w.indicator.code, year: 2023, value: '70', outcome: 'written' },
    ]);
    const [row] = await year2023();
    expect(row).toMatchObject({ periodKind: 'year', periodNo: 1, value: '70', status: 'submitted' });
    expect(row!.note).toBe('Dihitung dari Data Sosial 2023');
    const components = await t.db
      .select()
      .from(realisationComponent)
      .where(eq(realisationComponent.realisationId, row!.id));
    expect(components.map((c) => c.value).sort()).toEqual(['210', '300']);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, 'realisation.fed'));
    expect(audit).toHaveLength(1);

    // the grid lists it as fed, with its computed year value and components
    const grid = await listRealisations(op(), { agencyId: w.agency.id, year: 2023 });
    const listed = grid.sasaran.flatMap((x) => x.indicators).find((i) => i.id === w.indicator.id)!;
    expect(listed).toMatchObject({ feed: 'social', periodKind: 'year' });
    expect(listed.realisations).toMatchObject([{ value: '70', status: 'submitted', periodKind: 'year' }]);

    // target 2023 is 75,5: capaian 70 / 75,5 × 100
    const first = await measuredIku(2023);
    expect(first.realisasi).toBe(70);
    expect(first.capaian).toBeCloseTo((70 / 75.5) * 100, 9);

    // a changed count changes the measured realisation
    const [stored] = await t.db
      .select()
      .from(ppksCount)
      .where(and(eq(ppksCount.agencyId, w.agency.id), eq(ppksCount.category, 'lanjut_usia_telantar')));
    const again = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [{ category: 'lanjut_usia_telantar', count: 100, served: 90, version: stored!.version }],
    });
    expect(again.fed[0]).toMatchObject({ value: '80', outcome: 'written' });
    const second = await measuredIku(2023);
    expect(second.realisasi).toBe(80);
    expect(second.capaian).toBeCloseTo((80 / 75.5) * 100, 9);

    // the same figures saved again change nothing
    const [latest] = await t.db
      .select()
      .from(ppksCount)
      .where(and(eq(ppksCount.agencyId, w.agency.id), eq(ppksCount.category, 'fakir_miskin')));
    const same = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [{ category: 'fakir_miskin', count: 200, served: 150, version: latest!.version }],
    });
    expect(same.fed[0]!.outcome).toBe('unchanged');
  });

  it('refuses a typed realisation or typed components for it, naming the value, and writes nothing', async () => {
    await bindIku();
    await expect(
      saveRealisation(op(), {
        indicatorId: w.indicator.id,
        year: 2023,
        periodKind: 'year',
        periodNo: 1,
        value: '55',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'value' }] });
    await expect(
      saveRealisation(op(), {
        indicatorId: w.indicator.id,
        year: 2023,
        periodKind: 'year',
        periodNo: 1,
        components: { served: 1, total: 2 },
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'value' }] });
    expect(await year2023()).toEqual([]);
  });

  it('uses the whole-region row of a category when recorded, else adds up its kecamatan', async () => {
    await bindIku();
    const [kec] = await t.db.select().from(kecamatan).where(eq(kecamatan.regionId, w.region.id));
    const saved = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'fakir_miskin', count: 400, served: 100 },
        { category: 'fakir_miskin', kecamatanId: kec!.id, count: 50, served: 50 },
        { category: 'anak_jalanan', kecamatanId: kec!.id, count: 100, served: 100 },
      ],
    });
    // (100 + 100) / (400 + 100) × 100: the kecamatan row of fakir miskin is inside its region row
    expect(saved.fed[0]).toMatchObject({ value: '40', outcome: 'written' });
  });

  it('leaves a year recorded per quarter alone and says so', async () => {
    await bindIku();
    const saved = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2024,
      rows: [{ category: 'fakir_miskin', count: 10, served: 5 }],
    });
    expect(saved.fed[0]).toMatchObject({ year: 2024, value: '50', outcome: 'other-periods' });
    const rows = await t.db
      .select()
      .from(realisation)
      .where(and(eq(realisation.indicatorId, w.indicator.id), eq(realisation.year, 2024)));
    expect(rows.every((r) => r.periodKind === 'quarter')).toBe(true);
  });

  it('binding an indicator feeds the years whose data exist; a figure not recorded gives no value', async () => {
    await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [{ category: 'fakir_miskin', count: 80 }],
    });
    await bindIku();
    expect(await year2023()).toEqual([]); // served not recorded: unknown, not 0
    const added = await addIndicator(op(), {
      sasaranStrategisId: w.sasaran.id,
      code: 'IK9',
      name: 'Rata-rata nilai bantuan per penerima PKH',
      formula: 'nilai / penerima',
      unit: 'Rupiah',
      polarity: 'positive',
      periodAggregation: 'last',
      reportingFrequency: 'yearly',
      components: [
        {
          code: 'nilai',
          name: 'Nilai bantuan PKH',
          source: { dataset: 'assistance', measure: 'value', program: 'pkh' },
        },
        {
          code: 'penerima',
          name: 'Penerima PKH',
          source: { dataset: 'assistance', measure: 'recipients', program: 'pkh' },
        },
      ],
    });
    expect(added.feed).toBe('social');
    const saved = await saveAssistanceDelivery(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { program: 'pkh', recipients: 40, value: 'Rp 12.000.000' },
        { program: 'rtlh', recipients: 5, value: 100_000_000 },
      ],
    });
    expect(saved.fed.find((f) => f.indicatorId === added.id)).toMatchObject({
      value: '300000',
      outcome: 'written',
    });
  });

  it('refuses a partly bound indicator, a formula it cannot compute, and a count below the served, naming the field', async () => {
    const [row] = await t.db.select().from(indicator).where(eq(indicator.id, w.indicator.id));
    await expect(
      updateIndicator(op(), {
        indicatorId: w.indicator.id,
        version: row!.version,
        componentSources: { served: { dataset: 'ppks', measure: 'served' } },
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'componentSources.total' }] });
    await expect(
      updateIndicator(op(), {
        indicatorId: w.indicator.id,
        version: row!.version,
        formula: 'jumlah PPKS tertangani / jumlah PPKS × 100',
        componentSources: {
          served: { dataset: 'ppks', measure: 'served' },
          total: { dataset: 'ppks', measure: 'total' },
        },
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'formula' }] });
    await expect(
      updateIndicator(op(), {
        indicatorId: w.indicator.id,
        version: row!.version,
        componentSources: { served: { dataset: 'ppks', measure: 'count' } },
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    const [after] = await t.db.select().from(indicator).where(eq(indicator.id, w.indicator.id));
    expect(after).toMatchObject({ version: row!.version, feed: null });

    await expect(
      savePpksCounts(op(), {
        agencyId: w.agency.id,
        year: 2023,
        rows: [
          { category: 'fakir_miskin', count: 10, served: 5 },
          { category: 'pemulung', count: 3, served: 4 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'rows[1].served' }] });
    expect(
      await t.db
        .select()
        .from(ppksCount)
        .where(and(eq(ppksCount.agencyId, w.agency.id), eq(ppksCount.year, 2023))),
    ).toEqual([]);
  });
});
