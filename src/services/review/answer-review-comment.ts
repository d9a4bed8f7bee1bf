/**
 * The agency (operator or kepala) answers a review comment, while the report
 * is in review or back in draft. Answering again replaces the answer (the
 * audit trail keeps the previous one). A resolved comment is closed.
 */
import { z } from 'zod';
import { lkjipReviewComment } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { assertDocumentOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  actingUser,
  COMMENT_TEXTS,
  commentResult,
  loadComment,
  requireStatus,
  type CommentResult,
} from './lkjip-report.ts';

export const answerReviewCommentInput = z.strictObject({
  commentId: z.uuid(),
  version: z.number().int().positive(),
  response: z.string().trim().min(1).max(8000),
});
export type AnswerReviewCommentInput = z.input<typeof answerReviewCommentInput>;

export async function answerReviewComment(ctx: ServiceContext, input: unknown): Promise<CommentResult> {
  const data = parseInput(answerReviewCommentInput, input);
  return inTransaction(ctx, async (tx) => {
    const { comment, report } = await loadComment(tx, ctx, 'report.write', data.commentId);
    requireStatus(report, ['in_review', 'draft'], { id: 'dijawab catatannya', en: 'answered' });
    if (comment.resolvedAt !== null)
      throw invalidState({
        id: 'Catatan ini sudah dinyatakan selesai.',
        en: 'This comment is already resolved.',
      });
    await assertDocumentOpen(tx, report.agencyId, report.year, 'lkjip');
    const after = await updateVersioned(
      tx,
      lkjipReviewComment,
      comment.id,
      data.version,
      { responseText: data.response, respondedAt: ctx.now(), respondedByUserId: actingUser(ctx) },
      COMMENT_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'lkjip_review_comment.answered',
      entityTable: 'lkjip_review_comment',
      entityId: after.id,
      agencyId: after.agencyId,
      before: comment,
      after,
    });
    return commentResult(after);
  });
}
