/**
 * What every use case receives: the database (or a transaction of it), the
 * actor, where the request came from, and the clock. Nothing is read from
 * globals: tests pass their own clock and actor.
 */
import type { Database } from '../store/database.ts';
import type { AuditOrigin } from '../store/schema/enums.ts';
import type { Actor } from './authorization.ts';

export type ServiceActor = Actor & {
  /** The username, kept in the audit log as it was at the time. */
  label: string;
};

export type ServiceContext = {
  db: Database;
  actor: ServiceActor;
  origin: AuditOrigin;
  now: () => Date;
  requestId?: string;
};

/** The system itself acting (demo loading): audited as `system`; regionId '' before a region exists. */
export function systemActor(regionId: string): ServiceActor {
  return { userId: 'system', label: 'system', role: 'admin', regionId, agencyId: null };
}

/** Runs a use case in one transaction: all of it is written, or nothing. */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: Database) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => work(tx as unknown as Database));
}
