/**
 * Sets how capaian is measured for a region, or for one agency overriding
 * its region, from a year on (table measurement_setting): the scale preset
 * (or a custom scale), how indicator capaian make a sasaran's, the formula
 * for negative polarity, and an optional cap applied before averaging.
 *
 * One row per scope and `fromYear`: the first call creates it; changing it
 * later names the version read (a stale version is a conflict).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { parseNumber, roundedDecimalText } from '../../domain/numbers.ts';
import { measurementSetting, region } from '../../store/schema/index.ts';
import {
  NEGATIVE_FORMULAS,
  SASARAN_AGGREGATIONS,
  SCALE_PRESETS,
  type NegativeFormula,
  type SasaranAggregation,
  type ScalePreset,
} from '../../store/schema/enums.ts';
import type { CustomScaleBand } from '../../store/schema/settings.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';

/** A number as people type it ("120", "72,5") → exact decimal text ("120", "72.5"). */
const decimalText = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const parsed = parseNumber(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `bukan angka yang sah / not a valid number: ${parsed.reason}` });
    return z.NEVER;
  }
  return roundedDecimalText(parsed.value, parsed.decimals);
});

const band = z.strictObject({
  label: z.string().trim().min(1).max(60),
  min: decimalText.nullable(),
  max: decimalText.nullable(),
  minInclusive: z.boolean(),
  maxInclusive: z.boolean(),
});

export const setMeasurementSettingInput = z.strictObject({
  regionId: z.uuid().optional(),
  agencyId: z.uuid().optional(),
  fromYear: z.number().int().min(2000).max(2100),
  scalePreset: z.enum(SCALE_PRESETS),
  customScale: z.array(band).min(2).max(10).optional(),
  sasaranAggregation: z.enum(SASARAN_AGGREGATIONS).optional(),
  negativeFormula: z.enum(NEGATIVE_FORMULAS).optional(),
  /** Cap on each capaian before averaging (≥ 100), or null for none. */
  capaianCap: decimalText.nullable().optional(),
  /** The version read, when changing an existing setting. */
  version: z.number().int().min(1).optional(),
});

export type MeasurementSettingResult = {
  id: string;
  regionId: string | null;
  agencyId: string | null;
  fromYear: number;
  scalePreset: ScalePreset;
  customScale: CustomScaleBand[] | null;
  sasaranAggregation: SasaranAggregation;
  negativeFormula: NegativeFormula;
  capaianCap: string | null;
  version: number;
};

const what = { id: 'Pengaturan pengukuran', en: 'Measurement setting' };

export async function setMeasurementSetting(
  ctx: ServiceContext,
  input: unknown,
): Promise<MeasurementSettingResult> {
  const data = parseInput(setMeasurementSettingInput, input);
  if ((data.regionId === undefined) === (data.agencyId === undefined))
    fieldError(
      'regionId',
      'isi tepat satu: regionId atau agencyId',
      'give exactly one: regionId or agencyId',
    );
  if (data.scalePreset === 'custom' && data.customScale === undefined)
    fieldError('customScale', 'wajib diisi untuk skala custom', 'required for a custom scale');
  if (data.scalePreset !== 'custom' && data.customScale !== undefined)
    fieldError('customScale', 'hanya untuk skala custom', 'only for a custom scale');
  data.customScale?.forEach((b, i) => {
    if (b.min !== null && b.max !== null && Number(b.min) > Number(b.max))
      fieldError(
        `customScale[${i}].min`,
        'batas bawah melebihi batas atas',
        'the lower bound exceeds the upper',
      );
  });
  const cap = data.capaianCap ?? null;
  if (cap !== null && Number(cap) < 100)
    fieldError('capaianCap', 'batas capaian minimal 100', 'the cap must be at least 100');

  return inTransaction(ctx, async (tx) => {
    if (data.agencyId !== undefined) {
      await authorizeForAgency(tx, ctx, 'region.admin', data.agencyId);
    } else {
      const regionId = data.regionId!;
      const [owner] = await tx.select({ id: region.id }).from(region).where(eq(region.id, regionId));
      if (!owner) throw notFound({ id: 'Daerah', en: 'Region' });
      authorize(ctx.actor, 'region.admin', { regionId, agencyId: null });
    }
    const scope =
      data.agencyId !== undefined
        ? and(eq(measurementSetting.agencyId, data.agencyId), isNull(measurementSetting.regionId))
        : and(eq(measurementSetting.regionId, data.regionId!), isNull(measurementSetting.agencyId));
    const [existing] = await tx
      .select()
      .from(measurementSetting)
      .where(and(scope, eq(measurementSetting.fromYear, data.fromYear)));
    const values = {
      scalePreset: data.scalePreset,
      customScale: data.customScale ?? null,
      sasaranAggregation: data.sasaranAggregation ?? 'mean',
      negativeFormula: data.negativeFormula ?? 'two_minus_ratio',
      capaianCap: cap,
    } as const;

    let row: typeof measurementSetting.$inferSelect;
    if (existing) {
      // Changing a setting without naming the version read would overwrite someone's change unseen.
      if (data.version === undefined) throw conflict(what);
      row = await updateVersioned(tx, measurementSetting, existing.id, data.version, values, what, ctx.now());
    } else {
      if (data.version !== undefined) throw notFound(what);
      const [inserted] = await tx
        .insert(measurementSetting)
        .values({
          regionId: data.regionId ?? null,
          agencyId: data.agencyId ?? null,
          fromYear: data.fromYear,
          ...values,
        })
        .returning();
      if (!inserted) throw new Error('insert returned no row');
      row = inserted;
    }
    await recordAudit(tx, ctx, {
      action: existing ? 'measurement_setting.updated' : 'measurement_setting.created',
      entityTable: 'measurement_setting',
      entityId: row.id,
      agencyId: row.agencyId,
      before: existing ?? null,
      after: row,
    });
    return {
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
    };
  });
}
