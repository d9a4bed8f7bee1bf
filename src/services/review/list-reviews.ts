/** The reviews of an agency (optionally of one year), newest first, with their counts of findings. */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { appUser, reviewRecord, type ReviewSource } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { findingsOf } from './review-record.ts';

export const listReviewsInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type ListReviewsInput = z.input<typeof listReviewsInput>;

export type ReviewSummary = {
  id: string;
  year: number;
  source: ReviewSource;
  fileName: string | null;
  reviewer: string | null;
  createdAt: Date;
  findings: number;
  errors: number;
  commented: number;
};

export async function listReviews(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ reviews: ReviewSummary[] }> {
  const data = parseInput(listReviewsInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const where: SQL[] = [eq(reviewRecord.agencyId, data.agencyId)];
    if (data.year !== undefined) where.push(eq(reviewRecord.year, data.year));
    const rows = await tx
      .select({ row: reviewRecord, reviewer: appUser.displayName })
      .from(reviewRecord)
      .leftJoin(appUser, eq(appUser.id, reviewRecord.reviewerUserId))
      .where(and(...where))
      .orderBy(desc(reviewRecord.createdAt), desc(reviewRecord.id));
    return {
      reviews: rows.map(({ row, reviewer }) => {
        const findings = findingsOf(row);
        return {
          id: row.id,
          year: row.year,
          source: row.source,
          fileName: row.fileName,
          reviewer,
          createdAt: row.createdAt,
          findings: findings.length,
          errors: findings.filter((f) => f.severity === 'error').length,
          commented: findings.filter((f) => f.commentId !== null).length,
        };
      }),
    };
  });
}
