/**
 * Optimistic concurrency: a write names the version it read; the row is
 * updated only if that is still its version, and the version goes up by one.
 * A stale write fails with a conflict and changes nothing (no lost update).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../store/database.ts';
import { conflict, notFound, type Texts } from './errors.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

export async function updateVersioned<T extends VersionedTable>(
  tx: Database,
  table: T,
  id: string,
  expectedVersion: number,
  values: PgUpdateSetSource<T>,
  what: Texts,
  now: Date,
): Promise<T['$inferSelect']> {
  const updated = (await tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: now } as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as T['$inferSelect'][];
  const row = updated[0];
  if (row) return row;
  const exists = await tx
    .select({ id: table.id })
    .from(table as PgTable)
    .where(eq(table.id, id));
  throw exists.length > 0 ? conflict(what) : notFound(what);
}
