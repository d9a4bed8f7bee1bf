import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicator } from '../../src/store/schema/index.ts';
import type { App } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { Client, seedTwoAgencies, testApp, type Seeded } from './http-fixtures.ts';

let t: TestDatabase;
let app: App;
let seed: Seeded;
beforeAll(async () => {
  t = await createTestDatabase();
  seed = await seedTwoAgencies(t.db);
  app = await testApp(t.db);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('measurement routes', () => {
  it('an operator reads its own agency’s measurement and is refused a foreign one', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const own = await client.request('GET', `/api/agencies/${seed.own.agency.id}/measurement?year=2024`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toHaveProperty('sasaran');
    const foreign = await client.request(
      'GET',
      `/api/agencies/${seed.foreign.agency.id}/measurement?year=2024`,
    );
    expect(foreign.statusCode).toBe(403);
  });
  it('a cached measurement is recomputed as soon as a realisation is saved', async () => {
    await t.db
      .update(indicator)
      .set({ formula: 'served / total × 100' })
      .where(eq(indicator.id, seed.own.indicator.id));
    const client = new Client(app);
    await client.login('operator1');
    const url = `/api/agencies/${seed.own.agency.id}/measurement?year=2024`;
    type M = { sasaran: { indicators: { id: string; realisasi: number | null }[] }[] };
    const realisasiOf = (m: M) =>
      m.sasaran.flatMap((s) => s.indicators).find((i) => i.id === seed.own.indicator.id)?.realisasi;
    const before = (await client.request('GET', url)).json() as M;
    expect(realisasiOf((await client.request('GET', url)).json() as M)).toBe(realisasiOf(before));
    const saved = await client.request('POST', '/api/realisations', {
      indicatorId: seed.own.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      components: { served: '9', total: '10' },
    });
    expect(saved.statusCode).toBe(200);
    const after = (await client.request('GET', url)).json() as M;
    expect(realisasiOf(before)).not.toBe(90);
    expect(realisasiOf(after)).toBe(90);
  });

  it('without a session the answer is 401; a bad id is 400 naming the field', async () => {
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/agencies/${seed.own.agency.id}/measurement?year=2024`,
    });
    expect(anonymous.statusCode).toBe(401);
    const client = new Client(app);
    await client.login('evaluator1');
    const bad = await client.request('GET', '/api/agencies/not-a-uuid/measurement?year=2024');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('agencyId');
  });
  it('the OpenAPI document lists the use-case routes with their input', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(doc.paths['/api/agencies/{agencyId}/measurement']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['agencyId', 'year']),
    );
  });
});
