/** Lists the users who hold a role in the admin's region (optionally one agency's), with their roles. */
import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { agency, appUser, userRole } from '../../store/schema/index.ts';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { userView, type UserRoleView, type UserView } from './user-scope.ts';

export const listUsersInput = z.strictObject({
  regionId: z.uuid(),
  agencyId: z.uuid().optional(),
  includeInactive: z.boolean().optional(),
});

export type ListedUser = UserView & { roles: UserRoleView[] };

export async function listUsers(ctx: ServiceContext, input: unknown): Promise<{ users: ListedUser[] }> {
  const data = parseInput(listUsersInput, input);
  return inTransaction(ctx, async (tx) => {
    authorize(ctx.actor, 'region.admin', { regionId: data.regionId, agencyId: null });
    const agencies = tx.select({ id: agency.id }).from(agency).where(eq(agency.regionId, data.regionId));
    const inRegion: SQL | undefined =
      data.agencyId === undefined
        ? or(eq(userRole.regionId, data.regionId), inArray(userRole.agencyId, agencies))
        : and(eq(userRole.agencyId, data.agencyId), inArray(userRole.agencyId, agencies));
    const rows = await tx
      .select({ user: appUser, role: userRole, agencyRegionId: agency.regionId })
      .from(userRole)
      .innerJoin(appUser, eq(appUser.id, userRole.userId))
      .leftJoin(agency, eq(agency.id, userRole.agencyId))
      .where(and(inRegion, data.includeInactive === true ? undefined : eq(appUser.isActive, true)))
      .orderBy(asc(appUser.username), asc(userRole.role));
    const users = new Map<string, ListedUser>();
    for (const { user, role, agencyRegionId } of rows) {
      const listed = users.get(user.id) ?? { ...userView(user), roles: [] };
      listed.roles.push({
        role: role.role,
        regionId: role.regionId ?? agencyRegionId ?? data.regionId,
        agencyId: role.agencyId,
        orgUnitId: role.orgUnitId,
      });
      users.set(user.id, listed);
    }
    return { users: [...users.values()] };
  });
}
