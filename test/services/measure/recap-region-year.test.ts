import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureAgencyYear } from '../../../src/services/measure/measure-agency-year.ts';
import { recapRegionYear } from '../../../src/services/measure/recap-region-year.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedMeasureAgency, type MeasureAgency } from './measure-fixtures.ts';

let t: TestDatabase;
let seed: MeasureAgency;
beforeAll(async () => {
  t = await createTestDatabase();
  seed = await seedMeasureAgency(t.db, '2');
  // a second region, whose agencies must not appear
  await seedMeasureAgency(t.db, '3');
});
afterAll(async () => t.close());

const I2 = ((2 * 5.5 - 6.67) / 5.5) * 100;
const OVERALL = ((110 / 100) * 100 + I2) / 2;

describe('recapRegionYear', () => {
  it('gives per agency of the region: indicators, capaian, predikat counts, budget and missing realisations', async () => {
    const admin = contextFor(t.db, { role: 'admin', regionId: seed.region.id });
    const recap = await recapRegionYear(admin, { regionId: seed.region.id, year: 2024 });
    expect(recap.region).toMatchObject({ id: seed.region.id, name: 'Kabupaten Ukur 2' });
    expect(recap.agencies.map((a) => a.agency.name)).toEqual(['Dinas Kesehatan', 'Dinas Sosial']);
    const [kesehatan, sosial] = recap.agencies;
    expect(kesehatan).toMatchObject({
      indicatorCount: 0,
      overall: { capaian: null, predikat: null, count: 0, excluded: 0 },
      missingRealisasi: 0,
      budget: null,
    });
    expect(sosial).toMatchObject({
      agency: { id: seed.agency.id },
      indicatorCount: 3,
      overall: { capaian: OVERALL, predikat: { label: 'Sangat Tinggi' }, count: 2, excluded: 1 },
      unmeasured: 1,
      missingRealisasi: 1,
      incomplete: 0,
      budget: { pagu: 250_000_000, paguMurni: 230_000_000, realisasi: 160_000_000, persen: 64 },
    });
    expect(sosial!.predikatCounts.map((c) => c.count)).toEqual([1, 1, 0, 0, 0]);
  });

  it("agrees with the agency's own measurement (same domain path)", async () => {
    const evaluator = contextFor(t.db, { role: 'evaluator', regionId: seed.region.id });
    const recap = await recapRegionYear(evaluator, { regionId: seed.region.id, year: 2024 });
    const own = await measureAgencyYear(evaluator, { agencyId: seed.agency.id, year: 2024 });
    const row = recap.agencies.find((a) => a.agency.id === seed.agency.id)!;
    expect(row.overall).toEqual(own.overall);
    expect(row.predikatCounts).toEqual(own.predikatCounts);
    expect(row.budget).toEqual({
      pagu: own.budget!.pagu,
      paguMurni: own.budget!.paguMurni,
      realisasi: own.budget!.realisasi,
      persen: own.budget!.persen,
    });
  });

  it('is for region-wide users: an agency-bound user or another region is refused', async () => {
    const viewer = contextFor(t.db, { role: 'viewer', regionId: seed.region.id });
    await expect(recapRegionYear(viewer, { regionId: seed.region.id, year: 2024 })).resolves.toMatchObject({
      year: 2024,
    });
    for (const ctx of [
      contextFor(t.db, { role: 'operator', regionId: seed.region.id, agencyId: seed.agency.id }),
      contextFor(t.db, { role: 'viewer', regionId: seed.region.id, agencyId: seed.agency.id }),
      contextFor(t.db, { role: 'admin', regionId: '00000000-0000-4000-8000-000000000009' }),
    ]) {
      await expect(recapRegionYear(ctx, { regionId: seed.region.id, year: 2024 })).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    await expect(
      recapRegionYear(contextFor(t.db, { role: 'admin', regionId: seed.region.id }), {
        regionId: 'x',
        year: 2024,
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'regionId' }] });
  });
});
