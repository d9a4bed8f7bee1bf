/**
 * Opens the database: embedded PGlite in a data folder (default), in memory
 * (tests), or PostgreSQL when a connection URL is given. The schema is
 * migrated on open (see migrate.ts), and a database whose migrations do not
 * match the code is refused.
 *
 * Which engine, first match wins:
 *   1. `databaseUrl` option → PostgreSQL
 *   2. `dataDir` option → PGlite in that folder
 *   3. `inMemory: true` → PGlite in memory
 *   4. DATABASE_URL in `env` → PostgreSQL
 *   5. AKUNTABEL_DATA in `env`, else `./data` → PGlite in that folder
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { acquireDataFolderLock } from './data-folder-lock.ts';
import type { Database, Engine } from './database.ts';
import { migrate } from './migrate.ts';
import { withPreparedStatements } from './pglite-statements.ts';
import * as schema from './schema/index.ts';

export type { Database, Engine } from './database.ts';

export const DEFAULT_DATA_DIR = './data';

export type OpenDatabaseOptions = {
  /** Folder of the embedded database (PGlite). */
  dataDir?: string;
  /** PostgreSQL connection URL, e.g. postgres://user:pass@host:5432/akuntabel. */
  databaseUrl?: string;
  /** An embedded database in memory, gone on close (tests). */
  inMemory?: boolean;
  /** Apply pending migrations on open (default true). False: open as is (tests of the migrator). */
  migrate?: boolean;
  /** Where DATABASE_URL and AKUNTABEL_DATA are read from (default process.env). */
  env?: Record<string, string | undefined>;
};

export type OpenedDatabase = {
  db: Database;
  engine: Engine;
  /** The data folder, `memory`, or the URL without its password: for messages. */
  location: string;
  close: () => Promise<void>;
};

type Target =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'pglite'; dataDir: null };

/** Decides which engine and where, from the options and the environment. */
export function resolveTarget(options: OpenDatabaseOptions = {}): Target {
  const env = options.env ?? process.env;
  if (options.databaseUrl !== undefined && options.dataDir !== undefined) {
    throw new Error('Pilih salah satu: folder data (--data) atau DATABASE_URL, tidak keduanya.');
  }
  if (options.databaseUrl !== undefined) return { engine: 'postgres', url: options.databaseUrl };
  if (options.dataDir !== undefined) return { engine: 'pglite', dataDir: resolve(options.dataDir) };
  if (options.inMemory === true) return { engine: 'pglite', dataDir: null };
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') return { engine: 'postgres', url };
  const folder = env.AKUNTABEL_DATA;
  return {
    engine: 'pglite',
    dataDir: resolve(folder !== undefined && folder !== '' ? folder : DEFAULT_DATA_DIR),
  };
}

/** The URL with its password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(URL tidak valid)';
  }
}

/** A Drizzle database over an open PGlite client (transactions use prepared statements: pglite-statements.ts). */
export function databaseFromPglite(client: PGlite): Database {
  return drizzlePglite(withPreparedStatements(client), { schema });
}

/** A Drizzle database over a node-postgres pool. */
export function databaseFromPool(pool: pg.Pool): Database {
  return drizzlePostgres(pool, { schema });
}

async function withMigration(opened: OpenedDatabase, run: boolean): Promise<OpenedDatabase> {
  if (!run) return opened;
  try {
    await migrate(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

/** Opens (and by default migrates) the database chosen by `resolveTarget`. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const target = resolveTarget(options);
  const runMigrations = options.migrate ?? true;

  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // an idle client losing its connection must not crash the process
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end();
      throw new Error(
        `Tidak dapat terhubung ke PostgreSQL ${redactUrl(target.url)}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    return withMigration(
      {
        db: databaseFromPool(pool),
        engine: 'postgres',
        location: redactUrl(target.url),
        close: () => pool.end(),
      },
      runMigrations,
    );
  }

  if (target.dataDir === null) {
    const client = await PGlite.create();
    return withMigration(
      { db: databaseFromPglite(client), engine: 'pglite', location: 'memory', close: () => client.close() },
      runMigrations,
    );
  }

  const dataDir = target.dataDir;
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataFolderLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(join(dataDir, 'pgdata'));
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await client.close();
    } finally {
      lock.release();
    }
  };
  return withMigration(
    { db: databaseFromPglite(client), engine: 'pglite', location: dataDir, close },
    runMigrations,
  );
}
