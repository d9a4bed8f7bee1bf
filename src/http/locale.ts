import type { FastifyRequest } from 'fastify';

/** The user's language: the signed-in user's setting, else Accept-Language; Indonesian by default. */
export function localeOf(request: FastifyRequest): 'id' | 'en' {
  const fromUser = request.session?.locale;
  if (fromUser === 'en' || fromUser === 'id') return fromUser;
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim()) ? 'en' : 'id';
}
