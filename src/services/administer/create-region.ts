/**
 * Creates a region (pemda): a provinsi, or a kabupaten/kota under its
 * provinsi. Regions are set up by the system (first run, the demo loader,
 * the CLI) or by a provinsi's admin adding a kabupaten/kota of that
 * provinsi; an admin of one region never creates another region's peers.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { region } from '../../store/schema/index.ts';
import { REGION_KINDS, REGION_TIME_ZONES, type RegionKind } from '../../store/schema/enums.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { alreadyExists, forbidden, notFound } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';

/** Kemendagri region code: `13` (Sumatera Barat), `13.07` (Kab. Lima Puluh Kota). */
export const regionCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$/);

export const createRegionInput = z.strictObject({
  code: regionCode,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(REGION_KINDS),
  parentRegionId: z.uuid().nullable().optional(),
  timeZone: z.enum(REGION_TIME_ZONES).optional(),
});
export type CreateRegionInput = z.input<typeof createRegionInput>;

export type RegionResult = {
  id: string;
  code: string;
  name: string;
  kind: RegionKind;
  parentRegionId: string | null;
  timeZone: string;
  version: number;
};

export async function createRegion(ctx: ServiceContext, input: unknown): Promise<RegionResult> {
  const data = parseInput(createRegionInput, input);
  const parentRegionId = data.parentRegionId ?? null;
  if (data.kind === 'provinsi' && parentRegionId !== null)
    fieldError('parentRegionId', 'provinsi tidak mempunyai induk', 'a provinsi has no parent region');
  const isSystem = ctx.actor.userId === 'system';
  if (!isSystem && !(ctx.actor.role === 'admin' && parentRegionId === ctx.actor.regionId)) throw forbidden();

  return inTransaction(ctx, async (tx) => {
    if (parentRegionId !== null) {
      const [parent] = await tx.select().from(region).where(eq(region.id, parentRegionId));
      if (!parent) throw notFound({ id: 'Daerah induk', en: 'Parent region' });
      if (parent.kind !== 'provinsi')
        fieldError('parentRegionId', 'induk harus sebuah provinsi', 'the parent must be a provinsi');
    }
    const [taken] = await tx
      .select({ id: region.id })
      .from(region)
      .where(sql`lower(${region.code}) = lower(${data.code})`);
    if (taken)
      throw alreadyExists({ id: `Kode daerah ${data.code}`, en: `Region code ${data.code}` }, 'code');
    const [row] = await tx
      .insert(region)
      .values({
        code: data.code,
        name: data.name,
        kind: data.kind,
        parentRegionId,
        ...(data.timeZone === undefined ? {} : { timeZone: data.timeZone }),
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'region.created',
      entityTable: 'region',
      entityId: row.id,
      after: row,
    });
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      parentRegionId: row.parentRegionId,
      timeZone: row.timeZone,
      version: row.version,
    };
  });
}
