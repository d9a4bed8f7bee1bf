/** The review template (.xlsx) for an agency-year: the agency's name and the year filled in (anyone who may read the agency). */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agency } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import type { WorksheetFile } from './export-review-worksheet.ts';
import { buildReviewTemplate } from './write-review-template.ts';

export const getReviewTemplateInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type GetReviewTemplateInput = z.input<typeof getReviewTemplateInput>;

export async function getReviewTemplate(ctx: ServiceContext, input: unknown): Promise<WorksheetFile> {
  const data = parseInput(getReviewTemplateInput, input);
  const name = await inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const [row] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, data.agencyId));
    return row?.name ?? '';
  });
  const bytes = await buildReviewTemplate({ agency: name, year: data.year });
  return {
    fileName: `templat-reviu-${data.year}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: new Uint8Array(bytes),
  };
}
