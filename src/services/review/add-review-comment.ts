/** An evaluator comments on one section of an LKjIP in review. */
import { z } from 'zod';
import { lkjipReviewComment } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { actingUser, commentResult, loadReport, requireStatus, type CommentResult } from './lkjip-report.ts';
import { checkSection, sectionKey } from './lkjip-sections.ts';

export const addReviewCommentInput = z.strictObject({
  reportId: z.uuid(),
  sectionKey,
  body: z.string().trim().min(1).max(8000),
});
export type AddReviewCommentInput = z.input<typeof addReviewCommentInput>;

export async function addReviewComment(ctx: ServiceContext, input: unknown): Promise<CommentResult> {
  const data = parseInput(addReviewCommentInput, input);
  return inTransaction(ctx, async (tx) => {
    const report = await loadReport(tx, ctx, 'report.review', data.reportId);
    requireStatus(report, ['in_review'], { id: 'diberi catatan reviu', en: 'commented on' });
    await checkSection(tx, report.agencyId, data.sectionKey, 'sectionKey');
    const [row] = await tx
      .insert(lkjipReviewComment)
      .values({
        agencyId: report.agencyId,
        reportId: report.id,
        sectionKey: data.sectionKey,
        authorUserId: actingUser(ctx),
        body: data.body,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'lkjip_review_comment.added',
      entityTable: 'lkjip_review_comment',
      entityId: row!.id,
      agencyId: report.agencyId,
      after: row,
    });
    return commentResult(row!);
  });
}
