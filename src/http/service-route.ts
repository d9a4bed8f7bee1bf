/**
 * One route = one use case. The route merges its path parameters, query and
 * body into the use case's input and lets the use case validate it (its zod
 * schema is the single source: the same schema is shown in the OpenAPI
 * document). Routes hold no rules.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../services/context.ts';
import type { Database } from '../store/database.ts';
import { contextOf } from './session-hooks.ts';

export type RouteDeps = { db: Database; now: () => Date };

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type ServiceRoute = {
  method: Method;
  /** Fastify path under /api, e.g. `/agencies/:agencyId/measurement`. */
  url: string;
  tag: string;
  summary: string;
  /** The use case's input schema, for the document; path parameters are taken out of it. */
  input?: z.ZodType;
  /** Status on success (default 200; 201 for creations). */
  status?: number;
  run: (ctx: ServiceContext, input: Record<string, unknown>) => Promise<unknown>;
};

/** Schemas that only document: the use case validates (see validatorCompiler in app.ts). */
export const documentationOnly = new WeakSet<object>();

function documented<T extends z.ZodType>(schema: T): T {
  documentationOnly.add(schema);
  return schema;
}

function pathParams(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
}

/** The input shape without the keys that come from the path. */
function bodyShape(input: z.ZodType | undefined, params: string[]): z.ZodType | undefined {
  if (!input) return undefined;
  if (input instanceof z.ZodObject) {
    // A new object of the remaining fields (zod cannot omit from a refined object; refinements stay in the use case).
    const shape = Object.fromEntries(
      Object.entries(input.shape as Record<string, z.ZodType>).filter(([key]) => !params.includes(key)),
    );
    return z.object(shape);
  }
  return input;
}

/** Query strings are text: whole numbers and true/false are read as what they say. */
function queryValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (/^-?[0-9]{1,9}$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

function inputOf(request: FastifyRequest): Record<string, unknown> {
  const body =
    request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? request.body : {};
  const query = Object.fromEntries(
    Object.entries(request.query && typeof request.query === 'object' ? request.query : {}).map(([k, v]) => [
      k,
      queryValue(v),
    ]),
  );
  return { ...query, ...(body as object), ...(request.params as object) };
}

/**
 * JSON of results the read cache shares between requests: the same object
 * is serialized once (a cached measurement is ~100 kB of JSON).
 */
const serialized = new WeakMap<object, string>();

function jsonOf(result: object): string {
  let text = serialized.get(result);
  if (text === undefined) {
    text = JSON.stringify(result);
    serialized.set(result, text);
  }
  return text;
}

export function registerServiceRoutes(
  instance: FastifyInstance,
  deps: RouteDeps,
  routes: readonly ServiceRoute[],
): void {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  for (const route of routes) {
    const params = pathParams(route.url);
    const shape = bodyShape(route.input, params);
    const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
    api.route({
      method: route.method,
      url: route.url,
      schema: {
        tags: [route.tag],
        summary: route.summary,
        security: [{ session: [] }, { csrf: [] }],
        ...(params.length > 0
          ? { params: documented(z.object(Object.fromEntries(params.map((p) => [p, z.string()])))) }
          : {}),
        ...(shape ? (hasBody ? { body: documented(shape) } : { querystring: documented(shape) }) : {}),
      },
      handler: async (request, reply) => {
        const ctx = contextOf(request, deps);
        const result = await route.run(ctx, inputOf(request));
        void reply.status(route.status ?? 200);
        if (result === null || result === undefined || typeof result !== 'object')
          return reply.send(result ?? null);
        return reply.type('application/json; charset=utf-8').send(jsonOf(result));
      },
    });
  }
}
