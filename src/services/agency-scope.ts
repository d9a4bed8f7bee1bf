/** Loads the scope (region, agency) of an agency's records, for authorization. */
import { eq } from 'drizzle-orm';
import type { Database } from '../store/database.ts';
import { agency } from '../store/schema/index.ts';
import { authorize, type Action, type Scope } from './authorization.ts';
import type { ServiceContext } from './context.ts';
import { notFound } from './errors.ts';

export async function agencyScope(tx: Database, agencyId: string): Promise<Scope> {
  const [row] = await tx.select({ regionId: agency.regionId }).from(agency).where(eq(agency.id, agencyId));
  if (!row) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
  return { regionId: row.regionId, agencyId };
}

/** An agency's region never changes (no use case moves an agency), so it is read once per process. */
const regions = new Map<string, string>();

/** The agency's scope, its region read once and then kept (see `regions`). */
export async function cachedAgencyScope(
  agencyId: string,
  enabled: boolean,
  /** Where to read on a miss: inside a transaction, the transaction (PGlite has one connection). */
  reader: Database,
): Promise<Scope> {
  const known = enabled ? regions.get(agencyId) : undefined;
  if (known) return { regionId: known, agencyId };
  const scope = await agencyScope(reader, agencyId);
  if (enabled) {
    if (regions.size >= 10_000) regions.clear();
    regions.set(agencyId, scope.regionId);
  }
  return scope;
}

/**
 * Checks that the actor may perform `action` on the agency's records. A
 * foreign agency is reported as forbidden, an unknown one as not found.
 */
export async function authorizeForAgency(
  tx: Database,
  ctx: ServiceContext,
  action: Action,
  agencyId: string,
): Promise<Scope> {
  const scope = await cachedAgencyScope(agencyId, ctx.cachedReads === true, tx);
  authorize(ctx.actor, action, scope);
  return scope;
}
