/**
 * How a region measures capaian: its own settings (one per `fromYear`) and
 * its agencies' overrides, oldest year first, for the administration page.
 * Anyone of the region may read them (they decide every predikat they see);
 * an agency-bound user sees the region's settings and their own agency's.
 */
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { agency, measurementSetting } from '../../store/schema/index.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { parseInput } from '../validate.ts';
import type { MeasurementSettingResult } from './set-measurement-setting.ts';

export const listMeasurementSettingsInput = z.strictObject({ regionId: z.uuid() });

export async function listMeasurementSettings(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ settings: MeasurementSettingResult[] }> {
  const data = parseInput(listMeasurementSettingsInput, input);
  if (ctx.actor.regionId !== data.regionId) throw forbidden();
  return inTransaction(ctx, async (tx) => {
    const agencies =
      ctx.actor.agencyId !== null
        ? eq(measurementSetting.agencyId, ctx.actor.agencyId)
        : inArray(
            measurementSetting.agencyId,
            tx.select({ id: agency.id }).from(agency).where(eq(agency.regionId, data.regionId)),
          );
    const rows = await tx
      .select()
      .from(measurementSetting)
      .where(
        or(
          and(eq(measurementSetting.regionId, data.regionId), isNull(measurementSetting.agencyId)),
          agencies,
        ),
      )
      .orderBy(asc(measurementSetting.fromYear), asc(measurementSetting.agencyId));
    return {
      settings: rows.map((row) => ({
        id: row.id,
        regionId: row.regionId,
        agencyId: row.agencyId,
        fromYear: row.fromYear,
        scalePreset: row.scalePreset,
        customScale: row.customScale,
        sasaranAggregation: row.sasaranAggregation,
        negativeFormula: row.negativeFormula,
        capaianCap: row.capaianCap,
        version: row.version,
      })),
    };
  });
}
