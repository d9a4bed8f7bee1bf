/** Creates an agency's Renstra period (five-year strategic plan): years and visi. */
import { and, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import { renstraPeriod, rpjmdPeriod } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { fieldIssue } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

const year = z.number().int().min(2000).max(2100);

export const createRenstraPeriodInput = z
  .strictObject({
    agencyId: z.uuid(),
    startYear: year,
    endYear: year,
    visi: z.string().trim().min(1).max(2000),
    legalBasis: z.string().trim().min(1).max(500).optional(),
    rpjmdPeriodId: z.uuid().optional(),
  })
  .refine((v) => v.endYear >= v.startYear, {
    path: ['endYear'],
    message: 'tahun akhir tidak boleh sebelum tahun awal / the end year must not precede the start year',
  });
export type CreateRenstraPeriodInput = z.input<typeof createRenstraPeriodInput>;

export type CreateRenstraPeriodResult = {
  id: string;
  agencyId: string;
  startYear: number;
  endYear: number;
  visi: string;
  version: number;
};

export async function createRenstraPeriod(
  ctx: ServiceContext,
  input: unknown,
): Promise<CreateRenstraPeriodResult> {
  const data = parseInput(createRenstraPeriodInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const scope = await authorizeForAgency(tx, ctx, 'plan.write', data.agencyId);
      const overlapping = await tx
        .select({ startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
        .from(renstraPeriod)
        .where(
          and(
            eq(renstraPeriod.agencyId, data.agencyId),
            lte(renstraPeriod.startYear, data.endYear),
            gte(renstraPeriod.endYear, data.startYear),
          ),
        );
      const other = overlapping[0];
      if (other) {
        throw fieldIssue(
          'startYear',
          `tumpang tindih dengan Renstra ${other.startYear}–${other.endYear}`,
          `overlaps the Renstra ${other.startYear}–${other.endYear}`,
        );
      }
      if (data.rpjmdPeriodId !== undefined) {
        const [rpjmd] = await tx
          .select({ regionId: rpjmdPeriod.regionId })
          .from(rpjmdPeriod)
          .where(eq(rpjmdPeriod.id, data.rpjmdPeriodId));
        if (!rpjmd || rpjmd.regionId !== scope.regionId) {
          throw fieldIssue(
            'rpjmdPeriodId',
            'RPJMD tidak ditemukan di daerah ini',
            'RPJMD not found in this region',
          );
        }
      }
      const [row] = await tx
        .insert(renstraPeriod)
        .values({
          agencyId: data.agencyId,
          startYear: data.startYear,
          endYear: data.endYear,
          visi: data.visi,
          legalBasis: data.legalBasis ?? null,
          rpjmdPeriodId: data.rpjmdPeriodId ?? null,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning();
      const created = row!;
      await recordAudit(tx, ctx, {
        action: 'renstra_period.created',
        entityTable: 'renstra_period',
        entityId: created.id,
        agencyId: created.agencyId,
        after: created,
      });
      return {
        id: created.id,
        agencyId: created.agencyId,
        startYear: created.startYear,
        endYear: created.endYear,
        visi: created.visi,
        version: created.version,
      };
    }),
  );
}
