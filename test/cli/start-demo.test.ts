/**
 * `akuntabel start` and `akuntabel demo` in process, on a temporary data
 * folder: a fresh folder gets the schema and the demo agency, the logins are
 * printed, and a second run leaves the data as it is; both exit 0.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServers } from '../../src/cli/commands/start.ts';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { region } from '../../src/store/schema/index.ts';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'akuntabel', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-start-'));
});
afterAll(async () => {
  await stopServers();
  await rm(dir, { recursive: true, force: true });
});

const LOGINS = [
  ['admin', 'demo-admin-2024'],
  ['operator.dinsos', 'demo-operator-2024'],
  ['kepala.dinsos', 'demo-kepala-2024'],
  ['evaluator.inspektorat', 'demo-evaluator-2024'],
  ['viewer', 'demo-viewer-2024'],
];

describe('akuntabel start / demo', () => {
  it('start on a fresh folder migrates, loads the demo, prints the logins and serves the web app and the API', async () => {
    const data = join(dir, 'fresh');
    const r = await run('start', '--data', data, '--port', '0');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`data di folder ${data} (PGlite)`);
    expect(r.out).toContain('Data demo Dinas Sosial Kabupaten Lima Puluh Kota (LKjIP 2023) dimuat');
    for (const [username, password] of LOGINS)
      expect(r.out).toMatch(new RegExp(`${username}\\s+.+\\s+${password}`));
    const url = /berjalan di (http:\/\/\S+)/.exec(r.out)?.[1];
    expect(url).toBeDefined();
    // the web app (npm test builds it first) answers on the address the output names
    expect(r.out).toContain(`Buka di peramban: ${url}/masuk`);
    const page = await fetch(`${url}/masuk`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'kepala.dinsos', password: 'demo-kepala-2024' }),
    });
    expect(login.status).toBe(200);

    // A second process on the same folder is refused while the server runs.
    const busy = await run('start', '--data', data, '--port', '0');
    expect(busy.code).toBe(2);
    expect(busy.err).toContain('sedang dipakai');
    await stopServers();

    const again = await run('start', '--data', data, '--port', '0');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Data demo sudah dimuat');
    expect(again.out).toContain('demo-admin-2024');
    await stopServers();

    const demo = await run('demo', '--data', data);
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('Data demo sudah dimuat');
  }, 120_000);

  it('demo on a fresh folder loads it; on a database with other data it loads nothing', async () => {
    const fresh = await run('demo', '--data', join(dir, 'demo'));
    expect(fresh.code).toBe(0);
    expect(fresh.out).toContain('dimuat ke folder');
    expect(fresh.out).toContain('kepala.dinsos');

    const other = join(dir, 'other');
    const opened = await openDatabase({ dataDir: other });
    await opened.db.insert(region).values({ code: '99', name: 'Provinsi Lain', kind: 'provinsi' });
    await opened.close();
    const r = await run('demo', '--data', other);
    expect(r.code).toBe(0);
    expect(r.out).toContain('sudah berisi data');
    expect(r.out).not.toContain('Kata sandi');
  }, 120_000);
});
