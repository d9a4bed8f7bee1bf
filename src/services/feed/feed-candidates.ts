/**
 * The indicators a module's value could feed: the agency's indicators of the
 * Renstra period covering the year, with their `feed` mark and version (to
 * set the mark), and for those fed by the module, their realisation of the
 * year the value lands in.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import type { IndicatorFeed, RealisationStatus } from '../../store/schema/enums.ts';
import { indicator, realisation, renstraPeriod } from '../../store/schema/index.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

export type FeedCandidate = {
  id: string;
  version: number;
  code: string;
  name: string;
  unit: string;
  feed: IndicatorFeed | null;
  /** For an indicator fed by the module: its realisation (period `year`) of the year fed, if any. */
  realisation: { year: number; value: string | null; status: RealisationStatus } | null;
};

export async function feedCandidates(
  tx: Database,
  agencyId: string,
  periodYear: number,
  feed: IndicatorFeed,
  realisationYear: number = periodYear,
): Promise<FeedCandidate[]> {
  const rows = await tx
    .select({
      id: indicator.id,
      version: indicator.version,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      feed: indicator.feed,
    })
    .from(indicator)
    .innerJoin(renstraPeriod, eq(renstraPeriod.id, indicator.renstraPeriodId))
    .where(and(eq(indicator.agencyId, agencyId), periodCoversYear(periodYear)))
    .orderBy(indicator.sortOrder, indicator.code);
  const fed = rows.filter((r) => r.feed === feed).map((r) => r.id);
  const values =
    fed.length === 0
      ? []
      : await tx
          .select({
            indicatorId: realisation.indicatorId,
            value: realisation.value,
            status: realisation.status,
          })
          .from(realisation)
          .where(
            and(
              inArray(realisation.indicatorId, fed),
              eq(realisation.year, realisationYear),
              eq(realisation.periodKind, 'year'),
            ),
          );
  return rows.map((r) => {
    const value = values.find((v) => v.indicatorId === r.id);
    return {
      ...r,
      realisation:
        r.feed === feed && value ? { year: realisationYear, value: value.value, status: value.status } : null,
    };
  });
}
