/**
 * What saving a realisation checks and measures against, read in one query
 * (one round trip matters: the embedded database runs each query on one
 * thread): the indicator with its components, its realisations of the year
 * (every period kind: the existing row, a row of another kind, the rows the
 * live capaian rolls up), its target of the year (yearTargetSql: the signed PK's,
 * else the Renstra's, as the measurement chooses) and, for a period,
 * the lock rows that may apply. The rules stay where they were: planning in
 * realisation-plan.ts, locks in period-lock.ts (`lockCandidates`, `lockOf`),
 * measuring in realisation-measure.ts.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import type { PeriodKind } from '../../store/schema/enums.ts';
import { agency, indicator, indicatorComponent, periodLock, realisation } from '../../store/schema/index.ts';
import { lockCandidates, lockOf, realisationDeadline } from '../calendar/period-lock.ts';
import { indicatorYearTargetSql } from '../measure/measurement-data-targets.ts';
import type { IndicatorRow } from './realisation-input.ts';
import type { TargetRow } from './realisation-measure.ts';

/** The indicator's columns that planning and measuring use. */
const indicatorFields = {
  id: indicator.id,
  agencyId: indicator.agencyId,
  name: indicator.name,
  polarity: indicator.polarity,
  periodAggregation: indicator.periodAggregation,
  ordinalScale: indicator.ordinalScale,
  formula: indicator.formula,
  feed: indicator.feed,
};

export async function loadIndicator(tx: Database, indicatorId: string): Promise<IndicatorRow | null> {
  const [row] = await tx.select(indicatorFields).from(indicator).where(eq(indicator.id, indicatorId));
  return row ?? null;
}

export type RealisationRow = typeof realisation.$inferSelect;

export type IndicatorYear = {
  indicator: IndicatorRow;
  /** In the order of the indicator's formula inputs (sort order, then code). */
  components: { id: string; code: string }[];
  /** The indicator's realisations of the year, of every period kind. */
  realisations: RealisationRow[];
  target: TargetRow | null;
  /** The period lock in force for the period asked (see period-lock.ts), null when open or not asked. */
  lock: { agencyId: string | null; reopenedAt: unknown } | null;
};

/**
 * The indicator and its year, or null when there is no such indicator.
 * With `period`, also the lock in force for that realisation period of the
 * indicator's agency.
 */
export async function loadIndicatorYear(
  tx: Database,
  indicatorId: string,
  year: number,
  period?: { periodKind: PeriodKind; periodNo: number },
): Promise<IndicatorYear | null> {
  const components = sql<
    { id: string; code: string }[]
  >`(select coalesce(json_agg(json_build_object('id', ${indicatorComponent.id}, 'code', ${indicatorComponent.code}) order by ${indicatorComponent.sortOrder}, ${indicatorComponent.code}), '[]'::json) from ${indicatorComponent} where ${indicatorComponent.indicatorId} = ${indicator.id})`;
  const deadline = period ? realisationDeadline(period.periodKind, period.periodNo) : null;
  const locks = deadline
    ? sql<
        { agencyId: string | null; reopenedAt: string | null }[]
      >`(select coalesce(json_agg(json_build_object('agencyId', ${periodLock.agencyId}, 'reopenedAt', ${periodLock.reopenedAt})), '[]'::json) from ${periodLock} where ${lockCandidates(agency.regionId, indicator.agencyId, year, deadline.kind, deadline.periodNo)})`
    : sql<{ agencyId: string | null; reopenedAt: string | null }[]>`'[]'::json`;
  const rows = await tx
    .select({
      indicator: indicatorFields,
      components,
      locks,
      target: indicatorYearTargetSql(year),
      // `id` first: Drizzle reads a left-joined object as absent when its first column is null.
      realisation,
    })
    .from(indicator)
    .innerJoin(agency, eq(agency.id, indicator.agencyId))
    .leftJoin(realisation, and(eq(realisation.indicatorId, indicator.id), eq(realisation.year, year)))
    .where(eq(indicator.id, indicatorId));
  const first = rows[0];
  if (!first) return null;
  return {
    indicator: first.indicator,
    components: first.components,
    realisations: rows.flatMap((row) => (row.realisation ? [row.realisation] : [])),
    target: first.target,
    lock: lockOf(first.locks, first.indicator.agencyId),
  };
}
