import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';
import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBackup } from '../../src/cli/commands/backup.ts';
import { registerMigrate } from '../../src/cli/commands/migrate.ts';
import { registerRestore } from '../../src/cli/commands/restore.ts';
import type { CliContext } from '../../src/cli/main.ts';
import {
  BACKUP_FORMAT,
  RestoreRefusedError,
  backupDatabase,
  listTables,
  nonEmptyTables,
  restoreDatabase,
} from '../../src/store/backup.ts';
import { queryRows, type Database } from '../../src/store/database.ts';
import { latestMigrationId } from '../../src/store/migrate.ts';
import * as s from '../../src/store/schema/index.ts';
import { evidenceSha256, logoSha256, seedSmallAgency } from '../support/store-fixtures.ts';
import {
  createTestDatabase,
  skipWithoutPostgres,
  testEngine,
  type TestDatabase,
} from '../support/test-db.ts';

const work = mkdtempSync(join(tmpdir(), 'akuntabel-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every row of every table, each value in PostgreSQL's text form, in primary-key order. */
async function snapshot(db: Database): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await listTables(db)) {
    const values = table.columns.map((c) => `"${c.name}"::text`).join(', ');
    const order = table.primaryKey.map((c) => `"${c}"`).join(', ');
    const rows = await queryRows<{ line: string }>(
      db,
      sql.raw(`select json_build_array(${values})::text as line from "${table.name}" order by ${order}`),
    );
    result[table.name] = rows.map((row) => row.line);
  }
  return result;
}

async function evidenceHashes(db: Database): Promise<string[]> {
  const blobs = await db.select({ content: s.evidenceBlob.content }).from(s.evidenceBlob);
  return blobs.map((blob) => createHash('sha256').update(blob.content).digest('hex')).sort();
}

describe(`backup and restore on ${testEngine}`, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  const file = join(work, 'round-trip.jsonl.gz');

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedSmallAgency(source.db, '01');
    await seedSmallAgency(source.db, '02');
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it('round-trips every table into an empty database, evidence bytes included', async () => {
    const before = await snapshot(source.db);
    // the fixture fills every table, so the comparison covers the whole schema
    const empty = Object.entries(before).filter(([, rows]) => rows.length === 0);
    expect(empty).toEqual([]);

    const written = await backupDatabase(source.db, file, { now: new Date('2025-02-01T00:00:00Z') });
    expect(written.migration).toBe(latestMigrationId());
    const [header] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    expect(JSON.parse(header ?? '')).toEqual({
      format: BACKUP_FORMAT,
      migration: latestMigrationId(),
      createdAt: '2025-02-01T00:00:00.000Z',
    });

    const restored = await restoreDatabase(target.db, file);
    const byName = (tables: { name: string; rows: number }[]) =>
      [...tables].sort((x, y) => x.name.localeCompare(y.name));
    expect(byName(restored.tables)).toEqual(byName(written.tables));
    expect(await snapshot(target.db)).toEqual(before);
    expect(await evidenceHashes(target.db)).toEqual([evidenceSha256, logoSha256].sort());

    // identity sequences continue after the restored ids, and the restored PK is still locked
    const [next] = await target.db
      .insert(s.auditLog)
      .values({
        actorLabel: 'system',
        origin: 'system',
        action: 'backup.restored',
        entityTable: 'database',
        entityId: '-',
      })
      .returning({ id: s.auditLog.id });
    const maxBefore = Math.max(
      ...(before.audit_log ?? []).map((line) => Number((JSON.parse(line) as string[])[0])),
    );
    expect(next?.id).toBeGreaterThan(maxBefore);
    await expect(
      target.db.execute(sql`update pk_version set signed_place = 'x' where status = 'signed'`),
    ).rejects.toThrow();
  });

  it('refuses to restore into a database that is not empty, and leaves it unchanged', async () => {
    const before = await snapshot(target.db);
    const refusal = restoreDatabase(target.db, file);
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(restoreDatabase(target.db, file)).rejects.toThrow(/Database tujuan tidak kosong: .*baris/);
    expect(await snapshot(target.db)).toEqual(before);
  });

  it('refuses a file that is not a backup, or is truncated, and restores nothing', async () => {
    await target.reset();
    const notBackup = join(work, 'not-a-backup.gz');
    writeFileSync(notBackup, gzipSync('{"format":"something-else"}\n'));
    await expect(restoreDatabase(target.db, notBackup)).rejects.toThrow(
      /bukan berkas cadangan akuntabel\/backup@1/,
    );

    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const truncated = join(work, 'truncated.jsonl.gz');
    writeFileSync(truncated, gzipSync(lines.slice(0, -3).join('\n')));
    await expect(restoreDatabase(target.db, truncated)).rejects.toThrow(/terpotong/);
    expect(await nonEmptyTables(target.db)).toEqual([]);
  });
});

describe.skipIf(skipWithoutPostgres)('backup from PGlite restores into PostgreSQL', () => {
  it('round-trips across engines', async () => {
    const embedded = await createTestDatabase({ engine: 'pglite' });
    const server = await createTestDatabase({ engine: 'postgres' });
    try {
      await seedSmallAgency(embedded.db);
      const file = join(work, 'cross-engine.jsonl.gz');
      await backupDatabase(embedded.db, file);
      await restoreDatabase(server.db, file);
      expect(await snapshot(server.db)).toEqual(await snapshot(embedded.db));
    } finally {
      await Promise.all([embedded.close(), server.close()]);
    }
  });
});

describe('akuntabel backup / restore / migrate commands', () => {
  it('back up one data folder and restore it into a new one', async () => {
    const out: string[] = [];
    const exits: number[] = [];
    const program = new Command('akuntabel').exitOverride();
    const ctx: CliContext = {
      io: { out: (text) => out.push(text), err: (text) => out.push(text) },
      setExit: (code) => exits.push(code),
    };
    registerMigrate(program, ctx);
    registerBackup(program, ctx);
    registerRestore(program, ctx);
    const env = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL; // the --data folders are what this test is about
    try {
      const from = join(work, 'cli-from');
      const into = join(work, 'cli-into');
      const file = join(work, 'cli.jsonl.gz');
      await program.parseAsync(['node', 'akuntabel', 'migrate', '--data', from]);
      expect(out.join('')).toContain(`pada skema ${latestMigrationId()}`);
      await program.parseAsync(['node', 'akuntabel', 'backup', file, '--data', from]);
      expect(out.join('')).toContain(`Cadangan ${file} dibuat`);
      await program.parseAsync(['node', 'akuntabel', 'restore', file, '--data', into]);
      expect(out.join('')).toContain(`dipulihkan ke ${into}`);
      await program.parseAsync(['node', 'akuntabel', 'migrate', '--check', '--data', into]);
      expect(exits).toEqual([]);
    } finally {
      if (env !== undefined) process.env.DATABASE_URL = env;
    }
  }, 120_000);
});
