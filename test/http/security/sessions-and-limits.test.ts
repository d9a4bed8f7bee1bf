/**
 * What test/http/auth.test.ts and record-routes.test.ts leave out: security
 * headers on every kind of answer, cookie flags, session tokens a client
 * chooses or tampers with, sessions that end (logout, idle, absolute,
 * deactivation, password reset), CSRF tokens of another session, body limits
 * and content types on every JSON route, upload edge cases, and refused calls
 * that must not cost the server a password hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../../src/http/app.ts';
import { serviceRoutes } from '../../../src/http/routes/service-routes.ts';
import { queryRows } from '../../../src/store/database.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { PNG_HEADER_ONLY, PDF_BYTES } from './upload-samples.ts';
import { PROBES } from './route-probes.ts';
import {
  changedTables,
  fingerprint,
  seedSecurityWorld,
  send,
  signIn,
  type Session,
  type World,
} from './security-fixtures.ts';

let t: TestDatabase;
let app: App;
let world: World;
/** The clock of the app: tests move it to expire sessions. */
let clock = new Date();

beforeAll(async () => {
  t = await createTestDatabase();
  world = await seedSecurityWorld(t.db);
  app = await buildApp({ db: t.db, now: () => clock });
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

async function sessionCount(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from session`);
  return row!.n;
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function me(cookie: string) {
  return app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
}

describe('security headers', () => {
  it('every kind of answer carries them: JSON, problem, unknown route, download', async () => {
    const operator = await signIn(app, 'operator1');
    const answers = [
      await app.inject({ method: 'GET', url: '/api/health' }),
      await app.inject({ method: 'GET', url: '/api/auth/me' }),
      await app.inject({ method: 'GET', url: '/api/nope' }),
      await send(app, operator, 'GET', '/evidence/:evidenceId/content', { evidenceId: world.own.evidenceId }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 200]);
    for (const answer of answers) {
      const h = answer.headers;
      const csp = String(h['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toMatch(/script-src 'self';/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(h['x-frame-options']).toBe('SAMEORIGIN');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(h['cross-origin-opener-policy']).toBe('same-origin');
      expect(h['cross-origin-resource-policy']).toBe('same-origin');
      expect(h['x-powered-by']).toBeUndefined();
    }
    // an error never discloses the server's internals
    expect(answers[1]!.body).not.toMatch(/at .*\.ts:\d+|node_modules|stack/);
  });
});

describe('cookies', () => {
  it('the session cookie is HttpOnly, SameSite=Strict, host-only, 12 hours; the CSRF cookie is readable by the page', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'viewer1', password: 'kata-sandi-uji-123' },
    });
    const session = response.cookies.find((c) => c.name === 'akuntabel_session')!;
    const csrf = response.cookies.find((c) => c.name === 'akuntabel_csrf')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 12 * 3600 });
    expect(session.domain).toBeUndefined();
    expect(csrf).toMatchObject({ sameSite: 'Strict', path: '/' });
    expect(csrf.httpOnly).toBeFalsy();
    // 256 random bits, and never in the body where a script could read it
    expect(Buffer.from(session.value, 'base64url')).toHaveLength(32);
    expect(response.body).not.toContain(session.value);
    // the database keeps only its hash
    const [stored] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from session where token_hash = ${hashOf(session.value)}`,
    );
    expect(stored!.n).toBe(1);
  });

  it('with AKUNTABEL_SECURE_COOKIES=1 both cookies are Secure', async () => {
    process.env.AKUNTABEL_SECURE_COOKIES = '1';
    const secureApp = await buildApp({ db: t.db });
    delete process.env.AKUNTABEL_SECURE_COOKIES;
    try {
      const response = await secureApp.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'viewer1', password: 'kata-sandi-uji-123' },
      });
      expect(response.cookies.map((c) => [c.name, c.secure])).toEqual([
        ['akuntabel_session', true],
        ['akuntabel_csrf', true],
      ]);
    } finally {
      await secureApp.close();
    }
  });
});

