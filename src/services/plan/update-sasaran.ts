/**
 * Changes a sasaran strategis: the fields given (null clears the tujuan or the
 * unit); `rpjmdSasaranIds`, when given, replaces its RPJMD links. Stale
 * `version` → conflict, nothing changed.
 */
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { sasaranRpjmdLink, sasaranStrategis } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { sasaranResult, type SasaranResult } from './add-sasaran.ts';
import { fieldIssue, loadRow, WHAT } from './renstra-rows.ts';
import { checkOrgUnit, checkRpjmdSasaran, checkTujuan, replaceRpjmdLinks } from './sasaran-references.ts';
import { withStoreErrors } from './store-errors.ts';

export const updateSasaranInput = z.strictObject({
  sasaranId: z.uuid(),
  version: z.number().int().min(1),
  renstraTujuanId: z.uuid().nullable().optional(),
  orgUnitId: z.uuid().nullable().optional(),
  code: z.string().trim().min(1).max(40).optional(),
  statement: z.string().trim().min(1).max(2000).optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  rpjmdSasaranIds: z.array(z.uuid()).max(50).optional(),
});
export type UpdateSasaranInput = z.input<typeof updateSasaranInput>;

export async function updateSasaran(ctx: ServiceContext, input: unknown): Promise<SasaranResult> {
  const data = parseInput(updateSasaranInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const before = await loadRow(tx, sasaranStrategis, data.sasaranId, WHAT.sasaran);
      const scope = await authorizeForAgency(tx, ctx, 'plan.write', before.agencyId);
      if (data.renstraTujuanId) {
        await checkTujuan(tx, data.renstraTujuanId, before.agencyId, before.renstraPeriodId);
      }
      if (data.orgUnitId) await checkOrgUnit(tx, data.orgUnitId, before.agencyId);
      if (data.code !== undefined && data.code !== before.code) {
        const taken = await tx
          .select({ id: sasaranStrategis.id })
          .from(sasaranStrategis)
          .where(
            and(
              eq(sasaranStrategis.renstraPeriodId, before.renstraPeriodId),
              eq(sasaranStrategis.code, data.code),
              ne(sasaranStrategis.id, before.id),
            ),
          );
        if (taken.length > 0) {
          throw fieldIssue(
            'code',
            `kode sasaran "${data.code}" sudah dipakai`,
            `sasaran code "${data.code}" is taken`,
          );
        }
      }
      const links = data.rpjmdSasaranIds === undefined ? undefined : [...new Set(data.rpjmdSasaranIds)];
      if (links !== undefined) await checkRpjmdSasaran(tx, links, scope.regionId);

      const beforeLinks = (
        await tx
          .select({ id: sasaranRpjmdLink.rpjmdSasaranId })
          .from(sasaranRpjmdLink)
          .where(eq(sasaranRpjmdLink.sasaranStrategisId, before.id))
      ).map((r) => r.id);
      const updated = await updateVersioned(
        tx,
        sasaranStrategis,
        before.id,
        data.version,
        {
          ...(data.renstraTujuanId !== undefined && { renstraTujuanId: data.renstraTujuanId }),
          ...(data.orgUnitId !== undefined && { orgUnitId: data.orgUnitId }),
          ...(data.code !== undefined && { code: data.code }),
          ...(data.statement !== undefined && { statement: data.statement }),
          ...(data.sortOrder !== undefined && { sortOrder: data.sortOrder }),
        },
        WHAT.sasaran,
        ctx.now(),
      );
      if (links !== undefined) await replaceRpjmdLinks(tx, before.id, before.agencyId, links, ctx.now());
      const result = sasaranResult(updated, links ?? beforeLinks);
      await recordAudit(tx, ctx, {
        action: 'sasaran_strategis.updated',
        entityTable: 'sasaran_strategis',
        entityId: before.id,
        agencyId: before.agencyId,
        before: sasaranResult(before, beforeLinks),
        after: result,
      });
      return result;
    }),
  );
}
