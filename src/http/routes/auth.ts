/** Sign in, sign out, and who am I. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginInput, login, logout, SESSION_ABSOLUTE_MS } from '../../services/auth/sessions.ts';
import { AppError } from '../../services/errors.ts';
import { ROLES } from '../../store/schema/enums.ts';
import type { Database } from '../../store/database.ts';
import { LoginThrottle } from '../login-throttle.ts';
import { contextOf, CSRF_COOKIE, csrfTokenFor, SESSION_COOKIE } from '../session-hooks.ts';

const me = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  regionId: z.string(),
  agencyId: z.string().nullable(),
  locale: z.string(),
  csrfToken: z.string(),
});

export function registerAuthRoutes(
  instance: FastifyInstance,
  deps: {
    db: Database;
    now: () => Date;
    throttle?: LoginThrottle;
    demoLogins?: readonly { username: string; password: string; role: string }[];
  },
): void {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const throttle = deps.throttle ?? new LoginThrottle();
  const secure = process.env.AKUNTABEL_SECURE_COOKIES === '1';

  api.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Masuk: membuka sesi baru (cookie HttpOnly) dan mengembalikan token CSRF',
        body: loginInput,
        response: { 200: me },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const now = deps.now();
      const address = request.ip;
      if (!throttle.allows(request.body.username, address, now.getTime())) {
        throw new AppError('rate-limited', {
          id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi 15 menit lagi.',
          en: 'Too many failed sign-in attempts. Try again in 15 minutes.',
        });
      }
      let result;
      try {
        result = await login(deps.db, request.body, {
          now,
          ipAddress: address,
          ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'] } : {}),
        });
      } catch (error) {
        if (error instanceof AppError && error.code === 'unauthenticated') {
          throttle.fail(request.body.username, address, now.getTime());
        }
        throw error;
      }
      throttle.succeed(request.body.username);
      // A previous session of this browser ends: never reuse a token across logins.
      if (request.sessionToken) await logout(deps.db, request.sessionToken, now);
      const maxAge = Math.floor(SESSION_ABSOLUTE_MS / 1000);
      const csrfToken = csrfTokenFor(result.token);
      void reply
        .setCookie(SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          maxAge,
          secure,
        })
        .setCookie(CSRF_COOKIE, csrfToken, {
          httpOnly: false,
          sameSite: 'strict',
          path: '/',
          maxAge,
          secure,
        });
      return {
        userId: result.actor.userId,
        displayName: result.displayName,
        role: result.actor.role,
        regionId: result.actor.regionId,
        agencyId: result.actor.agencyId,
        locale: result.locale,
        csrfToken,
      };
    },
  );

  api.post(
    '/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'Keluar: sesi dicabut saat itu juga', response: { 204: z.null() } },
    },
    async (request, reply) => {
      if (request.sessionToken) await logout(deps.db, request.sessionToken, deps.now());
      void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/auth/demo-logins',
    {
      schema: {
        tags: ['auth'],
        summary: 'Akun demo untuk halaman masuk (kosong bila data demo tidak dimuat)',
        response: {
          200: z.object({
            logins: z.array(z.object({ username: z.string(), password: z.string(), role: z.string() })),
          }),
        },
      },
    },
    async () => ({
      logins: (deps.demoLogins ?? []).map(({ username, password, role }) => ({ username, password, role })),
    }),
  );

  api.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Pengguna yang sedang masuk', response: { 200: me } } },
    async (request) => {
      const ctx = contextOf(request, deps);
      return {
        userId: ctx.actor.userId,
        displayName: request.session!.displayName,
        role: ctx.actor.role,
        regionId: ctx.actor.regionId,
        agencyId: ctx.actor.agencyId,
        locale: request.session!.locale,
        csrfToken: csrfTokenFor(request.sessionToken!),
      };
    },
  );
}
