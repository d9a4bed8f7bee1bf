/** Contexts for the plan and commit use-case tests: actors of a seeded agency, a fixed clock. */
import { and, eq, gt } from 'drizzle-orm';
import type { ServiceContext } from '../../../src/services/context.ts';
import type { Role } from '../../../src/store/schema/enums.ts';
import type { Database } from '../../../src/store/database.ts';
import { auditLog } from '../../../src/store/schema/index.ts';
import type { SmallAgency } from '../../support/store-fixtures.ts';

export const NOW = new Date('2025-01-15T02:00:00Z');

/** An actor of the seeded agency (its own user id, or `userId` for a distinct person). */
export function contextFor(
  db: Database,
  seed: SmallAgency,
  role: Role,
  options: { userId?: string; agencyId?: string | null } = {},
): ServiceContext {
  return {
    db,
    actor: {
      userId: options.userId ?? seed.user.id,
      label: `${role}-test`,
      role,
      regionId: seed.region.id,
      agencyId: options.agencyId === undefined ? seed.agency.id : options.agencyId,
    },
    origin: 'web',
    now: () => NOW,
  };
}

/** The highest audit id so far, to read only the events a call writes. */
export async function auditMark(db: Database): Promise<number> {
  const rows = await db.select({ id: auditLog.id }).from(auditLog);
  return rows.reduce((max, r) => Math.max(max, r.id), 0);
}

export async function auditSince(db: Database, mark: number, entityId?: string) {
  return db
    .select()
    .from(auditLog)
    .where(entityId ? and(gt(auditLog.id, mark), eq(auditLog.entityId, entityId)) : gt(auditLog.id, mark))
    .orderBy(auditLog.id);
}
