/**
 * Reviu (Inspektorat): run the checker on an agency-year (the draft LKjIP,
 * an uploaded report-data@1 file, or a filled review template sent as
 * base64), read the reviews, turn findings into LKjIP review comments, and
 * download the kertas kerja reviu (.xlsx, .docx) and the empty template.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  commentReviewFindings,
  commentReviewFindingsInput,
} from '../../services/review/comment-review-findings.ts';
import { exportReviewWorksheet } from '../../services/review/export-review-worksheet.ts';
import { getReview, getReviewInput } from '../../services/review/get-review.ts';
import { getReviewTemplate } from '../../services/review/get-review-template.ts';
import { listReviews, listReviewsInput } from '../../services/review/list-reviews.ts';
import { runReview, runReviewInput } from '../../services/review/run-review.ts';
import { localeOf } from '../locale.ts';
import type { RouteDeps, ServiceRoute } from '../service-route.ts';
import { contextOf } from '../session-hooks.ts';

const tag = 'reviu';

export const reviewRoutes: readonly ServiceRoute[] = [
  {
    method: 'POST',
    url: '/agencies/:agencyId/reviews',
    tag,
    summary:
      'Menjalankan pemeriksa pada LKjIP draf, berkas report-data@1 atau templat reviu terisi (evaluator); temuan disimpan sebagai reviu',
    input: runReviewInput,
    status: 201,
    run: runReview,
  },
  {
    method: 'GET',
    url: '/agencies/:agencyId/reviews',
    tag,
    summary: 'Daftar reviu satu perangkat daerah (opsional satu tahun), terbaru dulu',
    input: listReviewsInput,
    run: listReviews,
  },
  {
    method: 'GET',
    url: '/reviews/:reviewId',
    tag,
    summary: 'Satu reviu dengan temuannya, catatan reviu, jawaban dan statusnya',
    input: getReviewInput,
    run: getReview,
  },
  {
    method: 'POST',
    url: '/reviews/:reviewId/comments',
    tag,
    summary: 'Menjadikan temuan terpilih catatan reviu pada LKjIP yang sedang direviu (evaluator)',
    input: commentReviewFindingsInput,
    run: commentReviewFindings,
  },
];

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const formatQuery = z.object({ format: z.string().optional(), locale: z.string().optional() });
const yearQuery = z.object({ year: z.string().optional() });

export function registerReviewFileRoutes(api: FastifyInstance, deps: RouteDeps): void {
  const send = (reply: FastifyReply, file: { fileName: string; mimeType: string; bytes: Uint8Array }) =>
    reply
      .header('content-type', file.mimeType)
      .header('content-disposition', contentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(file.bytes));

  api.get(
    '/reviews/:reviewId/worksheet',
    {
      schema: {
        tags: [tag],
        summary: 'Mengunduh kertas kerja reviu (?format=xlsx|docx)',
        security: [{ session: [] }],
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { reviewId } = request.params as { reviewId: string };
      const query = formatQuery.safeParse(request.query);
      const format = query.success ? query.data.format : undefined;
      const locale = query.success && query.data.locale ? query.data.locale : localeOf(request);
      return send(reply, await exportReviewWorksheet(ctx, { reviewId, format, locale }));
    },
  );

  api.get(
    '/agencies/:agencyId/review-template',
    {
      schema: {
        tags: [tag],
        summary: 'Mengunduh templat reviu (.xlsx) untuk tabel laporan yang sudah terbit (?year=)',
        security: [{ session: [] }],
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { agencyId } = request.params as { agencyId: string };
      const query = yearQuery.safeParse(request.query);
      const yearText = query.success ? query.data.year : undefined;
      const year = yearText !== undefined && /^\d{1,4}$/.test(yearText) ? Number(yearText) : yearText;
      return send(reply, await getReviewTemplate(ctx, { agencyId, year }));
    },
  );
}
