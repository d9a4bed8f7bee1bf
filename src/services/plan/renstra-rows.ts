/**
 * Loading the Renstra rows a use case acts on: the row named by the input (a
 * missing one is not found) and the rows it refers to, which must belong to
 * the same agency (else a validation error naming the field: a foreign id is
 * as unknown to this agency as a missing one).
 */
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../store/database.ts';
import { notFound, validationError, type Texts } from '../errors.ts';

type OwnedTable = PgTable & { id: PgColumn; agencyId: PgColumn };

/** The row with this id, or the not-found error. */
export async function loadRow<T extends OwnedTable>(
  tx: Database,
  table: T,
  id: string,
  what: Texts,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))) as T['$inferSelect'][];
  const row = rows[0];
  if (row === undefined) throw notFound(what);
  return row;
}

/** The referenced row, which must exist in `agencyId`; otherwise a validation error on `path`. */
export async function loadReference<T extends OwnedTable>(
  tx: Database,
  table: T,
  id: string,
  agencyId: string,
  path: string,
  what: Texts,
): Promise<T['$inferSelect']> {
  const rows = (await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))) as (T['$inferSelect'] & { agencyId: string })[];
  const row = rows[0];
  if (row === undefined || row.agencyId !== agencyId) {
    throw validationError([
      {
        path,
        message: {
          id: `${what.id} tidak ditemukan pada perangkat daerah ini`,
          en: `${what.en} not found in this agency`,
        },
      },
    ]);
  }
  return row;
}

export const WHAT = {
  renstraPeriod: { id: 'Periode Renstra', en: 'Renstra period' },
  misi: { id: 'Misi', en: 'Misi' },
  tujuan: { id: 'Tujuan', en: 'Tujuan' },
  sasaran: { id: 'Sasaran strategis', en: 'Sasaran strategis' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  program: { id: 'Program', en: 'Program' },
  kegiatan: { id: 'Kegiatan', en: 'Kegiatan' },
  subKegiatan: { id: 'Sub kegiatan', en: 'Sub kegiatan' },
  orgUnit: { id: 'Unit kerja', en: 'Organisation unit' },
} as const satisfies Record<string, Texts>;

/** A validation error for one field with the same text in both languages' shapes. */
export function fieldIssue(path: string, id: string, en: string) {
  return validationError([{ path, message: { id, en } }]);
}
