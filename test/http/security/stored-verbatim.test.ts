/**
 * Hostile text that is valid text — a sasaran statement `<script>…`, a note
 * `'; drop table …`, RTL, zero-width and emoji — is stored exactly as typed
 * and comes back unchanged as JSON (escaping is the renderer's job), with a
 * JSON content type and nosniff so no browser renders it as HTML.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../../src/http/app.ts';
import { queryRows, type Database } from '../../../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { SCRIPT, SQL_INJECTION } from './hostile-input.ts';
import { PDF } from './route-probes.ts';
import {
  rolledBack,
  securityApp,
  seedSecurityWorld,
  send,
  type Session,
  type SignedInActor,
  type World,
} from './security-fixtures.ts';

let t: TestDatabase;
let app: App;
let holder: { current: Database };
let sessions: Record<SignedInActor, Session>;
let world: World;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await seedSecurityWorld(t.db);
  ({ app, holder, sessions } = await securityApp(t.db));
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

const TEXTS = [
  ...SQL_INJECTION,
  ...SCRIPT,
  'Meningkatnya \u202Eanak\u202C terlantar',
  'zero\u200Bwidth\u200Cjoin\u200Dand\u2060word',
  'Capaian 👩‍👩‍👧‍👦 naik 🇮🇩 ✅',
  'ناصر العربي — نص من اليمين',
  'Z̷̢͍a̵͇l̶g̷o̴ text',
  'quote " backslash \\ slash / </script>',
];

/** Every string anywhere in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

function expectJson(response: LightMyRequestResponse): void {
  expect(response.headers['content-type']).toMatch(/^application\/json; charset=utf-8/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
}

describe('hostile but valid text is stored verbatim and returned as JSON', () => {
  it('a sasaran statement, read back from the Renstra tree and the table', async () => {
    for (const text of TEXTS) {
      await rolledBack(t.db, holder, async (tx) => {
        const saved = await send(app, sessions.operator, 'PATCH', '/sasaran/:sasaranId', {
          sasaranId: world.own.sasaranId,
          version: world.own.sasaranVersion,
          statement: text,
        });
        expect(saved.statusCode, saved.body).toBe(200);
        expectJson(saved);
        expect(stringsOf(saved.json())).toContain(text);
        const tree = await send(app, sessions.viewer, 'GET', '/agencies/:agencyId/renstra', {
          agencyId: world.own.agencyId,
        });
        expectJson(tree);
        expect(stringsOf(tree.json())).toContain(text);
        const [row] = await queryRows<{ statement: string }>(
          tx,
          sql`select statement from sasaran_strategis where id = ${world.own.sasaranId}`,
        );
        expect(row!.statement).toBe(text);
      });
    }
  });

  it("a realisation note `'; drop table realisation; --` is a note, and the table is still there", async () => {
    const note = "'; drop table realisation; --";
    await rolledBack(t.db, holder, async (tx) => {
      const saved = await send(app, sessions.operator, 'POST', '/realisations', {
        indicatorId: world.own.indicatorId,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 3,
        components: { served: '650', total: '800' },
        note,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expectJson(saved);
      expect((saved.json() as { note: string }).note).toBe(note);
      const [count] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from realisation`);
      expect(count!.n).toBeGreaterThan(3);
    });
  });

  it('an indicator name, a review comment and an evidence file name', async () => {
    const name = 'Persentase \u202Eanak\u202C <b>terlantar</b> 👶 zero\u200Bwidth';
    const comment = '<script>fetch("/api/users")</script> lihat Tabel 3.1';
    const fileName = '<img src=x onerror=alert(1)>\r\nSet-Cookie: a=b; "laporan".pdf';
    await rolledBack(t.db, holder, async () => {
      const indicator = await send(app, sessions.operator, 'POST', '/indicators', {
        sasaranStrategisId: world.own.sasaranId,
        code: 'IKU9',
        name,
        unit: '%',
        polarity: 'positive',
        periodAggregation: 'last',
      });
      expect(indicator.statusCode, indicator.body).toBe(201);
      const tree = await send(app, sessions.viewer, 'GET', '/agencies/:agencyId/renstra', {
        agencyId: world.own.agencyId,
      });
      expect(stringsOf(tree.json())).toContain(name);

      const added = await send(app, sessions.evaluator, 'POST', '/lkjip/:reportId/comments', {
        reportId: world.own.reviewReportId,
        sectionKey: 'bab3-pengukuran',
        body: comment,
      });
      expect(added.statusCode, added.body).toBe(201);
      const report = await send(app, sessions.operator, 'GET', '/lkjip/:reportId', {
        reportId: world.own.reviewReportId,
      });
      expectJson(report);
      expect(stringsOf(report.json())).toContain(comment);

      const upload = await send(
        app,
        sessions.operator,
        'POST',
        '/realisations/:realisationId/evidence',
        { realisationId: world.own.draftRealisationId },
        {
          payload: PDF,
          contentType: 'application/pdf',
          headers: { 'x-file-name': encodeURIComponent(fileName) },
        },
      );
      expect(upload.statusCode, upload.body).toBe(201);
      const { id } = upload.json() as { id: string };
      const list = await send(app, sessions.viewer, 'GET', '/realisations/:realisationId/evidence', {
        realisationId: world.own.draftRealisationId,
      });
      expect(stringsOf(list.json())).toContain(fileName);
      const download = await send(app, sessions.viewer, 'GET', '/evidence/:evidenceId/content', {
        evidenceId: id,
      });
      expect(download.statusCode).toBe(200);
      const disposition = String(download.headers['content-disposition']);
      // the name travels percent-encoded: no raw quote, angle bracket, CR or LF can break the header
      expect(disposition).toMatch(/^attachment; /);
      expect(disposition).not.toMatch(/[<>\r\n]|Set-Cookie: a/);
      expect(download.headers['set-cookie']).toBeUndefined();
      expect(download.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  it('any text a person can type comes back exactly (property, 30 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
          .filter((s) => s.trim() === s && s.length > 0 && !s.includes('\u0000')),
        async (text) => {
          const saved = await rolledBack(t.db, holder, () =>
            send(app, sessions.kepala, 'PATCH', '/sasaran/:sasaranId', {
              sasaranId: world.own.sasaranId,
              version: world.own.sasaranVersion,
              statement: text,
            }),
          );
          expect(saved.statusCode, saved.body).toBe(200);
          expect((saved.json() as { statement: string }).statement).toBe(text);
        },
      ),
      { numRuns: 30, seed: 20_241_105 },
    );
  });
});
