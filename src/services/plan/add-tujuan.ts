/**
 * Adds a tujuan to a Renstra period, under a misi when the Renstra says which
 * (optional: some Renstra state tujuan without tying them to a misi).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { renstraMisi, renstraPeriod, renstraTujuan } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const addTujuanInput = z.strictObject({
  renstraPeriodId: z.uuid(),
  renstraMisiId: z.uuid().optional(),
  code: z.string().trim().min(1).max(40),
  statement: z.string().trim().min(1).max(2000),
});
export type AddTujuanInput = z.input<typeof addTujuanInput>;

export type AddTujuanResult = {
  id: string;
  renstraPeriodId: string;
  renstraMisiId: string | null;
  code: string;
  statement: string;
  version: number;
};

export async function addTujuan(ctx: ServiceContext, input: unknown): Promise<AddTujuanResult> {
  const data = parseInput(addTujuanInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const period = await loadRow(tx, renstraPeriod, data.renstraPeriodId, WHAT.renstraPeriod);
      await authorizeForAgency(tx, ctx, 'plan.write', period.agencyId);
      if (data.renstraMisiId !== undefined) {
        const misi = await loadReference(
          tx,
          renstraMisi,
          data.renstraMisiId,
          period.agencyId,
          'renstraMisiId',
          WHAT.misi,
        );
        if (misi.renstraPeriodId !== period.id) {
          throw fieldIssue(
            'renstraMisiId',
            'misi ini milik periode Renstra lain',
            'this misi belongs to another Renstra period',
          );
        }
      }
      const taken = await tx
        .select({ id: renstraTujuan.id })
        .from(renstraTujuan)
        .where(and(eq(renstraTujuan.renstraPeriodId, period.id), eq(renstraTujuan.code, data.code)));
      if (taken.length > 0) {
        throw fieldIssue(
          'code',
          `kode tujuan "${data.code}" sudah dipakai`,
          `tujuan code "${data.code}" is taken`,
        );
      }
      const [row] = await tx
        .insert(renstraTujuan)
        .values({
          agencyId: period.agencyId,
          renstraPeriodId: period.id,
          renstraMisiId: data.renstraMisiId ?? null,
          code: data.code,
          statement: data.statement,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning();
      const created = row!;
      await recordAudit(tx, ctx, {
        action: 'renstra_tujuan.created',
        entityTable: 'renstra_tujuan',
        entityId: created.id,
        agencyId: created.agencyId,
        after: created,
      });
      return {
        id: created.id,
        renstraPeriodId: created.renstraPeriodId,
        renstraMisiId: created.renstraMisiId,
        code: created.code,
        statement: created.statement,
        version: created.version,
      };
    }),
  );
}
