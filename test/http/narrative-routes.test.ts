/**
 * Narratives and the logo over HTTP: list with defaults, save and conflict,
 * a final year refused; the logo uploaded as raw bytes, downloaded, replaced
 * with a stale version refused, removed (then 204), and uploads of the wrong
 * type or size refused before anything is stored.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.ts';
import { AGENCY_LOGO_MAX_BYTES } from '../../src/store/schema/enums.ts';
import { agencyLogo, narrative } from '../../src/store/schema/index.ts';
import { makeLogoPng } from '../support/png.ts';
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

const LOGO = Buffer.from(makeLogoPng(80, 60));

type Entry = { section: string; text: string; version: number | null; generated: boolean };

describe('narratives over HTTP', () => {
  it('lists every section, saves one, refuses a stale version with 409', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const url = `/api/agencies/${seed.own.agency.id}/narratives`;
    const listed = await client.request('GET', `${url}?year=2024`);
    expect(listed.statusCode).toBe(200);
    const sections = (listed.json() as { sections: Entry[] }).sections;
    expect(sections.find((e) => e.section === 'ikhtisar')).toMatchObject({ generated: true, version: null });

    const saved = await client.request('PUT', url, {
      year: 2024,
      section: 'ikhtisar',
      text: 'Ikhtisar kami.',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ section: 'ikhtisar', version: 1, text: 'Ikhtisar kami.' });
    const again = await client.request('PUT', url, {
      year: 2024,
      section: 'ikhtisar',
      text: 'Lagi.',
      version: 1,
    });
    expect(again.json()).toMatchObject({ version: 2 });
    const stale = await client.request('PUT', url, {
      year: 2024,
      section: 'ikhtisar',
      text: 'Basi.',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);

    const relisted = (await client.request('GET', `${url}?year=2024`)).json() as { sections: Entry[] };
    expect(relisted.sections.find((e) => e.section === 'ikhtisar')).toMatchObject({
      text: 'Lagi.',
      version: 2,
      generated: false,
    });
  });

  it('refuses an unknown section (400 naming it), a final year (409), and a foreign operator (403)', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const url = `/api/agencies/${seed.own.agency.id}/narratives`;
    const unknown = await client.request('PUT', url, { year: 2024, section: 'bab9', text: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('section');
    // the fixture's LKjIP 2023 is final
    const final = await client.request('PUT', url, { year: 2023, section: 'kesimpulan', text: 'x' });
    expect(final.statusCode).toBe(409);
    const foreign = new Client(app);
    await foreign.login('operator2');
    expect(
      (await foreign.request('PUT', url, { year: 2024, section: 'kesimpulan', text: 'x' })).statusCode,
    ).toBe(403);
    expect((await foreign.request('GET', `${url}?year=2024`)).statusCode).toBe(403);
    const rows = await t.db.select().from(narrative).where(eq(narrative.section, 'bab4.kesimpulan'));
    expect(rows).toEqual([]);
  });
});

describe('the logo over HTTP', () => {
  const url = () => `/api/agencies/${seed.own.agency.id}/logo`;

  it('uploads a PNG as raw bytes, downloads it, replaces it (stale version 409), removes it (then 204)', async () => {
    const client = new Client(app);
    await client.login('kepala1');
    const [fixture] = await t.db.select().from(agencyLogo).where(eq(agencyLogo.agencyId, seed.own.agency.id));
    const put = await client.request('PUT', url(), LOGO, { 'content-type': 'image/png' });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      mimeType: 'image/png',
      width: 80,
      height: 60,
      version: fixture!.version + 1,
    });
    const version = (put.json() as { version: number }).version;

    const viewer = new Client(app);
    await viewer.login('viewer1');
    const got = await viewer.request('GET', url());
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.rawPayload.equals(LOGO)).toBe(true);

    const stale = await client.request('PUT', `${url()}?version=${version - 1}`, LOGO, {
      'content-type': 'image/png',
    });
    expect(stale.statusCode).toBe(409);
    const removed = await client.request('DELETE', `${url()}?version=${version}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toEqual({ agencyId: seed.own.agency.id, removed: true });
    expect((await viewer.request('GET', url())).statusCode).toBe(204);
  });

  it('refuses another type (415), a lying content (415), too large a file (413), a foreign operator (403)', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const before = await t.db.select().from(agencyLogo);
    const gif = await client.request('PUT', url(), Buffer.from('GIF89a'), { 'content-type': 'image/gif' });
    expect(gif.statusCode).toBe(415);
    const lying = await client.request('PUT', url(), Buffer.from('%PDF-1.4\n'), {
      'content-type': 'image/png',
    });
    expect(lying.statusCode).toBe(415);
    const big = Buffer.alloc(AGENCY_LOGO_MAX_BYTES + 1);
    LOGO.copy(big);
    const large = await client.request('PUT', url(), big, { 'content-type': 'image/png' });
    expect(large.statusCode).toBe(413);
    const foreign = new Client(app);
    await foreign.login('operator2');
    const refused = await foreign.request('PUT', url(), LOGO, { 'content-type': 'image/png' });
    expect(refused.statusCode).toBe(403);
    expect((await foreign.request('GET', url())).statusCode).toBe(403);
    expect(await t.db.select().from(agencyLogo)).toEqual(before);
  });
});
