/**
 * The regions a user belongs to (through their roles), for authorizing the
 * admin use cases on that user, and the user as the audit log may show it
 * (never the password hash).
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { agency, appUser, userRole } from '../../store/schema/index.ts';
import type { Role } from '../../store/schema/enums.ts';
import { authorize } from '../authorization.ts';
import type { ServiceContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';

export type UserRoleView = {
  role: Role;
  regionId: string;
  agencyId: string | null;
  orgUnitId: string | null;
};

export type UserView = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  nip: string | null;
  isActive: boolean;
  locale: string;
  lastLoginAt: Date | null;
  version: number;
};

/** The user's columns without the password hash. */
export function userView(row: typeof appUser.$inferSelect): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    nip: row.nip,
    isActive: row.isActive,
    locale: row.locale,
    lastLoginAt: row.lastLoginAt,
    version: row.version,
  };
}

/** The user's roles, each with its region (an agency-scoped role takes its agency's region). */
export async function rolesOfUser(tx: Database, userId: string): Promise<UserRoleView[]> {
  const rows = await tx
    .select({
      role: userRole.role,
      regionId: userRole.regionId,
      agencyId: userRole.agencyId,
      orgUnitId: userRole.orgUnitId,
      agencyRegionId: agency.regionId,
    })
    .from(userRole)
    .leftJoin(agency, eq(agency.id, userRole.agencyId))
    .where(eq(userRole.userId, userId));
  return rows.flatMap((r) => {
    const regionId = r.regionId ?? r.agencyRegionId;
    return regionId === null
      ? []
      : [{ role: r.role, regionId, agencyId: r.agencyId, orgUnitId: r.orgUnitId }];
  });
}

/**
 * Loads the user and checks that the actor administers every region the user
 * has a role in. A user without any role can be managed only by the system.
 */
export async function authorizeForUser(
  tx: Database,
  ctx: ServiceContext,
  userId: string,
): Promise<{ user: typeof appUser.$inferSelect; roles: UserRoleView[] }> {
  const [user] = await tx.select().from(appUser).where(eq(appUser.id, userId));
  if (!user) throw notFound({ id: 'Pengguna', en: 'User' });
  const roles = await rolesOfUser(tx, userId);
  if (roles.length === 0 && ctx.actor.userId !== 'system') throw forbidden();
  for (const role of roles) authorize(ctx.actor, 'region.admin', { regionId: role.regionId, agencyId: null });
  return { user, roles };
}
