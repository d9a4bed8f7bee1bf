/**
 * A real server for the browser tests: a fresh test database (PGlite, or
 * PostgreSQL when DATABASE_URL is set) with the demo agency loaded, the API
 * and the built web app on a free loopback port.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApp, type App } from '../../../src/http/app.ts';
import { loadDemo, readAgencyBundle, type LoadDemoResult } from '../../../src/services/demo/load-demo.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

export type E2eServer = {
  url: string;
  app: App;
  db: TestDatabase['db'];
  demo: LoadDemoResult;
  close: () => Promise<void>;
};

let built = false;

/** Builds web/dist when it is missing or older than its sources (a no-op when fresh). */
export function ensureWebBuilt(): void {
  if (built) return;
  const script = fileURLToPath(new URL('../../../scripts/build-web.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the web app failed (node scripts/build-web.mjs)');
  built = true;
}

export async function startE2eServer(): Promise<E2eServer> {
  ensureWebBuilt();
  const t = await createTestDatabase();
  const demo = await loadDemo(t.db, await readAgencyBundle(), { now: () => new Date() });
  const app = await buildApp({ db: t.db, demoLogins: demo.logins });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db: t.db,
    demo,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

/** The demo password of a demo user. */
export function demoPassword(server: E2eServer, username: string): string {
  const login = server.demo.logins.find((l) => l.username === username);
  if (!login) throw new Error(`no demo login ${username}`);
  return login.password;
}
