import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { Client, seedTwoAgencies, testApp } from './http-fixtures.ts';

let t: TestDatabase;
let app: App;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedTwoAgencies(t.db);
  app = await testApp(t.db);
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('login, sessions and CSRF', () => {
  it('logs in with an HttpOnly SameSite cookie and a CSRF token; /me answers', async () => {
    const client = new Client(app);
    const response = await client.login('operator1');
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'akuntabel_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await client.request('GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ role: 'operator', displayName: 'operator1' });
  });

  it('a wrong password and an unknown user get the same 401 problem, in Indonesian by default', async () => {
    const wrong = await new Client(app).login('operator1', 'salah-sekali-123');
    const unknown = await new Client(app).login('nobody', 'salah-sekali-123');
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json()).toMatchObject({
        type: '/api/problems/unauthenticated',
        detail: 'Nama pengguna atau kata sandi salah.',
      });
    }
    const english = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US' },
      payload: { username: 'x', password: 'y' },
    });
    expect(english.json()).toMatchObject({ detail: 'Wrong username or password.' });
  });

  it('logout revokes the session at once (the old cookie no longer works)', async () => {
    const client = new Client(app);
    await client.login('kepala1');
    const token = client.cookie('akuntabel_session')!;
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    const reuse = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { akuntabel_session: token },
    });
    expect(reuse.statusCode).toBe(401);
  });

  it('a new login gives a new token (no session fixation) and ends the previous one', async () => {
    const client = new Client(app);
    await client.login('viewer1');
    const first = client.cookie('akuntabel_session')!;
    await client.login('viewer1');
    const second = client.cookie('akuntabel_session')!;
    expect(second).not.toBe(first);
    const old = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { akuntabel_session: first },
    });
    expect(old.statusCode).toBe(401);
  });

  it('a state-changing request without the CSRF header is refused', async () => {
    const client = new Client(app);
    await client.login('operator1');
    client.csrf = null;
    const response = await client.request('POST', '/api/auth/logout');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ type: '/api/problems/forbidden' });
  });

  it('repeated failures lock the account for the window, even with the right password', async () => {
    const client = new Client(app);
    for (let i = 0; i < 5; i++) await client.login('evaluator1', 'salah-sekali-123');
    const locked = await client.login('evaluator1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ type: '/api/problems/rate-limited' });
  });

  it('bad input is a 400 problem naming the field, never a 500', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 5 } });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['body.username', 'body.password']),
    );
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('serves security headers, the OpenAPI document and the browsable reference', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toContain("default-src 'self'");
    const openapi = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys((openapi.json() as { paths: object }).paths)).toContain('/api/auth/login');
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});
