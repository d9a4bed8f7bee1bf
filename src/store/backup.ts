/**
 * Backup to one file and restore into an empty database, on either engine.
 *
 * The file is gzip'd JSON lines:
 *   1. header  {"format":"akuntabel/backup@1","migration":"0001_…","createdAt":"…","engine":"pglite"}
 *   2. per table, parents before children:
 *        {"table":"agency","columns":["id","region_id",…]}
 *        one JSON array per row, each value as a string in PostgreSQL's own
 *        text form (exact: numerics keep their digits, instants their
 *        microseconds, jsonb its text), bytea as base64, SQL null as null
 *   3. footer  {"end":{"agency":3,…}}  (row counts, checked on restore)
 *
 * Tables, columns and their order come from the database catalog (every table
 * of the `public` schema), not from a hand-kept list, so a new table is backed
 * up without touching this file; the round-trip test proves it.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './database.ts';
import { latestMigrationId, readAppliedMigrations } from './migrate.ts';

export const BACKUP_FORMAT = 'akuntabel/backup@1';

export type BackupHeader = { format: string; migration: string; createdAt: string; engine?: string };
export type BackupSummary = {
  migration: string;
  createdAt: string;
  tables: { name: string; rows: number }[];
};

/** The backup cannot be restored here (wrong file, other schema version, target not empty ...). */
export class RestoreRefusedError extends Error {
  override readonly name = 'RestoreRefusedError';
}

type Column = { name: string; type: string; kind: 'bytea' | 'plain'; identity: boolean };
type Table = {
  name: string;
  columns: Column[];
  primaryKey: string[];
  selfReferences: { from: string[]; to: string[] }[];
};

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The tables of the `public` schema with their columns, parents before children. */
export async function listTables(db: Database): Promise<Table[]> {
  const columnRows = await queryRows<{
    table: string;
    column: string;
    type: string;
    typname: string;
    identity: string;
  }>(
    db,
    sql`select c.relname as "table", a.attname as "column", format_type(a.atttypid, a.atttypmod) as "type",
               t.typname as "typname", a.attidentity as "identity"
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid
          join pg_namespace n on n.oid = c.relnamespace
          join pg_type t on t.oid = a.atttypid
         where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0
           and not a.attisdropped and a.attgenerated = ''
         order by c.relname, a.attnum`,
  );
  const keyRows = await queryRows<{
    table: string;
    contype: string;
    parent: string;
    cols: string[];
    refcols: string[] | null;
  }>(
    db,
    sql`select c.relname as "table", k.contype as "contype", coalesce(p.relname, '') as "parent",
               array(select a.attname from unnest(k.conkey) with ordinality u(n, o)
                       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.o)::text[] as "cols",
               array(select a.attname from unnest(k.confkey) with ordinality u(n, o)
                       join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.o)::text[] as "refcols"
          from pg_constraint k
          join pg_class c on c.oid = k.conrelid
          join pg_namespace n on n.oid = c.relnamespace
          left join pg_class p on p.oid = k.confrelid
         where n.nspname = 'public' and k.contype in ('p', 'f')
         order by c.relname, k.conname`,
  );
  const tables = new Map<string, Table>();
  for (const row of columnRows) {
    let table = tables.get(row.table);
    if (table === undefined) {
      table = { name: row.table, columns: [], primaryKey: [], selfReferences: [] };
      tables.set(row.table, table);
    }
    const kind = row.typname === 'bytea' ? 'bytea' : 'plain';
    table.columns.push({ name: row.column, type: row.type, kind, identity: row.identity !== '' });
  }
  const parents = new Map<string, Set<string>>();
  for (const row of keyRows) {
    const table = tables.get(row.table);
    if (table === undefined) continue;
    if (row.contype === 'p') {
      table.primaryKey = row.cols;
    } else if (row.parent === row.table) {
      table.selfReferences.push({ from: row.cols, to: row.refcols ?? [] });
    } else {
      const set = parents.get(row.table) ?? new Set<string>();
      set.add(row.parent);
      parents.set(row.table, set);
    }
  }
  // topological order, ties broken by name so backups of equal databases are equal
  const ordered: Table[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(`Siklus kunci asing antar tabel: ${[...path, name].join(' → ')}`);
    }
    state.set(name, 'visiting');
    for (const parent of [...(parents.get(name) ?? [])].sort()) {
      if (tables.has(parent)) visit(parent, [...path, name]);
    }
    state.set(name, 'done');
    const table = tables.get(name);
    if (table !== undefined) ordered.push(table);
  };
  for (const name of [...tables.keys()].sort()) visit(name, []);
  return ordered;
}

