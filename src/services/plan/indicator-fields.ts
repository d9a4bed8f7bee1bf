/**
 * The fields of an indicator shared by add and update: the descriptive text,
 * polarity (with the ordinal scale an ordinal indicator needs), how periods
 * make the year, reporting frequency, baseline and end target in the shape
 * the polarity asks for, and the components of a computed indicator.
 */
import { z } from 'zod';
import {
  PERIOD_AGGREGATIONS,
  POLARITIES,
  REPORTING_FREQUENCIES,
  RESULT_KINDS,
  type Polarity,
} from '../../store/schema/enums.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';
import { validationError, type FieldError } from '../errors.ts';
import { gradeInput, targetColumns, targetShapeInput, type TargetShapeInput } from './measured-value.ts';
import { socialSourceInput } from './social-binding.ts';

/** The ordinal rule stored with every ordinal scale (src/domain/capaian.ts 'met-100-else-rank-ratio'). */
export const ORDINAL_RULE = 'met_or_rank';

/** Grades of an ordinal indicator, best first (AA, A, BB ... or Utama, Nindya, Madya, Pratama). */
export const ordinalScaleInput = z.strictObject({
  grades: z
    .array(gradeInput)
    .min(2)
    .max(20)
    .refine((grades) => new Set(grades.map((g) => g.toUpperCase())).size === grades.length, {
      message: 'nilai tidak boleh berulang / grades must not repeat',
    }),
});

export const componentInput = z.strictObject({
  /** Symbol used in the formula, e.g. `served`, `total`. */
  code: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'huruf, angka, garis bawah / letters, digits, underscore'),
  name: z.string().trim().min(1).max(500),
  unit: z.string().trim().min(1).max(60).optional(),
  /** Where the component's yearly value comes from in the Data Sosial (social-binding.ts); absent = typed. */
  source: socialSourceInput.optional(),
});

export const indicatorFields = {
  orgUnitId: z.uuid().optional(),
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(1000),
  definition: z.string().trim().min(1).max(4000).optional(),
  formula: z.string().trim().min(1).max(2000).optional(),
  unit: z.string().trim().min(1).max(60),
  polarity: z.enum(POLARITIES),
  ordinalScale: ordinalScaleInput.optional(),
  periodAggregation: z.enum(PERIOD_AGGREGATIONS),
  reportingFrequency: z.enum(REPORTING_FREQUENCIES).optional(),
  resultKind: z.enum(RESULT_KINDS).optional(),
  dataSource: z.string().trim().min(1).max(1000).optional(),
  isIku: z.boolean().optional(),
  baselineYear: z.number().int().min(2000).max(2100).optional(),
  /** Baseline: a value (positive, negative, range) or a grade (ordinal). */
  baseline: targetShapeInput.optional(),
  endTarget: targetShapeInput.optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
};

export type IndicatorShapeColumns = {
  ordinalScale: OrdinalScale | null;
  baselineValue: string | null;
  baselineGrade: string | null;
  endTargetValue: string | null;
  endTargetLow: string | null;
  endTargetHigh: string | null;
  endTargetGrade: string | null;
};

/**
 * Checks the polarity-dependent fields together and returns their columns:
 * an ordinal indicator needs its scale (and only it has one); the baseline is
 * a value, or a grade for ordinal; the end target has the target shape.
 */
export function indicatorShapeColumns(input: {
  polarity: Polarity;
  ordinalScale?: z.output<typeof ordinalScaleInput> | null | undefined;
  baseline?: TargetShapeInput | null | undefined;
  endTarget?: TargetShapeInput | null | undefined;
}): IndicatorShapeColumns {
  const errors: FieldError[] = [];
  let scale: OrdinalScale | null = null;
  if (input.polarity === 'ordinal') {
    if (!input.ordinalScale) {
      errors.push({
        path: 'ordinalScale',
        message: {
          id: 'wajib diisi untuk indikator ordinal (daftar nilai, terbaik dahulu)',
          en: 'is required for an ordinal indicator (the grades, best first)',
        },
      });
    } else scale = { grades: input.ordinalScale.grades, rule: ORDINAL_RULE };
  } else if (input.ordinalScale) {
    errors.push({
      path: 'ordinalScale',
      message: { id: 'hanya untuk indikator ordinal', en: 'is for ordinal indicators only' },
    });
  }
  const columns: IndicatorShapeColumns = {
    ordinalScale: scale,
    baselineValue: null,
    baselineGrade: null,
    endTargetValue: null,
    endTargetLow: null,
    endTargetHigh: null,
    endTargetGrade: null,
  };
  if (input.baseline) {
    // A baseline is a measured value: a single value even for a range indicator.
    const baselinePolarity: Polarity = input.polarity === 'ordinal' ? 'ordinal' : 'positive';
    const baseline = targetColumns(baselinePolarity, scale, input.baseline, 'baseline');
    if (scale !== null || input.polarity !== 'ordinal') errors.push(...baseline.errors);
    columns.baselineValue = baseline.columns.value;
    columns.baselineGrade = baseline.columns.grade;
  }
  if (input.endTarget) {
    const end = targetColumns(input.polarity, scale, input.endTarget, 'endTarget');
    if (scale !== null || input.polarity !== 'ordinal') errors.push(...end.errors);
    columns.endTargetValue = end.columns.value;
    columns.endTargetLow = end.columns.low;
    columns.endTargetHigh = end.columns.high;
    columns.endTargetGrade = end.columns.grade;
  }
  if (errors.length > 0) throw validationError(errors);
  return columns;
}

/** The default result kind by owner: outcome for tujuan, sasaran and program; output below. */
export function defaultResultKind(owner: IndicatorOwner): (typeof RESULT_KINDS)[number] {
  return owner === 'kegiatanId' || owner === 'subKegiatanId' ? 'output' : 'outcome';
}

export const INDICATOR_OWNERS = [
  'renstraTujuanId',
  'sasaranStrategisId',
  'programId',
  'kegiatanId',
  'subKegiatanId',
] as const;
export type IndicatorOwner = (typeof INDICATOR_OWNERS)[number];
