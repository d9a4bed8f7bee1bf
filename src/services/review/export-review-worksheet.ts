/**
 * The kertas kerja reviu of a review as .xlsx or .docx (anyone who may read
 * the agency: the agency sees what it is asked to answer). The date is the
 * review's day in the region's time zone, written "20 Januari 2024".
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agency, region } from '../../store/schema/index.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { loadReview, reviewResult } from './review-record.ts';
import { buildWorksheet, renderWorksheetDocx, renderWorksheetXlsx } from './review-worksheet.ts';

export const exportReviewWorksheetInput = z.strictObject({
  reviewId: z.uuid(),
  format: z.enum(['xlsx', 'docx']),
  locale: z.enum(['id', 'en']).optional(),
});
export type ExportReviewWorksheetInput = z.input<typeof exportReviewWorksheetInput>;

export type WorksheetFile = { fileName: string; mimeType: string; bytes: Uint8Array };

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function exportReviewWorksheet(ctx: ServiceContext, input: unknown): Promise<WorksheetFile> {
  const data = parseInput(exportReviewWorksheetInput, input);
  const locale = data.locale ?? 'id';
  const { review, timeZone } = await inTransaction(ctx, async (tx) => {
    const row = await loadReview(tx, ctx, 'agency.read', data.reviewId);
    const [place] = await tx
      .select({ name: agency.name, timeZone: region.timeZone })
      .from(agency)
      .innerJoin(region, eq(region.id, agency.regionId))
      .where(eq(agency.id, row.agencyId));
    return {
      review: await reviewResult(tx, row, place?.name ?? ''),
      timeZone: place?.timeZone ?? 'Asia/Jakarta',
    };
  });
  const sheet = buildWorksheet(review, dayIn(review.createdAt, timeZone), locale);
  const bytes =
    data.format === 'xlsx'
      ? await renderWorksheetXlsx(sheet, review.createdAt)
      : await renderWorksheetDocx(sheet);
  const base = ['kertas-kerja-reviu', review.year, slug(review.agencyName)].filter((p) => p !== '').join('-');
  return { fileName: `${base}.${data.format}`, mimeType: MIME[data.format], bytes: new Uint8Array(bytes) };
}
