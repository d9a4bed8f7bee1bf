/**
 * Sets an indicator's Renstra targets for years of its Renstra period (upsert
 * by year). Each target has the shape the polarity asks for: a value, a
 * range low/high, or a grade of the ordinal scale. Changing a year that
 * already has a target needs that target's `version` (a stale or missing one
 * is a conflict, nothing changed). A target of 0 is stored but returned with
 * a warning: capaian cannot be computed against 0 (src/domain/capaian.ts).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { indicator, indicatorTarget, renstraPeriod } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, notFound, validationError, type FieldError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  decimalInput,
  gradeInput,
  targetColumns,
  zeroTargetWarning,
  type TargetColumns,
  type Warning,
} from './measured-value.ts';
import { WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const setIndicatorTargetsInput = z.strictObject({
  indicatorId: z.uuid(),
  targets: z
    .array(
      z.strictObject({
        year: z.number().int().min(2000).max(2100),
        value: decimalInput.optional(),
        low: decimalInput.optional(),
        high: decimalInput.optional(),
        grade: gradeInput.optional(),
        /** The version read, when the year already has a target. */
        version: z.number().int().min(1).optional(),
      }),
    )
    .min(1)
    .max(20),
});
export type SetIndicatorTargetsInput = z.input<typeof setIndicatorTargetsInput>;

export type IndicatorTargetResult = TargetColumns & { id: string; year: number; version: number };

export type SetIndicatorTargetsResult = {
  indicatorId: string;
  targets: IndicatorTargetResult[];
  warnings: Warning[];
};

export const TARGET = { id: 'Target indikator', en: 'Indicator target' };

export function targetResult(row: typeof indicatorTarget.$inferSelect): IndicatorTargetResult {
  return {
    id: row.id,
    year: row.year,
    value: row.value,
    low: row.low,
    high: row.high,
    grade: row.grade,
    version: row.version,
  };
}

export async function setIndicatorTargets(
  ctx: ServiceContext,
  input: unknown,
): Promise<SetIndicatorTargetsResult> {
  const data = parseInput(setIndicatorTargetsInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const [found] = await tx
        .select({ indicator, startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
        .from(indicator)
        .innerJoin(renstraPeriod, eq(indicator.renstraPeriodId, renstraPeriod.id))
        .where(eq(indicator.id, data.indicatorId));
      if (!found) throw notFound(WHAT.indicator);
      const ind = found.indicator;
      await authorizeForAgency(tx, ctx, 'plan.write', ind.agencyId);

      const errors: FieldError[] = [];
      const warnings: Warning[] = [];
      const seen = new Set<number>();
      const planned = data.targets.map((t, i) => {
        const path = `targets[${i}]`;
        if (t.year < found.startYear || t.year > found.endYear) {
          errors.push({
            path: `${path}.year`,
            message: {
              id: `harus di dalam periode Renstra ${found.startYear}–${found.endYear}`,
              en: `must be within the Renstra period ${found.startYear}–${found.endYear}`,
            },
          });
        }
        if (seen.has(t.year)) {
          errors.push({
            path: `${path}.year`,
            message: { id: `tahun ${t.year} disebut dua kali`, en: `year ${t.year} is given twice` },
          });
        }
        seen.add(t.year);
        const shape = targetColumns(ind.polarity, ind.ordinalScale, t, path);
        errors.push(...shape.errors);
        const warning = zeroTargetWarning(ind.polarity, shape.columns, `${path}.value`);
        if (warning) warnings.push(warning);
        return { year: t.year, version: t.version, columns: shape.columns };
      });
      if (errors.length > 0) throw validationError(errors);

      const results: IndicatorTargetResult[] = [];
      for (const target of planned) {
        const [existing] = await tx
          .select()
          .from(indicatorTarget)
          .where(and(eq(indicatorTarget.indicatorId, ind.id), eq(indicatorTarget.year, target.year)));
        if (existing) {
          if (target.version === undefined) throw conflict(TARGET);
          const updated = await updateVersioned(
            tx,
            indicatorTarget,
            existing.id,
            target.version,
            target.columns,
            TARGET,
            ctx.now(),
          );
          await recordAudit(tx, ctx, {
            action: 'indicator_target.updated',
            entityTable: 'indicator_target',
            entityId: existing.id,
            agencyId: ind.agencyId,
            before: targetResult(existing),
            after: targetResult(updated),
          });
          results.push(targetResult(updated));
        } else {
          const [row] = await tx
            .insert(indicatorTarget)
            .values({
              agencyId: ind.agencyId,
              indicatorId: ind.id,
              year: target.year,
              ...target.columns,
              createdAt: ctx.now(),
              updatedAt: ctx.now(),
            })
            .returning();
          await recordAudit(tx, ctx, {
            action: 'indicator_target.created',
            entityTable: 'indicator_target',
            entityId: row!.id,
            agencyId: ind.agencyId,
            after: targetResult(row!),
          });
          results.push(targetResult(row!));
        }
      }
      results.sort((a, b) => a.year - b.year);
      return { indicatorId: ind.id, targets: results, warnings };
    }),
  );
}
