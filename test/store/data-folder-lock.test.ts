import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../src/store/data-folder-lock.ts';
import { openDatabase, resolveTarget } from '../../src/store/db.ts';
import { MigrationMismatchError } from '../../src/store/migrate.ts';

const run = promisify(execFile);
const child = new URL('../support/open-data-folder.ts', import.meta.url).pathname;
const folders: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'akuntabel-lock-'));
  folders.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

async function openInChild(dataDir: string): Promise<{ ok: boolean; message?: string }> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, dataDir], {
    env: { ...process.env, DATABASE_URL: '' },
  });
  return JSON.parse(stdout.trim()) as { ok: boolean; message?: string };
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(result.stdout);
}

// The embedded folder lock is engine-independent file logic: these run in every test run.
describe('embedded data folder lock', () => {
  it('makes a second opener in another process stop with a clear message, and is released on close', async () => {
    const dir = folder();
    const opened = await openDatabase({ dataDir: dir });
    try {
      expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8').split('\n')[0]).toBe(String(process.pid));
      const second = await openInChild(dir);
      expect(second).toEqual({
        ok: false,
        message: `Folder data ${dir} sedang dipakai oleh proses lain (pid ${process.pid}). Hentikan proses itu dulu.`,
      });
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/sedang dipakai oleh proses lain/);
    } finally {
      await opened.close();
    }
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    expect(await openInChild(dir)).toEqual({ ok: true });
  });

  it('takes over a stale lock left by a process that no longer runs', async () => {
    const dir = folder();
    const stale = deadPid();
    writeFileSync(join(dir, LOCK_FILE_NAME), `${stale}\n${hostname()}\n`);
    const opened = await openDatabase({ dataDir: dir, migrate: false });
    try {
      expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8').split('\n')[0]).toBe(String(process.pid));
    } finally {
      await opened.close();
    }
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('keeps data across close and reopen, and refuses on reopen a folder whose migrations were tampered with', async () => {
    const dir = folder();
    const first = await openDatabase({ dataDir: dir });
    await first.db.execute(
      sql`update akuntabel_meta.migration set hash = 'tampered' where id = (select min(id) from akuntabel_meta.migration)`,
    );
    await first.close();
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(MigrationMismatchError);
    // the refused open released its lock
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });
});

describe('resolveTarget', () => {
  it('uses ./data, then AKUNTABEL_DATA, then DATABASE_URL, and explicit options before the environment', () => {
    expect(resolveTarget({ env: {} })).toEqual({ engine: 'pglite', dataDir: join(process.cwd(), 'data') });
    expect(resolveTarget({ env: { AKUNTABEL_DATA: '/srv/akuntabel' } })).toEqual({
      engine: 'pglite',
      dataDir: '/srv/akuntabel',
    });
    expect(resolveTarget({ env: { DATABASE_URL: 'postgres://h/db', AKUNTABEL_DATA: '/x' } })).toEqual({
      engine: 'postgres',
      url: 'postgres://h/db',
    });
    expect(resolveTarget({ dataDir: '/d', env: { DATABASE_URL: 'postgres://h/db' } })).toEqual({
      engine: 'pglite',
      dataDir: '/d',
    });
    expect(resolveTarget({ inMemory: true, env: {} })).toEqual({ engine: 'pglite', dataDir: null });
    expect(() => resolveTarget({ dataDir: '/d', databaseUrl: 'postgres://h/db' })).toThrow(/tidak keduanya/);
  });
});
