/**
 * Changes an indicator's fields (those given; null clears an optional one).
 * Polarity and ordinal scale decide the shape of every target, so they can
 * change only while the indicator has no Renstra or PK target. Components are
 * set when the indicator is added (realisations refer to them); their
 * Data Sosial sources (`componentSources`, by component code; null unbinds)
 * may change, which makes the indicator fed by the Data Sosial or not
 * (social-binding.ts) and computes its realisations again. Stale `version` →
 * conflict, nothing changed.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  indicator,
  indicatorComponent,
  indicatorTarget,
  orgUnit,
  pkTarget,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { indicatorFields, indicatorShapeColumns, ordinalScaleInput } from './indicator-fields.ts';
import { feedSocialIndicators, periodYearsOf } from '../feed/social-feed.ts';
import { indicatorResult, type IndicatorResult } from './indicator-result.ts';
import { socialFeedOf, socialSourceInput } from './social-binding.ts';
import type { TargetShapeInput } from './measured-value.ts';
import { targetShapeInput } from './measured-value.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const updateIndicatorInput = z.strictObject({
  indicatorId: z.uuid(),
  version: z.number().int().min(1),
  orgUnitId: indicatorFields.orgUnitId.unwrap().nullable().optional(),
  code: indicatorFields.code.optional(),
  name: indicatorFields.name.optional(),
  definition: indicatorFields.definition.unwrap().nullable().optional(),
  formula: indicatorFields.formula.unwrap().nullable().optional(),
  unit: indicatorFields.unit.optional(),
  polarity: indicatorFields.polarity.optional(),
  ordinalScale: ordinalScaleInput.nullable().optional(),
  periodAggregation: indicatorFields.periodAggregation.optional(),
  reportingFrequency: indicatorFields.reportingFrequency,
  resultKind: indicatorFields.resultKind,
  dataSource: indicatorFields.dataSource.unwrap().nullable().optional(),
  isIku: indicatorFields.isIku,
  baselineYear: indicatorFields.baselineYear.unwrap().nullable().optional(),
  baseline: targetShapeInput.nullable().optional(),
  endTarget: targetShapeInput.nullable().optional(),
  sortOrder: indicatorFields.sortOrder,
  /** Data Sosial source per component code; null makes the component typed again. */
  componentSources: z.record(z.string(), socialSourceInput.nullable()).optional(),
});
export type UpdateIndicatorInput = z.input<typeof updateIndicatorInput>;

function stored(value: string | null, low: string | null, high: string | null, grade: string | null) {
  const shape: TargetShapeInput = {};
  if (value !== null) shape.value = value;
  if (low !== null) shape.low = low;
  if (high !== null) shape.high = high;
  if (grade !== null) shape.grade = grade;
  return Object.keys(shape).length === 0 ? null : shape;
}

/** Why polarity and ordinal scale are locked: every target's shape depends on them. */
export const SHAPE_LOCKED = {
  id: 'tidak dapat diubah karena indikator sudah memiliki target',
  en: 'cannot change once the indicator has targets',
};

