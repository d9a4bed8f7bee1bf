/**
 * Regions (pemda) and their RPJMD, agencies (OPD), their organisation units
 * (eselon II → III → IV), positions and the people who sign (signatories).
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { decimal, dottedCode, id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import { ECHELONS, POLARITIES, REGION_KINDS, REGION_TIME_ZONES } from './enums.ts';

/** A pemda: provinsi, kabupaten or kota. */
export const region = pgTable(
  'region',
  {
    id: id(),
    /** Kemendagri region code, e.g. `33` (Jawa Tengah) or `33.02` (Kab. Banyumas). */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: REGION_KINDS }).notNull(),
    /** The province of a kabupaten/kota. */
    parentRegionId: uuid('parent_region_id').references((): AnyPgColumn => region.id),
    timeZone: text('time_zone', { enum: REGION_TIME_ZONES }).notNull().default('Asia/Jakarta'),
    ...rowVersion(),
  },
  (t) => [
    unique('region_code_key').on(t.code),
    check('region_kind_check', oneOf(t.kind, REGION_KINDS)),
    check('region_time_zone_check', oneOf(t.timeZone, REGION_TIME_ZONES)),
    check('region_code_check', dottedCode(t.code)),
  ],
);

/** The region's five-year plan (RPJMD) of one regional head. */
export const rpjmdPeriod = pgTable(
  'rpjmd_period',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    visi: text('visi').notNull(),
    /** Legal basis, e.g. "Perda Kab. X No. 5 Tahun 2021". */
    legalBasis: text('legal_basis'),
    ...rowVersion(),
  },
  (t) => [
    unique('rpjmd_period_region_start_key').on(t.regionId, t.startYear),
    check(
      'rpjmd_period_years_check',
      sql`${t.endYear} >= ${t.startYear} and ${t.startYear} between 2000 and 2100`,
    ),
  ],
);

export const rpjmdMisi = pgTable(
  'rpjmd_misi',
  {
    id: id(),
    rpjmdPeriodId: uuid('rpjmd_period_id')
      .notNull()
      .references(() => rpjmdPeriod.id),
    number: integer('number').notNull(),
    statement: text('statement').notNull(),
    ...rowVersion(),
  },
  (t) => [unique('rpjmd_misi_number_key').on(t.rpjmdPeriodId, t.number)],
);

export const rpjmdTujuan = pgTable(
  'rpjmd_tujuan',
  {
    id: id(),
    rpjmdMisiId: uuid('rpjmd_misi_id')
      .notNull()
      .references(() => rpjmdMisi.id),
    code: text('code').notNull(),
    statement: text('statement').notNull(),
    ...rowVersion(),
  },
  (t) => [unique('rpjmd_tujuan_code_key').on(t.rpjmdMisiId, t.code)],
);

export const rpjmdSasaran = pgTable(
  'rpjmd_sasaran',
  {
    id: id(),
    rpjmdTujuanId: uuid('rpjmd_tujuan_id')
      .notNull()
      .references(() => rpjmdTujuan.id),
    code: text('code').notNull(),
    statement: text('statement').notNull(),
    ...rowVersion(),
  },
  (t) => [unique('rpjmd_sasaran_code_key').on(t.rpjmdTujuanId, t.code)],
);

