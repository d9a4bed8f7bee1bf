/**
 * Adds an indicator to its owner — a sasaran strategis (IKU and other
 * sasaran indicators), a tujuan, or a program, kegiatan or sub kegiatan (their
 * outcome/output indicators) — with its definition, formula text, components,
 * unit, polarity (and ordinal scale), period aggregation, reporting
 * frequency, data source, IKU flag, baseline and end target.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import {
  indicator,
  indicatorComponent,
  kegiatan,
  orgUnit,
  program,
  renstraTujuan,
  sasaranStrategis,
  subKegiatan,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound, validationError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import {
  componentInput,
  defaultResultKind,
  indicatorFields,
  indicatorShapeColumns,
  INDICATOR_OWNERS,
  type IndicatorOwner,
} from './indicator-fields.ts';
import { feedSocialIndicators, periodYearsOf } from '../feed/social-feed.ts';
import { indicatorResult, type IndicatorResult } from './indicator-result.ts';
import { socialFeedOf } from './social-binding.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const addIndicatorInput = z
  .strictObject({
    renstraTujuanId: z.uuid().optional(),
    sasaranStrategisId: z.uuid().optional(),
    programId: z.uuid().optional(),
    kegiatanId: z.uuid().optional(),
    subKegiatanId: z.uuid().optional(),
    ...indicatorFields,
    components: z
      .array(componentInput)
      .max(20)
      .refine((list) => new Set(list.map((c) => c.code)).size === list.length, {
        message: 'kode komponen tidak boleh berulang / component codes must not repeat',
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    const given = INDICATOR_OWNERS.filter((k) => v[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['sasaranStrategisId'],
        message:
          'isi tepat satu pemilik: renstraTujuanId, sasaranStrategisId, programId, kegiatanId atau subKegiatanId / ' +
          'give exactly one owner: renstraTujuanId, sasaranStrategisId, programId, kegiatanId or subKegiatanId',
      });
    }
  });
export type AddIndicatorInput = z.input<typeof addIndicatorInput>;

type Owner = { field: IndicatorOwner; id: string; agencyId: string; renstraPeriodId: string };

async function resolveOwner(tx: Database, field: IndicatorOwner, id: string): Promise<Owner> {
  switch (field) {
    case 'renstraTujuanId': {
      const row = await loadRow(tx, renstraTujuan, id, WHAT.tujuan);
      return { field, id, agencyId: row.agencyId, renstraPeriodId: row.renstraPeriodId };
    }
    case 'sasaranStrategisId': {
      const row = await loadRow(tx, sasaranStrategis, id, WHAT.sasaran);
      return { field, id, agencyId: row.agencyId, renstraPeriodId: row.renstraPeriodId };
    }
    case 'programId': {
      const row = await loadRow(tx, program, id, WHAT.program);
      return { field, id, agencyId: row.agencyId, renstraPeriodId: row.renstraPeriodId };
    }
    case 'kegiatanId': {
      const [row] = await tx
        .select({ agencyId: kegiatan.agencyId, renstraPeriodId: program.renstraPeriodId })
        .from(kegiatan)
        .innerJoin(program, eq(kegiatan.programId, program.id))
        .where(eq(kegiatan.id, id));
      if (!row) throw notFound(WHAT.kegiatan);
      return { field, id, ...row };
    }
    case 'subKegiatanId': {
      const [row] = await tx
        .select({ agencyId: subKegiatan.agencyId, renstraPeriodId: program.renstraPeriodId })
        .from(subKegiatan)
        .innerJoin(kegiatan, eq(subKegiatan.kegiatanId, kegiatan.id))
        .innerJoin(program, eq(kegiatan.programId, program.id))
        .where(eq(subKegiatan.id, id));
      if (!row) throw notFound(WHAT.subKegiatan);
      return { field, id, ...row };
    }
  }
}

export async function addIndicator(ctx: ServiceContext, input: unknown): Promise<IndicatorResult> {
  const data = parseInput(addIndicatorInput, input);
  const field = INDICATOR_OWNERS.find((k) => data[k] !== undefined)!;
  const shape = indicatorShapeColumns(data);
  const feed = socialFeedOf({
    formula: data.formula ?? null,
    components: (data.components ?? []).map((c) => ({ code: c.code, source: c.source ?? null })),
    currentFeed: null,
    pathOf: (i) => `components[${i}].source`,
  });
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const owner = await resolveOwner(tx, field, data[field]!);
      await authorizeForAgency(tx, ctx, 'plan.write', owner.agencyId);
      if (data.orgUnitId !== undefined) {
        await loadReference(tx, orgUnit, data.orgUnitId, owner.agencyId, 'orgUnitId', WHAT.orgUnit);
      }
      if (data.baselineYear === undefined && data.baseline !== undefined) {
        throw validationError([
          {
            path: 'baselineYear',
            message: { id: 'wajib diisi bila ada baseline', en: 'is required with a baseline' },
          },
        ]);
      }
      const taken = await tx
        .select({ id: indicator.id })
        .from(indicator)
        .where(and(eq(indicator.renstraPeriodId, owner.renstraPeriodId), eq(indicator.code, data.code)));
      if (taken.length > 0) {
        throw fieldIssue(
          'code',
          `kode indikator "${data.code}" sudah dipakai di Renstra ini`,
          `indicator code "${data.code}" is taken in this Renstra`,
        );
      }
      const now = ctx.now();
      const [row] = await tx
        .insert(indicator)
        .values({
          agencyId: owner.agencyId,
          renstraPeriodId: owner.renstraPeriodId,
          [owner.field]: owner.id,
          orgUnitId: data.orgUnitId ?? null,
          code: data.code,
          name: data.name,
          definition: data.definition ?? null,
          formula: data.formula ?? null,
          unit: data.unit,
          polarity: data.polarity,
          periodAggregation: data.periodAggregation,
          reportingFrequency: data.reportingFrequency ?? 'quarterly',
          resultKind: data.resultKind ?? defaultResultKind(owner.field),
          dataSource: data.dataSource ?? null,
          feed,
          isIku: data.isIku ?? false,
          baselineYear: data.baselineYear ?? null,
          sortOrder: data.sortOrder ?? 0,
          ...shape,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const created = row!;
      const components =
        (data.components ?? []).length === 0
          ? []
          : await tx
              .insert(indicatorComponent)
              .values(
                (data.components ?? []).map((c, i) => ({
                  agencyId: owner.agencyId,
                  indicatorId: created.id,
                  code: c.code,
                  name: c.name,
                  unit: c.unit ?? null,
                  source: c.source ?? null,
                  sortOrder: i,
                  createdAt: now,
                  updatedAt: now,
                })),
              )
              .returning();
      const result = indicatorResult(created, components);
      await recordAudit(tx, ctx, {
        action: 'indicator.created',
        entityTable: 'indicator',
        entityId: created.id,
        agencyId: created.agencyId,
        after: result,
      });
      if (feed === 'social')
        await feedSocialIndicators(tx, ctx, {
          agencyId: created.agencyId,
          years: await periodYearsOf(tx, created.renstraPeriodId),
          indicatorId: created.id,
        });
      return result;
    }),
  );
}
