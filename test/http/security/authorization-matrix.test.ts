/**
 * Every route × every role (and no session) × the own agency, a sibling
 * agency of the same region, a foreign region's agency and ids that do not
 * exist: the exact status, and for every refused call a database that did not
 * change (a fingerprint of all tables taken inside the probe's transaction,
 * which is then rolled back so each probe starts from the same rows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/http/app.ts';
import { serviceRoutes } from '../../../src/http/routes/service-routes.ts';
import type { Database } from '../../../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { AGENCY_BOUND, PROBES, splitKey, type Probe } from './route-probes.ts';
import {
  ACTORS,
  changedTables,
  fingerprint,
  rolledBack,
  securityApp,
  seedSecurityWorld,
  send,
  settleJob,
  type ActorName,
  type Session,
  type SignedInActor,
  type TargetName,
  type World,
} from './security-fixtures.ts';

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

/** The expected status, from the rules of docs/api.md ("Roles"), stated once here. */
function expectedStatus(probe: Probe, actor: ActorName, target: TargetName): number {
  if (actor === 'anonymous') return probe.anonymous ?? 401;
  if (probe.scope === 'open') return probe.allowed.includes(actor) ? probe.ok : 403;
  if (target === 'unknown')
    return typeof probe.unknown === 'function' ? probe.unknown(actor) : (probe.unknown ?? 404);
  const refused = probe.refused ?? 403;
  if (!probe.allowed.includes(actor)) return refused;
  // nobody acts on another region's records
  if (target === 'foreign') return refused;
  // agency-bound users never touch another agency of their region
  if (target === 'sibling' && AGENCY_BOUND.includes(actor)) return refused;
  return probe.ok;
}

const PROBLEM_TYPES: Record<number, string> = {
  401: '/api/problems/unauthenticated',
  403: '/api/problems/forbidden',
  404: '/api/problems/not-found',
};

function targetsOf(probe: Probe): TargetName[] {
  if (probe.scope === 'open') return ['own'];
  if (probe.scope === 'region') return ['own', 'foreign', 'unknown'];
  return ['own', 'sibling', 'foreign', 'unknown'];
}

let cases = 0;

describe('authorization matrix', () => {
  it('has a row for every route of the API, and no row for a route that is gone', async () => {
    const service = serviceRoutes.map((r) => `${r.method} ${r.url}`);
    expect(service.filter((key) => !(key in PROBES))).toEqual([]);
    // every documented route (auth, evidence, health and the use cases) is in the table
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map(
        (m) => `${m.toUpperCase()} ${path.replace(/^\/api/, '').replace(/\{([A-Za-z]+)\}/g, ':$1')}`,
      ),
    );
    expect(documented.filter((key) => !(key in PROBES))).toEqual([]);
    expect(Object.keys(PROBES).filter((key) => !documented.includes(key))).toEqual([]);
  });

  for (const [key, probe] of Object.entries(PROBES)) {
    it(key, async () => {
      const { method, url } = splitKey(key);
      const mismatches: string[] = [];
      for (const target of targetsOf(probe)) {
        for (const actor of ACTORS) {
          const expected = expectedStatus(probe, actor, target);
          const session = actor === 'anonymous' ? null : sessions[actor];
          const ids = world[target];
          const { status, changed, contentType, type } = await rolledBack(t.db, holder, async (tx) => {
            const response = await send(app, session, method, url, probe.input(ids, actor), probe.raw?.(ids));
            await settleJob(app, session, response);
            const after = await fingerprint(tx);
            const problem =
              response.statusCode >= 400 ? (response.json() as { type?: string }).type : undefined;
            return {
              status: response.statusCode,
              changed: changedTables(baseline, after),
              contentType: response.headers['content-type'] ?? '',
              type: problem,
            };
          });
          cases++;
          const where = `${actor} on ${target}`;
          if (status !== expected) {
            mismatches.push(`${where}: ${status}, expected ${expected}`);
            continue;
          }
          if (status >= 400) {
            if (changed.length > 0) mismatches.push(`${where}: refused but changed ${changed.join(', ')}`);
            if (!String(contentType).startsWith('application/problem+json'))
              mismatches.push(`${where}: ${String(contentType)}, expected problem+json`);
            if (PROBLEM_TYPES[status] && type !== PROBLEM_TYPES[status])
              mismatches.push(`${where}: problem ${type}, expected ${PROBLEM_TYPES[status]}`);
          } else if (method === 'GET' && changed.length > 0) {
            mismatches.push(`${where}: a read changed ${changed.join(', ')}`);
          } else if (method !== 'GET' && probe.scope !== 'open' && changed.length === 0) {
            mismatches.push(`${where}: ${status} but nothing was written`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('probed every route × actor × target', () => {
    expect(cases).toBeGreaterThan(Object.keys(PROBES).length * ACTORS.length);
  });
});

describe('the fixture', () => {
  it('leaves the database as it found it after all the probes', async () => {
    expect(changedTables(baseline, await fingerprint(t.db))).toEqual([]);
  });
});
