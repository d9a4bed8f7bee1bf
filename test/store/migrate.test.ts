import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/store/database.ts';
import {
  MigrationMismatchError,
  checkMigrations,
  migrate,
  pendingMigrations,
  readAppliedMigrations,
  readMigrations,
} from '../../src/store/migrate.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

const code = readMigrations();

describe('pendingMigrations (pure)', () => {
  const applied = (n: number) =>
    code.slice(0, n).map((m) => ({ id: m.id, hash: m.hash, appliedAt: new Date(0) }));

  it('returns the migrations after the applied prefix', () => {
    expect(pendingMigrations(applied(0), code).map((m) => m.id)).toEqual(code.map((m) => m.id));
    expect(pendingMigrations(applied(code.length), code)).toEqual([]);
  });

  it('refuses a migration the code does not know', () => {
    const extra = [
      ...applied(code.length),
      { id: '9999_from_the_future', hash: 'x', appliedAt: new Date(0) },
    ];
    expect(() => pendingMigrations(extra, code)).toThrow(MigrationMismatchError);
    expect(() => pendingMigrations(extra, code)).toThrow(/9999_from_the_future.*tidak dikenal/);
  });

  it('refuses a changed migration file', () => {
    const changed = applied(1).map((m) => ({ ...m, hash: '0'.repeat(64) }));
    expect(() => pendingMigrations(changed, code)).toThrow(/berbeda dari berkas migrasi/);
  });
});

describe(`migrations on ${testEngine}`, () => {
  let fresh: TestDatabase;
  beforeAll(async () => {
    fresh = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await fresh.close();
  });

  it('apply on a fresh database, record every file, and are a no-op the second time', async () => {
    expect(await checkMigrations(fresh.db)).toEqual(code.map((m) => m.id));
    expect(await migrate(fresh.db)).toEqual(code.map((m) => m.id));
    const applied = await readAppliedMigrations(fresh.db);
    expect(applied.map((m) => [m.id, m.hash])).toEqual(code.map((m) => [m.id, m.hash]));
    expect(await migrate(fresh.db)).toEqual([]);
    const [tables] = await queryRows<{ n: number }>(
      fresh.db,
      sql`select count(*)::int as n from pg_tables where schemaname = 'public'`,
    );
    expect(tables?.n).toBeGreaterThan(40);
  });

  it('refuse a database whose recorded hash was tampered with, and one with an unknown migration', async () => {
    const first = code[0]?.id ?? '';
    await fresh.db.execute(
      sql`update akuntabel_meta.migration set hash = ${'f'.repeat(64)} where id = ${first}`,
    );
    await expect(migrate(fresh.db)).rejects.toThrow(new RegExp(`Migrasi "${first}" di database berbeda`));
    await expect(checkMigrations(fresh.db)).rejects.toBeInstanceOf(MigrationMismatchError);
    const original = code[0]?.hash ?? '';
    await fresh.db.execute(sql`update akuntabel_meta.migration set hash = ${original} where id = ${first}`);

    await fresh.db.execute(
      sql`insert into akuntabel_meta.migration (id, hash) values ('9999_newer_version', 'abc')`,
    );
    await expect(migrate(fresh.db)).rejects.toThrow(/9999_newer_version/);
  });
});
