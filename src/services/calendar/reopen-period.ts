/**
 * Reopens a locked period (admin only), with a reason kept in the lock and
 * in the audit trail. Without `agencyId` the period reopens for the whole
 * region; with it, only for that agency (an agency row overriding the
 * region's lock, which stays in force for the others). A reopened period is
 * not locked again by lockOverduePeriods.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agency, periodLock } from '../../store/schema/index.ts';
import { authorize } from '../authorization.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, invalidState, notFound } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { LOCK_TEXTS } from './deadline-texts.ts';
import { lockResult, type LockResult } from './list-period-locks.ts';

export const reopenPeriodInput = z.strictObject({
  lockId: z.uuid(),
  version: z.number().int().positive(),
  /** Reopen only for this agency of the region; absent: for the whole region. */
  agencyId: z.uuid().optional(),
  reason: z.string().trim().min(1).max(2000),
});
export type ReopenPeriodInput = z.input<typeof reopenPeriodInput>;

export async function reopenPeriod(ctx: ServiceContext, input: unknown): Promise<LockResult> {
  const data = parseInput(reopenPeriodInput, input);
  return inTransaction(ctx, async (tx) => {
    const [lock] = await tx.select().from(periodLock).where(eq(periodLock.id, data.lockId));
    if (!lock) throw notFound(LOCK_TEXTS);
    authorize(ctx.actor, 'period.reopen', { regionId: lock.regionId, agencyId: null });
    if (lock.reopenedAt !== null)
      throw invalidState({ id: 'Periode ini sudah dibuka kembali.', en: 'This period is already reopened.' });
    const reopened = {
      reopenedAt: ctx.now(),
      reopenedByUserId: ctx.actor.userId === 'system' ? null : ctx.actor.userId,
      reopenReason: data.reason,
    };
    const forAgency = data.agencyId !== undefined && lock.agencyId === null;
    if (data.agencyId !== undefined && lock.agencyId !== null && lock.agencyId !== data.agencyId)
      fieldError('agencyId', 'kunci ini milik perangkat daerah lain', 'this lock belongs to another agency');
    if (!forAgency) {
      const after = await updateVersioned(
        tx,
        periodLock,
        lock.id,
        data.version,
        reopened,
        LOCK_TEXTS,
        ctx.now(),
      );
      await recordAudit(tx, ctx, {
        action: 'period_lock.reopened',
        entityTable: 'period_lock',
        entityId: after.id,
        agencyId: after.agencyId,
        before: lock,
        after,
      });
      return lockResult(after);
    }
    const agencyId = data.agencyId!;
    const [target] = await tx
      .select({ regionId: agency.regionId })
      .from(agency)
      .where(eq(agency.id, agencyId));
    if (!target || target.regionId !== lock.regionId)
      fieldError(
        'agencyId',
        'perangkat daerah tidak ditemukan di daerah ini',
        'no such agency in this region',
      );
    if (lock.version !== data.version) throw conflict(LOCK_TEXTS);
    const [row] = await tx
      .insert(periodLock)
      .values({
        regionId: lock.regionId,
        agencyId,
        year: lock.year,
        kind: lock.kind,
        periodNo: lock.periodNo,
        deadlineId: lock.deadlineId,
        lockedAt: lock.lockedAt,
        ...reopened,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw invalidState({
        id: 'Periode ini sudah dibuka kembali untuk perangkat daerah tersebut.',
        en: 'This period is already reopened for that agency.',
      });
    await recordAudit(tx, ctx, {
      action: 'period_lock.reopened',
      entityTable: 'period_lock',
      entityId: row.id,
      agencyId,
      before: lock,
      after: row,
    });
    return lockResult(row);
  });
}
