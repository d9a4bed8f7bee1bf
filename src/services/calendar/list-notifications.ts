/** The acting user's in-app notifications, newest first (unread only on request). */
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { notification } from '../../store/schema/index.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { unauthenticated } from '../errors.ts';
import { parseInput } from '../validate.ts';

export const listNotificationsInput = z.strictObject({
  unreadOnly: z.boolean().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type ListNotificationsInput = z.input<typeof listNotificationsInput>;

export type NotificationResult = {
  id: string;
  kind: string;
  text: { id: string; en: string };
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
};

export async function listNotifications(ctx: ServiceContext, input: unknown): Promise<NotificationResult[]> {
  const data = parseInput(listNotificationsInput, input);
  if (ctx.actor.userId === 'system') throw unauthenticated();
  return inTransaction(ctx, async (tx) => {
    const where: SQL[] = [eq(notification.userId, ctx.actor.userId)];
    if (data.unreadOnly === true) where.push(isNull(notification.readAt));
    const rows = await tx
      .select()
      .from(notification)
      .where(and(...where))
      .orderBy(desc(notification.createdAt), desc(notification.id))
      .limit(data.limit);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      text: { id: row.textId, en: row.textEn },
      link: row.link,
      createdAt: row.createdAt,
      readAt: row.readAt,
    }));
  });
}
