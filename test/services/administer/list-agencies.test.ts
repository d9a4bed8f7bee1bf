/**
 * The agency picker: region-wide roles see every agency of their region (and
 * none of another region); agency-bound users see only their own agency; each
 * agency comes with its Renstra years and the newest year with realisations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAgencies } from '../../../src/services/administer/list-agencies.ts';
import type { ServiceActor, ServiceContext } from '../../../src/services/context.ts';
import { agency as agencyTable } from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let home: SmallAgency;
let foreign: SmallAgency;
let siblingId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  home = await seedSmallAgency(t.db, '31');
  foreign = await seedSmallAgency(t.db, '32');
  const [sibling] = await t.db
    .insert(agencyTable)
    .values({ regionId: home.region.id, code: '9.99.0.00.0.00.01.0000', name: 'Badan Saudara' })
    .returning();
  siblingId = sibling!.id;
});
afterAll(async () => t.close());

const ctx = (actor: Omit<ServiceActor, 'label'>): ServiceContext => ({
  db: t.db,
  actor: { ...actor, label: actor.role },
  origin: 'web',
  now: () => new Date('2024-02-01T03:00:00Z'),
});

describe('listAgencies', () => {
  it('gives an evaluator every agency of the region, sorted by name, with years', async () => {
    const list = await listAgencies(
      ctx({ userId: 'e', role: 'evaluator', regionId: home.region.id, agencyId: null }),
      {},
    );
    expect(list.region).toMatchObject({ id: home.region.id, name: home.region.name });
    expect(list.agencies.map((a) => a.id).sort()).toEqual([home.agency.id, siblingId].sort());
    expect(list.agencies.map((a) => a.name)).toEqual([...list.agencies.map((a) => a.name)].sort());
    const own = list.agencies.find((a) => a.id === home.agency.id)!;
    expect(own).toMatchObject({ firstYear: home.renstra.startYear, lastYear: home.renstra.endYear });
    expect(own.latestDataYear).toBe(home.realisation.year);
    expect(list.agencies.find((a) => a.id === siblingId)).toMatchObject({
      firstYear: null,
      lastYear: null,
      latestDataYear: null,
    });
    expect(list.agencies.some((a) => a.id === foreign.agency.id)).toBe(false);
  });

  it('gives an operator only the own agency', async () => {
    const list = await listAgencies(
      ctx({ userId: 'o', role: 'operator', regionId: home.region.id, agencyId: home.agency.id }),
      {},
    );
    expect(list.agencies.map((a) => a.id)).toEqual([home.agency.id]);
  });

  it('refuses unknown input fields', async () => {
    await expect(
      listAgencies(ctx({ userId: 'a', role: 'admin', regionId: home.region.id, agencyId: null }), {
        regionId: foreign.region.id,
      }),
    ).rejects.toMatchObject({ code: 'validation' });
  });
});
