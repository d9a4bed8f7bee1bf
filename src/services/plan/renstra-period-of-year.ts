/**
 * Which Renstra period a year belongs to: the agency's period whose start and
 * end years enclose it (periods of one agency never overlap:
 * create-renstra-period.ts refuses it). One condition for every use case that
 * reads "the Renstra of the year".
 */
import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { renstraPeriod } from '../../store/schema/index.ts';

/** The condition "this Renstra period covers `year`", to use in a larger query. */
export function periodCoversYear(year: number): SQL {
  return and(lte(renstraPeriod.startYear, year), gte(renstraPeriod.endYear, year))!;
}

export type RenstraPeriodOfYear = { id: string; startYear: number; endYear: number };

/** The agency's Renstra period covering `year`, or null when none does. */
export async function renstraPeriodOfYear(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<RenstraPeriodOfYear | null> {
  const [period] = await tx
    .select({ id: renstraPeriod.id, startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
    .from(renstraPeriod)
    .where(and(eq(renstraPeriod.agencyId, agencyId), periodCoversYear(year)))
    .orderBy(asc(renstraPeriod.startYear));
  return period ?? null;
}
