/**
 * Evidence files travel as raw bytes: the upload's Content-Type is the file's
 * type and `X-File-Name` its name (URL-encoded). The use case checks size and
 * sniffs the content; the download is sent as an attachment.
 */
import type { FastifyInstance } from 'fastify';
import { addEvidence } from '../../services/record/add-evidence.ts';
import { getEvidenceContent } from '../../services/record/get-evidence-content.ts';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MIME_TYPES } from '../../store/schema/enums.ts';
import type { RouteDeps } from '../service-route.ts';
import { contextOf } from '../session-hooks.ts';

function decodeName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function registerEvidenceRoutes(api: FastifyInstance, deps: RouteDeps): void {
  api.register(async (scoped) => {
    // Uploads only: every accepted file type is read as bytes, with its own size limit.
    scoped.addContentTypeParser(
      [...EVIDENCE_MIME_TYPES],
      { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scoped.post(
      '/realisations/:realisationId/evidence',
      {
        bodyLimit: EVIDENCE_MAX_BYTES,
        schema: {
          tags: ['realisasi'],
          summary: 'Mengunggah berkas bukti (isi = berkas; Content-Type = jenisnya; X-File-Name = namanya)',
          security: [{ session: [] }, { csrf: [] }],
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const params = request.params as { realisationId: string };
        const bytes = request.body instanceof Buffer ? new Uint8Array(request.body) : new Uint8Array();
        const result = await addEvidence(ctx, {
          realisationId: params.realisationId,
          fileName: decodeName(request.headers['x-file-name']),
          mimeType: (request.headers['content-type'] ?? '').split(';')[0]!.trim(),
          bytes,
        });
        return reply.status(201).send(result);
      },
    );
  });

  api.get(
    '/evidence/:evidenceId/content',
    { schema: { tags: ['realisasi'], summary: 'Mengunduh berkas bukti', security: [{ session: [] }] } },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { evidenceId } = request.params as { evidenceId: string };
      const file = await getEvidenceContent(ctx, { evidenceId });
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.bytes));
    },
  );
}
