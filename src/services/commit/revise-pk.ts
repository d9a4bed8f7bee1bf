/**
 * Starts a Perubahan PK: from the latest version, once signed, a new version
 * n+1 of kind 'perubahan' in draft, with the signed version's targets and
 * budgets copied (then changed with updatePkTargets, submitted and signed
 * like the original). The signed version stays as it was: both are kept.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { pkBudget, pkTarget, pkVersion } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { withStoreErrors } from '../plan/store-errors.ts';
import { parseInput } from '../validate.ts';
import {
  latestVersionNumber,
  loadPkVersion,
  pkVersionResult,
  requireStatus,
  type PkVersionResult,
} from './pk-rows.ts';

export const revisePkInput = z.strictObject({
  /** The signed version to revise (the latest one). */
  pkVersionId: z.uuid(),
  /** Why, e.g. "APBD Perubahan 2024". */
  reason: z.string().trim().min(1).max(1000),
});
export type RevisePkInput = z.input<typeof revisePkInput>;

export async function revisePk(ctx: ServiceContext, input: unknown): Promise<PkVersionResult> {
  const data = parseInput(revisePkInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const { version: signed } = await loadPkVersion(tx, data.pkVersionId);
      await authorizeForAgency(tx, ctx, 'pk.write', signed.agencyId);
      requireStatus(signed, ['signed'], { id: 'direvisi', en: 'revised' });
      const latest = await latestVersionNumber(tx, signed.perjanjianKinerjaId);
      if (latest !== signed.number) {
        throw invalidState({
          id: `Sudah ada versi ${latest} setelah versi ${signed.number}; ubah versi terbaru itu.`,
          en: `Version ${latest} already follows version ${signed.number}; work on that latest version.`,
        });
      }
      const now = ctx.now();
      const [created] = await tx
        .insert(pkVersion)
        .values({
          agencyId: signed.agencyId,
          perjanjianKinerjaId: signed.perjanjianKinerjaId,
          number: signed.number + 1,
          kind: 'perubahan',
          status: 'draft',
          reason: data.reason,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const next = created!;
      const targets = await tx.select().from(pkTarget).where(eq(pkTarget.pkVersionId, signed.id));
      if (targets.length > 0) {
        await tx.insert(pkTarget).values(
          targets.map((t) => ({
            agencyId: t.agencyId,
            pkVersionId: next.id,
            indicatorId: t.indicatorId,
            value: t.value,
            low: t.low,
            high: t.high,
            grade: t.grade,
            sortOrder: t.sortOrder,
            createdAt: now,
            updatedAt: now,
          })),
        );
      }
      const budgets = await tx.select().from(pkBudget).where(eq(pkBudget.pkVersionId, signed.id));
      if (budgets.length > 0) {
        await tx.insert(pkBudget).values(
          budgets.map((b) => ({
            agencyId: b.agencyId,
            pkVersionId: next.id,
            programId: b.programId,
            kegiatanId: b.kegiatanId,
            subKegiatanId: b.subKegiatanId,
            amount: b.amount,
            sortOrder: b.sortOrder,
            createdAt: now,
            updatedAt: now,
          })),
        );
      }
      const result = await pkVersionResult(tx, next);
      await recordAudit(tx, ctx, {
        action: 'pk_version.revised',
        entityTable: 'pk_version',
        entityId: next.id,
        agencyId: next.agencyId,
        before: { revisedVersionId: signed.id, number: signed.number },
        after: result,
      });
      return result;
    }),
  );
}