describe('session tokens the client chooses or alters', () => {
  it('a made-up session cookie is ignored: no session, no row created from it', async () => {
    const chosen = randomBytes(32).toString('base64url');
    const before = await sessionCount();
    for (const value of [chosen, 'x', 'a'.repeat(5000), "'; drop table session; --", '%00']) {
      const response = await me(`akuntabel_session=${encodeURIComponent(value)}`);
      expect(response.statusCode).toBe(401);
    }
    expect(await sessionCount()).toBe(before);
    const write = await app.inject({
      method: 'POST',
      url: `/api/notifications/${world.own.notificationId}/read`,
      headers: { cookie: `akuntabel_session=${chosen}`, 'x-csrf-token': 'anything' },
    });
    expect(write.statusCode).toBe(401);
  });

  it('a login never adopts the token the client sent; that token stays worthless', async () => {
    const chosen = randomBytes(32).toString('base64url');
    const before = await sessionCount();
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: `akuntabel_session=${chosen}` },
      payload: { username: 'operator1', password: 'kata-sandi-uji-123' },
    });
    expect(response.statusCode).toBe(200);
    const issued = response.cookies.find((c) => c.name === 'akuntabel_session')!.value;
    expect(issued).not.toBe(chosen);
    expect(await sessionCount()).toBe(before + 1);
    const [adopted] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from session where token_hash = ${hashOf(chosen)}`,
    );
    expect(adopted!.n).toBe(0);
    expect((await me(`akuntabel_session=${chosen}`)).statusCode).toBe(401);
    expect((await me(`akuntabel_session=${issued}`)).statusCode).toBe(200);
  });

  it('a real token with one character changed is refused', async () => {
    const { token } = await signIn(app, 'kepala1');
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect((await me(`akuntabel_session=${token.slice(0, -1)}${last}`)).statusCode).toBe(401);
    expect((await me(`akuntabel_session=${token}`)).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it('the CSRF token of another session (even of the same user) is refused, and nothing changes', async () => {
    const a = await signIn(app, 'operator1');
    const b = await signIn(app, 'operator1');
    const other = await signIn(app, 'kepala1');
    const before = await fingerprint(t.db);
    for (const csrf of [b.csrf, other.csrf, '', a.csrf.slice(0, -1)]) {
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/sasaran/${world.own.sasaranId}`,
        headers: { cookie: a.cookie, 'x-csrf-token': csrf },
        payload: { version: world.own.sasaranVersion, statement: 'Lewat CSRF' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ type: '/api/problems/forbidden' });
    }
    // the CSRF cookie alone (what a cross-site form would carry) is not the header
    const cookieOnly = await app.inject({
      method: 'PATCH',
      url: `/api/sasaran/${world.own.sasaranId}`,
      headers: { cookie: a.cookie },
      payload: { version: world.own.sasaranVersion, statement: 'Lewat CSRF' },
    });
    expect(cookieOnly.statusCode).toBe(403);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('the CSRF token of a session that has ended does not carry over to a new one', async () => {
    const old = await signIn(app, 'viewer1');
    await send(app, old, 'POST', '/auth/logout');
    const fresh = await signIn(app, 'viewer1');
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: fresh.cookie, 'x-csrf-token': old.csrf },
    });
    expect(response.statusCode).toBe(403);
    expect((await me(fresh.cookie)).statusCode).toBe(200);
  });
});

