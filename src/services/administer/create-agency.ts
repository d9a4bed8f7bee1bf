/** Creates an agency (OPD, perangkat daerah) in a region: the region's admin only. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agency, region } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { alreadyExists, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';

export const createAgencyInput = z.strictObject({
  regionId: z.uuid(),
  /** Permendagri 90/2019 unit code, e.g. `1.06.0.00.0.00.01.0000`. */
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]+([.][0-9A-Za-z]+)*$/),
  name: z.string().trim().min(1).max(300),
  shortName: z.string().trim().min(1).max(100).nullable().optional(),
  address: z.string().trim().min(1).max(500).nullable().optional(),
});

export type AgencyResult = {
  id: string;
  regionId: string;
  code: string;
  name: string;
  shortName: string | null;
  address: string | null;
  version: number;
};

export async function createAgency(ctx: ServiceContext, input: unknown): Promise<AgencyResult> {
  const data = parseInput(createAgencyInput, input);
  return inTransaction(ctx, async (tx) => {
    const [owner] = await tx.select({ id: region.id }).from(region).where(eq(region.id, data.regionId));
    if (!owner) throw notFound({ id: 'Daerah', en: 'Region' });
    authorize(ctx.actor, 'region.admin', { regionId: data.regionId, agencyId: null });
    const [taken] = await tx
      .select({ id: agency.id })
      .from(agency)
      .where(and(eq(agency.regionId, data.regionId), eq(agency.code, data.code)));
    if (taken)
      throw alreadyExists(
        { id: `Perangkat daerah berkode ${data.code}`, en: `An agency with code ${data.code}` },
        'code',
      );
    const [row] = await tx
      .insert(agency)
      .values({
        regionId: data.regionId,
        code: data.code,
        name: data.name,
        shortName: data.shortName ?? null,
        address: data.address ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'agency.created',
      entityTable: 'agency',
      entityId: row.id,
      agencyId: row.id,
      after: row,
    });
    return {
      id: row.id,
      regionId: row.regionId,
      code: row.code,
      name: row.name,
      shortName: row.shortName,
      address: row.address,
      version: row.version,
    };
  });
}
