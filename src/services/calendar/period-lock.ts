/**
 * Period locks: after a deadline's due date and grace days, the period locks
 * for the whole region (`lockOverduePeriods`, run on a timer); writes for it
 * are refused (`assertPeriodOpen`, `assertDocumentOpen`, called by the
 * record, PK and LKjIP use cases inside their transaction) until an admin
 * reopens it (reopen-period.ts), for the region or for one agency.
 *
 * A realisation's period maps to the quarter whose deadline covers it: a
 * month to its quarter, a semester to its last quarter (Q2, Q4), the year to
 * Q4. An agency's own lock row (made by reopening for that agency) overrides
 * the region's.
 */
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import type { PeriodKind } from '../../store/schema/enums.ts';
import { agency, periodLock, reportingDeadline } from '../../store/schema/index.ts';
import type { DeadlineKind } from '../../store/schema/workflow.ts';
import { recordAudit } from '../audit.ts';
import { systemActor, type ServiceContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { deadlineLabel } from './deadline-texts.ts';

export type LockRow = typeof periodLock.$inferSelect;

/** The quarter (1–4) whose deadline covers a realisation period. */
export function quarterOf(periodKind: PeriodKind, periodNo: number): number {
  switch (periodKind) {
    case 'month':
      return Math.ceil(periodNo / 3);
    case 'quarter':
      return periodNo;
    case 'semester':
      return periodNo * 2;
    case 'year':
      return 4;
  }
}

/** The lock in force for an agency's period, or null when the period is open. */
export async function lockInForce(
  tx: Database,
  agencyId: string,
  year: number,
  kind: DeadlineKind,
  periodNo: number | null,
): Promise<LockRow | null> {
  const [owner] = await tx.select({ regionId: agency.regionId }).from(agency).where(eq(agency.id, agencyId));
  if (!owner) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
  const rows = await tx
    .select()
    .from(periodLock)
    .where(
      and(
        eq(periodLock.regionId, owner.regionId),
        eq(periodLock.year, year),
        eq(periodLock.kind, kind),
        periodNo === null ? isNull(periodLock.periodNo) : eq(periodLock.periodNo, periodNo),
        or(eq(periodLock.agencyId, agencyId), isNull(periodLock.agencyId)),
      ),
    );
  const lock = rows.find((row) => row.agencyId === agencyId) ?? rows.find((row) => row.agencyId === null);
  return lock && lock.reopenedAt === null ? lock : null;
}

function lockedError(kind: DeadlineKind, year: number, periodNo: number | null): AppError {
  const label = deadlineLabel(kind, year, periodNo);
  return new AppError('locked', {
    id: `Periode ${label.id} sudah dikunci karena melewati tenggat; minta admin membukanya kembali.`,
    en: `The period of ${label.en} is locked (past its deadline); ask an admin to reopen it.`,
  });
}

/**
 * Refuses (error code `locked`) a write to an agency's realisation (or
 * budget realisation) for a locked period. Call it inside the write's
 * transaction, after authorization.
 */
export async function assertPeriodOpen(
  tx: Database,
  agencyId: string,
  year: number,
  periodKind: PeriodKind,
  periodNo: number,
): Promise<void> {
  const quarter = quarterOf(periodKind, periodNo);
  if (await lockInForce(tx, agencyId, year, 'realisation_quarter', quarter))
    throw lockedError('realisation_quarter', year, quarter);
}

/** Refuses (code `locked`) a write to an agency's PK or LKjIP of a locked year. */
export async function assertDocumentOpen(
  tx: Database,
  agencyId: string,
  year: number,
  kind: 'pk' | 'lkjip',
): Promise<void> {
  if (await lockInForce(tx, agencyId, year, kind, null)) throw lockedError(kind, year, null);
}

export type LockedPeriod = {
  lockId: string;
  deadlineId: string;
  regionId: string;
  year: number;
  kind: DeadlineKind;
  periodNo: number | null;
};

/**
 * Locks, for the whole region, every period whose deadline and grace days
 * have passed at `now` and that has no lock row yet (a reopened period is not
 * locked again). Idempotent; each new lock is audited as the system.
 */
export async function lockOverduePeriods(db: Database, now: Date): Promise<LockedPeriod[]> {
  const overdue = await db
    .select()
    .from(reportingDeadline)
    .where(sql`${reportingDeadline.dueAt} + ${reportingDeadline.graceDays} * interval '1 day' <= ${now}`)
    .orderBy(reportingDeadline.dueAt);
  const locked: LockedPeriod[] = [];
  for (const deadline of overdue) {
    const ctx: ServiceContext = {
      db,
      actor: systemActor(deadline.regionId),
      origin: 'system',
      now: () => now,
    };
    await db.transaction(async (t) => {
      const tx = t as unknown as Database;
      const [row] = await tx
        .insert(periodLock)
        .values({
          regionId: deadline.regionId,
          year: deadline.year,
          kind: deadline.kind,
          periodNo: deadline.periodNo,
          deadlineId: deadline.id,
          lockedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return;
      await recordAudit(tx, ctx, {
        action: 'period_lock.locked',
        entityTable: 'period_lock',
        entityId: row.id,
        after: row,
      });
      locked.push({
        lockId: row.id,
        deadlineId: deadline.id,
        regionId: row.regionId,
        year: row.year,
        kind: row.kind,
        periodNo: row.periodNo,
      });
    });
  }
  return locked;
}