export async function updateIndicator(ctx: ServiceContext, input: unknown): Promise<IndicatorResult> {
  const data = parseInput(updateIndicatorInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const before = await loadRow(tx, indicator, data.indicatorId, WHAT.indicator);
      await authorizeForAgency(tx, ctx, 'plan.write', before.agencyId);
      if (data.orgUnitId) {
        await loadReference(tx, orgUnit, data.orgUnitId, before.agencyId, 'orgUnitId', WHAT.orgUnit);
      }
      const polarity = data.polarity ?? before.polarity;
      const scaleChanged =
        data.ordinalScale !== undefined &&
        JSON.stringify(data.ordinalScale?.grades ?? null) !==
          JSON.stringify(before.ordinalScale?.grades ?? null);
      if (polarity !== before.polarity || scaleChanged) {
        const [renstraTarget] = await tx
          .select({ id: indicatorTarget.id })
          .from(indicatorTarget)
          .where(eq(indicatorTarget.indicatorId, before.id))
          .limit(1);
        const [committed] = await tx
          .select({ id: pkTarget.id })
          .from(pkTarget)
          .where(eq(pkTarget.indicatorId, before.id))
          .limit(1);
        if (renstraTarget || committed) {
          throw fieldIssue(
            polarity !== before.polarity ? 'polarity' : 'ordinalScale',
            SHAPE_LOCKED.id,
            SHAPE_LOCKED.en,
          );
        }
      }
      if (data.code !== undefined && data.code !== before.code) {
        const taken = await tx
          .select({ id: indicator.id, renstraPeriodId: indicator.renstraPeriodId })
          .from(indicator)
          .where(eq(indicator.code, data.code));
        if (taken.some((r) => r.renstraPeriodId === before.renstraPeriodId && r.id !== before.id)) {
          throw fieldIssue(
            'code',
            `kode indikator "${data.code}" sudah dipakai di Renstra ini`,
            `indicator code "${data.code}" is taken in this Renstra`,
          );
        }
      }
      const shape = indicatorShapeColumns({
        polarity,
        ordinalScale:
          data.ordinalScale !== undefined
            ? data.ordinalScale
            : before.ordinalScale
              ? { grades: before.ordinalScale.grades }
              : null,
        baseline:
          data.baseline !== undefined
            ? data.baseline
            : stored(before.baselineValue, null, null, before.baselineGrade),
        endTarget:
          data.endTarget !== undefined
            ? data.endTarget
            : stored(before.endTargetValue, before.endTargetLow, before.endTargetHigh, before.endTargetGrade),
      });
      const components = await tx
        .select()
        .from(indicatorComponent)
        .where(eq(indicatorComponent.indicatorId, before.id))
        .orderBy(indicatorComponent.sortOrder, indicatorComponent.code);
      const sources = data.componentSources ?? {};
      const unknown = Object.keys(sources).filter((code) => !components.some((c) => c.code === code));
      if (unknown.length > 0)
        throw fieldIssue(
          `componentSources.${unknown[0]!}`,
          `bukan komponen indikator ini (komponen: ${components.map((c) => c.code).join(', ') || '-'})`,
          `not a component of this indicator (components: ${components.map((c) => c.code).join(', ') || '-'})`,
        );
      const bound = components.map((c) => ({
        code: c.code,
        source: Object.hasOwn(sources, c.code) ? (sources[c.code] ?? null) : c.source,
      }));
      const formula = data.formula !== undefined ? data.formula : before.formula;
      const feed = socialFeedOf({
        formula,
        components: bound,
        currentFeed: before.feed,
        pathOf: (i) => `componentSources.${bound[i]!.code}`,
      });
      const updated = await updateVersioned(
        tx,
        indicator,
        before.id,
        data.version,
        {
          ...(data.orgUnitId !== undefined && { orgUnitId: data.orgUnitId }),
          ...(data.code !== undefined && { code: data.code }),
          ...(data.name !== undefined && { name: data.name }),
          ...(data.definition !== undefined && { definition: data.definition }),
          ...(data.formula !== undefined && { formula: data.formula }),
          ...(data.unit !== undefined && { unit: data.unit }),
          ...(data.polarity !== undefined && { polarity: data.polarity }),
          ...(data.periodAggregation !== undefined && { periodAggregation: data.periodAggregation }),
          ...(data.reportingFrequency !== undefined && { reportingFrequency: data.reportingFrequency }),
          ...(data.resultKind !== undefined && { resultKind: data.resultKind }),
          ...(data.dataSource !== undefined && { dataSource: data.dataSource }),
          ...(data.isIku !== undefined && { isIku: data.isIku }),
          ...(data.baselineYear !== undefined && { baselineYear: data.baselineYear }),
          ...(data.sortOrder !== undefined && { sortOrder: data.sortOrder }),
          ...(feed !== before.feed && { feed }),
          ...shape,
        },
        WHAT.indicator,
        ctx.now(),
      );
      const after = [];
      for (const c of components) {
        const source = bound.find((b) => b.code === c.code)!.source;
        if (JSON.stringify(source) === JSON.stringify(c.source)) {
          after.push(c);
          continue;
        }
        const [changed] = await tx
          .update(indicatorComponent)
          .set({ source, version: sql`${indicatorComponent.version} + 1`, updatedAt: ctx.now() })
          .where(eq(indicatorComponent.id, c.id))
          .returning();
        after.push(changed!);
      }
      const result = indicatorResult(updated, after);
      await recordAudit(tx, ctx, {
        action: 'indicator.updated',
        entityTable: 'indicator',
        entityId: before.id,
        agencyId: before.agencyId,
        before: indicatorResult(before, components),
        after: result,
      });
      if (feed === 'social')
        await feedSocialIndicators(tx, ctx, {
          agencyId: before.agencyId,
          years: await periodYearsOf(tx, before.renstraPeriodId),
          indicatorId: before.id,
        });
      return result;
    }),
  );
}