describe('sessions that end', () => {
  it('after logout the old cookie and CSRF token can write nothing; the cookies are cleared; other sessions live on', async () => {
    const a = await signIn(app, 'operator1');
    const b = await signIn(app, 'operator1');
    const out = await send(app, a, 'POST', '/auth/logout');
    expect(out.statusCode).toBe(204);
    for (const name of ['akuntabel_session', 'akuntabel_csrf']) {
      const cleared = out.cookies.find((c) => c.name === name)!;
      expect(cleared.value === '' || (cleared.expires?.getTime() ?? 1) <= Date.now()).toBe(true);
    }
    const before = await fingerprint(t.db);
    const write = await send(app, a, 'PATCH', '/sasaran/:sasaranId', {
      sasaranId: world.own.sasaranId,
      version: world.own.sasaranVersion,
      statement: 'Sesudah keluar',
    });
    expect(write.statusCode).toBe(401);
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
    expect((await me(b.cookie)).statusCode).toBe(200);
  });

  it('a session ends after 2 hours idle, and 12 hours after login however busy', async () => {
    const start = clock;
    try {
      const idle = await signIn(app, 'evaluator1');
      clock = new Date(start.getTime() + 2 * 3600_000 + 60_000);
      expect((await me(idle.cookie)).statusCode).toBe(401);

      const busy = await signIn(app, 'evaluator1');
      for (let hour = 1; hour <= 11; hour++) {
        clock = new Date(start.getTime() + 2 * 3600_000 + 60_000 + hour * 3600_000);
        expect((await me(busy.cookie)).statusCode).toBe(200);
      }
      clock = new Date(start.getTime() + 2 * 3600_000 + 60_000 + 12 * 3600_000 + 60_000);
      expect((await me(busy.cookie)).statusCode).toBe(401);
    } finally {
      clock = start;
    }
  });

  it('deactivating a user or resetting their password ends their sessions at once (no stale cache)', async () => {
    const admin = await signIn(app, 'admin1');
    const viewer = await signIn(app, 'viewer1');
    expect((await me(viewer.cookie)).statusCode).toBe(200);
    const [user] = await queryRows<{ id: string; version: number }>(
      t.db,
      sql`select id, version from app_user where username = 'viewer1'`,
    );
    const off = await send(app, admin, 'PATCH', '/users/:userId/active', {
      userId: user!.id,
      isActive: false,
      version: user!.version,
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await me(viewer.cookie)).statusCode).toBe(401);
    const on = await send(app, admin, 'PATCH', '/users/:userId/active', {
      userId: user!.id,
      isActive: true,
      version: user!.version + 1,
    });
    expect(on.statusCode).toBe(200);

    const kepala = await signIn(app, 'kepala1');
    expect((await me(kepala.cookie)).statusCode).toBe(200);
    const [k] = await queryRows<{ id: string; version: number }>(
      t.db,
      sql`select id, version from app_user where username = 'kepala1'`,
    );
    const reset = await send(app, admin, 'PUT', '/users/:userId/password', {
      userId: k!.id,
      password: 'kata-sandi-uji-123',
      version: k!.version,
    });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await me(kepala.cookie)).statusCode).toBe(401);
  });
});

describe('body limits and content types on every JSON route', () => {
  const bodyRoutes = serviceRoutes.filter((r) => r.method !== 'GET' && r.method !== 'DELETE');
  let operator: Session;
  beforeAll(async () => {
    operator = await signIn(app, 'operator1');
  });

  it('a body over 1 MiB is a 413 problem on every route, and nothing changes', async () => {
    const before = await fingerprint(t.db);
    const big = JSON.stringify({ note: 'x'.repeat(1024 * 1024) });
    for (const route of bodyRoutes) {
      const url = `/api${route.url.replace(/:([A-Za-z]+)/g, () => world.own.agencyId)}`;
      const response = await app.inject({
        method: route.method,
        url,
        headers: {
          cookie: operator.cookie,
          'x-csrf-token': operator.csrf,
          'content-type': 'application/json',
        },
        payload: big,
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(413);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ type: '/api/problems/too-large' });
    }
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });

  it('a body of another type is a 415 problem on every route (text, form, XML, multipart), and nothing changes', async () => {
    const before = await fingerprint(t.db);
    const types = [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'text/html',
    ];
    for (const route of bodyRoutes) {
      const probe = PROBES[`${route.method} ${route.url}`]!;
      const input = probe.input(world.own, probe.allowed[0] ?? 'admin');
      const url = `/api${route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => String(input[name]))}`;
      for (const type of types) {
        const response = await app.inject({
          method: route.method,
          url,
          headers: { cookie: operator.cookie, 'x-csrf-token': operator.csrf, 'content-type': type },
          payload: JSON.stringify(input),
        });
        expect(response.statusCode, `${type} to ${route.method} ${route.url}`).toBe(415);
        expect(response.json()).toMatchObject({ type: '/api/problems/unsupported-type' });
      }
    }
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });
});

