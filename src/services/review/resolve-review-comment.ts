/** The evaluator closes a review comment (satisfied by the answer or the change), while the report is not final. */
import { z } from 'zod';
import { lkjipReviewComment } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
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

export const resolveReviewCommentInput = z.strictObject({
  commentId: z.uuid(),
  version: z.number().int().positive(),
});
export type ResolveReviewCommentInput = z.input<typeof resolveReviewCommentInput>;

export async function resolveReviewComment(ctx: ServiceContext, input: unknown): Promise<CommentResult> {
  const data = parseInput(resolveReviewCommentInput, input);
  return inTransaction(ctx, async (tx) => {
    const { comment, report } = await loadComment(tx, ctx, 'report.review', data.commentId);
    requireStatus(report, ['in_review', 'draft'], { id: 'diselesaikan catatannya', en: 'resolved' });
    if (comment.resolvedAt !== null)
      throw invalidState({
        id: 'Catatan ini sudah dinyatakan selesai.',
        en: 'This comment is already resolved.',
      });
    const after = await updateVersioned(
      tx,
      lkjipReviewComment,
      comment.id,
      data.version,
      { resolvedAt: ctx.now(), resolvedByUserId: actingUser(ctx) },
      COMMENT_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'lkjip_review_comment.resolved',
      entityTable: 'lkjip_review_comment',
      entityId: after.id,
      agencyId: after.agencyId,
      before: comment,
      after,
    });
    return commentResult(after);
  });
}
