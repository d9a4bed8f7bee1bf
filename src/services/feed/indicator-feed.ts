/**
 * Indicators fed by another module (docs/decisions/0011-indicator-feeds.md): an
 * indicator whose `feed` is `ikm` or `akip` takes its yearly realisation from
 * the IKM surveys or the evaluasi AKIP, computed by the domain engine, never
 * typed. Whenever that source changes, the use case that changed it calls
 * {@link feedIndicators} in the same transaction, which writes the value as
 * the indicator's realisation of the year (period `year` 1):
 *
 * - a value equal to the stored one changes nothing;
 * - a new or changed value is stored as `submitted` (entered by whoever
 *   entered the source data, waiting for the kepala's verification like any
 *   submitted realisation); a verified value that changes is submitted again;
 * - no value (no survey with data, an incomplete worksheet) leaves the stored
 *   realisation as it is (historical values stay);
 * - a year recorded per quarter or month, or a locked period, is skipped and
 *   reported, never overwritten.
 */
import { and, eq } from 'drizzle-orm';
import { roundHalfUp, toPlainDecimal } from '../../domain/numbers.ts';
import type { Database } from '../../store/database.ts';
import type { IndicatorFeed } from '../../store/schema/enums.ts';
import { indicator, realisation, renstraPeriod } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { lockInForce, quarterOf } from '../calendar/period-lock.ts';
import type { ServiceContext } from '../context.ts';
import { updateVersioned } from '../versioned-update.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

/** What happened to one fed indicator's realisation. */
export type FeedOutcome = {
  indicatorId: string;
  code: string;
  name: string;
  year: number;
  /** The value fed (decimal text), null when the source has none for the year. */
  value: string | null;
  outcome: 'written' | 'unchanged' | 'no-value' | 'other-periods' | 'locked';
};

/** Decimals kept of a computed value (the report prints 2; the rest keeps the grading honest). */
const FED_DECIMALS = 6;

/** A computed value as the decimal text stored in the realisation. */
export function fedValueText(value: number): string {
  return toPlainDecimal(roundHalfUp(value, FED_DECIMALS));
}

/** The agency's indicators fed by `feed` whose Renstra period covers `year`. */
export async function fedIndicators(
  tx: Database,
  agencyId: string,
  feed: IndicatorFeed,
  year: number,
): Promise<{ id: string; code: string; name: string }[]> {
  return tx
    .select({ id: indicator.id, code: indicator.code, name: indicator.name })
    .from(indicator)
    .innerJoin(renstraPeriod, eq(renstraPeriod.id, indicator.renstraPeriodId))
    .where(and(eq(indicator.agencyId, agencyId), eq(indicator.feed, feed), periodCoversYear(year)))
    .orderBy(indicator.code);
}

/**
 * Writes `value` as the year's realisation of every indicator of the agency
 * fed by `feed`; `note` says where it came from (kept with the realisation).
 */
export async function feedIndicators(
  tx: Database,
  ctx: ServiceContext,
  spec: { agencyId: string; feed: IndicatorFeed; year: number; value: number | null; note: string },
): Promise<FeedOutcome[]> {
  const targets = await fedIndicators(tx, spec.agencyId, spec.feed, spec.year);
  const value = spec.value === null ? null : fedValueText(spec.value);
  const outcomes: FeedOutcome[] = [];
  for (const target of targets) {
    const base = { indicatorId: target.id, code: target.code, name: target.name, year: spec.year, value };
    if (value === null) {
      outcomes.push({ ...base, outcome: 'no-value' });
      continue;
    }
    const rows = await tx
      .select()
      .from(realisation)
      .where(and(eq(realisation.indicatorId, target.id), eq(realisation.year, spec.year)));
    if (rows.some((r) => r.periodKind !== 'year')) {
      outcomes.push({ ...base, outcome: 'other-periods' });
      continue;
    }
    const existing = rows.find((r) => r.periodNo === 1) ?? null;
    const same =
      existing !== null &&
      existing.value !== null &&
      Number(existing.value) === Number(value) &&
      (existing.status === 'submitted' || existing.status === 'verified');
    if (same) {
      outcomes.push({ ...base, outcome: 'unchanged' });
      continue;
    }
    if (await lockInForce(tx, spec.agencyId, spec.year, 'realisation_quarter', quarterOf('year', 1))) {
      outcomes.push({ ...base, outcome: 'locked' });
      continue;
    }
    const now = ctx.now();
    const userId = ctx.actor.userId === 'system' ? null : ctx.actor.userId;
    const values = {
      value,
      grade: null,
      note: spec.note,
      status: 'submitted' as const,
      submittedByUserId: userId,
      submittedAt: now,
    };
    const what = { id: 'Realisasi', en: 'Realisation' };
    const after = existing
      ? await updateVersioned(tx, realisation, existing.id, existing.version, values, what, now)
      : (
          await tx
            .insert(realisation)
            .values({
              ...values,
              agencyId: spec.agencyId,
              indicatorId: target.id,
              year: spec.year,
              periodKind: 'year',
              periodNo: 1,
              enteredByUserId: userId,
              createdAt: now,
              updatedAt: now,
            })
            .returning()
        )[0]!;
    await recordAudit(tx, ctx, {
      action: 'realisation.fed',
      entityTable: 'realisation',
      entityId: after.id,
      agencyId: spec.agencyId,
      before: existing,
      after,
    });
    outcomes.push({ ...base, outcome: 'written' });
  }
  return outcomes;
}

/** Years of a Renstra period, for feeding every year after an indicator's feed is set. */
export async function periodYears(tx: Database, renstraPeriodId: string): Promise<number[]> {
  const [row] = await tx
    .select({ start: renstraPeriod.startYear, end: renstraPeriod.endYear })
    .from(renstraPeriod)
    .where(eq(renstraPeriod.id, renstraPeriodId));
  if (!row) return [];
  return Array.from({ length: row.end - row.start + 1 }, (_, i) => row.start + i);
}
