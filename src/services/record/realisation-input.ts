/**
 * The input of one realisation row and the shapes shared by planning
 * (realisation-plan.ts) and writing (realisation-write.ts) it.
 */
import { z } from 'zod';
import type { IndicatorFeed, RealisationStatus } from '../../store/schema/enums.ts';
import type { realisation } from '../../store/schema/index.ts';
import type { FieldError } from '../errors.ts';
import type { MeasuredIndicator, Measurement } from './realisation-measure.ts';
import {
  checkPeriodFits,
  whenPeriodParsed,
  measuredNumber,
  optionalText,
  periodFields,
  yearInput,
} from './record-inputs.ts';

export const realisationRowSchema = z
  .object({
    indicatorId: z.uuid(),
    year: yearInput,
    ...periodFields,
    /** A number, Indonesian text ("74,53"), or null = not known yet (never 0). */
    value: measuredNumber.nullish(),
    /** For ordinal indicators: a grade of the indicator's scale. */
    grade: z.string().trim().min(1).max(50).nullish(),
    /** Component code → value, for computed indicators. */
    components: z.record(z.string(), measuredNumber.nullable()).optional(),
    note: optionalText(4000),
    /** Absent: create. Present: the version read, for an update. */
    version: z.number().int().positive().optional(),
  })
  .superRefine(checkPeriodFits, whenPeriodParsed);

export type RealisationRowInput = z.output<typeof realisationRowSchema>;

export const REALISATION_TEXTS = { id: 'Realisasi', en: 'Realisation' };

/** Statuses in which a realisation may still be edited. */
export const EDITABLE_STATUSES: readonly RealisationStatus[] = ['draft', 'returned'];

export type IndicatorRow = MeasuredIndicator & {
  formula: string | null;
  name: string;
  /** Set when the realisation is computed by IKM, AKIP or the Data Sosial (a typed one is refused). */
  feed?: IndicatorFeed | null;
};

export type RealisationProblem = { code: 'validation' | 'conflict' | 'invalid-state'; field: FieldError };

export type RealisationPlan = {
  path: string;
  indicator: IndicatorRow;
  input: RealisationRowInput;
  existing: typeof realisation.$inferSelect | null;
  existingComponents: Record<string, string>;
  values: { value: string | null; grade: string | null; note: string | null };
  /** Component rows to store (known values only); null when the indicator has no components. */
  components: { componentId: string; code: string; value: string }[] | null;
  derivedReason: string | null;
};

export type SavedRealisation = {
  id: string;
  agencyId: string;
  indicatorId: string;
  year: number;
  periodKind: string;
  periodNo: number;
  value: string | null;
  grade: string | null;
  note: string | null;
  status: RealisationStatus;
  version: number;
  /** Component code → stored value, for computed indicators. */
  components: Record<string, string> | null;
  /** Why a derived value is unknown: 'missing-component:<code>' or 'zero-denominator:<code>'. */
  derivedReason: string | null;
  measurement: Measurement;
};
