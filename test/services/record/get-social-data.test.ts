import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getSocialData } from '../../../src/services/record/get-social-data.ts';
import { savePpksCounts } from '../../../src/services/record/save-ppks-counts.ts';
import { kecamatan } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from './record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
let kecId: string;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
  const [kec] = await t.db.select().from(kecamatan).where(eq(kecamatan.regionId, w.region.id));
  kecId = kec!.id;
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');

describe('getSocialData', () => {
  it('lists the year’s PPKS, PSKS and assistance rows with kecamatan and versions, and the region’s kecamatan', async () => {
    await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2024,
      rows: [{ category: 'anak_telantar', count: '1.234', dataSource: 'DTKS Desember 2024' }],
    });
    const data = await getSocialData(op(), { agencyId: w.agency.id, year: 2024 });
    expect(data.kecamatan).toEqual([{ id: kecId, code: '01', name: 'Kecamatan Kota' }]);
    expect(data.ppks.map((r) => [r.category, r.kecamatanId, r.count, r.dataSource, r.version])).toEqual([
      ['anak_telantar', null, 1234, 'DTKS Desember 2024', 1],
      ['fakir_miskin', kecId, 1520, null, 1],
    ]);
    expect(data.psks.map((r) => [r.type, r.kecamatanId, r.count])).toEqual([['tksk', null, 19]]);
    expect(data.assistance).toMatchObject([
      { program: 'permakanan', kecamatanId: kecId, recipients: 36, units: '1080', version: 1 },
    ]);
  });

  it('keeps years apart', async () => {
    const data = await getSocialData(op(), { agencyId: w.agency.id, year: 2023 });
    expect(data).toMatchObject({ year: 2023, ppks: [], psks: [], assistance: [] });
    expect(data.kecamatan).toHaveLength(1);
  });

  it('is refused to another agency’s operator; unknown agencies are not found', async () => {
    await expect(
      getSocialData(contextFor(t.db, w, 'foreign'), { agencyId: w.agency.id, year: 2024 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getSocialData(op(), { agencyId: '00000000-0000-4000-8000-000000000000', year: 2024 }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const admin = await getSocialData(contextFor(t.db, w, 'admin'), { agencyId: w.agency.id, year: 2024 });
    expect(admin.ppks).toHaveLength(1);
  });
});
