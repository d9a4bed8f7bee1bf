/**
 * The Renstra's performance indicators: each indicator (attached to exactly
 * one tujuan, sasaran strategis, program, kegiatan or sub kegiatan of
 * renstra.ts), the components of computed indicators, and the yearly targets.
 *
 * Every row carries `agency_id`; children reference their parent by
 * `(parent_id, agency_id)` so a row can never claim another agency's parent.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { decimal, exactlyOne, id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import {
  INDICATOR_FEEDS,
  PERIOD_AGGREGATIONS,
  POLARITIES,
  REPORTING_FREQUENCIES,
  RESULT_KINDS,
  type SocialComponentSource,
} from './enums.ts';
import { agency, orgUnit } from './regions-agencies.ts';
import { kegiatan, program, renstraPeriod, renstraTujuan, sasaranStrategis, subKegiatan } from './renstra.ts';

const agencyId = () =>
  uuid('agency_id')
    .notNull()
    .references(() => agency.id);

/** The declared rule of an ordinal indicator: its grades, best first, and how capaian follows. */
export type OrdinalScale = {
  /** Grades from best to worst, e.g. ["AA", "A", "BB", "B", "CC", "C", "D"]. */
  grades: string[];
  /** `met_or_rank`: 100 when the target grade is met, else by rank (see src/domain). */
  rule: string;
};

/**
 * An indicator of performance, attached to exactly one of: tujuan, sasaran
 * strategis, program, kegiatan, sub kegiatan.
 */
