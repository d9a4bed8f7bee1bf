/** The bytes of an evidence file, for download, with the name and type to serve them under. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { evidenceBlob, evidenceFile } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { evidenceInfo, type EvidenceInfo } from './add-evidence.ts';

export const getEvidenceContentInput = z.object({ evidenceId: z.uuid() });
export type GetEvidenceContentInput = z.input<typeof getEvidenceContentInput>;

export async function getEvidenceContent(
  ctx: ServiceContext,
  input: unknown,
): Promise<EvidenceInfo & { bytes: Uint8Array }> {
  const data = parseInput(getEvidenceContentInput, input);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ file: evidenceFile, content: evidenceBlob.content })
      .from(evidenceFile)
      .innerJoin(evidenceBlob, eq(evidenceBlob.sha256, evidenceFile.blobSha256))
      .where(eq(evidenceFile.id, data.evidenceId));
    if (!row) throw notFound({ id: 'Berkas bukti', en: 'Evidence file' });
    await authorizeForAgency(tx, ctx, 'agency.read', row.file.agencyId);
    return { ...evidenceInfo(row.file), bytes: new Uint8Array(row.content) };
  });
}
