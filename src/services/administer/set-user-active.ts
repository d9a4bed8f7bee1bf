/**
 * Activates or deactivates a user. Deactivating ends the user's open
 * sessions at once. Admins cannot deactivate themselves (a region must not
 * lock out its last admin by accident).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { appUser, session } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { authorizeForUser, userView, type UserView } from './user-scope.ts';

export const setUserActiveInput = z.strictObject({
  userId: z.uuid(),
  isActive: z.boolean(),
  version: z.number().int().min(1),
});

export async function setUserActive(ctx: ServiceContext, input: unknown): Promise<UserView> {
  const data = parseInput(setUserActiveInput, input);
  if (!data.isActive && data.userId === ctx.actor.userId)
    throw invalidState({
      id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
      en: 'You cannot deactivate your own account.',
    });
  return inTransaction(ctx, async (tx) => {
    const { user } = await authorizeForUser(tx, ctx, data.userId);
    const now = ctx.now();
    const updated = await updateVersioned(
      tx,
      appUser,
      data.userId,
      data.version,
      { isActive: data.isActive },
      { id: 'Pengguna', en: 'User' },
      now,
    );
    if (!data.isActive)
      await tx
        .update(session)
        .set({ revokedAt: now })
        .where(and(eq(session.userId, data.userId), isNull(session.revokedAt)));
    await recordAudit(tx, ctx, {
      action: data.isActive ? 'app_user.activated' : 'app_user.deactivated',
      entityTable: 'app_user',
      entityId: data.userId,
      before: userView(user),
      after: userView(updated),
    });
    return userView(updated);
  });
}
