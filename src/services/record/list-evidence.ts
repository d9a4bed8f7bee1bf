/** The evidence files of a realisation, oldest first (metadata only). */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { evidenceFile, realisation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { evidenceInfo, type EvidenceInfo } from './add-evidence.ts';
import { REALISATION_TEXTS } from './realisation-input.ts';

export const listEvidenceInput = z.object({ realisationId: z.uuid() });
export type ListEvidenceInput = z.input<typeof listEvidenceInput>;

export async function listEvidence(ctx: ServiceContext, input: unknown): Promise<EvidenceInfo[]> {
  const data = parseInput(listEvidenceInput, input);
  return inTransaction(ctx, async (tx) => {
    const [owner] = await tx
      .select({ agencyId: realisation.agencyId })
      .from(realisation)
      .where(eq(realisation.id, data.realisationId));
    if (!owner) throw notFound(REALISATION_TEXTS);
    await authorizeForAgency(tx, ctx, 'agency.read', owner.agencyId);
    const rows = await tx
      .select()
      .from(evidenceFile)
      .where(eq(evidenceFile.realisationId, data.realisationId))
      .orderBy(asc(evidenceFile.createdAt), asc(evidenceFile.fileName));
    return rows.map(evidenceInfo);
  });
}
