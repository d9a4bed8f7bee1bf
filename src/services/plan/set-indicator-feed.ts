/**
 * Marks an indicator as fed by the IKM surveys (`ikm`) or the evaluasi AKIP
 * (`akip`), or clears the mark (null): a fed indicator's yearly realisation
 * is computed from that source, never typed (docs/decisions/0011-indicator-feeds.md).
 * Setting the mark feeds every year of the indicator's Renstra period whose
 * source has a value, at once. Stale `version` → conflict, nothing changed.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { indicator } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { feedAkipYear } from '../akip/akip-evaluation-data.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound, validationError } from '../errors.ts';
import { periodYears, type FeedOutcome } from '../feed/indicator-feed.ts';
import { feedIkmYear } from '../ikm/ikm-survey-data.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';

export const setIndicatorFeedInput = z.strictObject({
  indicatorId: z.uuid(),
  version: z.number().int().min(1),
  /** `social` is not set here: it follows the components' Data Sosial sources (social-binding.ts). */
  feed: z.enum(['ikm', 'akip']).nullable(),
});
export type SetIndicatorFeedInput = z.input<typeof setIndicatorFeedInput>;

const WHAT = { id: 'Indikator', en: 'Indicator' };

export async function setIndicatorFeed(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ id: string; version: number; feed: string | null; fed: FeedOutcome[] }> {
  const data = parseInput(setIndicatorFeedInput, input);
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(indicator).where(eq(indicator.id, data.indicatorId));
    if (!before) throw notFound(WHAT);
    await authorizeForAgency(tx, ctx, 'plan.write', before.agencyId);
    if (before.feed === 'social')
      throw validationError([
        {
          path: 'feed',
          message: {
            id: 'indikator ini dihitung dari Data Sosial; ubah sumber komponennya pada Renstra',
            en: "this indicator is computed from Data Sosial; change its components' sources in the Renstra",
          },
        },
      ]);
    const after = await updateVersioned(
      tx,
      indicator,
      before.id,
      data.version,
      { feed: data.feed },
      WHAT,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'indicator.feed_set',
      entityTable: 'indicator',
      entityId: after.id,
      agencyId: after.agencyId,
      before: { feed: before.feed },
      after: { feed: after.feed },
    });
    const fed: FeedOutcome[] = [];
    if (data.feed !== null && data.feed !== before.feed)
      for (const year of await periodYears(tx, after.renstraPeriodId)) {
        const outcomes =
          data.feed === 'ikm'
            ? await feedIkmYear(tx, ctx, after.agencyId, year)
            : await feedAkipYear(tx, ctx, after.agencyId, year);
        fed.push(...outcomes.filter((o) => o.indicatorId === after.id && o.outcome !== 'no-value'));
      }
    return { id: after.id, version: after.version, feed: after.feed, fed };
  });
}
