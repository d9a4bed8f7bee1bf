/** Adds a program (Permendagri 90/2019 code urusan.bidang.program, e.g. 1.06.02) to a Renstra period. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orgUnit, program, renstraPeriod } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import type { BudgetStructureResult } from './budget-structure-result.ts';
import { programCodeError } from './permendagri-code.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const addProgramInput = z.strictObject({
  renstraPeriodId: z.uuid(),
  code: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(1000),
  orgUnitId: z.uuid().optional(),
});
export type AddProgramInput = z.input<typeof addProgramInput>;

export async function addProgram(ctx: ServiceContext, input: unknown): Promise<BudgetStructureResult> {
  const data = parseInput(addProgramInput, input);
  const codeError = programCodeError(data.code, 'code');
  if (codeError) throw validationError([codeError]);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const period = await loadRow(tx, renstraPeriod, data.renstraPeriodId, WHAT.renstraPeriod);
      await authorizeForAgency(tx, ctx, 'plan.write', period.agencyId);
      if (data.orgUnitId !== undefined) {
        await loadReference(tx, orgUnit, data.orgUnitId, period.agencyId, 'orgUnitId', WHAT.orgUnit);
      }
      const taken = await tx
        .select({ id: program.id })
        .from(program)
        .where(and(eq(program.renstraPeriodId, period.id), eq(program.code, data.code)));
      if (taken.length > 0) {
        throw fieldIssue(
          'code',
          `kode program "${data.code}" sudah ada`,
          `program code "${data.code}" exists`,
        );
      }
      const [row] = await tx
        .insert(program)
        .values({
          agencyId: period.agencyId,
          renstraPeriodId: period.id,
          code: data.code,
          name: data.name,
          orgUnitId: data.orgUnitId ?? null,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning();
      const created = row!;
      const result: BudgetStructureResult = {
        id: created.id,
        agencyId: created.agencyId,
        parentId: created.renstraPeriodId,
        code: created.code,
        name: created.name,
        orgUnitId: created.orgUnitId,
        version: created.version,
      };
      await recordAudit(tx, ctx, {
        action: 'program.created',
        entityTable: 'program',
        entityId: created.id,
        agencyId: created.agencyId,
        after: result,
      });
      return result;
    }),
  );
}
