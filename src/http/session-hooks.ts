/**
 * Reads the session cookie on every request and guards state-changing
 * requests with a CSRF token (double submit, bound to the session: the token
 * is derived from the session token, so it needs no storage and dies with it).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveSession, type ResolvedSession } from '../services/auth/sessions.ts';
import type { ServiceContext } from '../services/context.ts';
import { AppError } from '../services/errors.ts';
import type { Database } from '../store/database.ts';

export const SESSION_COOKIE = 'akuntabel_session';
export const CSRF_COOKIE = 'akuntabel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
    sessionToken: string | null;
  }
}

/** The CSRF token of a session. */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Requests that may change state without a session (they create one). */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerSessionHooks(app: FastifyInstance, deps: { db: Database; now: () => Date }): void {
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = await resolveSession(deps.db, token, deps.now());
      request.sessionToken = request.session ? token : null;
    }
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const path = request.url.split('?')[0] ?? '';
    if (CSRF_EXEMPT.has(path) || !request.sessionToken) return;
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !sameToken(header, csrfTokenFor(request.sessionToken))) {
      throw new AppError('forbidden', {
        id: 'Token keamanan (CSRF) tidak ada atau salah. Muat ulang halaman.',
        en: 'Missing or wrong security (CSRF) token. Reload the page.',
      });
    }
  });
}

/** The service context of a signed-in request; a request without a session is refused. */
export function contextOf(request: FastifyRequest, deps: { db: Database; now: () => Date }): ServiceContext {
  if (!request.session) {
    throw new AppError('unauthenticated', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    });
  }
  return {
    db: deps.db,
    actor: request.session.actor,
    origin: 'web',
    now: deps.now,
    requestId: request.id,
    cachedReads: true,
  };
}
