/**
 * The actor the services see for a signed-in user: their role, region and
 * agency, from their `user_role` rows. Called by the HTTP layer after login
 * and on each request's session.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { appUser } from '../../store/schema/index.ts';
import type { Role } from '../../store/schema/enums.ts';
import type { ServiceActor } from '../context.ts';
import { rolesOfUser } from './user-scope.ts';

/** When a user holds several roles and none is asked for, the broadest one acts. */
export const ROLE_PRECEDENCE: readonly Role[] = ['admin', 'evaluator', 'kepala', 'operator', 'viewer'];

/**
 * The user's actor, or null when the user does not exist, is inactive, or
 * holds no role (or not the role asked for). Several roles: `role` picks
 * one, else the first in ROLE_PRECEDENCE.
 */
export async function actorForUser(
  db: Database,
  userId: string,
  options: { role?: Role } = {},
): Promise<ServiceActor | null> {
  const [user] = await db
    .select({ id: appUser.id, username: appUser.username, isActive: appUser.isActive })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user || !user.isActive) return null;
  const roles = await rolesOfUser(db, userId);
  const candidates = options.role === undefined ? roles : roles.filter((r) => r.role === options.role);
  const chosen = [...candidates].sort(
    (a, b) => ROLE_PRECEDENCE.indexOf(a.role) - ROLE_PRECEDENCE.indexOf(b.role),
  )[0];
  if (!chosen) return null;
  return {
    userId: user.id,
    label: user.username,
    role: chosen.role,
    regionId: chosen.regionId,
    agencyId: chosen.agencyId,
  };
}
