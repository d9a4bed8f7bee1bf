/** Adds a sub kegiatan to a kegiatan; its code is the kegiatan's code plus `.NNNN` (1.06.02.2.01 → 1.06.02.2.01.0001). */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { kegiatan, orgUnit, subKegiatan } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import type { BudgetStructureResult } from './budget-structure-result.ts';
import { subKegiatanCodeError } from './permendagri-code.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const addSubKegiatanInput = z.strictObject({
  kegiatanId: z.uuid(),
  code: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(1000),
  orgUnitId: z.uuid().optional(),
});
export type AddSubKegiatanInput = z.input<typeof addSubKegiatanInput>;

export async function addSubKegiatan(ctx: ServiceContext, input: unknown): Promise<BudgetStructureResult> {
  const data = parseInput(addSubKegiatanInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const parent = await loadRow(tx, kegiatan, data.kegiatanId, WHAT.kegiatan);
      await authorizeForAgency(tx, ctx, 'plan.write', parent.agencyId);
      const codeError = subKegiatanCodeError(data.code, parent.code, 'code');
      if (codeError) throw validationError([codeError]);
      if (data.orgUnitId !== undefined) {
        await loadReference(tx, orgUnit, data.orgUnitId, parent.agencyId, 'orgUnitId', WHAT.orgUnit);
      }
      const taken = await tx
        .select({ id: subKegiatan.id })
        .from(subKegiatan)
        .where(and(eq(subKegiatan.kegiatanId, parent.id), eq(subKegiatan.code, data.code)));
      if (taken.length > 0) {
        throw fieldIssue(
          'code',
          `kode sub kegiatan "${data.code}" sudah ada`,
          `sub kegiatan code "${data.code}" exists`,
        );
      }
      const [row] = await tx
        .insert(subKegiatan)
        .values({
          agencyId: parent.agencyId,
          kegiatanId: parent.id,
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
        parentId: created.kegiatanId,
        code: created.code,
        name: created.name,
        orgUnitId: created.orgUnitId,
        version: created.version,
      };
      await recordAudit(tx, ctx, {
        action: 'sub_kegiatan.created',
        entityTable: 'sub_kegiatan',
        entityId: created.id,
        agencyId: created.agencyId,
        after: result,
      });
      return result;
    }),
  );
}
