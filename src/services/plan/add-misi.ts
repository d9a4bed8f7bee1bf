/** Adds a misi to a Renstra period (numbered as the Renstra numbers them). */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { renstraMisi, renstraPeriod } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { fieldIssue, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const addMisiInput = z.strictObject({
  renstraPeriodId: z.uuid(),
  number: z.number().int().min(1).max(99),
  statement: z.string().trim().min(1).max(2000),
});
export type AddMisiInput = z.input<typeof addMisiInput>;

export type AddMisiResult = {
  id: string;
  renstraPeriodId: string;
  number: number;
  statement: string;
  version: number;
};

export async function addMisi(ctx: ServiceContext, input: unknown): Promise<AddMisiResult> {
  const data = parseInput(addMisiInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const period = await loadRow(tx, renstraPeriod, data.renstraPeriodId, WHAT.renstraPeriod);
      await authorizeForAgency(tx, ctx, 'plan.write', period.agencyId);
      const taken = await tx
        .select({ id: renstraMisi.id })
        .from(renstraMisi)
        .where(and(eq(renstraMisi.renstraPeriodId, period.id), eq(renstraMisi.number, data.number)));
      if (taken.length > 0) {
        throw fieldIssue('number', `misi ke-${data.number} sudah ada`, `misi ${data.number} already exists`);
      }
      const [row] = await tx
        .insert(renstraMisi)
        .values({
          agencyId: period.agencyId,
          renstraPeriodId: period.id,
          number: data.number,
          statement: data.statement,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning();
      const created = row!;
      await recordAudit(tx, ctx, {
        action: 'renstra_misi.created',
        entityTable: 'renstra_misi',
        entityId: created.id,
        agencyId: created.agencyId,
        after: created,
      });
      return {
        id: created.id,
        renstraPeriodId: created.renstraPeriodId,
        number: created.number,
        statement: created.statement,
        version: created.version,
      };
    }),
  );
}
