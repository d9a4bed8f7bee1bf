import type { FastifyRequest } from 'fastify';

/** The header the web app sends with the language the user picked in its switch. */
export const LOCALE_HEADER = 'x-akuntabel-locale';

/**
 * The user's language: the one picked in the web app's switch, else the
 * signed-in user's setting, else Accept-Language; Indonesian by default.
 */
export function localeOf(request: FastifyRequest): 'id' | 'en' {
  const picked = request.headers[LOCALE_HEADER];
  if (picked === 'en' || picked === 'id') return picked;
  const fromUser = request.session?.locale;
  if (fromUser === 'en' || fromUser === 'id') return fromUser;
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim()) ? 'en' : 'id';
}
