/** A review with its findings and, for each finding made a comment, the agency's answer and the status (anyone who may read the agency). */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agency } from '../../store/schema/index.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { loadReview, reviewResult, type ReviewResult } from './review-record.ts';

export const getReviewInput = z.strictObject({ reviewId: z.uuid() });
export type GetReviewInput = z.input<typeof getReviewInput>;

export async function getReview(ctx: ServiceContext, input: unknown): Promise<ReviewResult> {
  const data = parseInput(getReviewInput, input);
  return inTransaction(ctx, async (tx) => {
    const row = await loadReview(tx, ctx, 'agency.read', data.reviewId);
    const [agencyRow] = await tx
      .select({ name: agency.name })
      .from(agency)
      .where(eq(agency.id, row.agencyId));
    return reviewResult(tx, row, agencyRow?.name ?? '');
  });
}