describe('uploads', () => {
  let operator: Session;
  beforeAll(async () => {
    operator = await signIn(app, 'operator1');
  });

  async function upload(realisationId: string, bytes: Buffer, type: string, name: string) {
    return send(
      app,
      operator,
      'POST',
      '/realisations/:realisationId/evidence',
      { realisationId },
      { payload: bytes, contentType: type, headers: { 'x-file-name': encodeURIComponent(name) } },
    );
  }

  it('empty files, path-like names, HTML, SVG, JSON and files on a submitted realisation are refused; nothing is stored', async () => {
    const before = await fingerprint(t.db);
    const draft = world.own.draftRealisationId;
    const cases: [Awaited<ReturnType<typeof upload>>, number][] = [
      [await upload(draft, Buffer.alloc(0), 'application/pdf', 'kosong.pdf'), 400],
      [await upload(draft, PDF_BYTES, 'application/pdf', '../../etc/passwd.pdf'), 400],
      [await upload(draft, PDF_BYTES, 'application/pdf', 'C:\\Windows\\laporan.pdf'), 400],
      [await upload(draft, Buffer.from('<html><script>alert(1)</script>'), 'text/html', 'a.html'), 415],
      [await upload(draft, Buffer.from('<svg onload="alert(1)"/>'), 'image/svg+xml', 'a.svg'), 415],
      [await upload(draft, Buffer.from('<svg onload="alert(1)"/>'), 'image/png', 'a.png'), 415],
      [await upload(draft, PNG_HEADER_ONLY, 'application/pdf', 'foto.pdf'), 415],
      [await upload(world.own.submittedRealisationId, PDF_BYTES, 'application/pdf', 'telat.pdf'), 409],
      [await upload(world.foreign.draftRealisationId, PDF_BYTES, 'application/pdf', 'asing.pdf'), 403],
    ];
    const json = await send(
      app,
      operator,
      'POST',
      '/realisations/:realisationId/evidence',
      { realisationId: draft },
      { payload: '{"bytes":"JVBERi0="}', contentType: 'application/json' },
    );
    cases.push([json, 400]);
    expect(cases.map(([r]) => r.statusCode)).toEqual(cases.map(([, status]) => status));
    for (const [response] of cases)
      expect(response.headers['content-type']).toContain('application/problem+json');
    expect(changedTables(before, await fingerprint(t.db))).toEqual([]);
  });
});

describe('refused calls cost no password hash', () => {
  it('a viewer’s reset-password and create-user calls are refused before the (slow) hash', async () => {
    const admin = await signIn(app, 'admin1');
    const viewer = await signIn(app, 'viewer1');
    const input = {
      userId: world.sibling.userId,
      password: 'kata-sandi-baru-123',
      version: world.sibling.userVersion,
    };
    const timed = async (session: Session) => {
      const start = performance.now();
      const response = await send(app, session, 'PUT', '/users/:userId/password', input);
      return { status: response.statusCode, ms: performance.now() - start };
    };
    const refused = [await timed(viewer), await timed(viewer), await timed(viewer)];
    const allowed = await timed(admin);
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(allowed.status).toBe(200);
    // one scrypt hash (N = 2^15, r = 8, p = 3) takes far longer than a refusal
    expect(Math.min(...refused.map((r) => r.ms))).toBeLessThan(allowed.ms / 3);
    const create = await send(app, viewer, 'POST', '/users', {
      regionId: world.own.regionId,
      username: 'penyusup',
      displayName: 'Penyusup',
      password: 'kata-sandi-baru-123',
      role: 'admin',
    });
    expect(create.statusCode).toBe(403);
  });
});
