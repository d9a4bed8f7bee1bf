/**
 * The agency's Renstra (5-year strategic plan): visi, misi, tujuan, sasaran
 * strategis, the program → kegiatan → sub kegiatan tree (Permendagri 90/2019
 * codes), and the links to the RPJMD and between sasaran and programs. The
 * indicators attached to these rows live in indicators.ts.
 *
 * Every row carries `agency_id`; children reference their parent by
 * `(parent_id, agency_id)` so a row can never claim another agency's parent.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { dottedCode, id, instant, rowVersion } from './columns.ts';
import { agency, orgUnit, rpjmdPeriod, rpjmdSasaran } from './regions-agencies.ts';

const agencyId = () =>
  uuid('agency_id')
    .notNull()
    .references(() => agency.id);

export const renstraPeriod = pgTable(
  'renstra_period',
  {
    id: id(),
    agencyId: agencyId(),
    rpjmdPeriodId: uuid('rpjmd_period_id').references(() => rpjmdPeriod.id),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    visi: text('visi').notNull(),
    legalBasis: text('legal_basis'),
    ...rowVersion(),
  },
  (t) => [
    unique('renstra_period_id_agency_key').on(t.id, t.agencyId),
    unique('renstra_period_agency_start_key').on(t.agencyId, t.startYear),
    check(
      'renstra_period_years_check',
      sql`${t.endYear} >= ${t.startYear} and ${t.startYear} between 2000 and 2100`,
    ),
  ],
);

export const renstraMisi = pgTable(
  'renstra_misi',
  {
    id: id(),
    agencyId: agencyId(),
    renstraPeriodId: uuid('renstra_period_id').notNull(),
    number: integer('number').notNull(),
    statement: text('statement').notNull(),
    ...rowVersion(),
  },
  (t) => [
    unique('renstra_misi_id_agency_key').on(t.id, t.agencyId),
    unique('renstra_misi_number_key').on(t.renstraPeriodId, t.number),
    foreignKey({
      name: 'renstra_misi_period_fk',
      columns: [t.renstraPeriodId, t.agencyId],
      foreignColumns: [renstraPeriod.id, renstraPeriod.agencyId],
    }),
  ],
);

export const renstraTujuan = pgTable(
  'renstra_tujuan',
  {
    id: id(),
    agencyId: agencyId(),
    renstraPeriodId: uuid('renstra_period_id').notNull(),
    renstraMisiId: uuid('renstra_misi_id'),
    code: text('code').notNull(),
    statement: text('statement').notNull(),
    ...rowVersion(),
  },
  (t) => [
    unique('renstra_tujuan_id_agency_key').on(t.id, t.agencyId),
    unique('renstra_tujuan_code_key').on(t.renstraPeriodId, t.code),
    foreignKey({
      name: 'renstra_tujuan_period_fk',
      columns: [t.renstraPeriodId, t.agencyId],
      foreignColumns: [renstraPeriod.id, renstraPeriod.agencyId],
    }),
    foreignKey({
      name: 'renstra_tujuan_misi_fk',
      columns: [t.renstraMisiId, t.agencyId],
      foreignColumns: [renstraMisi.id, renstraMisi.agencyId],
    }),
  ],
);

export const sasaranStrategis = pgTable(
  'sasaran_strategis',
  {
    id: id(),
    agencyId: agencyId(),
    renstraPeriodId: uuid('renstra_period_id').notNull(),
    /** Null when the Renstra states no tujuan (the 2023 Lima Puluh Kota report names none). */
    renstraTujuanId: uuid('renstra_tujuan_id'),
    /** The unit answerable for the sasaran (null: the agency as a whole). */
    orgUnitId: uuid('org_unit_id'),
    code: text('code').notNull(),
    statement: text('statement').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('sasaran_strategis_id_agency_key').on(t.id, t.agencyId),
    unique('sasaran_strategis_code_key').on(t.renstraPeriodId, t.code),
    foreignKey({
      name: 'sasaran_strategis_period_fk',
      columns: [t.renstraPeriodId, t.agencyId],
      foreignColumns: [renstraPeriod.id, renstraPeriod.agencyId],
    }),
    foreignKey({
      name: 'sasaran_strategis_tujuan_fk',
      columns: [t.renstraTujuanId, t.agencyId],
      foreignColumns: [renstraTujuan.id, renstraTujuan.agencyId],
    }),
    foreignKey({
      name: 'sasaran_strategis_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
  ],
);

