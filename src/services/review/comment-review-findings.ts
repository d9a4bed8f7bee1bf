/**
 * The evaluator turns chosen findings of a review into review comments on the
 * agency's LKjIP of that year, which the agency must answer. The LKjIP must
 * be in review (add-review-comment.ts applies the workflow's rules); each
 * comment goes to the section of its finding, says where, what is printed,
 * what is right and why, and is remembered on the finding so the worksheet
 * shows the answer. A finding already made a comment is refused.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { describeLocation } from '../../domain/report-data/finding-location.ts';
import { formatNumber } from '../../domain/numbers.ts';
import { agency, lkjipReport, reviewRecord } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, markChanged, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { addReviewComment } from './add-review-comment.ts';
import {
  findingsOf,
  loadReview,
  REVIEW_TEXTS,
  reviewResult,
  type ReviewResult,
  type StoredFinding,
} from './review-record.ts';

export const commentReviewFindingsInput = z.strictObject({
  reviewId: z.uuid(),
  version: z.number().int().positive(),
  /** Indexes of the findings (as listed by the review). */
  findings: z.array(z.number().int().min(0)).min(1).max(500),
  /** A line added to every comment (optional). */
  note: z.string().trim().max(2000).optional(),
});
export type CommentReviewFindingsInput = z.input<typeof commentReviewFindingsInput>;

function printedText(value: string | number): string {
  return typeof value === 'number' ? formatNumber(value, { locale: 'id' }) : value;
}

/** The comment's text, in Indonesian (the agency's working language). */
export function commentBody(finding: StoredFinding, note: string | undefined): string {
  const where = describeLocation(finding.path, 'id');
  const lines = finding.lines && finding.lines.length > 0 ? ` (baris ${finding.lines.join(', ')})` : '';
  const right = finding.expected ? `; seharusnya ${finding.expected.id}` : '';
  return [
    `Temuan reviu — ${where}${lines}: tercetak ${printedText(finding.printed)}${right}.`,
    finding.message.id,
    ...(note ? [note] : []),
  ].join('\n');
}

export async function commentReviewFindings(ctx: ServiceContext, input: unknown): Promise<ReviewResult> {
  const data = parseInput(commentReviewFindingsInput, input);
  return inTransaction(ctx, async (tx) => {
    const review = await loadReview(tx, ctx, 'report.review', data.reviewId);
    const findings = findingsOf(review).map((f) => ({ ...f }));
    const chosen = [...new Set(data.findings)];
    chosen.forEach((index, i) => {
      const finding = findings[index];
      if (!finding)
        fieldError(`findings[${i}]`, `tidak ada temuan nomor ${index}`, `no finding number ${index}`);
      else if (finding.commentId !== null)
        fieldError(
          `findings[${i}]`,
          `temuan nomor ${index} sudah dijadikan catatan reviu`,
          `finding number ${index} is already a review comment`,
        );
    });
    const [report] = await tx
      .select({ id: lkjipReport.id })
      .from(lkjipReport)
      .where(and(eq(lkjipReport.agencyId, review.agencyId), eq(lkjipReport.year, review.year)));
    if (!report)
      throw invalidState({
        id: `Perangkat daerah ini belum memiliki LKjIP tahun ${review.year}; catatan reviu dibuat pada LKjIP yang sedang direviu.`,
        en: `This agency has no LKjIP for ${review.year}; review comments are made on an LKjIP in review.`,
      });
    const inner: ServiceContext = { ...ctx, db: tx };
    for (const index of chosen) {
      const finding = findings[index]!;
      const comment = await addReviewComment(inner, {
        reportId: report.id,
        sectionKey: finding.section,
        body: commentBody(finding, data.note),
      });
      finding.commentId = comment.id;
    }
    markChanged(tx, 'lkjip_review_comment');
    const after = await updateVersioned(
      tx,
      reviewRecord,
      review.id,
      data.version,
      { findings },
      REVIEW_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'review_record.commented',
      entityTable: 'review_record',
      entityId: review.id,
      agencyId: review.agencyId,
      before: { findings: findingsOf(review).map((f) => f.commentId) },
      after: { findings: findings.map((f) => f.commentId) },
    });
    const [agencyRow] = await tx
      .select({ name: agency.name })
      .from(agency)
      .where(eq(agency.id, review.agencyId));
    return reviewResult(tx, after, agencyRow?.name ?? '');
  });
}
