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
 *   recorded in one period kind per year; saveRealisation enforces it); how
 *   periods roll up and targets phase is the domain's measureToDate
 *   (domain/measure-to-date.ts), which the browser's grid uses too.
 * - The scale: the agency's measurement_setting, else its region's, the
 *   latest `from_year` not after the year; none → Permendagri 86/2017.
 */
import { and, desc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { CapaianReason, Target } from '../../domain/capaian.ts';
import { measureToDate } from '../../domain/measure-to-date.ts';
import type { PeriodAggregation as DomainAggregation } from '../../domain/period-aggregation.ts';
import { SCALE_PRESETS, type ScalePresetId } from '../../domain/scale-presets.ts';
import { validateScale, type Scale } from '../../domain/scales.ts';
import { queryRows, type Database } from '../../store/database.ts';
import type { PeriodAggregation, PeriodKind, Polarity, ScalePreset } from '../../store/schema/enums.ts';
import { agency, type indicatorTarget, measurementSetting, realisation } from '../../store/schema/index.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';
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
  const number = (text: string | null) => (text === null ? null : Number(text));
  const measured = measureToDate(
    {
      polarity: ind.polarity,
      aggregation: domainAggregation(ind.periodAggregation),
      grades: ind.ordinalScale?.grades ?? null,
      periodKind: period.periodKind,
      through: period.periodNo,
      periods: allRows
        .filter((r) => r.year === period.year && r.periodKind === period.periodKind)
        .map((r) => ({ periodNo: r.periodNo, value: number(r.value), grade: r.grade })),
      target: targetRow && {
        value: number(targetRow.value),
        low: number(targetRow.low),
        high: number(targetRow.high),
        grade: targetRow.grade,
      },
    },
    policy,
  );
  return {
    yearToDate: measured.yearToDate,
    target: measured.target,
    capaian: measured.capaian,
    reason: measured.reason,
    predikat:
      measured.level === null
        ? null
        : {
            label: measured.level.label,
            labelEn: measured.level.labelEn,
            level: measured.levelIndex!,
            lowest: measured.lowest,
          },
    scaleId: policy.scale.id,
  };
}