/** Which RPJMD sasaran daerah a sasaran strategis supports. */
export const sasaranRpjmdLink = pgTable(
  'sasaran_rpjmd_link',
  {
    sasaranStrategisId: uuid('sasaran_strategis_id')
      .notNull()
      .references(() => sasaranStrategis.id),
    rpjmdSasaranId: uuid('rpjmd_sasaran_id')
      .notNull()
      .references(() => rpjmdSasaran.id),
    agencyId: agencyId(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'sasaran_rpjmd_link_pkey', columns: [t.sasaranStrategisId, t.rpjmdSasaranId] }),
    index('sasaran_rpjmd_link_rpjmd_idx').on(t.rpjmdSasaranId),
  ],
);

export const program = pgTable(
  'program',
  {
    id: id(),
    agencyId: agencyId(),
    renstraPeriodId: uuid('renstra_period_id').notNull(),
    /** e.g. `1.06.02` */
    code: text('code').notNull(),
    name: text('name').notNull(),
    orgUnitId: uuid('org_unit_id'),
    ...rowVersion(),
  },
  (t) => [
    unique('program_id_agency_key').on(t.id, t.agencyId),
    unique('program_code_key').on(t.renstraPeriodId, t.code),
    foreignKey({
      name: 'program_period_fk',
      columns: [t.renstraPeriodId, t.agencyId],
      foreignColumns: [renstraPeriod.id, renstraPeriod.agencyId],
    }),
    foreignKey({
      name: 'program_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
    check('program_code_check', dottedCode(t.code)),
  ],
);

export const kegiatan = pgTable(
  'kegiatan',
  {
    id: id(),
    agencyId: agencyId(),
    programId: uuid('program_id').notNull(),
    /** e.g. `1.06.02.2.01` */
    code: text('code').notNull(),
    name: text('name').notNull(),
    orgUnitId: uuid('org_unit_id'),
    ...rowVersion(),
  },
  (t) => [
    unique('kegiatan_id_agency_key').on(t.id, t.agencyId),
    unique('kegiatan_code_key').on(t.programId, t.code),
    foreignKey({
      name: 'kegiatan_program_fk',
      columns: [t.programId, t.agencyId],
      foreignColumns: [program.id, program.agencyId],
    }),
    foreignKey({
      name: 'kegiatan_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
    check('kegiatan_code_check', dottedCode(t.code)),
  ],
);

export const subKegiatan = pgTable(
  'sub_kegiatan',
  {
    id: id(),
    agencyId: agencyId(),
    kegiatanId: uuid('kegiatan_id').notNull(),
    /** e.g. `1.06.02.2.01.0001` */
    code: text('code').notNull(),
    name: text('name').notNull(),
    orgUnitId: uuid('org_unit_id'),
    ...rowVersion(),
  },
  (t) => [
    unique('sub_kegiatan_id_agency_key').on(t.id, t.agencyId),
    unique('sub_kegiatan_code_key').on(t.kegiatanId, t.code),
    foreignKey({
      name: 'sub_kegiatan_kegiatan_fk',
      columns: [t.kegiatanId, t.agencyId],
      foreignColumns: [kegiatan.id, kegiatan.agencyId],
    }),
    foreignKey({
      name: 'sub_kegiatan_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
    check('sub_kegiatan_code_check', dottedCode(t.code)),
  ],
);

/** Which programs deliver a sasaran strategis (one program may serve several). */
export const sasaranProgramLink = pgTable(
  'sasaran_program_link',
  {
    sasaranStrategisId: uuid('sasaran_strategis_id').notNull(),
    programId: uuid('program_id').notNull(),
    agencyId: agencyId(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'sasaran_program_link_pkey', columns: [t.sasaranStrategisId, t.programId] }),
    foreignKey({
      name: 'sasaran_program_link_sasaran_fk',
      columns: [t.sasaranStrategisId, t.agencyId],
      foreignColumns: [sasaranStrategis.id, sasaranStrategis.agencyId],
    }),
    foreignKey({
      name: 'sasaran_program_link_program_fk',
      columns: [t.programId, t.agencyId],
      foreignColumns: [program.id, program.agencyId],
    }),
    index('sasaran_program_link_program_idx').on(t.programId),
  ],
);
