/**
 * Adds a sasaran strategis to a Renstra period: code and statement, its tujuan
 * (optional: some Renstra name none), the unit answerable for it (optional:
 * the agency as a whole) and the RPJMD sasaran daerah it supports.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { renstraPeriod, sasaranStrategis } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { fieldIssue, loadRow, WHAT } from './renstra-rows.ts';
import { checkOrgUnit, checkRpjmdSasaran, checkTujuan, replaceRpjmdLinks } from './sasaran-references.ts';
import { withStoreErrors } from './store-errors.ts';

export const addSasaranInput = z.strictObject({
  renstraPeriodId: z.uuid(),
  renstraTujuanId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  code: z.string().trim().min(1).max(40),
  statement: z.string().trim().min(1).max(2000),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
  rpjmdSasaranIds: z.array(z.uuid()).max(50).optional(),
});
export type AddSasaranInput = z.input<typeof addSasaranInput>;

export type SasaranResult = {
  id: string;
  renstraPeriodId: string;
  renstraTujuanId: string | null;
  orgUnitId: string | null;
  code: string;
  statement: string;
  sortOrder: number;
  rpjmdSasaranIds: string[];
  version: number;
};

export async function addSasaran(ctx: ServiceContext, input: unknown): Promise<SasaranResult> {
  const data = parseInput(addSasaranInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const period = await loadRow(tx, renstraPeriod, data.renstraPeriodId, WHAT.renstraPeriod);
      const scope = await authorizeForAgency(tx, ctx, 'plan.write', period.agencyId);
      if (data.renstraTujuanId !== undefined) {
        await checkTujuan(tx, data.renstraTujuanId, period.agencyId, period.id);
      }
      if (data.orgUnitId !== undefined) await checkOrgUnit(tx, data.orgUnitId, period.agencyId);
      const links = [...new Set(data.rpjmdSasaranIds ?? [])];
      await checkRpjmdSasaran(tx, links, scope.regionId);
      const taken = await tx
        .select({ id: sasaranStrategis.id })
        .from(sasaranStrategis)
        .where(and(eq(sasaranStrategis.renstraPeriodId, period.id), eq(sasaranStrategis.code, data.code)));
      if (taken.length > 0) {
        throw fieldIssue(
          'code',
          `kode sasaran "${data.code}" sudah dipakai`,
          `sasaran code "${data.code}" is taken`,
        );
      }
      const [row] = await tx
        .insert(sasaranStrategis)
        .values({
          agencyId: period.agencyId,
          renstraPeriodId: period.id,
          renstraTujuanId: data.renstraTujuanId ?? null,
          orgUnitId: data.orgUnitId ?? null,
          code: data.code,
          statement: data.statement,
          sortOrder: data.sortOrder ?? 0,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })
        .returning();
      const created = row!;
      await replaceRpjmdLinks(tx, created.id, created.agencyId, links, ctx.now());
      const result = sasaranResult(created, links);
      await recordAudit(tx, ctx, {
        action: 'sasaran_strategis.created',
        entityTable: 'sasaran_strategis',
        entityId: created.id,
        agencyId: created.agencyId,
        after: result,
      });
      return result;
    }),
  );
}

export function sasaranResult(
  row: typeof sasaranStrategis.$inferSelect,
  rpjmdSasaranIds: string[],
): SasaranResult {
  return {
    id: row.id,
    renstraPeriodId: row.renstraPeriodId,
    renstraTujuanId: row.renstraTujuanId,
    orgUnitId: row.orgUnitId,
    code: row.code,
    statement: row.statement,
    sortOrder: row.sortOrder,
    rpjmdSasaranIds,
    version: row.version,
  };
}
