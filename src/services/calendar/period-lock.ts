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
import { and, eq, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
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

/**
 * The lock rows that may apply to an agency's period: the agency's own and
 * its region's (`lockOf` picks the one in force). The region and agency may
 * be columns of an outer query.
 */
export function lockCandidates(
  regionId: string | SQLWrapper,
  agencyId: string | SQLWrapper,
  year: number,
  kind: DeadlineKind,
  periodNo: number | null,
): SQL {
  return and(
    eq(periodLock.regionId, regionId),
    eq(periodLock.year, year),
    eq(periodLock.kind, kind),
    periodNo === null ? isNull(periodLock.periodNo) : eq(periodLock.periodNo, periodNo),
    or(eq(periodLock.agencyId, agencyId), isNull(periodLock.agencyId)),
  )!;
}

/** Of the candidate rows, the lock in force: the agency's own overrides the region's; a reopened lock is none. */
export function lockOf<T extends { agencyId: string | null; reopenedAt: unknown }>(
  rows: readonly T[],
  agencyId: string,
): T | null {
  const lock = rows.find((row) => row.agencyId === agencyId) ?? rows.find((row) => row.agencyId === null);
  return lock && lock.reopenedAt === null ? lock : null;
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
    .where(lockCandidates(owner.regionId, agencyId, year, kind, periodNo));
  return lockOf(rows, agencyId);
}

function lockedError(kind: DeadlineKind, year: number, periodNo: number | null): AppError {
  const label = deadlineLabel(kind, year, periodNo);
  return new AppError('locked', {
    id: `Periode ${label.id} sudah dikunci karena melewati tenggat; minta admin membukanya kembali.`,
    en: `The period of ${label.en} is locked (past its deadline); ask an admin to reopen it.`,
  });
}

/** The deadline whose lock covers a realisation period: its quarter's (see quarterOf). */
export function realisationDeadline(
  periodKind: PeriodKind,
  periodNo: number,
): { kind: 'realisation_quarter'; periodNo: number } {
  return { kind: 'realisation_quarter', periodNo: quarterOf(periodKind, periodNo) };
}

/**
 * Refuses (error code `locked`) a write to a realisation period given the
 * lock in force for it (`lockOf` over `lockCandidates` of `realisationDeadline`,
 * read by the caller inside the write's transaction).
 */
export function refuseIfLocked(
  lock: object | null,
  year: number,
  periodKind: PeriodKind,
  periodNo: number,
): void {
  const deadline = realisationDeadline(periodKind, periodNo);
  if (lock) throw lockedError(deadline.kind, year, deadline.periodNo);
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
  const deadline = realisationDeadline(periodKind, periodNo);
  refuseIfLocked(
    await lockInForce(tx, agencyId, year, deadline.kind, deadline.periodNo),
    year,
    periodKind,
    periodNo,
  );
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
