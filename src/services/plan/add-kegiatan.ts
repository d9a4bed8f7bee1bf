/** Adds a kegiatan to a program; its code is the program's code plus `.N.NN` (1.06.02 → 1.06.02.2.01). */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { kegiatan, orgUnit, program } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import type { BudgetStructureResult } from './budget-structure-result.ts';
import { kegiatanCodeError } from './permendagri-code.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const addKegiatanInput = z.strictObject({
  programId: z.uuid(),
  code: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(1000),
  orgUnitId: z.uuid().optional(),
});
export type AddKegiatanInput = z.input<typeof addKegiatanInput>;

export async function addKegiatan(ctx: ServiceContext, input: unknown): Promise<BudgetStructureResult> {
  const data = parseInput(addKegiatanInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const parent = await loadRow(tx, program, data.programId, WHAT.program);
      await authorizeForAgency(tx, ctx, 'plan.write', parent.agencyId);
      const codeError = kegiatanCodeError(data.code, parent.code, 'code');
      if (codeError) throw validationError([codeError]);
      if (data.orgUnitId !== undefined) {
        await loadReference(tx, orgUnit, data.orgUnitId, parent.agencyId, 'orgUnitId', WHAT.orgUnit);
      }
      const taken = await tx
        .select({ id: kegiatan.id })
        .from(kegiatan)
        .where(and(eq(kegiatan.programId, parent.id), eq(kegiatan.code, data.code)));
      if (taken.length > 0) {
        throw fieldIssue(
          'code',
          `kode kegiatan "${data.code}" sudah ada`,
          `kegiatan code "${data.code}" exists`,
        );
      }
      const [row] = await tx
        .insert(kegiatan)
        .values({
          agencyId: parent.agencyId,
          programId: parent.id,
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
        parentId: created.programId,
        code: created.code,
        name: created.name,
        orgUnitId: created.orgUnitId,
        version: created.version,
      };
      await recordAudit(tx, ctx, {
        action: 'kegiatan.created',
        entityTable: 'kegiatan',
        entityId: created.id,
        agencyId: created.agencyId,
        after: result,
      });
      return result;
    }),
  );
}
