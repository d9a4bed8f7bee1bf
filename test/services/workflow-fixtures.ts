/**
 * A world for the workflow use cases (calendar, LKjIP review, audit trail,
 * jobs): the recording world (Dinas Sosial with three indicators targeted in
 * 2024, one Q1 realisation submitted, a signed 2024 PK; Dinas Kesehatan with
 * nothing), plus an admin and an evaluator of the region, roles for every
 * user, and e-mail addresses for some.
 */
import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../src/services/context.ts';
import type { Database } from '../../src/store/database.ts';
import type { Role } from '../../src/store/schema/enums.ts';
import * as s from '../../src/store/schema/index.ts';
import { seedRecordWorld } from './record/record-fixtures.ts';

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

export async function seedWorkflowWorld(db: Database, suffix = '01') {
  const base = await seedRecordWorld(db, suffix);
  const admin = one(
    await db
      .insert(s.appUser)
      .values({
        username: `admin${suffix}`,
        displayName: 'Admin Bappeda',
        email: `admin${suffix}@example.go.id`,
      })
      .returning(),
  );
  const evaluator = one(
    await db
      .insert(s.appUser)
      .values({ username: `inspektur${suffix}`, displayName: 'Inspektorat', email: null })
      .returning(),
  );
  await db
    .update(s.appUser)
    .set({ email: `operator${suffix}@example.go.id` })
    .where(eq(s.appUser.id, base.user.id));
  await db
    .update(s.appUser)
    .set({ email: `kepala${suffix}@example.go.id`, locale: 'en' })
    .where(eq(s.appUser.id, base.kepala.id));
  await db.insert(s.userRole).values([
    { userId: base.kepala.id, role: 'kepala', agencyId: base.agency.id },
    { userId: base.foreignUser.id, role: 'operator', agencyId: base.foreignAgency.id },
    { userId: admin.id, role: 'admin', regionId: base.region.id },
    { userId: evaluator.id, role: 'evaluator', regionId: base.region.id },
  ]);
  return { ...base, admin, evaluator };
}

export type WorkflowWorld = Awaited<ReturnType<typeof seedWorkflowWorld>>;

export type Who = 'operator' | 'kepala' | 'foreign' | 'admin' | 'evaluator' | 'viewer';

export function actorOf(world: WorkflowWorld, who: Who): ServiceContext['actor'] {
  const actors: Record<Who, { userId: string; role: Role; agencyId: string | null; label: string }> = {
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
      label: world.foreignUser.username,
    },
    admin: { userId: world.admin.id, role: 'admin', agencyId: null, label: world.admin.username },
    evaluator: {
      userId: world.evaluator.id,
      role: 'evaluator',
      agencyId: null,
      label: world.evaluator.username,
    },
    viewer: { userId: world.admin.id, role: 'viewer', agencyId: null, label: 'viewer' },
  };
  return { ...actors[who], regionId: world.region.id };
}

export function contextAt(db: Database, world: WorkflowWorld, who: Who, now: Date): ServiceContext {
  return { db, actor: actorOf(world, who), origin: 'web', now: () => now };
}
