/**
 * The realisation grid measures against the same target as the dashboard and
 * the report: the latest signed PK of the top unit when it has the indicator,
 * else the Renstra target. (Before, the grid used the Renstra target and could
 * show another capaian than the dashboard for the same value.)
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../src/services/context.ts';
import { measureAgencyYear } from '../../../src/services/measure/measure-agency-year.ts';
import { listRealisations } from '../../../src/services/record/list-realisations.ts';
import { indicatorTarget } from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let s: SmallAgency;
beforeAll(async () => {
  t = await createTestDatabase();
  s = await seedSmallAgency(t.db, '78');
});
afterAll(async () => t.close());

const operator = (): ServiceContext => ({
  db: t.db,
  actor: { userId: 'op', label: 'op', role: 'operator', regionId: s.region.id, agencyId: s.agency.id },
  origin: 'web',
  now: () => new Date('2024-02-01T03:00:00Z'),
});

async function gridTarget(year: number) {
  const grid = await listRealisations(operator(), { agencyId: s.agency.id, year });
  return grid.sasaran.flatMap((x) => x.indicators).find((i) => i.id === s.indicator.id)?.target;
}

describe('the target of the realisation grid', () => {
  it('is the signed PK target when the PK differs from the Renstra, as in the measurement', async () => {
    // the signed PK (immutable) commits 80,50 for 2024; the Renstra now plans 70
    await t.db
      .update(indicatorTarget)
      .set({ value: '70' })
      .where(and(eq(indicatorTarget.indicatorId, s.indicator.id), eq(indicatorTarget.year, 2024)));
    expect(await gridTarget(2024)).toMatchObject({ value: '80.50', source: 'pk' });
    const measured = await measureAgencyYear(operator(), { agencyId: s.agency.id, year: 2024 });
    const indicator = measured.sasaran.flatMap((x) => x.indicators).find((i) => i.code === s.indicator.code);
    expect(indicator?.targetSource).toBe('pk');
  });

  it('falls back to the Renstra target in a year without a signed PK', async () => {
    expect(await gridTarget(2023)).toMatchObject({ value: '75.5', source: 'renstra' });
  });
});
