/** Staff (SDM) of an agency at a date in a year, counted by rank, education, eselon, gender ... */
import { sql } from 'drizzle-orm';
import { check, date, foreignKey, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import { SDM_DIMENSIONS } from './enums.ts';
import { agency } from './regions-agencies.ts';

export const sdmSnapshot = pgTable(
  'sdm_snapshot',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    asOf: date('as_of', { mode: 'string' }),
    note: text('note'),
    ...rowVersion(),
  },
  (t) => [
    unique('sdm_snapshot_id_agency_key').on(t.id, t.agencyId),
    unique('sdm_snapshot_year_key').on(t.agencyId, t.year),
    check('sdm_snapshot_year_check', plausibleYear(t.year)),
  ],
);

/** One cell of a breakdown: e.g. dimension `golongan`, category `III/a`, 12 people. */
export const sdmCount = pgTable(
  'sdm_count',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    sdmSnapshotId: uuid('sdm_snapshot_id').notNull(),
    dimension: text('dimension', { enum: SDM_DIMENSIONS }).notNull(),
    category: text('category').notNull(),
    count: integer('count').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('sdm_count_key').on(t.sdmSnapshotId, t.dimension, t.category),
    foreignKey({
      name: 'sdm_count_snapshot_fk',
      columns: [t.sdmSnapshotId, t.agencyId],
      foreignColumns: [sdmSnapshot.id, sdmSnapshot.agencyId],
    }),
    check('sdm_count_dimension_check', oneOf(t.dimension, SDM_DIMENSIONS)),
    check('sdm_count_count_check', sql`${t.count} >= 0`),
  ],
);
