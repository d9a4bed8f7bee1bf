/**
 * Social-welfare data a Dinas Sosial reports: PPKS (people in need of social
 * welfare services) by category, kecamatan and year; PSKS (resources) by type;
 * assistance delivered per programme (recipients, units, value).
 * `kecamatan_id` null means the whole region.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { decimal, id, oneOf, plausibleYear, rowVersion, rupiah, rupiahRange } from './columns.ts';
import { ASSISTANCE_PROGRAMS, PPKS_CATEGORIES, PSKS_TYPES } from './enums.ts';
import { agency, kecamatan } from './regions-agencies.ts';

export const ppksCount = pgTable(
  'ppks_count',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    category: text('category', { enum: PPKS_CATEGORIES }).notNull(),
    kecamatanId: uuid('kecamatan_id').references(() => kecamatan.id),
    count: integer('count').notNull(),
    /** Of `count`, those who received a service (mendapat pelayanan) in the year; null = not recorded. */
    served: integer('served'),
    /** e.g. "DTKS SIKS-NG Desember 2023". */
    dataSource: text('data_source'),
    ...rowVersion(),
  },
  (t) => [
    unique('ppks_count_key').on(t.agencyId, t.year, t.category, t.kecamatanId).nullsNotDistinct(),
    check('ppks_count_year_check', plausibleYear(t.year)),
    check('ppks_count_category_check', oneOf(t.category, PPKS_CATEGORIES)),
    check('ppks_count_count_check', sql`${t.count} >= 0`),
    check('ppks_count_served_check', sql`${t.served} between 0 and ${t.count}`),
  ],
);

export const psksCount = pgTable(
  'psks_count',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    type: text('type', { enum: PSKS_TYPES }).notNull(),
    kecamatanId: uuid('kecamatan_id').references(() => kecamatan.id),
    count: integer('count').notNull(),
    dataSource: text('data_source'),
    ...rowVersion(),
  },
  (t) => [
    unique('psks_count_key').on(t.agencyId, t.year, t.type, t.kecamatanId).nullsNotDistinct(),
    check('psks_count_year_check', plausibleYear(t.year)),
    check('psks_count_type_check', oneOf(t.type, PSKS_TYPES)),
    check('psks_count_count_check', sql`${t.count} >= 0`),
  ],
);

export const assistanceDelivery = pgTable(
  'assistance_delivery',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    program: text('program', { enum: ASSISTANCE_PROGRAMS }).notNull(),
    /** The name as the report prints it; distinguishes several `lainnya` rows. */
    programLabel: text('program_label').notNull().default(''),
    kecamatanId: uuid('kecamatan_id').references(() => kecamatan.id),
    recipients: integer('recipients'),
    units: decimal('units'),
    /** What a unit is: "paket", "unit rumah", "KK" ... */
    unitName: text('unit_name'),
    value: rupiah('value'),
    /** APBN, APBD provinsi, APBD kabupaten/kota, CSR ... */
    fundingSource: text('funding_source'),
    ...rowVersion(),
  },
  (t) => [
    unique('assistance_delivery_key')
      .on(t.agencyId, t.year, t.program, t.programLabel, t.kecamatanId)
      .nullsNotDistinct(),
    check('assistance_delivery_year_check', plausibleYear(t.year)),
    check('assistance_delivery_program_check', oneOf(t.program, ASSISTANCE_PROGRAMS)),
    check('assistance_delivery_recipients_check', sql`${t.recipients} >= 0`),
    check('assistance_delivery_units_check', sql`${t.units} >= 0`),
    check('assistance_delivery_value_check', rupiahRange(t.value)),
    index('assistance_delivery_agency_year_idx').on(t.agencyId, t.year),
  ],
);
