/**
 * A world for the recording use cases: the small agency of the store tests,
 * with its computed IKU's formula written in component codes, a plain
 * indicator (target 80 in 2024), an ordinal indicator, a kepala, and a second
 * agency of the same region with its own operator.
 */
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../src/services/context.ts';
import type { Role } from '../../../src/store/schema/enums.ts';
import type { Database } from '../../../src/store/database.ts';
import * as s from '../../../src/store/schema/index.ts';
import { seedSmallAgency } from '../../support/store-fixtures.ts';

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

export async function seedRecordWorld(db: Database, suffix = '01') {
  const seed = await seedSmallAgency(db, suffix);
  await db
    .update(s.indicator)
    .set({ formula: 'served / total × 100' })
    .where(eq(s.indicator.id, seed.indicator.id));
  const plain = one(
    await db
      .insert(s.indicator)
      .values({
        agencyId: seed.agency.id,
        renstraPeriodId: seed.renstra.id,
        sasaranStrategisId: seed.sasaran.id,
        code: 'IK2',
        name: 'Persentase penyaluran bantuan tepat waktu',
        unit: '%',
        polarity: 'positive',
        periodAggregation: 'last',
      })
      .returning(),
  );
  await db
    .insert(s.indicatorTarget)
    .values({ agencyId: seed.agency.id, indicatorId: plain.id, year: 2024, value: '80' });
  const ordinal = one(
    await db
      .insert(s.indicator)
      .values({
        agencyId: seed.agency.id,
        renstraPeriodId: seed.renstra.id,
        sasaranStrategisId: seed.sasaran.id,
        code: 'IK3',
        name: 'Predikat AKIP',
        unit: 'predikat',
        polarity: 'ordinal',
        periodAggregation: 'last',
        ordinalScale: { grades: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'], rule: 'met_or_rank' },
      })
      .returning(),
  );
  await db
    .insert(s.indicatorTarget)
    .values({ agencyId: seed.agency.id, indicatorId: ordinal.id, year: 2024, grade: 'BB' });
  const kepala = one(
    await db
      .insert(s.appUser)
      .values({ username: `kepala${suffix}`, displayName: 'Kepala Dinas' })
      .returning(),
  );
  const foreignAgency = one(
    await db
      .insert(s.agency)
      .values({ regionId: seed.region.id, code: '1.07.0.00.0.00.01.0000', name: 'Dinas Kesehatan' })
      .returning(),
  );
  const foreignUser = one(
    await db
      .insert(s.appUser)
      .values({ username: `dinkes${suffix}`, displayName: 'Operator Dinkes' })
      .returning(),
  );
  return { ...seed, plain, ordinal, kepala, foreignAgency, foreignUser };
}

export type RecordWorld = Awaited<ReturnType<typeof seedRecordWorld>>;

export const NOW = new Date('2024-07-10T03:00:00Z');

export function contextFor(
  db: Database,
  world: RecordWorld,
  who: 'operator' | 'kepala' | 'foreign' | 'admin',
): ServiceContext {
  const actors: Record<typeof who, { userId: string; role: Role; agencyId: string | null; label: string }> = {
    operator: {
      userId: world.user.id,
      role: 'operator',
      agencyId: world.agency.id,
      label: world.user.username,
    },
    kepala: {
      userId: world.kepala.id,
      role: 'kepala',
      agencyId: world.agency.id,
      label: world.kepala.username,
    },
    foreign: {
      userId: world.foreignUser.id,
      role: 'operator',
      agencyId: world.foreignAgency.id,
      label: 'dinkes',
    },
    admin: { userId: 'system', role: 'admin', agencyId: null, label: 'system' },
  };
  return { db, actor: { ...actors[who], regionId: world.region.id }, origin: 'web', now: () => NOW };
}
