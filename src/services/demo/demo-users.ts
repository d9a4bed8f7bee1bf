/**
 * Demo loading, users: one demo user per role, with the role's scope. The
 * audit keeps no password hash.
 */
import { randomUUID } from 'node:crypto';
import * as s from '../../store/schema/index.ts';
import { byId, type DemoLoad } from './demo-writer.ts';

/** Demo users, one per role (`hashes` are the bundle's passwords, hashed in the same order). */
export async function loadDemoUsers(
  { w, bundle }: DemoLoad,
  { regionId, agencyId, hashes }: { regionId: string; agencyId: string; hashes: string[] },
): Promise<void> {
  const userIds = bundle.demoUsers.map(() => randomUUID());
  await w.insert(
    s.appUser,
    'app_user',
    bundle.demoUsers.map((u, i) => ({
      id: userIds[i]!,
      username: u.username,
      displayName: u.displayName,
      passwordHash: hashes[i]!,
    })),
    (row) => ({ entityId: row.id, agencyId: null }),
  );
  // The audit keeps no password hash.
  for (const event of w.audit)
    if (event.entityTable === 'app_user' && event.after && typeof event.after === 'object')
      delete (event.after as { passwordHash?: unknown }).passwordHash;
  await w.insert(
    s.userRole,
    'user_role',
    bundle.demoUsers.map((u, i) => ({
      userId: userIds[i]!,
      role: u.role,
      regionId,
      agencyId: u.agency ? agencyId : null,
    })),
    byId,
  );
}