function selectList(table: Table): string {
  const values = table.columns.map((column) => {
    const name = ident(column.name);
    if (column.kind === 'bytea') return `encode(${name}, 'base64')`;
    return `${name}::text`;
  });
  if (values.length > 100) throw new Error(`Tabel ${table.name} punya lebih dari 100 kolom.`);
  return `json_build_array(${values.join(', ')})::text`;
}

/** Orders rows so that a row comes after the row it references in its own table (e.g. a unit after its parent). */
function parentsFirst(table: Table, lines: string[]): string[] {
  const index = (names: string[]): number[] =>
    names.map((name) => table.columns.findIndex((c) => c.name === name));
  const rows = lines.map((line) => JSON.parse(line) as unknown[]);
  const keyOf = (row: unknown[], at: number[]): string | null => {
    const values = at.map((i) => row[i]);
    return values.some((value) => value === null || value === undefined) ? null : JSON.stringify(values);
  };
  const references = table.selfReferences.map((ref) => ({ from: index(ref.from), to: index(ref.to) }));
  const byKey = references.map((ref) => new Map(rows.map((row, i) => [keyOf(row, ref.to), i])));
  const done = new Array<boolean>(rows.length).fill(false);
  const out: string[] = [];
  const place = (i: number, depth: number): void => {
    if (done[i] === true) return;
    if (depth > rows.length) throw new Error(`Siklus baris di tabel ${table.name}.`);
    const row = rows[i] ?? [];
    references.forEach((ref, r) => {
      const key = keyOf(row, ref.from);
      const parent = key === null ? undefined : byKey[r]?.get(key);
      if (parent !== undefined && parent !== i) place(parent, depth + 1);
    });
    done[i] = true;
    out.push(lines[i] ?? '');
  };
  rows.forEach((_, i) => place(i, 0));
  return out;
}

const FETCH_SIZE = 1000;

/** Writes a backup of the whole database to `file` (gzip'd JSON lines), atomically. */
export async function backupDatabase(
  db: Database,
  file: string,
  options: { now?: Date; engine?: string } = {},
): Promise<BackupSummary> {
  const partial = `${file}.partial-${process.pid}`;
  const output = createWriteStream(partial);
  const gzip = createGzip();
  gzip.pipe(output);
  const write = async (line: string): Promise<void> => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const summary = await db.transaction(
      async (tx) => {
        const applied = await readAppliedMigrations(tx);
        const migration = applied.at(-1)?.id ?? '';
        const createdAt = (options.now ?? new Date()).toISOString();
        const header: BackupHeader = { format: BACKUP_FORMAT, migration, createdAt };
        if (options.engine !== undefined) header.engine = options.engine;
        await write(JSON.stringify(header));
        const counts: { name: string; rows: number }[] = [];
        for (const table of await listTables(tx)) {
          await write(JSON.stringify({ table: table.name, columns: table.columns.map((c) => c.name) }));
          const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name))
            .map(ident)
            .join(', ');
          await tx.execute(
            sql.raw(
              `declare akuntabel_backup no scroll cursor for select ${selectList(table)} as line from ${ident(table.name)} order by ${order}`,
            ),
          );
          let rows = 0;
          const held: string[] = [];
          for (;;) {
            const batch = await queryRows<{ line: string }>(
              tx,
              sql.raw(`fetch ${FETCH_SIZE} from akuntabel_backup`),
            );
            for (const { line } of batch) {
              if (table.selfReferences.length > 0) held.push(line);
              else await write(line);
            }
            rows += batch.length;
            if (batch.length < FETCH_SIZE) break;
          }
          await tx.execute(sql.raw('close akuntabel_backup'));
          for (const line of parentsFirst(table, held)) await write(line);
          counts.push({ name: table.name, rows });
        }
        await write(JSON.stringify({ end: Object.fromEntries(counts.map((c) => [c.name, c.rows])) }));
        return { migration, createdAt, tables: counts };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await once(output, 'finish');
    renameSync(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    output.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line !== '') yield line;
  }
}

const INSERT_BATCH = 500;

/** Rows in the `public` tables of the database: [table, count] for each non-empty one. */
export async function nonEmptyTables(db: Database): Promise<[string, number][]> {
  const found: [string, number][] = [];
  for (const table of await listTables(db)) {
    const [row] = await queryRows<{ n: string | number }>(
      db,
      sql.raw(`select count(*)::text as n from ${ident(table.name)}`),
    );
    const count = Number(row?.n ?? 0);
    if (count > 0) found.push([table.name, count]);
  }
  return found;
}

/**
 * Restores `file` into `db`, which must be migrated to the backup's schema
 * version and empty. Everything happens in one transaction: on any error
 * nothing is restored.
 */
