/**
 * Indicators fed by the Data Sosial (docs/decisions/0012-social-data-feed.md),
 * the `social` kind of indicator feed (beside `ikm` and `akip`): each
 * component of such an indicator names the figure it takes (its `source`,
 * e.g. PPKS served, PPKS counted, recipients of PKH), and the indicator's
 * formula over its component codes makes the value (`served / total × 100`).
 *
 * Whenever the data or the binding change, the use case that changed them
 * calls {@link feedSocialIndicators} in the same transaction. For each
 * indicator of the agency fed by `social` whose Renstra period covers a year:
 * the components' values are the region's figures of that year
 * (src/services/social/social-figures.ts); the value is derived from them by
 * the domain (formula-derivation.ts, derived-realisasi.ts); both are written
 * as the indicator's realisation of the year (period `year` 1), as the
 * measurement reads any indicator computed from components:
 *
 * - the same value and components as stored change nothing;
 * - a new or changed value is stored as `submitted` (waiting for the kepala's
 *   verification, like any submitted realisation); a verified one that
 *   changes is submitted again;
 * - no value (a figure not recorded, a total of 0) leaves the stored
 *   realisation as it is;
 * - a year recorded per quarter or month, or a locked period, is skipped and
 *   reported, never overwritten.
 */
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { deriveRealisasi } from '../../domain/derived-realisasi.ts';
import { derivationFromFormula } from '../../domain/formula-derivation.ts';
import { toPlainDecimal } from '../../domain/numbers.ts';
import type { Database } from '../../store/database.ts';
import {
  indicator,
  indicatorComponent,
  realisation,
  realisationComponent,
  renstraPeriod,
} from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { lockInForce, quarterOf } from '../calendar/period-lock.ts';
import type { ServiceContext } from '../context.ts';
import { loadSocialYears } from '../social/load-social-years.ts';
import { componentFigure } from '../social/social-figures.ts';
import { updateVersioned } from '../versioned-update.ts';

export type SocialFeedOutcome = {
  indicatorId: string;
  code: string;
  year: number;
  /** The value derived (decimal text), null when the data do not give one. */
  value: string | null;
  outcome: 'written' | 'unchanged' | 'no-value' | 'other-periods' | 'locked';
};

type FedIndicator = { id: string; code: string; formula: string | null; startYear: number; endYear: number };

/** The note kept with a fed realisation (the grid shows it as the explanation). */
export function socialFeedNote(year: number): string {
  return `Dihitung dari Data Sosial ${year}`;
}

async function socialIndicators(
  tx: Database,
  agencyId: string,
  fromYear: number,
  toYear: number,
  indicatorId: string | undefined,
): Promise<FedIndicator[]> {
  return tx
    .select({
      id: indicator.id,
      code: indicator.code,
      formula: indicator.formula,
      startYear: renstraPeriod.startYear,
      endYear: renstraPeriod.endYear,
    })
    .from(indicator)
    .innerJoin(renstraPeriod, eq(renstraPeriod.id, indicator.renstraPeriodId))
    .where(
      and(
        eq(indicator.agencyId, agencyId),
        eq(indicator.feed, 'social'),
        lte(renstraPeriod.startYear, toYear),
        gte(renstraPeriod.endYear, fromYear),
        indicatorId === undefined ? undefined : eq(indicator.id, indicatorId),
      ),
    )
    .orderBy(indicator.code);
}

/**
 * Feeds the agency's `social` indicators for `years` (all of them, or only
 * `indicatorId` when its binding just changed).
 */
export async function feedSocialIndicators(
  tx: Database,
  ctx: ServiceContext,
  spec: { agencyId: string; years: readonly number[]; indicatorId?: string },
): Promise<SocialFeedOutcome[]> {
  if (spec.years.length === 0) return [];
  const fromYear = Math.min(...spec.years);
  const toYear = Math.max(...spec.years);
  const targets = await socialIndicators(tx, spec.agencyId, fromYear, toYear, spec.indicatorId);
  if (targets.length === 0) return [];
  const components = await tx
    .select()
    .from(indicatorComponent)
    .where(
      inArray(
        indicatorComponent.indicatorId,
        targets.map((t) => t.id),
      ),
    )
    .orderBy(indicatorComponent.sortOrder, indicatorComponent.code);
  const data = await loadSocialYears(tx, spec.agencyId, fromYear, toYear);
  const outcomes: SocialFeedOutcome[] = [];
  for (const year of [...new Set(spec.years)].sort()) {
    const rows = data.get(year)!;
    for (const target of targets) {
      if (year < target.startYear || year > target.endYear) continue;
      const mine = components.filter((c) => c.indicatorId === target.id);
      const derivation = derivationFromFormula(
        target.formula,
        mine.map((c) => c.code),
      );
      const numbers: Record<string, number | null> = {};
      for (const c of mine) numbers[c.code] = c.source === null ? null : componentFigure(c.source, rows);
      const derived = derivation === null ? null : deriveRealisasi(derivation, numbers);
      const base = { indicatorId: target.id, code: target.code, year };
      if (derived === null || derived.value === null) {
        outcomes.push({ ...base, value: null, outcome: 'no-value' });
        continue;
      }
      const value = toPlainDecimal(derived.value);
      outcomes.push({
        ...base,
        value,
        outcome: await writeFed(tx, ctx, spec.agencyId, target.id, year, value, mine, numbers),
      });
    }
  }
  return outcomes;
}

