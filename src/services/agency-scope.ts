/** Loads the scope (region, agency) of an agency's records, for authorization. */
import { eq } from 'drizzle-orm';
import type { Database } from '../store/database.ts';
import { agency } from '../store/schema/index.ts';
import { authorize, type Action, type Scope } from './authorization.ts';
import type { ServiceContext } from './context.ts';
import { notFound } from './errors.ts';
import { ReadCache } from './read-cache.ts';

export async function agencyScope(tx: Database, agencyId: string): Promise<Scope> {
  const [row] = await tx.select({ regionId: agency.regionId }).from(agency).where(eq(agency.id, agencyId));
  if (!row) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
  return { regionId: row.regionId, agencyId };
}

const scopes = new ReadCache<Scope | null>(5000);

/** The agency's scope from the read cache (an agency's region is read once per change generation). */
export async function cachedAgencyScope(db: Database, agencyId: string, enabled = true): Promise<Scope> {
  const scope = await scopes.get(
    db,
    agencyId,
    async () => {
      const [row] = await db
        .select({ regionId: agency.regionId })
        .from(agency)
        .where(eq(agency.id, agencyId));
      return row ? { regionId: row.regionId, agencyId } : null;
    },
    Date.now(),
    enabled,
  );
  if (!scope) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
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
  const scope = await agencyScope(tx, agencyId);
  authorize(ctx.actor, action, scope);
  return scope;
}
