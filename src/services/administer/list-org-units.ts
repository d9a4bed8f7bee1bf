/**
 * An agency's organisation units (eselon II head, III bidang/sekretariat, IV
 * seksi/subbag), flat in tree order: parents before children, siblings by
 * their sort order then name. Anyone who may read the agency may read them.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orgUnit } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import type { OrgUnitResult } from './create-org-unit.ts';

export const listOrgUnitsInput = z.strictObject({ agencyId: z.uuid() });

/** A unit with its depth in the tree (0 = the agency's top unit). */
export type ListedOrgUnit = OrgUnitResult & { depth: number };

export async function listOrgUnits(ctx: ServiceContext, input: unknown): Promise<{ units: ListedOrgUnit[] }> {
  const data = parseInput(listOrgUnitsInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const rows = await tx
      .select()
      .from(orgUnit)
      .where(eq(orgUnit.agencyId, data.agencyId))
      .orderBy(asc(orgUnit.sortOrder), asc(orgUnit.name));
    const children = new Map<string | null, typeof rows>();
    for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
    const units: ListedOrgUnit[] = [];
    const visit = (parentId: string | null, depth: number) => {
      for (const row of children.get(parentId) ?? []) {
        units.push({
          id: row.id,
          agencyId: row.agencyId,
          parentId: row.parentId,
          name: row.name,
          echelon: row.echelon,
          sortOrder: row.sortOrder,
          version: row.version,
          depth,
        });
        visit(row.id, depth + 1);
      }
    };
    visit(null, 0);
    return { units };
  });
}
