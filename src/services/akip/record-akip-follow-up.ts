/**
 * The agency (operator or kepala) records its follow-up of an AKIP
 * recommendation: what was done, the status (belum, proses, selesai, tidak
 * dapat ditindaklanjuti) and the date. Stale `version` → conflict.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { FOLLOW_UP_STATUSES } from '../../store/schema/enums.ts';
import { akipRecommendation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound, validationError } from '../errors.ts';
import { optionalText } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { RECOMMENDATION } from './akip-evaluation-data.ts';

export const recordAkipFollowUpInput = z.strictObject({
  recommendationId: z.uuid(),
  version: z.number().int().min(1),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: optionalText(4000),
  date: z.iso.date().nullish(),
});
export type RecordAkipFollowUpInput = z.input<typeof recordAkipFollowUpInput>;

export async function recordAkipFollowUp(
  ctx: ServiceContext,
  input: unknown,
): Promise<{
  id: string;
  version: number;
  followUpStatus: string;
  followUpNote: string | null;
  followUpOn: string | null;
}> {
  const data = parseInput(recordAkipFollowUpInput, input);
  if (data.status !== 'belum' && data.note === null)
    throw validationError([
      { path: 'note', message: { id: 'tuliskan tindak lanjutnya', en: 'describe the follow-up' } },
    ]);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(akipRecommendation)
      .where(eq(akipRecommendation.id, data.recommendationId));
    if (!before) throw notFound(RECOMMENDATION);
    await authorizeForAgency(tx, ctx, 'akip.follow-up', before.agencyId);
    const after = await updateVersioned(
      tx,
      akipRecommendation,
      before.id,
      data.version,
      { followUpStatus: data.status, followUpNote: data.note, followUpOn: data.date ?? null },
      RECOMMENDATION,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'akip_recommendation.followed_up',
      entityTable: 'akip_recommendation',
      entityId: after.id,
      agencyId: after.agencyId,
      before,
      after,
    });
    return {
      id: after.id,
      version: after.version,
      followUpStatus: after.followUpStatus,
      followUpNote: after.followUpNote,
      followUpOn: after.followUpOn,
    };
  });
}
