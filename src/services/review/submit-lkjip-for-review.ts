/** The kepala submits a draft LKjIP for review (draft → in_review). */
import { z } from 'zod';
import { lkjipReport } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { assertDocumentOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  actingUser,
  loadReport,
  REPORT_TEXTS,
  reportResult,
  requireStatus,
  type ReportResult,
} from './lkjip-report.ts';

export const submitLkjipForReviewInput = z.strictObject({
  reportId: z.uuid(),
  version: z.number().int().positive(),
});
export type SubmitLkjipForReviewInput = z.input<typeof submitLkjipForReviewInput>;

export async function submitLkjipForReview(ctx: ServiceContext, input: unknown): Promise<ReportResult> {
  const data = parseInput(submitLkjipForReviewInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadReport(tx, ctx, 'report.submit', data.reportId);
    requireStatus(before, ['draft'], { id: 'diajukan untuk reviu', en: 'submitted for review' });
    await assertDocumentOpen(tx, before.agencyId, before.year, 'lkjip');
    const after = await updateVersioned(
      tx,
      lkjipReport,
      before.id,
      data.version,
      { status: 'in_review', submittedAt: ctx.now(), submittedByUserId: actingUser(ctx) },
      REPORT_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'lkjip_report.submitted',
      entityTable: 'lkjip_report',
      entityId: after.id,
      agencyId: after.agencyId,
      before,
      after,
    });
    return reportResult(after);
  });
}
