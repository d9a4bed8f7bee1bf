/**
 * The batch upsert behind the social-welfare tables (PPKS, PSKS, assistance
 * delivered): a year's table typed or pasted for one agency. Every row is
 * checked first — kecamatan of the agency's region, no key given twice,
 * versions — and nothing is written unless all pass; errors name the row
 * (`rows[3].kecamatanId`). Versions follow the house rule: a row without
 * `version` is new (a row already stored under its key is a conflict), a row
 * with `version` updates that version. One audit event per row written.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../../store/database.ts';
import { kecamatan } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { AppError, validationError, type FieldError, type Texts } from '../errors.ts';
import { updateVersioned } from '../versioned-update.ts';
import { conflictOnDuplicate } from './unique-conflict.ts';

type SocialTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  agencyId: PgColumn;
  year: PgColumn;
};

type StoredRow = { id: string; version: number };

export type SocialRow<T extends SocialTable> = {
  /** The row's identity within the agency-year, e.g. `fakir_miskin|<kecamatanId>`. */
  key: string;
  kecamatanId: string | null;
  version?: number | undefined;
  insert: T['$inferInsert'];
  update: PgUpdateSetSource<T>;
};

export type SavedSocialRow = { id: string; version: number; key: string };

function field(path: string, id: string, en: string): FieldError {
  return { path, message: { id, en } };
}

export async function upsertSocialRows<T extends SocialTable>(
  tx: Database,
  ctx: ServiceContext,
  spec: {
    table: T;
    entityTable: string;
    action: string;
    what: Texts;
    agencyId: string;
    regionId: string;
    year: number;
    keyOf: (row: T['$inferSelect']) => string;
    rows: SocialRow<T>[];
  },
): Promise<SavedSocialRow[]> {
  const { table } = spec;
  const problems: FieldError[] = [];

  const kecamatanIds = [
    ...new Set(spec.rows.map((r) => r.kecamatanId).filter((k): k is string => k !== null)),
  ];
  const known = new Set(
    kecamatanIds.length === 0
      ? []
      : (
          await tx
            .select({ id: kecamatan.id })
            .from(kecamatan)
            .where(and(eq(kecamatan.regionId, spec.regionId), inArray(kecamatan.id, kecamatanIds)))
        ).map((k) => k.id),
  );
  const firstOf = new Map<string, number>();
  spec.rows.forEach((row, i) => {
    if (row.kecamatanId !== null && !known.has(row.kecamatanId))
      problems.push(
        field(`rows[${i}].kecamatanId`, 'bukan kecamatan di daerah ini', 'not a kecamatan of this region'),
      );
    const first = firstOf.get(row.key);
    if (first !== undefined)
      problems.push(
        field(
          `rows[${i}]`,
          `sama dengan baris ${first} (data ganda)`,
          `the same as row ${first} (given twice)`,
        ),
      );
    else firstOf.set(row.key, i);
  });
  if (problems.length > 0) throw validationError(problems);

  const stored = (await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.agencyId, spec.agencyId), eq(table.year, spec.year)))) as (T['$inferSelect'] &
    StoredRow)[];
  const byKey = new Map(stored.map((row) => [spec.keyOf(row), row]));
  const conflicts: FieldError[] = [];
  spec.rows.forEach((row, i) => {
    const existing = byKey.get(row.key);
    if (row.version === undefined && existing)
      conflicts.push(
        field(`rows[${i}]`, 'sudah dicatat; muat ulang lalu ubah', 'already recorded; reload, then edit it'),
      );
    else if (row.version !== undefined && !existing)
      problems.push(field(`rows[${i}].version`, 'baris ini belum ada', 'no such row yet'));
    else if (existing && row.version !== existing.version)
      conflicts.push(
        field(`rows[${i}].version`, 'sudah diubah orang lain', 'changed by someone else since you opened it'),
      );
  });
  if (problems.length > 0) throw validationError(problems);
  if (conflicts.length > 0)
    throw new AppError(
      'conflict',
      {
        id: `${spec.what.id} sudah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.`,
        en: `${spec.what.en} was changed by someone else since you opened it. Reload, then redo your change.`,
      },
      conflicts,
    );

  const now = ctx.now();
  const saved: SavedSocialRow[] = [];
  for (const row of spec.rows) {
    const existing = byKey.get(row.key);
    let after: T['$inferSelect'] & StoredRow;
    if (existing) {
      after = (await updateVersioned(
        tx,
        table,
        existing.id,
        existing.version,
        row.update,
        spec.what,
        now,
      )) as T['$inferSelect'] & StoredRow;
    } else {
      const [inserted] = (await conflictOnDuplicate(spec.what, () =>
        tx
          .insert(table)
          .values({ ...row.insert, createdAt: now, updatedAt: now } as T['$inferInsert'])
          .returning(),
      )) as (T['$inferSelect'] & StoredRow)[];
      after = inserted!;
    }
    await recordAudit(tx, ctx, {
      action: spec.action,
      entityTable: spec.entityTable,
      entityId: after.id,
      agencyId: spec.agencyId,
      before: existing ?? null,
      after,
    });
    saved.push({ id: after.id, version: after.version, key: row.key });
  }
  return saved;
}
