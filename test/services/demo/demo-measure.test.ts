/**
 * Golden: the demo agency, loaded from its bundle and measured through the
 * services, gives the LKjIP 2023's correct figures (Tabel 3.2 and 3.7):
 * capaian 100,72 / 100,00 / 112,23 / 103,34, average 104,07 (Sangat
 * Tinggi, Permendagri 86/2017), budget 6.737.357.519 / 6.420.276.477 /
 * 95,29 %.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForUser } from '../../../src/services/administer/actor-for-user.ts';
import { roundedDecimalText } from '../../../src/domain/numbers.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { loadDemo, readAgencyBundle, type LoadDemoResult } from '../../../src/services/demo/load-demo.ts';
import {
  measureAgencyYear,
  type AgencyYearMeasurement,
} from '../../../src/services/measure/measure-agency-year.ts';
import { appUser } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let loaded: LoadDemoResult;
let measured: AgencyYearMeasurement;

beforeAll(async () => {
  t = await createTestDatabase();
  loaded = await loadDemo(t.db, await readAgencyBundle(), { now: new Date('2024-02-20T02:00:00Z') });
  // Measured as the demo's evaluator (Inspektorat) would see it.
  const [evaluator] = await t.db.select().from(appUser).where(eq(appUser.username, 'evaluator.inspektorat'));
  const actor = await actorForUser(t.db, evaluator!.id);
  if (!actor) throw new Error('the demo evaluator is not an actor');
  const ctx: ServiceContext = {
    db: t.db,
    actor,
    origin: 'web',
    now: () => new Date('2024-02-20T03:00:00Z'),
  };
  measured = await measureAgencyYear(ctx, { agencyId: loaded.agencyId, year: 2023 });
}, 60_000);
afterAll(async () => t.close());

const two = (value: number | null | undefined) => (value == null ? null : roundedDecimalText(value, 2));

describe('the demo agency measured for 2023 (golden, LKjIP 2023 Lima Puluh Kota)', () => {
  it('uses the signed Perubahan PK and the Permendagri 86/2017 scale', () => {
    expect(measured.pk).toMatchObject({ number: 2, kind: 'perubahan', signedOn: '2023-11-01' });
    expect(measured.settings).toMatchObject({ source: 'region', aggregation: 'mean' });
    expect(measured.settings.scale.id).toBe('permendagri-86-2017');
  });

  it('gives the capaian of the four PK indicators as the report prints them', () => {
    const capaian = measured.sasaran.flatMap((s) =>
      s.indicators.filter((i) => i.capaian !== null).map((i) => [i.code, two(i.capaian)]),
    );
    expect(capaian).toEqual([
      ['SS1.1', '100.72'],
      ['SS2.1', '100.00'],
      ['SS3.1', '112.23'],
      ['SS3.2', '103.34'],
    ]);
    expect(measured.sasaran.flatMap((s) => s.indicators.map((i) => i.targetSource))).toEqual([
      'pk',
      'pk',
      'pk',
      'pk',
      null, // SS3.3 Nilai IRB: not in the 2023 PK, no 2023 target
    ]);
  });

  it('averages them to 104,07, Sangat Tinggi', () => {
    expect(two(measured.overall.capaian)).toBe('104.07');
    expect(measured.overall.predikat?.label).toBe('Sangat Tinggi');
  });

  it('gives the budget 6.737.357.519 / 6.420.276.477 / 95,29 %', () => {
    expect(measured.budget).toMatchObject({ pagu: 6_737_357_519, realisasi: 6_420_276_477 });
    expect(two(measured.budget?.persen)).toBe('95.29');
  });
});
