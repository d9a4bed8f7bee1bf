/**
 * The LKjIP's narratives and the agency's logo on its cover.
 *
 * - GET/PUT /agencies/:agencyId/narratives: every section with its stored
 *   text or generated default (list-narratives.ts); save one section
 *   (save-narrative.ts; empty text deletes it).
 * - The logo travels as raw bytes: PUT /agencies/:agencyId/logo with the
 *   image as the body and its type as Content-Type (PNG or JPEG, ≤ 2 MiB;
 *   `?version=` when replacing); GET answers the image, or 204 when the
 *   agency has none; DELETE /agencies/:agencyId/logo?version= removes it.
 */
import type { FastifyInstance } from 'fastify';
import { getAgencyLogo } from '../../services/report/get-agency-logo.ts';
import { listNarratives, listNarrativesInput } from '../../services/report/list-narratives.ts';
import { removeAgencyLogo, removeAgencyLogoInput } from '../../services/report/remove-agency-logo.ts';
import { saveNarrative, saveNarrativeInput } from '../../services/report/save-narrative.ts';
import { setAgencyLogo } from '../../services/report/set-agency-logo.ts';
import { AGENCY_LOGO_MAX_BYTES, AGENCY_LOGO_MIME_TYPES } from '../../store/schema/enums.ts';
import type { RouteDeps, ServiceRoute } from '../service-route.ts';
import { contextOf } from '../session-hooks.ts';

export const narrativeRoutes: readonly ServiceRoute[] = [
  {
    method: 'GET',
    url: '/agencies/:agencyId/narratives',
    tag: 'laporan',
    summary:
      'Narasi LKjIP setahun per bagian: teks yang ditulis (dengan versinya) atau teks bawaan yang disusun dari data (generated: true)',
    input: listNarrativesInput,
    run: (ctx, input) => listNarratives(ctx, input),
  },
  {
    method: 'PUT',
    url: '/agencies/:agencyId/narratives',
    tag: 'laporan',
    summary:
      'Menyimpan narasi satu bagian LKjIP (teks kosong: kembali ke teks bawaan); ditolak bila LKjIP tahun itu sudah final',
    input: saveNarrativeInput,
    run: (ctx, input) => saveNarrative(ctx, input),
  },
  {
    method: 'DELETE',
    url: '/agencies/:agencyId/logo',
    tag: 'laporan',
    summary: 'Menghapus logo perangkat daerah (sampul LKjIP berikutnya tanpa logo)',
    input: removeAgencyLogoInput,
    run: (ctx, input) => removeAgencyLogo(ctx, input),
  },
];

/** `?version=2` as a number; anything else is passed on for the use case to refuse. */
function versionOf(query: unknown): unknown {
  const raw = (query as Record<string, unknown> | undefined)?.['version'];
  if (raw === undefined) return undefined;
  return typeof raw === 'string' && /^[0-9]{1,9}$/.test(raw) ? Number(raw) : raw;
}

export function registerLogoRoutes(api: FastifyInstance, deps: RouteDeps): void {
  api.register(async (scoped) => {
    // Uploads only: the logo's image types are read as bytes, with their own size limit.
    scoped.addContentTypeParser(
      [...AGENCY_LOGO_MIME_TYPES],
      { parseAs: 'buffer', bodyLimit: AGENCY_LOGO_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    scoped.put(
      '/agencies/:agencyId/logo',
      {
        bodyLimit: AGENCY_LOGO_MAX_BYTES,
        schema: {
          tags: ['laporan'],
          summary:
            'Mengunggah logo perangkat daerah untuk sampul LKjIP (isi = gambar PNG/JPEG ≤ 2 MiB; Content-Type = jenisnya; ?version= bila mengganti)',
          security: [{ session: [] }, { csrf: [] }],
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        const { agencyId } = request.params as { agencyId: string };
        const bytes = request.body instanceof Buffer ? new Uint8Array(request.body) : new Uint8Array();
        const version = versionOf(request.query);
        const result = await setAgencyLogo(ctx, {
          agencyId,
          mimeType: (request.headers['content-type'] ?? '').split(';')[0]!.trim(),
          bytes,
          ...(version !== undefined ? { version } : {}),
        });
        return reply.status(200).send(result);
      },
    );
  });

  api.get(
    '/agencies/:agencyId/logo',
    {
      schema: {
        tags: ['laporan'],
        summary: 'Logo perangkat daerah (gambar); 204 bila belum ada',
        security: [{ session: [] }],
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request, deps);
      const { agencyId } = request.params as { agencyId: string };
      const logo = await getAgencyLogo(ctx, { agencyId });
      if (!logo) return reply.status(204).send();
      return reply
        .header('content-type', logo.mimeType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .header('etag', `"${logo.sha256}"`)
        .header('x-logo-version', String(logo.version))
        .send(Buffer.from(logo.bytes));
    },
  );
}
