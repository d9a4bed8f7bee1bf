/**
 * Serves the web app (the React SPA built by Vite into web/dist) beside the
 * API: the hashed assets with a long cache life, and index.html for every
 * other address that is not under /api, so a reload on /instansi/… works.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** True when the web app was built (`npm run build:web`; `npm start` builds it when missing or stale). */
export function webAppBuilt(dist = WEB_DIST): boolean {
  return existsSync(`${dist}/index.html`);
}

export async function registerWebApp(
  app: FastifyInstance,
  dist = WEB_DIST,
): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null> {
  if (!webAppBuilt(dist)) return null;
  const indexHtml = readFileSync(`${dist}/index.html`);
  await app.register(fastifyStatic, {
    root: dist,
    index: false,
    wildcard: false,
    // names under assets/ carry a content hash: they never change
    setHeaders: (res, path) => {
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
    // scripts/build-web.mjs writes .br and .gz beside each asset
    preCompressed: true,
  });
  return (request, reply) => {
    void request;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  };
}
