/**
 * An agency's Renstra periods, newest first: the web app picks the one that
 * covers the year a user is looking at (periods of one agency never overlap),
 * and offers the others. Anyone who may read the agency may read them.
 */
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { renstraPeriod } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';

export const listRenstraPeriodsInput = z.strictObject({ agencyId: z.uuid() });
export type ListRenstraPeriodsInput = z.input<typeof listRenstraPeriodsInput>;

export type ListedRenstraPeriod = {
  id: string;
  startYear: number;
  endYear: number;
  visi: string;
  legalBasis: string | null;
  version: number;
};

export async function listRenstraPeriods(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ periods: ListedRenstraPeriod[] }> {
  const data = parseInput(listRenstraPeriodsInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const rows = await tx
      .select({
        id: renstraPeriod.id,
        startYear: renstraPeriod.startYear,
        endYear: renstraPeriod.endYear,
        visi: renstraPeriod.visi,
        legalBasis: renstraPeriod.legalBasis,
        version: renstraPeriod.version,
      })
      .from(renstraPeriod)
      .where(eq(renstraPeriod.agencyId, data.agencyId))
      .orderBy(desc(renstraPeriod.startYear));
    return { periods: rows };
  });
}
