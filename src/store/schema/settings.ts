/**
 * Measurement settings of a region or an agency, from a year on: which scale
 * preset, how sasaran capaian is aggregated, caps, the negative-polarity
 * formula. An agency's row overrides its region's; the latest `from_year` not
 * after the report year applies.
 */
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { decimal, id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import { NEGATIVE_FORMULAS, SASARAN_AGGREGATIONS, SCALE_PRESETS } from './enums.ts';
import { agency, region } from './regions-agencies.ts';

/** A band of a custom scale: capaian from `min` (inclusive or not) to `max`, and its label. */
export type CustomScaleBand = {
  label: string;
  min: string | null;
  max: string | null;
  minInclusive: boolean;
  maxInclusive: boolean;
};

export const measurementSetting = pgTable(
  'measurement_setting',
  {
    id: id(),
    regionId: uuid('region_id').references(() => region.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    fromYear: integer('from_year').notNull(),
    scalePreset: text('scale_preset', { enum: SCALE_PRESETS }).notNull(),
    customScale: jsonb('custom_scale').$type<CustomScaleBand[]>(),
    sasaranAggregation: text('sasaran_aggregation', { enum: SASARAN_AGGREGATIONS }).notNull().default('mean'),
    /** Cap applied to each capaian before averaging (e.g. 100 or 120); null: no cap. */
    capaianCap: decimal('capaian_cap'),
    negativeFormula: text('negative_formula', { enum: NEGATIVE_FORMULAS })
      .notNull()
      .default('two_minus_ratio'),
    ...rowVersion(),
  },
  (t) => [
    unique('measurement_setting_key').on(t.regionId, t.agencyId, t.fromYear).nullsNotDistinct(),
    check('measurement_setting_scope_check', sql`(${t.regionId} is null) <> (${t.agencyId} is null)`),
    check('measurement_setting_year_check', plausibleYear(t.fromYear)),
    check('measurement_setting_preset_check', oneOf(t.scalePreset, SCALE_PRESETS)),
    check(
      'measurement_setting_custom_check',
      sql`(${t.scalePreset} = 'custom') = (${t.customScale} is not null)`,
    ),
    check('measurement_setting_aggregation_check', oneOf(t.sasaranAggregation, SASARAN_AGGREGATIONS)),
    check('measurement_setting_negative_check', oneOf(t.negativeFormula, NEGATIVE_FORMULAS)),
    check('measurement_setting_cap_check', sql`${t.capaianCap} is null or ${t.capaianCap} >= 100`),
  ],
);
