/** Regions, agencies and organisation units: who may create them, and what is refused. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../../src/services/administer/create-agency.ts';
import { createOrgUnit } from '../../../src/services/administer/create-org-unit.ts';
import { createRegion } from '../../../src/services/administer/create-region.ts';
import { systemActor, type ServiceActor, type ServiceContext } from '../../../src/services/context.ts';
import { agency, auditLog, orgUnit, region } from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let other: SmallAgency;
beforeAll(async () => {
  t = await createTestDatabase();
  other = await seedSmallAgency(t.db, '21');
});
afterAll(async () => t.close());

const ctx = (actor: ServiceActor): ServiceContext => ({
  db: t.db,
  actor,
  origin: 'cli',
  now: () => new Date('2024-01-15T00:00:00Z'),
});

describe('createRegion, createAgency, createOrgUnit', () => {
  it('builds a provinsi, a kabupaten, an agency and its unit tree, each audited', async () => {
    const system = systemActor('');
    const prov = await createRegion(ctx(system), { code: '13', name: 'Sumatera Barat', kind: 'provinsi' });
    const kab = await createRegion(ctx(system), {
      code: '13.07',
      name: 'Kabupaten Lima Puluh Kota',
      kind: 'kabupaten',
      parentRegionId: prov.id,
    });
    expect(kab).toMatchObject({ parentRegionId: prov.id, timeZone: 'Asia/Jakarta', version: 1 });

    // A provinsi's admin may add a kabupaten of that provinsi.
    const provAdmin: ServiceActor = { ...systemActor(prov.id), userId: other.user.id, label: 'admin.prov' };
    const kota = await createRegion(ctx(provAdmin), {
      code: '13.76',
      name: 'Kota Payakumbuh',
      kind: 'kota',
      parentRegionId: prov.id,
    });
    expect(kota.kind).toBe('kota');

    const admin = systemActor(kab.id);
    const dinas = await createAgency(ctx(admin), {
      regionId: kab.id,
      code: '1.06.0.00.0.00.01.0000',
      name: 'Dinas Sosial',
    });
    const top = await createOrgUnit(ctx(admin), { agencyId: dinas.id, name: 'Kepala Dinas', echelon: 'II' });
    const bidang = await createOrgUnit(ctx(admin), {
      agencyId: dinas.id,
      parentId: top.id,
      name: 'Bidang Rehabilitasi Sosial',
      echelon: 'III',
    });
    expect(bidang).toMatchObject({ parentId: top.id, agencyId: dinas.id });

    const events = await t.db.select().from(auditLog).where(eq(auditLog.origin, 'cli'));
    expect(events.map((e) => e.action)).toEqual([
      'region.created',
      'region.created',
      'region.created',
      'agency.created',
      'org_unit.created',
      'org_unit.created',
    ]);
  });

  it('refuses duplicates, a wrong parent and foreign actors, writing nothing', async () => {
    const [kab] = await t.db.select().from(region).where(eq(region.code, '13.07'));
    const [dinas] = await t.db.select().from(agency).where(eq(agency.regionId, kab!.id));
    const system = systemActor('');
    const admin = systemActor(kab!.id);
    const counts = async () => ({
      regions: (await t.db.select().from(region)).length,
      agencies: (await t.db.select().from(agency)).length,
      units: (await t.db.select().from(orgUnit)).length,
    });
    const before = await counts();

    await expect(
      createRegion(ctx(system), { code: '13.07', name: 'Kembar', kind: 'kabupaten' }),
    ).rejects.toMatchObject({ code: 'conflict', fields: [expect.objectContaining({ path: 'code' })] });
    await expect(
      createRegion(ctx(system), { code: '13.99', name: 'X', kind: 'kabupaten', parentRegionId: kab!.id }),
    ).rejects.toMatchObject({
      code: 'validation',
      fields: [expect.objectContaining({ path: 'parentRegionId' })],
    });
    const kabAdmin: ServiceActor = { ...admin, userId: other.user.id, label: 'admin.kab' };
    await expect(
      createRegion(ctx(kabAdmin), { code: '99', name: 'Provinsi Lain', kind: 'provinsi' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createRegion(ctx(system), { code: '13 07', name: '', kind: 'desa' })).rejects.toMatchObject({
      code: 'validation',
    });

    await expect(
      createAgency(ctx(admin), { regionId: kab!.id, code: '1.06.0.00.0.00.01.0000', name: 'Kembar' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      createAgency(ctx(systemActor(other.region.id)), { regionId: kab!.id, code: '2.01', name: 'Dinas X' }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    await expect(
      createOrgUnit(ctx(admin), { agencyId: dinas!.id, name: 'Kepala Kedua', echelon: 'II' }),
    ).rejects.toMatchObject({ code: 'validation', fields: [expect.objectContaining({ path: 'parentId' })] });
    await expect(
      createOrgUnit(ctx(admin), {
        agencyId: dinas!.id,
        parentId: other.head.id,
        name: 'Salah',
        echelon: 'III',
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [expect.objectContaining({ path: 'parentId' })] });
    await expect(
      createOrgUnit(ctx(systemActor(other.region.id)), { agencyId: dinas!.id, name: 'X', echelon: 'III' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const operator: ServiceActor = {
      userId: other.user.id,
      label: 'op',
      role: 'operator',
      regionId: kab!.id,
      agencyId: dinas!.id,
    };
    await expect(
      createOrgUnit(ctx(operator), { agencyId: dinas!.id, name: 'X', echelon: 'III' }),
    ).rejects.toMatchObject({ code: 'forbidden' });

    expect(await counts()).toEqual(before);
  });
});
