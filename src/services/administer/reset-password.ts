/**
 * Sets a new password for a user (the admin's reset; the user hands it over
 * out of band). The user's open sessions end. The audit event says that the
 * password changed, never the hash.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { appUser, session } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { passwordInput } from './create-user.ts';
import { hashPassword } from './password-hash.ts';
import { authorizeForUser, userView, type UserView } from './user-scope.ts';

export const resetPasswordInput = z.strictObject({
  userId: z.uuid(),
  password: passwordInput,
  version: z.number().int().min(1),
});

export async function resetPassword(ctx: ServiceContext, input: unknown): Promise<UserView> {
  const data = parseInput(resetPasswordInput, input);
  // Authorize before hashing (slow on purpose: not for anyone to spend), and again with the write.
  await inTransaction(ctx, (tx) => authorizeForUser(tx, ctx, data.userId));
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx, async (tx) => {
    const { user } = await authorizeForUser(tx, ctx, data.userId);
    const now = ctx.now();
    const updated = await updateVersioned(
      tx,
      appUser,
      data.userId,
      data.version,
      { passwordHash },
      { id: 'Pengguna', en: 'User' },
      now,
    );
    await tx
      .update(session)
      .set({ revokedAt: now })
      .where(and(eq(session.userId, data.userId), isNull(session.revokedAt)));
    await recordAudit(tx, ctx, {
      action: 'app_user.password_reset',
      entityTable: 'app_user',
      entityId: data.userId,
      before: userView(user),
      after: { ...userView(updated), passwordChanged: true },
    });
    return userView(updated);
  });
}