/** An indicator of a sasaran daerah (RPJMD). */
export const rpjmdIndicator = pgTable(
  'rpjmd_indicator',
  {
    id: id(),
    rpjmdSasaranId: uuid('rpjmd_sasaran_id')
      .notNull()
      .references(() => rpjmdSasaran.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    polarity: text('polarity', { enum: POLARITIES }).notNull(),
    baselineValue: decimal('baseline_value'),
    endTargetValue: decimal('end_target_value'),
    ...rowVersion(),
  },
  (t) => [
    unique('rpjmd_indicator_code_key').on(t.rpjmdSasaranId, t.code),
    check('rpjmd_indicator_polarity_check', oneOf(t.polarity, POLARITIES)),
  ],
);

export const rpjmdIndicatorTarget = pgTable(
  'rpjmd_indicator_target',
  {
    id: id(),
    rpjmdIndicatorId: uuid('rpjmd_indicator_id')
      .notNull()
      .references(() => rpjmdIndicator.id),
    year: integer('year').notNull(),
    value: decimal('value'),
    low: decimal('low'),
    high: decimal('high'),
    grade: text('grade'),
    ...rowVersion(),
  },
  (t) => [
    unique('rpjmd_indicator_target_year_key').on(t.rpjmdIndicatorId, t.year),
    check('rpjmd_indicator_target_year_check', plausibleYear(t.year)),
  ],
);

/** A kecamatan of a region (for social-welfare data by place). */
export const kecamatan = pgTable(
  'kecamatan',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    ...rowVersion(),
  },
  (t) => [unique('kecamatan_code_key').on(t.regionId, t.code)],
);

/** An agency (OPD, perangkat daerah), e.g. Dinas Sosial. */
export const agency = pgTable(
  'agency',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    /** Permendagri 90/2019 unit code, e.g. `1.06.0.00.0.00.01.0000`. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    address: text('address'),
    ...rowVersion(),
  },
  (t) => [
    unique('agency_code_key').on(t.regionId, t.code),
    index('agency_region_idx').on(t.regionId),
    check('agency_code_check', dottedCode(t.code)),
  ],
);

/** An organisation unit of an agency; the tree is eselon II → III → IV. */
export const orgUnit = pgTable(
  'org_unit',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    echelon: text('echelon', { enum: ECHELONS }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('org_unit_id_agency_key').on(t.id, t.agencyId),
    // the parent must belong to the same agency
    foreignKey({
      name: 'org_unit_parent_fk',
      columns: [t.parentId, t.agencyId],
      foreignColumns: [t.id, t.agencyId],
    }),
    index('org_unit_agency_idx').on(t.agencyId),
    check('org_unit_echelon_check', oneOf(t.echelon, ECHELONS)),
    check('org_unit_not_own_parent_check', sql`${t.parentId} is distinct from ${t.id}`),
  ],
);

/**
 * A position (jabatan): the head of an agency or unit, or the regional head
 * (Bupati/Walikota/Gubernur: `agency_id` null).
 */
export const position = pgTable(
  'position',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    orgUnitId: uuid('org_unit_id'),
    title: text('title').notNull(),
    isHead: boolean('is_head').notNull().default(true),
    ...rowVersion(),
  },
  (t) => [
    foreignKey({
      name: 'position_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
    check('position_unit_needs_agency_check', sql`${t.orgUnitId} is null or ${t.agencyId} is not null`),
    index('position_agency_idx').on(t.agencyId),
  ],
);

/** A person holding a position for a time, who signs PKs and reports. */
export const signatory = pgTable(
  'signatory',
  {
    id: id(),
    positionId: uuid('position_id')
      .notNull()
      .references(() => position.id),
    /** Denormalised from the position for authorization (null for the regional head). */
    agencyId: uuid('agency_id').references(() => agency.id),
    name: text('name').notNull(),
    /** 18-digit NIP; null for elected officials. */
    nip: text('nip'),
    /** Pangkat and golongan, e.g. "Pembina Utama Muda (IV/c)". */
    rank: text('rank'),
    /** Plt./Plh. when acting. */
    actingAs: text('acting_as'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    ...rowVersion(),
  },
  (t) => [
    check('signatory_nip_check', sql`${t.nip} is null or ${t.nip} ~ '^[0-9]{18}$'`),
    check('signatory_acting_check', sql`${t.actingAs} is null or ${t.actingAs} in ('Plt.', 'Plh.', 'Pj.')`),
    check(
      'signatory_valid_check',
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
    index('signatory_position_idx').on(t.positionId),
  ],
);
