/**
 * Import: the template download, and the upload of a filled template as raw
 * bytes (Content-Type: the .xlsx type or application/octet-stream), answered
 * 202 {jobId}; the client follows GET /jobs/:jobId and reads the outcome (a
 * preview, the problems, or what was written) from GET /jobs/:jobId/result.
 * Confirming re-sends the same file with the preview's digest in
 * `X-Import-Digest`. The body is read here with the import's own size limit,
 * so an oversized file gets the message naming the limit.
 *
 * The export of an agency-year as an `akuntabel/report-data@1` file (the
 * file the `report-data` import reads) is a download here too.
 */
import type { FastifyInstance } from 'fastify';
import { exportReportData, REPORT_DATA_MIME_TYPE } from '../../services/import/export-report-data.ts';
import { getImportTemplate } from '../../services/import/get-import-template.ts';
import { IMPORT_MAX_BYTES, XLSX_MIME_TYPE, importTooLarge } from '../../services/import/import-file.ts';
import { startImportJob } from '../../services/import/start-import-job.ts';
import type { RouteDeps } from '../service-route.ts';
import { contextOf } from '../session-hooks.ts';

// a report-data@1 file may come as JSON: read raw too, so the import checks it as any upload
const UPLOAD_TYPES = [XLSX_MIME_TYPE, 'application/octet-stream', 'application/json'];

function yearOf(raw: string): number | string {
  return /^\d{4}$/.test(raw) ? Number(raw) : raw;
}

export function registerImportRoutes(api: FastifyInstance, deps: RouteDeps): void {
  api.get(
    '/agencies/:agencyId/import-templates/:kind',
    {
      schema: {
        tags: ['impor'],
        summary: 'Mengunduh templat impor (.xlsx) untuk satu tahun (?year=), berisi data yang sudah tercatat',
        security: [{ session: [] }],
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { agencyId, kind } = request.params as { agencyId: string; kind: string };
      const { year } = request.query as { year?: string };
      const file = await getImportTemplate(ctx, { agencyId, kind, year: yearOf(year ?? '') });
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.bytes));
    },
  );

  api.get(
    '/agencies/:agencyId/report-data',
    {
      schema: {
        tags: ['impor'],
        summary:
          'Mengunduh data kinerja dan anggaran satu tahun (?year=) sebagai berkas akuntabel/report-data@1 (JSON); boleh bagi siapa pun yang dapat membaca perangkat daerah',
        security: [{ session: [] }],
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { agencyId } = request.params as { agencyId: string };
      const { year } = request.query as { year?: string };
      const file = await exportReportData(ctx, { agencyId, year: yearOf(year ?? '') });
      return reply
        .header('content-type', `${REPORT_DATA_MIME_TYPE}; charset=utf-8`)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.text);
    },
  );

  api.register(async (scoped) => {
    scoped.addContentTypeParser(UPLOAD_TYPES, (request, payload, done) => {
      const declared = Number(request.headers['content-length'] ?? NaN);
      if (Number.isFinite(declared) && declared > IMPORT_MAX_BYTES) {
        payload.resume();
        done(importTooLarge(declared), undefined);
        return;
      }
      const parts: Buffer[] = [];
      let size = 0;
      let failed = false;
      payload.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.byteLength;
        if (size > IMPORT_MAX_BYTES) {
          failed = true;
          done(importTooLarge(null), undefined);
          return;
        }
        parts.push(chunk);
      });
      payload.on('end', () => {
        if (!failed) done(null, Buffer.concat(parts));
      });
      payload.on('error', (error) => {
        if (!failed) {
          failed = true;
          done(error, undefined);
        }
      });
    });
    for (const mode of ['preview', 'confirm'] as const) {
      scoped.post(
        `/agencies/:agencyId/imports/:kind/:year/${mode}`,
        {
          schema: {
            tags: ['impor'],
            summary:
              mode === 'preview'
                ? 'Memeriksa berkas impor dan menghitung pratinjau (baru, berubah, tetap) tanpa menyimpan; pekerjaan latar belakang'
                : 'Menyimpan berkas impor (semua baris atau tidak sama sekali); X-Import-Digest = digest pratinjau; pekerjaan latar belakang',
            security: [{ session: [] }, { csrf: [] }],
          },
        },
        async (request, reply) => {
          const ctx = contextOf(request, deps);
          const params = request.params as { agencyId: string; kind: string; year: string };
          const digest = request.headers['x-import-digest'];
          const result = await startImportJob(ctx, {
            agencyId: params.agencyId,
            kind: params.kind,
            year: yearOf(params.year),
            mode,
            ...(typeof digest === 'string' && digest !== '' ? { digest } : {}),
            bytes: request.body instanceof Buffer ? new Uint8Array(request.body) : new Uint8Array(),
          });
          return reply.status(202).send(result);
        },
      );
    }
  });
}
