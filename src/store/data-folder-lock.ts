/**
 * An exclusive lock on an embedded data folder. PGlite has no locking of its
 * own: two processes on one folder corrupt it silently. The lock is a file
 * `akuntabel.lock` created with O_EXCL (`wx`) holding the owner's pid and host
 * name. A lock left by a process that no longer runs (on this host) is taken
 * over; a live owner makes the opener stop with a clear message.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'akuntabel.lock';

/** Another live process holds the data folder. */
export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number | null,
  ) {
    super(
      `Folder data ${dataDir} sedang dipakai oleh proses lain (pid ${pid ?? '?'}). Hentikan proses itu dulu.`,
    );
  }
}

export type DataFolderLock = { path: string; release: () => void };

type Holder = { pid: number | null; host: string | null };

function readHolder(path: string): Holder | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  const [pidLine = '', hostLine = ''] = text.split('\n');
  const pid = /^[0-9]+$/.test(pidLine.trim()) ? Number(pidLine.trim()) : null;
  return { pid, host: hostLine.trim() === '' ? null : hostLine.trim() };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a lock file without a pid (its writer may be between open and write) counts as live. */
const UNWRITTEN_GRACE_MS = 5_000;

function isStale(path: string, holder: Holder): boolean {
  if (holder.pid === null) {
    try {
      return Date.now() - statSync(path).mtimeMs > UNWRITTEN_GRACE_MS;
    } catch {
      return true;
    }
  }
  if (holder.host !== null && holder.host !== hostname()) return false; // cannot see the other host's processes
  return !isAlive(holder.pid);
}

/**
 * Takes the lock of `dataDir` (which must exist) or throws DataFolderInUseError.
 * The lock is released by `release()` and, as a safety net, when the process exits.
 */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  const content = `${process.pid}\n${hostname()}\n`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder === 'gone') continue;
      if (holder.pid === process.pid || !isStale(path, holder)) {
        throw new DataFolderInUseError(dataDir, holder.pid);
      }
      // Stale: move it aside atomically (only one taker wins the rename), then retry O_EXCL.
      const aside = `${path}.stale-${process.pid}-${attempt}`;
      try {
        renameSync(path, aside);
      } catch (renameError) {
        if ((renameError as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw renameError;
      }
      rmSync(aside, { force: true });
      continue;
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      process.removeListener('exit', release);
      const holder = readHolder(path);
      if (holder !== 'gone' && holder.pid === process.pid) rmSync(path, { force: true });
    };
    process.on('exit', release);
    return { path, release };
  }
  throw new DataFolderInUseError(dataDir, null);
}
