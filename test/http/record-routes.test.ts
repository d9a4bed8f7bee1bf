import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.ts';
import { indicator, realisation } from '../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { Client, seedTwoAgencies, testApp, type Seeded } from './http-fixtures.ts';

let t: TestDatabase;
let app: App;
let seed: Seeded;
beforeAll(async () => {
  t = await createTestDatabase();
  seed = await seedTwoAgencies(t.db);
  // The formula names the indicator's component codes, so the value is derived from them.
  await t.db
    .update(indicator)
    .set({ formula: 'served / total × 100' })
    .where(eq(indicator.id, seed.own.indicator.id));
  app = await testApp(t.db);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('realisation entry over HTTP', () => {
  let created: { id: string; version: number };

  it('an operator records a realisation from its components, typed the Indonesian way', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const response = await client.request('POST', '/api/realisations', {
      indicatorId: seed.own.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      components: { served: '1.630', total: '2.000' },
    });
    expect(response.statusCode).toBe(200);
    created = response.json();
    const [row] = await t.db.select().from(realisation).where(eq(realisation.id, created.id));
    expect(row).toMatchObject({ status: 'draft', periodNo: 2 });
    expect(Number(row!.value)).toBeCloseTo(81.5, 10);
  });

  it('two clients edit the same realisation: one wins, the other gets 409 and the first edit stays', async () => {
    const a = new Client(app);
    const b = new Client(app);
    await a.login('operator1');
    await b.login('kepala1');
    const body = (served: string) => ({
      indicatorId: seed.own.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      components: { served, total: '2.000' },
      version: created.version,
    });
    const first = await a.request('POST', '/api/realisations', body('1.700'));
    const second = await b.request('POST', '/api/realisations', body('1.900'));
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ type: '/api/problems/conflict' });
    const [row] = await t.db.select().from(realisation).where(eq(realisation.id, created.id));
    expect(Number(row!.value)).toBeCloseTo(85, 10);
  });

  it('a foreign agency’s operator can neither write nor read the record', async () => {
    const client = new Client(app);
    await client.login('operator2');
    const write = await client.request('POST', '/api/realisations', {
      indicatorId: seed.own.indicator.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 3,
      components: { served: '1', total: '2' },
    });
    expect(write.statusCode).toBe(403);
    const read = await client.request('GET', `/api/realisations/${created.id}/evidence`);
    expect(read.statusCode).toBe(403);
    const rows = await t.db
      .select()
      .from(realisation)
      .where(eq(realisation.indicatorId, seed.own.indicator.id));
    expect(rows.some((r) => r.periodNo === 3)).toBe(false);
  });

  it('evidence: a PDF is stored and downloaded as an attachment; a PNG named .pdf and an oversized file are refused', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const upload = await client.request('POST', `/api/realisations/${created.id}/evidence`, PDF, {
      'content-type': 'application/pdf',
      'x-file-name': encodeURIComponent('Laporan TW II.pdf'),
    });
    expect(upload.statusCode).toBe(201);
    const { id } = upload.json() as { id: string };
    const download = await client.request('GET', `/api/evidence/${id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(Buffer.from(download.rawPayload).equals(PDF)).toBe(true);

    const disguised = await client.request('POST', `/api/realisations/${created.id}/evidence`, PNG, {
      'content-type': 'application/pdf',
      'x-file-name': 'foto.pdf',
    });
    expect(disguised.statusCode).toBe(415);
    const huge = await client.request(
      'POST',
      `/api/realisations/${created.id}/evidence`,
      Buffer.alloc(21 * 1024 * 1024, 1),
      {
        'content-type': 'application/pdf',
        'x-file-name': 'besar.pdf',
      },
    );
    expect(huge.statusCode).toBe(413);
    const unknownType = await client.request('POST', `/api/realisations/${created.id}/evidence`, PDF, {
      'content-type': 'application/x-msdownload',
      'x-file-name': 'virus.exe',
    });
    expect(unknownType.statusCode).toBe(415);
  });
});
