/** Measurement settings per region or agency: created, changed with a version, stale refused. */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMeasurementSetting } from '../../../src/services/administer/set-measurement-setting.ts';
import { systemActor, type ServiceActor, type ServiceContext } from '../../../src/services/context.ts';
import { auditLog, measurementSetting } from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let home: SmallAgency;
let foreign: SmallAgency;
beforeAll(async () => {
  t = await createTestDatabase();
  home = await seedSmallAgency(t.db, '31');
  foreign = await seedSmallAgency(t.db, '32');
});
afterAll(async () => t.close());

const ctx = (actor: ServiceActor): ServiceContext => ({
  db: t.db,
  actor,
  origin: 'web',
  now: () => new Date('2024-01-15T00:00:00Z'),
});

describe('setMeasurementSetting', () => {
  it("creates an agency's override, then changes it with the version read", async () => {
    const admin = systemActor(home.region.id);
    const created = await setMeasurementSetting(ctx(admin), {
      agencyId: home.agency.id,
      fromYear: 2023,
      scalePreset: 'permendagri_86_2017',
      sasaranAggregation: 'mean',
      capaianCap: '120,5',
    });
    expect(created).toMatchObject({
      agencyId: home.agency.id,
      regionId: null,
      capaianCap: '120.5',
      version: 1,
    });

    const changed = await setMeasurementSetting(ctx(admin), {
      agencyId: home.agency.id,
      fromYear: 2023,
      scalePreset: 'lan_239_2003',
      sasaranAggregation: 'group_mean',
      negativeFormula: 'inverse_ratio',
      version: 1,
    });
    expect(changed).toMatchObject({
      id: created.id,
      scalePreset: 'lan_239_2003',
      capaianCap: null,
      negativeFormula: 'inverse_ratio',
      version: 2,
    });

    const stale = setMeasurementSetting(ctx(admin), {
      agencyId: home.agency.id,
      fromYear: 2023,
      scalePreset: 'baik_4',
      version: 1,
    });
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    const noVersion = setMeasurementSetting(ctx(admin), {
      agencyId: home.agency.id,
      fromYear: 2023,
      scalePreset: 'baik_4',
    });
    await expect(noVersion).rejects.toMatchObject({ code: 'conflict' });
    const [row] = await t.db.select().from(measurementSetting).where(eq(measurementSetting.id, created.id));
    expect(row).toMatchObject({ scalePreset: 'lan_239_2003', version: 2 });
    const events = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(events.map((e) => e.action)).toEqual([
      'measurement_setting.created',
      'measurement_setting.updated',
    ]);
  });

  it('keeps a custom scale with its bands', async () => {
    const bands = [
      { label: 'Baik', min: '80', max: null, minInclusive: true, maxInclusive: false },
      { label: 'Kurang', min: null, max: '80', minInclusive: false, maxInclusive: false },
    ];
    const created = await setMeasurementSetting(ctx(systemActor(home.region.id)), {
      regionId: home.region.id,
      fromYear: 2025,
      scalePreset: 'custom',
      customScale: bands,
    });
    expect(created.customScale).toEqual(bands);
  });

  it('names bad fields and refuses foreign admins and operators, writing nothing', async () => {
    const count = async () => (await t.db.select().from(measurementSetting)).length;
    const before = await count();
    const admin = systemActor(home.region.id);
    await expect(
      setMeasurementSetting(ctx(admin), {
        agencyId: home.agency.id,
        fromYear: 1990,
        scalePreset: 'nope',
        capaianCap: 'abc',
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      setMeasurementSetting(ctx(admin), { agencyId: home.agency.id, fromYear: 2024, scalePreset: 'custom' }),
    ).rejects.toMatchObject({ fields: [expect.objectContaining({ path: 'customScale' })] });
    await expect(
      setMeasurementSetting(ctx(admin), {
        agencyId: home.agency.id,
        fromYear: 2024,
        scalePreset: 'baik_4',
        capaianCap: 90,
      }),
    ).rejects.toMatchObject({ fields: [expect.objectContaining({ path: 'capaianCap' })] });
    await expect(
      setMeasurementSetting(ctx(admin), {
        regionId: home.region.id,
        agencyId: home.agency.id,
        fromYear: 2024,
        scalePreset: 'baik_4',
      }),
    ).rejects.toMatchObject({ fields: [expect.objectContaining({ path: 'regionId' })] });
    await expect(
      setMeasurementSetting(ctx(systemActor(foreign.region.id)), {
        agencyId: home.agency.id,
        fromYear: 2024,
        scalePreset: 'baik_4',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const operator: ServiceActor = {
      userId: home.user.id,
      label: 'op',
      role: 'operator',
      regionId: home.region.id,
      agencyId: home.agency.id,
    };
    await expect(
      setMeasurementSetting(ctx(operator), {
        agencyId: home.agency.id,
        fromYear: 2024,
        scalePreset: 'baik_4',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await count()).toBe(before);
    const agencyRows = await t.db
      .select()
      .from(measurementSetting)
      .where(and(eq(measurementSetting.agencyId, home.agency.id), eq(measurementSetting.fromYear, 2024)));
    expect(agencyRows).toEqual([]);
  });
});
