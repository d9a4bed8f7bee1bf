/**
 * The HTTP API: Fastify under /api, zod schemas for every input (the same
 * schemas give validation and the OpenAPI document), sessions in the database
 * behind an HttpOnly SameSite cookie, CSRF protection on every state-changing
 * request, problem+json errors. Routes are thin: they call one use case.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../store/database.ts';
import { handleError } from './problem.ts';
import { documentationOnly, registerServiceRoutes } from './service-route.ts';
import { serviceRoutes } from './routes/service-routes.ts';
import { registerEvidenceRoutes } from './routes/evidence-routes.ts';
import { registerReportRoutes } from './routes/report-routes.ts';
import { registerReviewFileRoutes } from './routes/review-routes.ts';
import { registerLogoRoutes } from './routes/narrative-routes.ts';
import { registerImportRoutes } from './routes/import-routes.ts';
import { registerSessionHooks } from './session-hooks.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerWebApp } from './web-app.ts';

export type AppOptions = {
  db: Database;
  now?: () => Date;
  logger?: boolean;
  /** Largest JSON body accepted (bytes); uploads have their own limit. */
  bodyLimit?: number;
  /** Demo accounts shown on the login page (only when the demo data is in the database). */
  demoLogins?: readonly { username: string; password: string; role: string }[];
  /** Serve the web app from this folder (default web/dist when built); false: the API only. */
  webDist?: string | false;
};

export type App = FastifyInstance;

export const API_VERSION = '0.1.0';

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  // Use-case routes validate in the use case (one schema, one place); their schemas only document.
  app.setValidatorCompiler((route) =>
    documentationOnly.has(route.schema as object)
      ? (data: unknown) => ({ value: data })
      : validatorCompiler(route as Parameters<typeof validatorCompiler>[0]),
  );
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // JSON only (uploads register their own types): a text/plain body would be read as no input at all
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Akuntabel API',
        version: API_VERSION,
        description:
          'SAKIP: Renstra, Perjanjian Kinerja, realisasi, pengukuran kinerja, LKjIP. Errors are application/problem+json; see docs/api.md.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'akuntabel_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const now = options.now ?? (() => new Date());
  registerSessionHooks(app, { db: options.db, now });
  await app.register(
    async (api) => {
      registerHealthRoutes(api, { db: options.db });
      registerAuthRoutes(api, { db: options.db, now, demoLogins: options.demoLogins ?? [] });
      registerServiceRoutes(api, { db: options.db, now }, serviceRoutes);
      registerEvidenceRoutes(api, { db: options.db, now });
      registerReportRoutes(api, { db: options.db, now });
      registerReviewFileRoutes(api, { db: options.db, now });
      registerLogoRoutes(api, { db: options.db, now });
      registerImportRoutes(api, { db: options.db, now });
    },
    { prefix: '/api' },
  );
  const webApp = options.webDist === false ? null : await registerWebApp(app, options.webDist);
  app.setNotFoundHandler((request, reply) => {
    const page = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    if (webApp && page) return webApp(request, reply);
    return reply.status(404).type('application/problem+json; charset=utf-8').send({
      type: '/api/problems/not-found',
      title: 'Tidak ditemukan',
      status: 404,
      detail: 'Alamat tidak dikenal.',
    });
  });
  return app;
}
