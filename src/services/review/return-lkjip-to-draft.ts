/**
 * The evaluator returns an LKjIP in review to the agency (in_review → draft)
 * to rework it: only with at least one open (unresolved) comment saying what
 * to change.
 */
import { z } from 'zod';
import { lkjipReport } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  commentsOf,
  loadReport,
  REPORT_TEXTS,
  reportResult,
  requireStatus,
  type ReportResult,
} from './lkjip-report.ts';

export const returnLkjipToDraftInput = z.strictObject({
  reportId: z.uuid(),
  version: z.number().int().positive(),
});
export type ReturnLkjipToDraftInput = z.input<typeof returnLkjipToDraftInput>;

export async function returnLkjipToDraft(ctx: ServiceContext, input: unknown): Promise<ReportResult> {
  const data = parseInput(returnLkjipToDraftInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadReport(tx, ctx, 'report.review', data.reportId);
    requireStatus(before, ['in_review'], { id: 'dikembalikan', en: 'returned' });
    const open = (await commentsOf(tx, before.id)).filter((c) => c.resolvedAt === null);
    if (open.length === 0)
      throw invalidState({
        id: 'Tulis catatan reviu lebih dulu: LKjIP dikembalikan dengan catatan.',
        en: 'Add a review comment first: an LKjIP is returned with comments.',
      });
    const after = await updateVersioned(
      tx,
      lkjipReport,
      before.id,
      data.version,
      { status: 'draft' },
      REPORT_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'lkjip_report.returned',
      entityTable: 'lkjip_report',
      entityId: after.id,
      agencyId: after.agencyId,
      before,
      after,
    });
    return reportResult(after);
  });
}
