/** Submits a draft PK version for signing (draft → submitted). An empty PK (no target) cannot be submitted. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { pkTarget, pkVersion } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { withStoreErrors } from '../plan/store-errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  loadPkVersion,
  PK_VERSION,
  pkVersionResult,
  requireStatus,
  type PkVersionResult,
} from './pk-rows.ts';

export const submitPkInput = z.strictObject({
  pkVersionId: z.uuid(),
  version: z.number().int().min(1),
});
export type SubmitPkInput = z.input<typeof submitPkInput>;

export async function submitPk(ctx: ServiceContext, input: unknown): Promise<PkVersionResult> {
  const data = parseInput(submitPkInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const { version: row } = await loadPkVersion(tx, data.pkVersionId);
      await authorizeForAgency(tx, ctx, 'pk.submit', row.agencyId);
      requireStatus(row, ['draft'], { id: 'diajukan', en: 'submitted' });
      const [anyTarget] = await tx
        .select({ id: pkTarget.id })
        .from(pkTarget)
        .where(eq(pkTarget.pkVersionId, row.id))
        .limit(1);
      if (!anyTarget) {
        throw invalidState({
          id: 'Perjanjian Kinerja tanpa indikator dan target tidak dapat diajukan.',
          en: 'A Perjanjian Kinerja without indicators and targets cannot be submitted.',
        });
      }
      const updated = await updateVersioned(
        tx,
        pkVersion,
        row.id,
        data.version,
        { status: 'submitted' },
        PK_VERSION,
        ctx.now(),
      );
      const result = await pkVersionResult(tx, updated);
      await recordAudit(tx, ctx, {
        action: 'pk_version.submitted',
        entityTable: 'pk_version',
        entityId: row.id,
        agencyId: row.agencyId,
        before: { status: row.status, version: row.version },
        after: { status: updated.status, version: updated.version },
      });
      return result;
    }),
  );
}
