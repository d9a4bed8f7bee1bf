/**
 * Attaches an evidence file (a document, a photo) to a realisation.
 *
 * - Larger than EVIDENCE_MAX_BYTES → 'too-large'; a type outside
 *   EVIDENCE_MIME_TYPES, a name whose extension is not of the declared type,
 *   or content that is not what it claims (sniffed, see evidence-type.ts) →
 *   'unsupported-type'. These are checked before the database is touched.
 * - The bytes are stored once per SHA-256 (evidence_blob); the file row
 *   (evidence_file) refers to them. Attaching the same content to the same
 *   realisation again returns the file already attached (`duplicate: true`)
 *   and writes nothing.
 * - Evidence is part of what is submitted: only a draft or returned
 *   realisation takes new files.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { EVIDENCE_MAX_BYTES, type EvidenceMimeType } from '../../store/schema/enums.ts';
import { evidenceBlob, evidenceFile, realisation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { evidenceTooLarge, evidenceUnsupported } from './evidence-errors.ts';
import { contentMatches, extensionMatches, isEvidenceMimeType } from './evidence-type.ts';
import { REALISATION_TEXTS, EDITABLE_STATUSES } from './realisation-input.ts';
import { actorUserId, optionalText } from './record-inputs.ts';
import { conflictOnDuplicate } from './unique-conflict.ts';

export const addEvidenceInput = z.object({
  realisationId: z.uuid(),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\]/.test(name), { message: 'nama berkas tidak boleh memuat / atau \\' }),
  mimeType: z.string().trim().min(1),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0, { message: 'berkas kosong' }),
  description: optionalText(1000),
});
export type AddEvidenceInput = z.input<typeof addEvidenceInput>;

export type EvidenceInfo = {
  id: string;
  realisationId: string;
  fileName: string;
  mimeType: EvidenceMimeType;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  version: number;
  createdAt: Date;
};

export function evidenceInfo(row: typeof evidenceFile.$inferSelect): EvidenceInfo {
  return {
    id: row.id,
    realisationId: row.realisationId,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.blobSha256,
    description: row.description,
    version: row.version,
    createdAt: row.createdAt,
  };
}

export async function addEvidence(
  ctx: ServiceContext,
  input: unknown,
): Promise<EvidenceInfo & { duplicate: boolean }> {
  const data = parseInput(addEvidenceInput, input);
  const size = data.bytes.byteLength;
  if (size > EVIDENCE_MAX_BYTES) throw evidenceTooLarge(size);
  const mimeType = data.mimeType.toLowerCase();
  if (!isEvidenceMimeType(mimeType))
    throw evidenceUnsupported('mimeType', {
      id: `jenis ${data.mimeType} tidak diterima`,
      en: `type ${data.mimeType} is not accepted`,
    });
  if (!extensionMatches(mimeType, data.fileName))
    throw evidenceUnsupported('fileName', {
      id: `nama "${data.fileName}" tidak sesuai dengan jenis ${mimeType}`,
      en: `the name "${data.fileName}" does not match the type ${mimeType}`,
    });
  if (!contentMatches(mimeType, data.bytes))
    throw evidenceUnsupported('bytes', {
      id: `isi berkas bukan ${mimeType}`,
      en: `the content is not ${mimeType}`,
    });
  const bytes = new Uint8Array(data.bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  return inTransaction(ctx, async (tx) => {
    const [owner] = await tx.select().from(realisation).where(eq(realisation.id, data.realisationId));
    if (!owner) throw notFound(REALISATION_TEXTS);
    await authorizeForAgency(tx, ctx, 'record.write', owner.agencyId);
    await assertPeriodOpen(tx, owner.agencyId, owner.year, owner.periodKind, owner.periodNo);
    if (!EDITABLE_STATUSES.includes(owner.status))
      throw invalidState({
        id: 'Bukti hanya dapat ditambahkan pada realisasi berstatus draf atau dikembalikan.',
        en: 'Evidence can be added only to a draft or returned realisation.',
      });
    const [already] = await tx
      .select()
      .from(evidenceFile)
      .where(and(eq(evidenceFile.realisationId, owner.id), eq(evidenceFile.blobSha256, sha256)));
    if (already) return { ...evidenceInfo(already), duplicate: true };

    const now = ctx.now();
    await tx
      .insert(evidenceBlob)
      .values({ sha256, sizeBytes: size, content: bytes, createdAt: now })
      .onConflictDoNothing();
    const [row] = await conflictOnDuplicate({ id: 'Berkas bukti', en: 'Evidence file' }, () =>
      tx
        .insert(evidenceFile)
        .values({
          agencyId: owner.agencyId,
          realisationId: owner.id,
          blobSha256: sha256,
          fileName: data.fileName,
          mimeType,
          sizeBytes: size,
          description: data.description,
          uploadedByUserId: actorUserId(ctx),
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    );
    await recordAudit(tx, ctx, {
      action: 'evidence.added',
      entityTable: 'evidence_file',
      entityId: row!.id,
      agencyId: owner.agencyId,
      after: row,
    });
    return { ...evidenceInfo(row!), duplicate: false };
  });
}
