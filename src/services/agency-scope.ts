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
