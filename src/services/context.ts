/**
 * What every use case receives: the database (or a transaction of it), the
 * actor, where the request came from, and the clock. Nothing is read from
 * globals: tests pass their own clock and actor.
 */
import type { Database } from '../store/database.ts';
import type { AuditOrigin } from '../store/schema/enums.ts';
import type { Actor } from './authorization.ts';
import { bumpGeneration, scopeOfTables } from './read-cache.ts';

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
  /**
   * Reads may be served from the in-memory read cache (read-cache.ts). Set by
   * the HTTP layer, where every write goes through the use cases; left off
   * where data may change behind the services' back (tests, scripts).
   */
  cachedReads?: boolean;
};

/** The system itself acting (demo loading): audited as `system`; regionId '' before a region exists. */
export function systemActor(regionId: string): ServiceActor {
  return { userId: 'system', label: 'system', role: 'admin', regionId, agencyId: null };
}

/** Transactions that recorded a change (an audit event: see recordAudit), with the entity tables changed. */
const changed = new WeakMap<object, Set<string>>();

export function markChanged(tx: Database, entityTable: string): void {
  const tables = changed.get(tx);
  if (tables) tables.add(entityTable);
  else changed.set(tx, new Set([entityTable]));
}

/**
 * Runs a use case in one transaction: all of it is written, or nothing.
 * When it recorded a change, the cached reads of this database are marked
 * stale after it ends (see read-cache.ts) — after, so that no read made
 * before the commit is cached as current. A change of entered records only
 * (its audit events name only RECORD_TABLES) leaves set-up reads current.
 */
export async function inTransaction<T>(ctx: ServiceContext, work: (tx: Database) => Promise<T>): Promise<T> {
  let transaction: Database | undefined;
  try {
    return await ctx.db.transaction(async (tx) => {
      transaction = tx as unknown as Database;
      return work(transaction);
    });
  } finally {
    const tables = transaction && changed.get(transaction);
    if (tables) bumpGeneration(ctx.db, scopeOfTables(tables));
  }
}
