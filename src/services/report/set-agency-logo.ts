/**
 * Uploads (or replaces) an agency's logo for the LKjIP cover (agency-logo.ts
 * says what is accepted). An upload replaces the whole file, so it needs no
 * version; given one (the version the client read), a logo changed since is
 * a conflict and nothing changes. A final LKjIP keeps the logo it was sealed
 * with.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencyLogo, evidenceBlob } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { actorUserId } from '../record/record-inputs.ts';
import { conflictOnDuplicate } from '../record/unique-conflict.ts';
import { parseInput } from '../validate.ts';
import { checkLogo, logoInfo, LOGO_TEXTS, type AgencyLogoInfo } from './agency-logo.ts';

export const setAgencyLogoInput = z.strictObject({
  agencyId: z.uuid(),
  mimeType: z.string().trim().min(1),
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0, { message: 'berkas kosong' }),
  /** The version of the logo the client read (checked when given; 1 is never stale for a first upload). */
  version: z.number().int().positive().optional(),
});
export type SetAgencyLogoInput = z.input<typeof setAgencyLogoInput>;

export async function setAgencyLogo(ctx: ServiceContext, input: unknown): Promise<AgencyLogoInfo> {
  const data = parseInput(setAgencyLogoInput, input);
  const mimeType = checkLogo(data.mimeType, data.bytes);
  const bytes = new Uint8Array(data.bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'plan.write', data.agencyId);
    const [before] = await tx.select().from(agencyLogo).where(eq(agencyLogo.agencyId, data.agencyId));
    if (data.version !== undefined && before && before.version !== data.version) throw conflict(LOGO_TEXTS);
    const now = ctx.now();
    await tx
      .insert(evidenceBlob)
      .values({ sha256, sizeBytes: bytes.byteLength, content: bytes, createdAt: now })
      .onConflictDoNothing();
    const values = {
      blobSha256: sha256,
      mimeType,
      sizeBytes: bytes.byteLength,
      uploadedByUserId: actorUserId(ctx),
      updatedAt: now,
    };
    const [after] = before
      ? await tx
          .update(agencyLogo)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(agencyLogo.agencyId, data.agencyId), eq(agencyLogo.version, before.version)))
          .returning()
      : await conflictOnDuplicate(LOGO_TEXTS, () =>
          tx
            .insert(agencyLogo)
            .values({ ...values, agencyId: data.agencyId, createdAt: now })
            .returning(),
        );
    if (!after) throw conflict(LOGO_TEXTS);
    await recordAudit(tx, ctx, {
      action: before ? 'agency_logo.replaced' : 'agency_logo.uploaded',
      entityTable: 'agency_logo',
      entityId: data.agencyId,
      agencyId: data.agencyId,
      before: before ?? null,
      after,
    });
    return logoInfo(after, bytes);
  });
}
