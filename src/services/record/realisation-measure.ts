/**
 * The live measurement of a realisation: the year-to-date value of its
 * indicator through the realisation's period, the capaian against the year's
 * target and the predikat on the agency's scale — all computed by the domain
 * engine (rollUpYear, targetThroughPeriod, computeCapaian, classify).
 *
 * Decisions:
 * - The target is the one the measurement uses (yearTargetSql): the latest
 *   signed PK of the agency's top unit, else the Renstra target of the year.
 * - Only realisations of the same period kind are rolled up (one indicator is
 *   recorded in one period kind per year; saveRealisation enforces it).
 *   Quarters, semesters and the year are placed on the quarter grid
 *   (semester s = through TW 2s, year = through TW IV), months on the month grid,
 *   so the domain's cumulative/stock/average rules apply unchanged.
 * - A cumulative indicator before the last period has no yearly target to
 *   compare with (the domain's 'not-phased'): no capaian, no predikat.
 * - Ordinal indicators: the year-to-date grade is the latest grade recorded up to the period.
 * - The scale: the agency's measurement_setting, else its region's, the
 *   latest `from_year` not after the year; none → Permendagri 86/2017.
 */
import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { computeCapaian, type CapaianReason, type Target } from '../../domain/capaian.ts';
import {
  rollUpYear,
  targetThroughPeriod,
  type PeriodAggregation as DomainAggregation,
  type PeriodKind as GridKind,
} from '../../domain/period-aggregation.ts';
import { SCALE_PRESETS, type ScalePresetId } from '../../domain/scale-presets.ts';
import { classify, validateScale, type Scale } from '../../domain/scales.ts';
import { queryRows, type Database } from '../../store/database.ts';
import type { PeriodAggregation, PeriodKind, Polarity, ScalePreset } from '../../store/schema/enums.ts';
import { agency, type indicatorTarget, measurementSetting, realisation } from '../../store/schema/index.ts';
import type { OrdinalScale } from '../../store/schema/renstra.ts';
import type { ServiceContext } from '../context.ts';
import { yearTargetSql, type YearTargetJson } from '../measure/measurement-data-targets.ts';
import { ReadCache } from '../read-cache.ts';

export type MeasuredIndicator = {
  id: string;
  agencyId: string;
  polarity: Polarity;
  periodAggregation: PeriodAggregation;
  ordinalScale: OrdinalScale | null;
};

export type Predikat = {
  label: string;
  labelEn: string;
  /** 0 = the highest level of the scale. */
  level: number;
  /** The level is one of the two lowest of the scale. */
  lowest: boolean;
};

export type Measurement = {
  /** The value the capaian is computed from (year to date), as a number or a grade. */
  yearToDate: number | string | null;
  /** The target through the period (null when none applies). */
  target: Target | null;
  /** Full precision; round only when showing. */
  capaian: number | null;
  reason: CapaianReason | 'not-phased' | null;
  predikat: Predikat | null;
  scaleId: string;
};

const PRESET_IDS: Readonly<Record<Exclude<ScalePreset, 'custom'>, ScalePresetId>> = {
  permendagri_86_2017: 'permendagri-86-2017',
  baik_4: 'baik-4',
  lan_239_2003: 'lan-239-2003',
};

export type MeasurementPolicy = { scale: Scale; negativeFormula: 'two-minus-ratio' | 'inverse-ratio' };

/** Settings change rarely and no entered record changes them: kept per agency-year (see read-cache.ts). */
const policies = new ReadCache<MeasurementPolicy>(1000, { dependsOn: 'setup' });

/**
 * The agency's scale and negative formula for `year` (agency setting, else
 * region, else the default). Read through `tx`; with a context that allows
 * cached reads, kept in the read cache of `ctx.db`.
 */
export async function measurementPolicy(
  tx: Database,
  agencyId: string,
  year: number,
  ctx?: Pick<ServiceContext, 'db' | 'cachedReads'>,
): Promise<MeasurementPolicy> {
  return policies.get(
    ctx?.db ?? tx,
    `${agencyId}|${year}`,
    () => readMeasurementPolicy(tx, agencyId, year),
    Date.now(),
    ctx?.cachedReads === true,
  );
}

