/**
 * A migrated database for a test file, on the engine the run is for:
 *
 * - PGlite (default): creating and migrating a PGlite database takes seconds,
 *   so the first test file to need one migrates an in-memory database once and
 *   saves its data directory (`dumpDataDir`) as a template in the OS temp
 *   folder, keyed by the PGlite version and the migrations' hashes. Every
 *   later database (in any worker, any run) loads that template in ~0.5 s.
 *   Each call gives an independent in-memory database, so test files never
 *   share state.
 * - PostgreSQL (when DATABASE_URL is set, as in CI's second run): each call
 *   creates a database `akuntabel_test_<random>` through DATABASE_URL (the role
 *   needs CREATEDB), migrates it, and drops it on close, so parallel vitest
 *   workers never collide.
 *
 * Within a file, `reset()` empties every table (TRUNCATE, fast) between tests
 * that need a clean slate.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { listTables } from '../../src/store/backup.ts';
import { databaseFromPglite, openDatabase, type Engine, type OpenedDatabase } from '../../src/store/db.ts';
import { migrate, readMigrations } from '../../src/store/migrate.ts';

export type TestDatabase = OpenedDatabase & {
  /** Empties every table of the `public` schema. */
  reset: () => Promise<void>;
};

/** The engine this test run uses: PostgreSQL when DATABASE_URL is set, else PGlite. */
export const testEngine: Engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** Why PostgreSQL-only tests are skipped in this run. */
export const skipWithoutPostgres =
  testEngine === 'postgres' ? false : 'needs DATABASE_URL (PostgreSQL run in CI)';

function templateKey(): string {
  const manifest = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  const hashes = readMigrations().map((m) => `${m.id}:${m.hash}`);
  return createHash('sha256')
    .update([version, ...hashes].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

let template: Promise<Blob> | undefined;

async function pgliteTemplate(): Promise<Blob> {
  const path = join(tmpdir(), `akuntabel-test-template-${templateKey()}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const client = await PGlite.create();
  await migrate(databaseFromPglite(client));
  const dump = await client.dumpDataDir('none');
  await client.close();
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, path); // atomic: concurrent workers may both write, either wins
  return dump;
}

async function withReset(opened: OpenedDatabase): Promise<TestDatabase> {
  return {
    ...opened,
    reset: async () => {
      const names = (await listTables(opened.db)).map((table) => `"${table.name}"`);
      if (names.length > 0)
        await opened.db.execute(sql.raw(`truncate table ${names.join(', ')} restart identity cascade`));
    },
  };
}

async function createPostgresDatabase(adminUrl: string, migrated: boolean): Promise<TestDatabase> {
  const name = `akuntabel_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened = await openDatabase({ databaseUrl: url.toString(), migrate: migrated });
  return withReset({
    ...opened,
    close: async () => {
      await opened.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  });
}

/** A fresh database for this run's engine; migrated unless `migrate: false`. Close it in afterAll. */
export async function createTestDatabase(
  options: { migrate?: boolean; engine?: Engine } = {},
): Promise<TestDatabase> {
  const migrated = options.migrate ?? true;
  const engine = options.engine ?? testEngine;
  if (engine === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (url === undefined || url === '') throw new Error('DATABASE_URL is not set');
    return createPostgresDatabase(url, migrated);
  }
  if (!migrated) return withReset(await openDatabase({ inMemory: true, migrate: false }));
  template ??= pgliteTemplate();
  const client = await PGlite.create({ loadDataDir: await template });
  return withReset({
    db: databaseFromPglite(client),
    engine: 'pglite',
    location: 'memory',
    close: () => client.close(),
  });
}