export const indicator = pgTable(
  'indicator',
  {
    id: id(),
    agencyId: agencyId(),
    renstraPeriodId: uuid('renstra_period_id').notNull(),
    renstraTujuanId: uuid('renstra_tujuan_id'),
    sasaranStrategisId: uuid('sasaran_strategis_id'),
    programId: uuid('program_id'),
    kegiatanId: uuid('kegiatan_id'),
    subKegiatanId: uuid('sub_kegiatan_id'),
    /** The unit that reports the realisation. */
    orgUnitId: uuid('org_unit_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    definition: text('definition'),
    /** The formula as the Renstra prints it, e.g. "jumlah PMKS tertangani / jumlah PMKS × 100". */
    formula: text('formula'),
    unit: text('unit').notNull(),
    polarity: text('polarity', { enum: POLARITIES }).notNull(),
    periodAggregation: text('period_aggregation', { enum: PERIOD_AGGREGATIONS }).notNull(),
    reportingFrequency: text('reporting_frequency', { enum: REPORTING_FREQUENCIES })
      .notNull()
      .default('quarterly'),
    resultKind: text('result_kind', { enum: RESULT_KINDS }).notNull().default('outcome'),
    dataSource: text('data_source'),
    /** Set when the yearly realisation is computed by another module (IKM, AKIP), not typed. */
    feed: text('feed', { enum: INDICATOR_FEEDS }),
    isIku: boolean('is_iku').notNull().default(false),
    ordinalScale: jsonb('ordinal_scale').$type<OrdinalScale>(),
    baselineYear: integer('baseline_year'),
    baselineValue: decimal('baseline_value'),
    baselineGrade: text('baseline_grade'),
    endTargetValue: decimal('end_target_value'),
    endTargetLow: decimal('end_target_low'),
    endTargetHigh: decimal('end_target_high'),
    endTargetGrade: text('end_target_grade'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('indicator_id_agency_key').on(t.id, t.agencyId),
    unique('indicator_code_key').on(t.renstraPeriodId, t.code),
    foreignKey({
      name: 'indicator_period_fk',
      columns: [t.renstraPeriodId, t.agencyId],
      foreignColumns: [renstraPeriod.id, renstraPeriod.agencyId],
    }),
    foreignKey({
      name: 'indicator_tujuan_fk',
      columns: [t.renstraTujuanId, t.agencyId],
      foreignColumns: [renstraTujuan.id, renstraTujuan.agencyId],
    }),
    foreignKey({
      name: 'indicator_sasaran_fk',
      columns: [t.sasaranStrategisId, t.agencyId],
      foreignColumns: [sasaranStrategis.id, sasaranStrategis.agencyId],
    }),
    foreignKey({
      name: 'indicator_program_fk',
      columns: [t.programId, t.agencyId],
      foreignColumns: [program.id, program.agencyId],
    }),
    foreignKey({
      name: 'indicator_kegiatan_fk',
      columns: [t.kegiatanId, t.agencyId],
      foreignColumns: [kegiatan.id, kegiatan.agencyId],
    }),
    foreignKey({
      name: 'indicator_sub_kegiatan_fk',
      columns: [t.subKegiatanId, t.agencyId],
      foreignColumns: [subKegiatan.id, subKegiatan.agencyId],
    }),
    foreignKey({
      name: 'indicator_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
    check(
      'indicator_owner_check',
      exactlyOne(t.renstraTujuanId, t.sasaranStrategisId, t.programId, t.kegiatanId, t.subKegiatanId),
    ),
    check('indicator_polarity_check', oneOf(t.polarity, POLARITIES)),
    check('indicator_period_aggregation_check', oneOf(t.periodAggregation, PERIOD_AGGREGATIONS)),
    check('indicator_reporting_frequency_check', oneOf(t.reportingFrequency, REPORTING_FREQUENCIES)),
    check('indicator_result_kind_check', oneOf(t.resultKind, RESULT_KINDS)),
    check('indicator_feed_check', sql`${t.feed} is null or ${oneOf(t.feed, INDICATOR_FEEDS)}`),
    check(
      'indicator_ordinal_scale_check',
      sql`(${t.polarity} = 'ordinal') = (${t.ordinalScale} is not null)`,
    ),
    index('indicator_agency_idx').on(t.agencyId),
    index('indicator_sasaran_idx').on(t.sasaranStrategisId),
  ],
);

/**
 * A component of a computed indicator (numerator, denominator, previous
 * year's count ...), whose values are recorded with each realisation.
 */
export const indicatorComponent = pgTable(
  'indicator_component',
  {
    id: id(),
    agencyId: agencyId(),
    indicatorId: uuid('indicator_id').notNull(),
    /** Short symbol used in the formula, e.g. `n`, `total`. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit'),
    /** Set when the component's yearly value is taken from the Data Sosial (indicator feed `social`). */
    source: jsonb('source').$type<SocialComponentSource>(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('indicator_component_id_agency_key').on(t.id, t.agencyId),
    unique('indicator_component_code_key').on(t.indicatorId, t.code),
    foreignKey({
      name: 'indicator_component_indicator_fk',
      columns: [t.indicatorId, t.agencyId],
      foreignColumns: [indicator.id, indicator.agencyId],
    }),
    check('indicator_component_code_check', sql`${t.code} ~ '^[A-Za-z_][A-Za-z0-9_]*$'`),
  ],
);

/**
 * The Renstra target of an indicator for one year: a value (positive and
 * negative polarity), a range, or a grade (ordinal).
 */
export const indicatorTarget = pgTable(
  'indicator_target',
  {
    id: id(),
    agencyId: agencyId(),
    indicatorId: uuid('indicator_id').notNull(),
    year: integer('year').notNull(),
    value: decimal('value'),
    low: decimal('low'),
    high: decimal('high'),
    grade: text('grade'),
    ...rowVersion(),
  },
  (t) => [
    unique('indicator_target_year_key').on(t.indicatorId, t.year),
    foreignKey({
      name: 'indicator_target_indicator_fk',
      columns: [t.indicatorId, t.agencyId],
      foreignColumns: [indicator.id, indicator.agencyId],
    }),
    check('indicator_target_year_check', plausibleYear(t.year)),
    check(
      'indicator_target_shape_check',
      sql`${t.value} is not null or (${t.low} is not null and ${t.high} is not null and ${t.low} <= ${t.high}) or ${t.grade} is not null`,
    ),
    index('indicator_target_agency_year_idx').on(t.agencyId, t.year),
  ],
);
