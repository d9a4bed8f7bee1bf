/**
 * The people who may sign an agency's Perjanjian Kinerja (signPk checks the
 * same): as pihak pertama, the signatories of the agency's positions (the
 * Kepala Dinas, heads of units); as pihak kedua, those and the region's own
 * (the Bupati/Walikota/Gubernur, a position without an agency). Each with its
 * position, the unit it heads and the dates it held the position, so the
 * signing form offers the right names and the page names who signed.
 */
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { position, signatory } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';

export const listPkSignatoriesInput = z.strictObject({ agencyId: z.uuid() });
export type ListPkSignatoriesInput = z.input<typeof listPkSignatoriesInput>;

export type PkSignatory = {
  id: string;
  name: string;
  nip: string | null;
  rank: string | null;
  actingAs: string | null;
  positionTitle: string;
  /** The unit the position heads (null: the agency as a whole, or the region). */
  orgUnitId: string | null;
  /** false: the region's own (the regional head), who signs only as pihak kedua. */
  ofAgency: boolean;
  validFrom: string | null;
  validTo: string | null;
};

export async function listPkSignatories(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ signatories: PkSignatory[] }> {
  const data = parseInput(listPkSignatoriesInput, input);
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const rows = await tx
      .select({ signatory, position })
      .from(signatory)
      .innerJoin(position, eq(signatory.positionId, position.id))
      .where(
        and(
          eq(position.regionId, scope.regionId),
          or(eq(signatory.agencyId, data.agencyId), isNull(signatory.agencyId)),
        ),
      )
      .orderBy(asc(signatory.name), asc(signatory.id));
    return {
      signatories: rows.map(({ signatory: s, position: p }) => ({
        id: s.id,
        name: s.name,
        nip: s.nip,
        rank: s.rank,
        actingAs: s.actingAs,
        positionTitle: p.title,
        orgUnitId: p.orgUnitId,
        ofAgency: s.agencyId !== null,
        validFrom: s.validFrom,
        validTo: s.validTo,
      })),
    };
  });
}
