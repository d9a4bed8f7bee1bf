/** Marks one of the acting user's notifications read (idempotent: the first read time stays). */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { notification } from '../../store/schema/index.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';

export const markNotificationReadInput = z.strictObject({ notificationId: z.uuid() });
export type MarkNotificationReadInput = z.input<typeof markNotificationReadInput>;

export async function markNotificationRead(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ id: string; readAt: Date }> {
  const data = parseInput(markNotificationReadInput, input);
  if (ctx.actor.userId === 'system') throw notFound({ id: 'Notifikasi', en: 'Notification' });
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(notification)
      .where(and(eq(notification.id, data.notificationId), eq(notification.userId, ctx.actor.userId)));
    // another user's notification is reported as missing: its existence is not theirs to know
    if (!row) throw notFound({ id: 'Notifikasi', en: 'Notification' });
    if (row.readAt !== null) return { id: row.id, readAt: row.readAt };
    await tx
      .update(notification)
      .set({ readAt: ctx.now() })
      .where(and(eq(notification.id, row.id), isNull(notification.readAt)));
    return { id: row.id, readAt: ctx.now() };
  });
}
