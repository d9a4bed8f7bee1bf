/**
 * Reports: generation is a background job (POST → 202 {jobId}); the client
 * polls GET /api/jobs/:jobId (workflow-routes.ts) and downloads the file from
 * GET /api/jobs/:jobId/result, sent as an attachment with its Indonesian
 * file name (LKjIP-2023-Dinas-Sosial-Kab-Lima-Puluh-Kota.docx).
 */
import type { FastifyInstance } from 'fastify';
import { getJobResult } from '../../services/jobs/get-job-result.ts';
import { startReportJob, startReportJobInput } from '../../services/report/start-report-job.ts';
import type { RouteDeps, ServiceRoute } from '../service-route.ts';
import { contextOf } from '../session-hooks.ts';

export const reportRoutes: readonly ServiceRoute[] = [
  {
    method: 'POST',
    url: '/agencies/:agencyId/reports',
    tag: 'laporan',
    summary:
      'Menyusun LKjIP atau Perjanjian Kinerja (docx, pdf, xlsx) sebagai pekerjaan latar belakang; ikuti GET /jobs/{jobId}, unduh GET /jobs/{jobId}/result',
    input: startReportJobInput,
    status: 202,
    run: (ctx, input) => startReportJob(ctx, input),
  },
];

/** An ASCII fallback of the file name for old clients (filename=), the exact one in filename*. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerReportRoutes(api: FastifyInstance, deps: RouteDeps): void {
  api.get(
    '/jobs/:jobId/result',
    {
      schema: {
        tags: ['pekerjaan'],
        summary: 'Mengunduh berkas hasil pekerjaan yang sudah selesai (mis. laporan)',
        security: [{ session: [] }],
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { jobId } = request.params as { jobId: string };
      const file = await getJobResult(ctx, { jobId });
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes));
    },
  );
}
