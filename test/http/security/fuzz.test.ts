/**
 * Fuzzing every route that takes a body or a query: a valid probe input with
 * one hostile value planted (SQL and script text, numbers that break parsers,
 * wrong types, deep nesting, RTL and zero-width unicode, invalid ids, strings
 * up to the body limit), a field dropped, a key added, the whole body
 * replaced, or a path id replaced. Whatever arrives, the answer is never a
 * 5xx; input the use case's own schema refuses is a 400 problem naming a
 * field (a 413 when over the body limit); and a refused call changes nothing.
 * Each call runs in a transaction that is rolled back. fast-check is seeded,
 * so a failure names a run that reproduces.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/http/app.ts';
import { serviceRoutes } from '../../../src/http/routes/service-routes.ts';
import type { ServiceRoute } from '../../../src/http/service-route.ts';
import { loginInput } from '../../../src/services/auth/sessions.ts';
import type { Database } from '../../../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { asQueryValue, hostileString, mutate, mutations, pathsOf, type Mutation } from './hostile-input.ts';
import { PDF, PROBES } from './route-probes.ts';
import {
  changedTables,
  fingerprint,
  rolledBack,
  securityApp,
  seedSecurityWorld,
  settleJob,
  type Session,
  type SignedInActor,
  type World,
} from './security-fixtures.ts';

/** Runs per route: enough to hit every kind of mutation, few enough for a suite of seconds. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = 20_241_105;
const BODY_LIMIT = 1024 * 1024;

let t: TestDatabase;
let app: App;
let holder: { current: Database };
let sessions: Record<SignedInActor, Session>;
let world: World;
let baseline: Record<string, string>;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await seedSecurityWorld(t.db);
  ({ app, holder, sessions } = await securityApp(t.db));
  baseline = await fingerprint(t.db);
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

type Outcome = { status: number; changed: string[]; contentType: string; body: string };

async function call(
  session: Session | null,
  method: string,
  url: string,
  payload: { json?: unknown; query?: Record<string, string>; raw?: string; contentType?: string },
): Promise<Outcome> {
  return rolledBack(t.db, holder, async (tx) => {
    const query = payload.query ? `?${new URLSearchParams(payload.query).toString()}` : '';
    const json = payload.json !== undefined;
    const contentType = json ? 'application/json' : payload.contentType;
    const response = await app.inject({
      method: method as 'GET',
      url: `${url}${query}`,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      ...(json ? { payload: JSON.stringify(payload.json) } : {}),
      ...(payload.raw !== undefined ? { payload: payload.raw } : {}),
    });
    await settleJob(app, session, response);
    return {
      status: response.statusCode,
      changed: changedTables(baseline, await fingerprint(tx)),
      contentType: String(response.headers['content-type'] ?? ''),
      body: response.body,
    };
  });
}

function fillPath(url: string, params: Record<string, unknown>): string {
  return `/api${url.replace(/:([A-Za-z]+)/g, (_m, name: string) => encodeURIComponent(String(params[name])))}`;
}

/** Checks one outcome; `invalid`: the use case's schema refuses the input. */
function check(outcome: Outcome, expected: { invalid: boolean; tooLarge: boolean; param: boolean }): void {
  const where = `${outcome.status} ${outcome.body.slice(0, 300)}`;
  expect(outcome.status, where).toBeLessThan(500);
  if (expected.tooLarge) expect(outcome.status, where).toBe(413);
  else if (expected.invalid) {
    if (expected.param) expect([400, 404], where).toContain(outcome.status);
    else {
      expect(outcome.status, where).toBe(400);
      const problem = JSON.parse(outcome.body) as { type: string; errors?: unknown[] };
      expect(problem.type).toBe('/api/problems/validation');
      expect(problem.errors?.length ?? 0).toBeGreaterThan(0);
    }
  }
  if (outcome.status >= 400) {
    expect(outcome.contentType, where).toContain('application/problem+json');
    expect(outcome.changed, where).toEqual([]);
  } else if (outcome.status !== 204) {
    expect(outcome.contentType, where).toMatch(/^application\/json/);
  }
}

const fuzzed = serviceRoutes.filter((route) => route.input !== undefined);
let runs = 0;

