/**
 * Adds an organisation unit to an agency: the top unit (eselon II, the head
 * of agency) or a unit under one of the same agency's units. The region's
 * admin sets up the structure.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { orgUnit } from '../../store/schema/index.ts';
import { ECHELONS, type Echelon } from '../../store/schema/enums.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { fieldError, parseInput } from '../validate.ts';

export const createOrgUnitInput = z.strictObject({
  agencyId: z.uuid(),
  /** The unit above; null or absent for the agency's top unit. */
  parentId: z.uuid().nullable().optional(),
  name: z.string().trim().min(1).max(300),
  echelon: z.enum(ECHELONS),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export type OrgUnitResult = {
  id: string;
  agencyId: string;
  parentId: string | null;
  name: string;
  echelon: Echelon;
  sortOrder: number;
  version: number;
};

export async function createOrgUnit(ctx: ServiceContext, input: unknown): Promise<OrgUnitResult> {
  const data = parseInput(createOrgUnitInput, input);
  const parentId = data.parentId ?? null;
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'region.admin', data.agencyId);
    if (parentId === null) {
      const [top] = await tx
        .select({ id: orgUnit.id })
        .from(orgUnit)
        .where(and(eq(orgUnit.agencyId, data.agencyId), isNull(orgUnit.parentId)));
      if (top)
        fieldError(
          'parentId',
          'perangkat daerah ini sudah mempunyai unit teratas; pilih unit induk',
          'this agency already has a top unit; choose a parent unit',
        );
    } else {
      const [parent] = await tx
        .select({ id: orgUnit.id })
        .from(orgUnit)
        .where(and(eq(orgUnit.id, parentId), eq(orgUnit.agencyId, data.agencyId)));
      if (!parent)
        fieldError(
          'parentId',
          'unit induk tidak ada di perangkat daerah ini',
          'the parent unit is not in this agency',
        );
    }
    const [row] = await tx
      .insert(orgUnit)
      .values({
        agencyId: data.agencyId,
        parentId,
        name: data.name,
        echelon: data.echelon,
        sortOrder: data.sortOrder ?? 0,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'org_unit.created',
      entityTable: 'org_unit',
      entityId: row.id,
      agencyId: row.agencyId,
      after: row,
    });
    return {
      id: row.id,
      agencyId: row.agencyId,
      parentId: row.parentId,
      name: row.name,
      echelon: row.echelon,
      sortOrder: row.sortOrder,
      version: row.version,
    };
  });
}
