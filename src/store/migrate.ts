/**
 * Our migrator: applies the SQL files drizzle-kit generated in
 * `src/store/migrations` (listed by `meta/_journal.json`), forward only, on
 * PGlite and PostgreSQL alike, and refuses a database whose applied
 * migrations do not match the code: a migration the code does not know (the
 * database was used by a newer version), or one whose file changed after it
 * was applied (hash mismatch).
 *
 * Applied migrations are recorded in `akuntabel_meta.migration` (outside the
 * `public` schema, so backups and table listings never see it). All pending
 * migrations run in one transaction under an advisory lock, so two servers
 * starting at once on one PostgreSQL database do not both migrate.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './database.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

/** One migration file of the code. */
export type Migration = {
  /** The file name without `.sql`, e.g. `0000_initial_schema`. */
  id: string;
  /** SHA-256 (hex) of the file with line endings normalised to LF. */
  hash: string;
  statements: string[];
};

/** A migration as recorded in a database. */
export type AppliedMigration = { id: string; hash: string; appliedAt: Date };

/** The database's migrations do not match the code: it must not be used by this version. */
export class MigrationMismatchError extends Error {
  override readonly name = 'MigrationMismatchError';
}

type Journal = { entries: { idx: number; tag: string }[] };

/** Reads the migrations of the code, in order. */
export function readMigrations(folder: string = MIGRATIONS_FOLDER): Migration[] {
  const journal = JSON.parse(readFileSync(`${folder}/meta/_journal.json`, 'utf8')) as Journal;
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => {
      const text = readFileSync(`${folder}/${entry.tag}.sql`, 'utf8').replaceAll('\r\n', '\n');
      return {
        id: entry.tag,
        hash: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement !== ''),
      };
    });
}

/** The id of the newest migration of the code: the schema version a backup records. */
export function latestMigrationId(migrations: Migration[] = readMigrations()): string {
  const last = migrations.at(-1);
  if (last === undefined) throw new Error('Tidak ada berkas migrasi.');
  return last.id;
}

const META_SCHEMA = 'akuntabel_meta';
const LOCK_KEY = 7_160_515_001; // advisory lock: "akuntabel migrate"

async function ensureMetaTable(db: Database): Promise<void> {
  await db.execute(sql.raw(`create schema if not exists ${META_SCHEMA}`));
  await db.execute(
    sql.raw(
      `create table if not exists ${META_SCHEMA}.migration (
         id text primary key,
         hash text not null,
         applied_at timestamptz not null default now()
       )`,
    ),
  );
}

/** The migrations recorded in the database, oldest first (empty when none or no table yet). */
export async function readAppliedMigrations(db: Database): Promise<AppliedMigration[]> {
  const [exists] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass(${`${META_SCHEMA}.migration`}) is not null as present`,
  );
  if (exists?.present !== true) return [];
  const rows = await queryRows<{ id: string; hash: string; applied_at: string | Date }>(
    db,
    sql.raw(`select id, hash, applied_at from ${META_SCHEMA}.migration order by id`),
  );
  return rows.map((row) => ({ id: row.id, hash: row.hash, appliedAt: new Date(row.applied_at) }));
}

/**
 * Compares what the database has applied with the code's migrations; throws
 * MigrationMismatchError on any difference other than pending migrations at
 * the end, and returns the pending ones.
 */
export function pendingMigrations(applied: AppliedMigration[], code: Migration[]): Migration[] {
  applied.forEach((done, index) => {
    const expected = code[index];
    if (expected === undefined || expected.id !== done.id) {
      throw new MigrationMismatchError(
        `Database ini memuat migrasi "${done.id}" yang tidak dikenal versi aplikasi ini ` +
          `(diharapkan ${expected === undefined ? 'tidak ada migrasi lagi' : `"${expected.id}"`}). ` +
          'Database mungkin dibuat oleh versi yang lebih baru; gunakan versi itu, atau pulihkan dari cadangan.',
      );
    }
    if (expected.hash !== done.hash) {
      throw new MigrationMismatchError(
        `Migrasi "${done.id}" di database berbeda dari berkas migrasi di kode ` +
          `(hash ${done.hash.slice(0, 12)}… ≠ ${expected.hash.slice(0, 12)}…). ` +
          'Berkas migrasi yang sudah dijalankan tidak boleh diubah; buat migrasi baru.',
      );
    }
  });
  return code.slice(applied.length);
}

/** Applies the pending migrations (refusing a mismatched database) and returns the ids applied. */
export async function migrate(db: Database, code: Migration[] = readMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    await ensureMetaTable(tx);
    const pending = pendingMigrations(await readAppliedMigrations(tx), code);
    for (const migration of pending) {
      for (const statement of migration.statements) {
        await tx.execute(sql.raw(statement));
      }
      await tx.execute(
        sql`insert into ${sql.raw(`${META_SCHEMA}.migration`)} (id, hash) values (${migration.id}, ${migration.hash})`,
      );
    }
    return pending.map((migration) => migration.id);
  });
}

/** Checks without changing anything: the pending migration ids, or MigrationMismatchError. */
export async function checkMigrations(db: Database, code: Migration[] = readMigrations()): Promise<string[]> {
  return pendingMigrations(await readAppliedMigrations(db), code).map((migration) => migration.id);
}
