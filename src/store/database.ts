/**
 * The database handle every store and service function takes: a Drizzle
 * instance over either engine (PGlite or node-postgres), or a transaction of
 * one. Both engines share the pg-core query API; raw SQL goes through
 * `queryRows`, which hides the drivers' different result types.
 */
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;

/** A Drizzle database (or transaction) on PGlite or PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type Engine = 'pglite' | 'postgres';

/** Runs a raw SQL statement and returns its rows (same shape on both engines). */
export async function queryRows<Row extends Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