async function writeFed(
  tx: Database,
  ctx: ServiceContext,
  agencyId: string,
  indicatorId: string,
  year: number,
  value: string,
  components: (typeof indicatorComponent.$inferSelect)[],
  numbers: Record<string, number | null>,
): Promise<SocialFeedOutcome['outcome']> {
  const rows = await tx
    .select()
    .from(realisation)
    .where(and(eq(realisation.indicatorId, indicatorId), eq(realisation.year, year)));
  if (rows.some((r) => r.periodKind !== 'year')) return 'other-periods';
  const existing = rows.find((r) => r.periodNo === 1) ?? null;
  const wanted = components
    .filter((c) => numbers[c.code] !== null && numbers[c.code] !== undefined)
    .map((c) => ({ componentId: c.id, code: c.code, value: toPlainDecimal(numbers[c.code]!) }));
  const stored = existing
    ? await tx.select().from(realisationComponent).where(eq(realisationComponent.realisationId, existing.id))
    : [];
  const storedRecord = Object.fromEntries(
    stored.map((s) => [components.find((c) => c.id === s.indicatorComponentId)?.code ?? s.id, s.value]),
  );
  const wantedRecord = Object.fromEntries(wanted.map((w) => [w.code, w.value]));
  const sameComponents =
    stored.length === wanted.length && wanted.every((w) => Number(storedRecord[w.code]) === Number(w.value));
  if (
    existing !== null &&
    existing.value !== null &&
    Number(existing.value) === Number(value) &&
    sameComponents &&
    (existing.status === 'submitted' || existing.status === 'verified')
  )
    return 'unchanged';
  if (await lockInForce(tx, agencyId, year, 'realisation_quarter', quarterOf('year', 1))) return 'locked';

  const now = ctx.now();
  const userId = ctx.actor.userId === 'system' ? null : ctx.actor.userId;
  const values = {
    value,
    grade: null,
    note: socialFeedNote(year),
    status: 'submitted' as const,
    submittedByUserId: userId,
    submittedAt: now,
    returnedByUserId: null,
    returnedAt: null,
    returnReason: null,
    verifiedByUserId: null,
    verifiedAt: null,
  };
  const what = { id: 'Realisasi', en: 'Realisation' };
  const after = existing
    ? await updateVersioned(tx, realisation, existing.id, existing.version, values, what, now)
    : (
        await tx
          .insert(realisation)
          .values({
            ...values,
            agencyId,
            indicatorId,
            year,
            periodKind: 'year',
            periodNo: 1,
            enteredByUserId: userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning()
      )[0]!;
  await tx.delete(realisationComponent).where(eq(realisationComponent.realisationId, after.id));
  if (wanted.length > 0)
    await tx.insert(realisationComponent).values(
      wanted.map((w) => ({
        agencyId,
        realisationId: after.id,
        indicatorComponentId: w.componentId,
        value: w.value,
        createdAt: now,
        updatedAt: now,
      })),
    );
  await recordAudit(tx, ctx, {
    action: 'realisation.fed',
    entityTable: 'realisation',
    entityId: after.id,
    agencyId,
    before: existing ? { ...existing, components: storedRecord } : null,
    after: { ...after, components: wantedRecord },
  });
  return 'written';
}

/** The years of a Renstra period, to feed an indicator whose binding just changed. */
export async function periodYearsOf(tx: Database, renstraPeriodId: string): Promise<number[]> {
  const [row] = await tx
    .select({ start: renstraPeriod.startYear, end: renstraPeriod.endYear })
    .from(renstraPeriod)
    .where(eq(renstraPeriod.id, renstraPeriodId));
  if (!row) return [];
  return Array.from({ length: row.end - row.start + 1 }, (_, i) => row.start + i);
}
