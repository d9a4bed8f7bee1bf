/**
 * Detaches an evidence file from a draft or returned realisation. The bytes
 * (evidence_blob) are kept: other files may share them, and the audit trail
 * refers to them; purging unreferenced blobs is an administrator's job.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { evidenceFile, realisation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, invalidState, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { EDITABLE_STATUSES } from './realisation-input.ts';

export const removeEvidenceInput = z.object({
  evidenceId: z.uuid(),
  version: z.number().int().positive(),
});
export type RemoveEvidenceInput = z.input<typeof removeEvidenceInput>;

const EVIDENCE_TEXTS = { id: 'Berkas bukti', en: 'Evidence file' };

export async function removeEvidence(ctx: ServiceContext, input: unknown): Promise<{ id: string }> {
  const data = parseInput(removeEvidenceInput, input);
  return inTransaction(ctx, async (tx) => {
    const [file] = await tx.select().from(evidenceFile).where(eq(evidenceFile.id, data.evidenceId));
    if (!file) throw notFound(EVIDENCE_TEXTS);
    await authorizeForAgency(tx, ctx, 'record.write', file.agencyId);
    const [owner] = await tx
      .select({
        status: realisation.status,
        year: realisation.year,
        periodKind: realisation.periodKind,
        periodNo: realisation.periodNo,
      })
      .from(realisation)
      .where(eq(realisation.id, file.realisationId));
    if (!owner || !EDITABLE_STATUSES.includes(owner.status))
      throw invalidState({
        id: 'Bukti hanya dapat dihapus dari realisasi berstatus draf atau dikembalikan.',
        en: 'Evidence can be removed only from a draft or returned realisation.',
      });
    await assertPeriodOpen(tx, file.agencyId, owner.year, owner.periodKind, owner.periodNo);
    const deleted = await tx
      .delete(evidenceFile)
      .where(and(eq(evidenceFile.id, file.id), eq(evidenceFile.version, data.version)))
      .returning({ id: evidenceFile.id });
    if (deleted.length === 0) throw conflict(EVIDENCE_TEXTS);
    await recordAudit(tx, ctx, {
      action: 'evidence.removed',
      entityTable: 'evidence_file',
      entityId: file.id,
      agencyId: file.agencyId,
      before: file,
    });
    return { id: file.id };
  });
}
