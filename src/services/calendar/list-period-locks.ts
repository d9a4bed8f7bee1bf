/** The locks of the region's reporting periods (in force and reopened); anyone of the region may read them. */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { periodLock } from '../../store/schema/index.ts';
import type { DeadlineKind } from '../../store/schema/workflow.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { authorizeRegionRead } from './deadline-texts.ts';

export const listPeriodLocksInput = z.strictObject({
  regionId: z.uuid(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type ListPeriodLocksInput = z.input<typeof listPeriodLocksInput>;

export type LockResult = {
  id: string;
  regionId: string;
  /** Null: the lock of the whole region; set: one agency's (reopened) period. */
  agencyId: string | null;
  year: number;
  kind: DeadlineKind;
  periodNo: number | null;
  lockedAt: Date;
  locked: boolean;
  reopenedAt: Date | null;
  reopenedByUserId: string | null;
  reopenReason: string | null;
  version: number;
};

export function lockResult(row: typeof periodLock.$inferSelect): LockResult {
  return {
    id: row.id,
    regionId: row.regionId,
    agencyId: row.agencyId,
    year: row.year,
    kind: row.kind,
    periodNo: row.periodNo,
    lockedAt: row.lockedAt,
    locked: row.reopenedAt === null,
    reopenedAt: row.reopenedAt,
    reopenedByUserId: row.reopenedByUserId,
    reopenReason: row.reopenReason,
    version: row.version,
  };
}

export async function listPeriodLocks(ctx: ServiceContext, input: unknown): Promise<LockResult[]> {
  const data = parseInput(listPeriodLocksInput, input);
  authorizeRegionRead(ctx, data.regionId);
  return inTransaction(ctx, async (tx) => {
    const where: SQL[] = [eq(periodLock.regionId, data.regionId)];
    if (data.year !== undefined) where.push(eq(periodLock.year, data.year));
    const rows = await tx
      .select()
      .from(periodLock)
      .where(and(...where))
      .orderBy(
        asc(periodLock.year),
        asc(periodLock.lockedAt),
        asc(periodLock.kind),
        asc(periodLock.periodNo),
      );
    return rows.map(lockResult);
  });
}
