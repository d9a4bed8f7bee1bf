/**
 * Sets a due date of the region's reporting calendar (admin): the
 * realisations of a quarter, the PK or the LKjIP of a year. Without
 * `version` it creates the deadline (an existing one is a conflict); with
 * `version` it updates that version. The due date is a day of the region's
 * calendar; `dueAt` stores the instant it ends in the region's zone.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { region, reportingDeadline } from '../../store/schema/index.ts';
import { DEADLINE_KINDS } from '../../store/schema/workflow.ts';
import { authorize } from '../authorization.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { alreadyExists, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { DEADLINE_TEXTS, deadlineResult, type DeadlineResult } from './deadline-texts.ts';
import { endOfLocalDay, isIsoDate } from './working-days.ts';

export const setDeadlineInput = z
  .strictObject({
    regionId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    kind: z.enum(DEADLINE_KINDS),
    /** 1–4 for `realisation_quarter`; absent for `pk` and `lkjip`. */
    periodNo: z.number().int().min(1).max(4).nullish(),
    /** The due date, `YYYY-MM-DD`, in the region's calendar. */
    dueDate: z.string().refine(isIsoDate, { message: 'harus tanggal YYYY-MM-DD' }),
    /** Working days before the due date when reminders go out (default 5). */
    reminderWorkingDays: z.number().int().min(0).max(60).default(5),
    /** Calendar days after the due date before the period locks (default 0). */
    graceDays: z.number().int().min(0).max(365).default(0),
    /** Absent: create. Present: the version read, for an update. */
    version: z.number().int().positive().optional(),
  })
  .superRefine((data, issue) => {
    const quarter = data.kind === 'realisation_quarter';
    if (quarter && (data.periodNo === undefined || data.periodNo === null))
      issue.addIssue({ code: 'custom', path: ['periodNo'], message: 'wajib diisi untuk tenggat triwulan' });
    if (!quarter && data.periodNo !== undefined && data.periodNo !== null)
      issue.addIssue({
        code: 'custom',
        path: ['periodNo'],
        message: 'hanya untuk tenggat realisasi triwulan',
      });
  });
export type SetDeadlineInput = z.input<typeof setDeadlineInput>;

export async function setDeadline(ctx: ServiceContext, input: unknown): Promise<DeadlineResult> {
  const data = parseInput(setDeadlineInput, input);
  const periodNo = data.kind === 'realisation_quarter' ? (data.periodNo ?? null) : null;
  return inTransaction(ctx, async (tx) => {
    const [reg] = await tx.select().from(region).where(eq(region.id, data.regionId));
    if (!reg) throw notFound({ id: 'Daerah', en: 'Region' });
    authorize(ctx.actor, 'region.admin', { regionId: reg.id, agencyId: null });
    const values = {
      dueDate: data.dueDate,
      dueAt: endOfLocalDay(data.dueDate, reg.timeZone),
      reminderWorkingDays: data.reminderWorkingDays,
      graceDays: data.graceDays,
    };
    const [existing] = await tx
      .select()
      .from(reportingDeadline)
      .where(
        and(
          eq(reportingDeadline.regionId, reg.id),
          eq(reportingDeadline.year, data.year),
          eq(reportingDeadline.kind, data.kind),
          periodNo === null ? isNull(reportingDeadline.periodNo) : eq(reportingDeadline.periodNo, periodNo),
        ),
      );
    if (data.version === undefined) {
      if (existing) throw alreadyExists(DEADLINE_TEXTS, 'kind');
      const [row] = await tx
        .insert(reportingDeadline)
        .values({
          regionId: reg.id,
          year: data.year,
          kind: data.kind,
          periodNo,
          ...values,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: 'reporting_deadline.created',
        entityTable: 'reporting_deadline',
        entityId: row!.id,
        after: row,
      });
      return deadlineResult(row!);
    }
    if (!existing) throw notFound(DEADLINE_TEXTS);
    const after = await updateVersioned(
      tx,
      reportingDeadline,
      existing.id,
      data.version,
      values,
      DEADLINE_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'reporting_deadline.updated',
      entityTable: 'reporting_deadline',
      entityId: after.id,
      before: existing,
      after,
    });
    return deadlineResult(after);
  });
}
