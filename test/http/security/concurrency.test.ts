/**
 * Clients editing the same record at the same moment, through the real app on
 * the real database (no rolled-back transaction: on PostgreSQL the requests
 * truly run in parallel): one wins with 200, every other gets a 409 conflict
 * problem, the winner's value is the one stored, the version moved by one,
 * and one audit event says so. No update is lost, none is applied twice.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../../src/http/app.ts';
import { queryRows } from '../../../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { seedSecurityWorld, send, signIn, type Session, type World } from './security-fixtures.ts';

let t: TestDatabase;
let app: App;
let world: World;
/** Four browsers: two of the operator, two of the kepala. */
let clients: Session[];

beforeAll(async () => {
  t = await createTestDatabase();
  world = await seedSecurityWorld(t.db);
  app = await buildApp({ db: t.db });
  clients = [
    await signIn(app, 'operator1'),
    await signIn(app, 'kepala1'),
    await signIn(app, 'operator1'),
    await signIn(app, 'kepala1'),
  ];
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

async function row(query: ReturnType<typeof sql>): Promise<Record<string, unknown>> {
  const [found] = await queryRows<Record<string, unknown>>(t.db, query);
  return found!;
}

async function auditCount(entityId: string): Promise<number> {
  const found = await row(sql`select count(*)::int as n from audit_log where entity_id = ${entityId}`);
  return Number(found.n);
}

/** Exactly one 200; the others 409 conflict problems. Returns the winner's index. */
function oneWinner(responses: LightMyRequestResponse[]): number {
  const statuses = responses.map((r) => r.statusCode);
  expect(
    statuses.filter((s) => s === 200),
    statuses.join(','),
  ).toHaveLength(1);
  for (const loser of responses.filter((r) => r.statusCode !== 200)) {
    expect(loser.statusCode, loser.body).toBe(409);
    expect(loser.headers['content-type']).toContain('application/problem+json');
    expect(loser.json()).toMatchObject({ type: '/api/problems/conflict' });
  }
  return statuses.indexOf(200);
}

describe('concurrent edits of one record', () => {
  it('a realisation (POST /api/realisations with version): one wins, its value is stored', async () => {
    const id = world.own.draftRealisationId;
    const audits = await auditCount(id);
    const served = ['610', '620', '630', '640'];
    const responses = await Promise.all(
      clients.map((client, i) =>
        send(app, client, 'POST', '/realisations', {
          indicatorId: world.own.indicatorId,
          year: 2024,
          periodKind: 'quarter',
          periodNo: 2,
          components: { served: served[i], total: '800' },
          version: world.own.draftRealisationVersion,
        }),
      ),
    );
    const winner = oneWinner(responses);
    const stored = await row(sql`select value, version from realisation where id = ${id}`);
    expect(Number(stored.value)).toBeCloseTo((Number(served[winner]) / 800) * 100, 10);
    expect(stored.version).toBe(world.own.draftRealisationVersion + 1);
    expect(await auditCount(id)).toBe(audits + 1);

    // a late writer with the version it read is refused and changes nothing
    const late = await send(app, clients[0]!, 'POST', '/realisations', {
      indicatorId: world.own.indicatorId,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      components: { served: '1', total: '800' },
      version: world.own.draftRealisationVersion,
    });
    expect(late.statusCode).toBe(409);
    expect(await row(sql`select value, version from realisation where id = ${id}`)).toEqual(stored);
  });

  it('two creates of the same new realisation: one 200, the other a 409, one row', async () => {
    const responses = await Promise.all(
      clients.slice(0, 2).map((client, i) =>
        send(app, client, 'POST', '/realisations', {
          indicatorId: world.own.indicatorId,
          year: 2024,
          periodKind: 'quarter',
          periodNo: 3,
          components: { served: String(700 + i), total: '800' },
        }),
      ),
    );
    const winner = oneWinner(responses);
    const rows = await queryRows<{ value: string }>(
      t.db,
      sql`select value from realisation where indicator_id = ${world.own.indicatorId} and year = 2024 and period_no = 3`,
    );
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.value)).toBeCloseTo(((700 + winner) / 800) * 100, 10);
  });

  it('a PK draft’s targets (PUT /api/pk-versions/:id/targets with version)', async () => {
    const id = world.own.draftPkVersionId;
    const values = ['81', '82', '83', '84'];
    const responses = await Promise.all(
      clients.map((client, i) =>
        send(app, client, 'PUT', '/pk-versions/:pkVersionId/targets', {
          pkVersionId: id,
          version: world.own.draftPkVersion,
          targets: [{ indicatorId: world.own.indicatorId, value: values[i] }],
        }),
      ),
    );
    const winner = oneWinner(responses);
    const target = await row(sql`select value from pk_target where pk_version_id = ${id}`);
    expect(Number(target.value)).toBe(Number(values[winner]));
    const version = await row(sql`select version from pk_version where id = ${id}`);
    expect(version.version).toBe(world.own.draftPkVersion + 1);
  });

  it('an indicator and a sasaran (PATCH with version)', async () => {
    for (const [url, key, id, version, field] of [
      ['/indicators/:indicatorId', 'indicatorId', world.own.indicatorId, world.own.indicatorVersion, 'name'],
      ['/sasaran/:sasaranId', 'sasaranId', world.own.sasaranId, world.own.sasaranVersion, 'statement'],
    ] as const) {
      const responses = await Promise.all(
        clients.map((client, i) =>
          send(app, client, 'PATCH', url, { [key]: id, version, [field]: `Teks dari klien ${i}` }),
        ),
      );
      const winner = oneWinner(responses);
      const table = key === 'indicatorId' ? sql`indicator` : sql`sasaran_strategis`;
      const column = field === 'name' ? sql`name` : sql`statement`;
      const stored = await row(sql`select ${column} as text, version from ${table} where id = ${id}`);
      expect(stored).toEqual({ text: `Teks dari klien ${winner}`, version: version + 1 });
    }
  });
});