export async function restoreDatabase(db: Database, file: string): Promise<BackupSummary> {
  const expectedMigration = latestMigrationId();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('akuntabel.restoring', 'on', true)`);
    const applied = (await readAppliedMigrations(tx)).at(-1)?.id;
    if (applied !== expectedMigration) {
      throw new RestoreRefusedError(
        `Database tujuan belum dimigrasi ke ${expectedMigration} (saat ini: ${applied ?? 'kosong'}).`,
      );
    }
    const lines = readLines(file);
    try {
      return await restoreLines(tx, file, lines, expectedMigration);
    } finally {
      await lines.return(undefined);
    }
  });
}

async function restoreLines(
  tx: Database,
  file: string,
  lines: AsyncGenerator<string>,
  expectedMigration: string,
): Promise<BackupSummary> {
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done === true ? '' : first.value) as BackupHeader;
  } catch {
    throw new RestoreRefusedError(`${file} bukan berkas cadangan Akuntabel.`);
  }
  if (header.format !== BACKUP_FORMAT) {
    throw new RestoreRefusedError(
      `${file} bukan berkas cadangan ${BACKUP_FORMAT} (format: ${String(header.format)}).`,
    );
  }
  if (header.migration !== expectedMigration) {
    throw new RestoreRefusedError(
      `Cadangan ini dibuat dengan skema ${header.migration}, versi aplikasi ini memakai ${expectedMigration}. ` +
        'Pulihkan dengan versi aplikasi yang sama dengan pembuat cadangan.',
    );
  }
  const occupied = await nonEmptyTables(tx);
  if (occupied.length > 0) {
    const list = occupied.map(([name, n]) => `${name} (${n} baris)`).join(', ');
    throw new RestoreRefusedError(
      `Database tujuan tidak kosong: ${list}. Pulihkan hanya ke database kosong (folder data baru atau database PostgreSQL baru).`,
    );
  }
  const tables = new Map((await listTables(tx)).map((table) => [table.name, table]));

  const counts = new Map<string, number>();
  let current: { table: Table; insert: string } | null = null;
  let pending: string[] = [];
  let footer: Record<string, number> | null = null;
  const flush = async (): Promise<void> => {
    if (current === null || pending.length === 0) return;
    await tx.execute(
      sql`${sql.raw(current.insert)} from json_array_elements(${`[${pending.join(',')}]`}::json) as r`,
    );
    counts.set(current.table.name, (counts.get(current.table.name) ?? 0) + pending.length);
    pending = [];
  };
  for await (const line of lines) {
    if (line.startsWith('[')) {
      if (current === null)
        throw new RestoreRefusedError('Berkas cadangan rusak: baris data sebelum nama tabel.');
      pending.push(line);
      if (pending.length >= INSERT_BATCH) await flush();
      continue;
    }
    await flush();
    const control = JSON.parse(line) as { table?: string; columns?: string[]; end?: Record<string, number> };
    if (control.end !== undefined) {
      footer = control.end;
      break;
    }
    const table = tables.get(control.table ?? '');
    if (table === undefined)
      throw new RestoreRefusedError(
        `Tabel ${String(control.table)} dari cadangan tidak ada di database ini.`,
      );
    const names = table.columns.map((c) => c.name);
    if (JSON.stringify(names) !== JSON.stringify(control.columns)) {
      throw new RestoreRefusedError(`Kolom tabel ${table.name} di cadangan berbeda dari database ini.`);
    }
    const values = table.columns.map((column, i) => {
      if (column.kind === 'bytea') return `decode(r->>${i}, 'base64')`;
      return `(r->>${i})::${column.type}`;
    });
    current = {
      table,
      insert: `insert into ${ident(table.name)} (${names.map(ident).join(', ')}) select ${values.join(', ')}`,
    };
  }
  if (footer === null) throw new RestoreRefusedError('Berkas cadangan terpotong: penutup tidak ditemukan.');
  for (const [name, expected] of Object.entries(footer)) {
    const got = counts.get(name) ?? 0;
    if (got !== expected) {
      throw new RestoreRefusedError(
        `Berkas cadangan rusak: tabel ${name} berisi ${got} baris, seharusnya ${expected}.`,
      );
    }
  }
  // identity columns continue after the restored ids
  for (const table of tables.values()) {
    for (const column of table.columns.filter((c) => c.identity)) {
      await tx.execute(
        sql.raw(
          `select setval(pg_get_serial_sequence('${ident(table.name)}', '${column.name}'), coalesce(max(${ident(column.name)}), 1), max(${ident(column.name)}) is not null) from ${ident(table.name)}`,
        ),
      );
    }
  }
  return {
    migration: header.migration,
    createdAt: header.createdAt,
    tables: [...tables.keys()].map((name) => ({ name, rows: counts.get(name) ?? 0 })),
  };
}