async function readMeasurementPolicy(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<MeasurementPolicy> {
  const [owner] = await tx.select({ regionId: agency.regionId }).from(agency).where(eq(agency.id, agencyId));
  const rows = await tx
    .select()
    .from(measurementSetting)
    .where(
      and(
        lte(measurementSetting.fromYear, year),
        or(
          eq(measurementSetting.agencyId, agencyId),
          owner
            ? and(eq(measurementSetting.regionId, owner.regionId), isNull(measurementSetting.agencyId))
            : undefined,
        ),
      ),
    )
    .orderBy(desc(measurementSetting.fromYear));
  const setting = rows.find((r) => r.agencyId === agencyId) ?? rows[0];
  if (!setting) return { scale: SCALE_PRESETS['permendagri-86-2017'], negativeFormula: 'two-minus-ratio' };
  const negativeFormula = setting.negativeFormula === 'inverse_ratio' ? 'inverse-ratio' : 'two-minus-ratio';
  if (setting.scalePreset !== 'custom')
    return { scale: SCALE_PRESETS[PRESET_IDS[setting.scalePreset]], negativeFormula };
  const validated = validateScale({
    id: 'kustom',
    levels: (setting.customScale ?? []).map((band) => ({
      label: band.label,
      min: band.min === null ? null : Number(band.min),
      minInclusive: band.minInclusive,
      max: band.max === null ? null : Number(band.max),
      maxInclusive: band.maxInclusive,
    })),
  });
  // A custom scale that no longer validates falls back to the default rather than measuring wrongly.
  return {
    scale: validated.ok ? validated.scale : SCALE_PRESETS['permendagri-86-2017'],
    negativeFormula,
  };
}

/** Where a period sits on the domain's grid (quarters or months). */
function onGrid(kind: PeriodKind, periodNo: number): { grid: GridKind; period: number } {
  switch (kind) {
    case 'month':
      return { grid: 'month', period: periodNo };
    case 'quarter':
      return { grid: 'quarter', period: periodNo };
    case 'semester':
      return { grid: 'quarter', period: periodNo * 2 };
    case 'year':
      return { grid: 'quarter', period: 4 };
  }
}

function domainAggregation(aggregation: PeriodAggregation): DomainAggregation {
  return aggregation === 'last' ? 'stock' : aggregation;
}

/** A realisation as measuring reads it. */
export type MeasuredRow = {
  year: number;
  periodKind: PeriodKind;
  periodNo: number;
  value: string | null;
  grade: string | null;
};

/** The target of the indicator for the year (the signed PK's, else the Renstra's: yearTargetSql). */
export type TargetRow = Pick<typeof indicatorTarget.$inferSelect, 'value' | 'low' | 'high' | 'grade'>;

type MeasuredPeriod = { year: number; periodKind: PeriodKind; periodNo: number };

/** The live measurement of an indicator through a period, read from the database (`ctx`: see measurementPolicy). */
export async function measureRealisation(
  tx: Database,
  ind: MeasuredIndicator,
  period: MeasuredPeriod,
  ctx?: Pick<ServiceContext, 'db' | 'cachedReads'>,
): Promise<Measurement> {
  const policy = await measurementPolicy(tx, ind.agencyId, period.year, ctx);
  const rows = await tx
    .select({
      year: realisation.year,
      periodKind: realisation.periodKind,
      periodNo: realisation.periodNo,
      value: realisation.value,
      grade: realisation.grade,
    })
    .from(realisation)
    .where(and(eq(realisation.indicatorId, ind.id), eq(realisation.year, period.year)));
  const [targetRow] = await queryRows<{ target: YearTargetJson | null }>(
    tx,
    sql`select ${yearTargetSql(sql`${ind.id}::uuid`, sql`${ind.agencyId}::uuid`, period.year)} as target`,
  );
  return measureWith(policy, ind, period, rows, targetRow?.target ?? null);
}

/**
 * The same measurement from rows already read: `rows` are realisations of
 * the indicator (those of the period's year and kind up to the period count),
 * `targetRow` its Renstra target of the year.
 */
export function measureWith(
  policy: MeasurementPolicy,
  ind: MeasuredIndicator,
  period: MeasuredPeriod,
  allRows: readonly MeasuredRow[],
  targetRow: TargetRow | null,
): Measurement {
  const rows = allRows.filter(
    (r) => r.year === period.year && r.periodKind === period.periodKind && r.periodNo <= period.periodNo,
  );
  const { grid, period: through } = onGrid(period.periodKind, period.periodNo);
  const aggregation = domainAggregation(ind.periodAggregation);
  const unmeasured = (
    yearToDate: number | string | null,
    target: Target | null,
    reason: Measurement['reason'],
  ) => ({
    yearToDate,
    target,
    capaian: null,
    reason,
    predikat: null,
    scaleId: policy.scale.id,
  });

  let yearToDate: number | string | null;
  let target: Target | null = null;
  if (ind.polarity === 'ordinal') {
    const graded = rows.filter((r) => r.grade !== null).sort((a, b) => b.periodNo - a.periodNo);
    yearToDate = graded[0]?.grade ?? null;
    if (targetRow?.grade != null) target = { kind: 'grade', grade: targetRow.grade };
  } else {
    const rolled = rollUpYear(
      rows.map((r) => ({
        period: onGrid(period.periodKind, r.periodNo).period,
        value: r.value === null ? null : Number(r.value),
      })),
      aggregation,
      grid,
      { throughPeriod: through },
    );
    yearToDate = rolled.value;
    if (targetRow) {
      if (targetRow.value !== null) {
        const phased = targetThroughPeriod(
          { aggregation, kind: grid, yearlyTarget: Number(targetRow.value) },
          through,
        );
        if (phased.value === null) {
          return unmeasured(
            yearToDate,
            null,
            phased.reason === 'not-phased' ? 'not-phased' : 'missing-target',
          );
        }
        target = { kind: 'value', value: phased.value };
      } else if (targetRow.low !== null && targetRow.high !== null) {
        const atYearEnd = through === (grid === 'month' ? 12 : 4);
        if (aggregation === 'cumulative' && !atYearEnd) return unmeasured(yearToDate, null, 'not-phased');
        target = { kind: 'range', min: Number(targetRow.low), max: Number(targetRow.high) };
      }
    }
  }

  const result = computeCapaian(
    {
      // A range indicator is measured against the nearer bound with the positive formula.
      polarity: ind.polarity === 'range' ? 'positive' : ind.polarity,
      target,
      realisasi: yearToDate,
      ...(ind.ordinalScale ? { grades: [...ind.ordinalScale.grades].reverse() } : {}),
    },
    { negativeFormula: policy.negativeFormula },
  );
  if (result.value === null) return unmeasured(yearToDate, target, result.reason);
  const level = classify(result.value, policy.scale);
  const index = policy.scale.levels.indexOf(level);
  return {
    yearToDate,
    target,
    capaian: result.value,
    reason: null,
    predikat: {
      label: level.label,
      labelEn: level.labelEn,
      level: index,
      lowest: index >= policy.scale.levels.length - 2,
    },
    scaleId: policy.scale.id,
  };
}