describe('fuzzing the use-case routes', () => {
  it('covers every route with an input', () => {
    expect(fuzzed.length).toBeGreaterThan(50);
  });

  for (const route of fuzzed) {
    const key = `${route.method} ${route.url}`;
    it(key, async () => {
      const probe = PROBES[key];
      expect(probe, `no probe for ${key}`).toBeDefined();
      const actor = probe!.allowed[0] ?? 'admin';
      const valid = probe!.input(world.own, actor);
      const params = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      const body = Object.fromEntries(Object.entries(valid).filter(([k]) => !params.includes(k)));
      const query = route.method === 'GET' || route.method === 'DELETE';
      await fc.assert(
        fc.asyncProperty(mutations(body, params, query), async (mutation: Mutation) => {
          runs++;
          const pathValues: Record<string, unknown> = Object.fromEntries(params.map((p) => [p, valid[p]]));
          if (mutation.kind === 'param') pathValues[mutation.name] = mutation.value;
          const sent = mutate(body, mutation);
          const url = fillPath(route.url, pathValues);
          let outcome: Outcome;
          let seen: unknown;
          let tooLarge = false;
          if (query) {
            const text = Object.fromEntries(
              Object.entries(sent as Record<string, unknown>)
                .filter(([, v]) => v !== undefined)
                .map(([k, v]) => [k, String(v)]),
            );
            outcome = await call(sessions[actor], route.method, url, { query: text });
            seen = {
              ...Object.fromEntries(Object.entries(text).map(([k, v]) => [k, asQueryValue(v)])),
              ...pathValues,
            };
          } else {
            tooLarge = Buffer.byteLength(JSON.stringify(sent) ?? '') > BODY_LIMIT;
            outcome = await call(sessions[actor], route.method, url, { json: sent });
            const object = sent && typeof sent === 'object' && !Array.isArray(sent) ? sent : {};
            seen = { ...object, ...pathValues };
          }
          const invalid = !(route as ServiceRoute).input!.safeParse(seen).success;
          check(outcome, { invalid, tooLarge, param: mutation.kind === 'param' });
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }
});

/** Values that once reached the database and failed there (NUL, int4 overflow), and their kin. */
const KILLERS: unknown[] = [
  'nul\u0000byte',
  2 ** 31,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  '9'.repeat(400),
  'x'.repeat(100_000),
];

describe('every field of every route, with each value the database cannot store', () => {
  for (const route of fuzzed) {
    const key = `${route.method} ${route.url}`;
    it(key, async () => {
      const probe = PROBES[key]!;
      const actor = probe.allowed[0] ?? 'admin';
      const valid = probe.input(world.own, actor);
      const params = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      const body = Object.fromEntries(Object.entries(valid).filter(([k]) => !params.includes(k)));
      const query = route.method === 'GET' || route.method === 'DELETE';
      const url = fillPath(route.url, valid);
      const failures: string[] = [];
      for (const path of pathsOf(body)) {
        for (const value of KILLERS) {
          runs++;
          const sent = mutate(body, { kind: 'field', path, value });
          const outcome = query
            ? await call(sessions[actor], route.method, url, {
                query: Object.fromEntries(Object.entries(sent as object).map(([k, v]) => [k, String(v)])),
              })
            : await call(sessions[actor], route.method, url, { json: sent });
          const what = `${path.join('.')} = ${String(value).slice(0, 20)}: ${outcome.status}`;
          if (outcome.status >= 500) failures.push(what);
          else if (outcome.status >= 400 && outcome.changed.length > 0)
            failures.push(`${what} changed ${outcome.changed.join(', ')}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('fuzzing the body itself, sign-in and uploads', () => {
  const route = PROBES['PUT /agencies/:agencyId/ppks']!;

  it('JSON that is malformed, empty, prototype-polluting or of another type is a 4xx and changes nothing', async () => {
    const url = `/api/agencies/${world.own.agencyId}/ppks`;
    const bodies = [
      '{"year": 2024, "rows": [',
      '',
      'null',
      '"text"',
      '1e999',
      '{"__proto__": {"isAdmin": true}, "year": 2024, "rows": []}',
      '{"constructor": {"prototype": {"isAdmin": true}}, "year": 2024}',
      '\uFEFF{"year": 2024}',
      '{"year": 2024, "year": "2024; drop table ppks_count"}',
      `{"rows": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
    ];
    for (const raw of bodies) {
      const outcome = await call(sessions.operator, 'PUT', url, { raw, contentType: 'application/json' });
      runs++;
      check(outcome, { invalid: true, tooLarge: false, param: false });
    }
    expect(route.allowed).toContain('operator');
    expect(Object.getPrototypeOf({})).not.toHaveProperty('isAdmin');
  });

  it('sign-in with hostile credentials is refused (400, 401, 429) and never signs anyone in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ username: fc.oneof(hostileString, fc.constant<unknown>(5)), password: hostileString }),
        async (body) => {
          runs++;
          const outcome = await call(null, 'POST', '/api/auth/login', { json: body });
          expect(outcome.status).toBeLessThan(500);
          expect([400, 401, 413, 429]).toContain(outcome.status);
          if (!loginInput.safeParse(body).success && Buffer.byteLength(JSON.stringify(body)) <= BODY_LIMIT)
            expect(outcome.status).toBe(400);
          expect(outcome.changed).toEqual([]);
        },
      ),
      { numRuns: 12, seed: SEED, endOnFailure: true },
    );
  });

  it('uploads with hostile names, types and bytes are a 201 or a 4xx, never a 5xx', async () => {
    const url = `/api/realisations/${world.own.draftRealisationId}/evidence`;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: hostileString.filter((s) => s.length < 2_000),
          type: fc.constantFrom(
            'application/pdf',
            'image/png',
            'text/csv',
            'text/html',
            'image/svg+xml',
            'application/octet-stream',
            'application/pdf; charset=binary',
            '',
          ),
          bytes: fc.oneof(
            fc.uint8Array({ minLength: 0, maxLength: 2_000 }),
            fc.constant(new Uint8Array(PDF)),
            fc.constant(new Uint8Array(Buffer.from('<svg onload="alert(1)"></svg>'))),
          ),
        }),
        async ({ name, type, bytes }) => {
          runs++;
          const outcome = await rolledBack(t.db, holder, async (tx) => {
            const response = await app.inject({
              method: 'POST',
              url,
              headers: {
                cookie: sessions.operator.cookie,
                'x-csrf-token': sessions.operator.csrf,
                'x-file-name': encodeURIComponent(name),
                ...(type ? { 'content-type': type } : {}),
              },
              payload: Buffer.from(bytes),
            });
            return {
              status: response.statusCode,
              changed: changedTables(baseline, await fingerprint(tx)),
              body: response.body,
            };
          });
          expect(outcome.status, outcome.body).toBeLessThan(500);
          if (outcome.status !== 201) expect(outcome.changed).toEqual([]);
          if (['text/html', 'image/svg+xml', 'application/octet-stream'].includes(type))
            expect(outcome.status).not.toBe(201);
        },
      ),
      { numRuns: 30, seed: SEED, endOnFailure: true },
    );
  });

  it(`ran the properties (${RUNS} runs per route)`, () => {
    expect(runs).toBeGreaterThan(fuzzed.length * RUNS);
  });
});
