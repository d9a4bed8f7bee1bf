/** The region's reporting calendar for a year (or every year), in due-date order; anyone of the region may read it. */
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { reportingDeadline } from '../../store/schema/index.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { authorizeRegionRead, deadlineResult, type DeadlineResult } from './deadline-texts.ts';

export const listDeadlinesInput = z.strictObject({
  regionId: z.uuid(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type ListDeadlinesInput = z.input<typeof listDeadlinesInput>;

export async function listDeadlines(ctx: ServiceContext, input: unknown): Promise<DeadlineResult[]> {
  const data = parseInput(listDeadlinesInput, input);
  authorizeRegionRead(ctx, data.regionId);
  return inTransaction(ctx, async (tx) => {
    const where: SQL[] = [eq(reportingDeadline.regionId, data.regionId)];
    if (data.year !== undefined) where.push(eq(reportingDeadline.year, data.year));
    const rows = await tx
      .select()
      .from(reportingDeadline)
      .where(and(...where))
      .orderBy(asc(reportingDeadline.dueAt), asc(reportingDeadline.kind), asc(reportingDeadline.periodNo));
    return rows.map(deadlineResult);
  });
}
