import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAssistanceDelivery } from '../../../src/services/record/save-assistance-delivery.ts';
import { savePpksCounts } from '../../../src/services/record/save-ppks-counts.ts';
import { savePsksCounts } from '../../../src/services/record/save-psks-counts.ts';
import { getSocialSummary } from '../../../src/services/social/get-social-summary.ts';
import { kecamatan } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
let kecId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedRecordWorld(t.db);
  const [kec] = await t.db.select().from(kecamatan).where(eq(kecamatan.regionId, w.region.id));
  kecId = kec!.id;
  const ctx = contextFor(t.db, w, 'operator');
  const agencyId = w.agency.id;
  await savePpksCounts(ctx, {
    agencyId,
    year: 2023,
    rows: [
      { category: 'fakir_miskin', count: 400, served: 100 },
      { category: 'fakir_miskin', kecamatanId: kecId, count: 50, served: 20 },
      { category: 'anak_jalanan', kecamatanId: kecId, count: 12 },
    ],
  });
  await savePsksCounts(ctx, { agencyId, year: 2023, rows: [{ type: 'tksk', count: 19 }] });
  await saveAssistanceDelivery(ctx, {
    agencyId,
    year: 2023,
    rows: [
      { program: 'pkh', recipients: 1200, value: 'Rp 3.600.000.000' },
      { program: 'pkh', kecamatanId: kecId, recipients: 300 },
      {
        program: 'rtlh',
        programLabel: 'RTLH APBD',
        recipients: 10,
        units: 10,
        unitName: 'unit rumah',
        value: 200_000_000,
      },
      {
        program: 'rtlh',
        programLabel: 'RTLH APBN',
        recipients: 5,
        units: 5,
        unitName: 'unit rumah',
        value: 100_000_000,
      },
    ],
  });
  await savePpksCounts(ctx, {
    agencyId,
    year: 2022,
    rows: [{ category: 'fakir_miskin', count: 380, served: 90 }],
  });
});
afterAll(async () => t.close());

describe('getSocialSummary', () => {
  it("gives the region's figures per category, type and programme, each kecamatan's, and the years before", async () => {
    const s = await getSocialSummary(contextFor(t.db, w, 'kepala'), {
      agencyId: w.agency.id,
      year: 2023,
      years: 2,
    });
    expect(s.ppks.byCategory).toEqual([
      { category: 'anak_jalanan', count: 12, served: null },
      { category: 'fakir_miskin', count: 400, served: 100 },
    ]);
    expect(s.ppks.total).toEqual({ count: 412, served: 100 });
    expect(s.ppks.byKecamatan).toEqual([
      { kecamatan: { id: kecId, code: '01', name: 'Kecamatan Kota' }, count: 62, served: 20 },
    ]);
    expect(s.psks).toMatchObject({ byType: [{ type: 'tksk', count: 19 }], total: 19 });
    expect(s.assistance.byProgram).toEqual([
      { program: 'pkh', recipients: 1200, value: 3_600_000_000 },
      { program: 'rtlh', recipients: 15, value: 300_000_000 },
    ]);
    expect(s.assistance.lines.map((l) => [l.programLabel, l.units, l.unitName])).toEqual([
      ['', null, null],
      ['RTLH APBD', 10, 'unit rumah'],
      ['RTLH APBN', 5, 'unit rumah'],
    ]);
    expect(s.assistance.total).toEqual({ recipients: 1215, value: 3_900_000_000 });
    expect(s.assistance.byKecamatan).toMatchObject([{ recipients: 300, value: null }]);
    expect(s.history.map((h) => [h.year, h.ppks])).toEqual([
      [2022, { count: 380, served: 90 }],
      [2023, { count: 412, served: 100 }],
    ]);
  });

  it("is refused to another agency's operator", async () => {
    await expect(
      getSocialSummary(contextFor(t.db, w, 'foreign'), { agencyId: w.agency.id, year: 2023 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
