/**
 * Writing the planned writes of a report-data@1 import
 * (plan-report-data-import.ts checked them), parents first: sasaran,
 * indicators and their end target/baseline, Renstra targets, realisations
 * (in batches, by writeRealisationImport: drafts), then the budget structure,
 * budget lines and yearly budget realisations. Each written row gets the
 * audit event its hand-entry use case writes (`indicator.created`,
 * `indicator_target.updated`, `budget_line.saved` ...), and the import one
 * `report_data.imported` event. A row changed since the preview (its
 * version moved) is a conflict, and the transaction writes nothing.
 *
 * A report-data file holds one agency-year: tens of indicators and sub
 * kegiatan, so the structure and budget rows are written one statement each;
 * realisations, the part that can be long with history, go in batches.
 */
import {
  indicator,
  indicatorTarget,
  budgetLine,
  budgetRealisation,
  kegiatan,
  program,
  sasaranStrategis,
  subKegiatan,
} from '../../store/schema/index.ts';
import type { Database } from '../../store/database.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { BUDGET_LINE_TEXTS } from '../record/save-budget-line.ts';
import { updateVersioned } from '../versioned-update.ts';
import type { ImportProgressShare, ImportScope, ImportSummary } from './import-kind.ts';
import type { ReportDataWrite } from './report-data-plan-context.ts';
import { writeRealisationImport } from './write-realisation-import.ts';

type Of<K extends ReportDataWrite['kind']> = Extract<ReportDataWrite, { kind: K }>;

const TARGET_TEXTS = { id: 'Target indikator', en: 'Indicator target' };
const INDICATOR_TEXTS = { id: 'Indikator', en: 'Indicator' };
const BUDGET_REALISATION_TEXTS = { id: 'Realisasi anggaran', en: 'Budget realisation' };

export async function writeReportDataImport(
  tx: Database,
  ctx: ServiceContext,
  scope: ImportScope,
  writes: readonly ReportDataWrite[],
  summary: ImportSummary,
  progress: ImportProgressShare,
): Promise<void> {
  const now = ctx.now();
  const agencyId = scope.agencyId;
  const of = <K extends ReportDataWrite['kind']>(kind: K) =>
    writes.filter((w): w is Of<K> => w.kind === kind);
  const audit = (action: string, entityTable: string, entityId: string, before: unknown, after: unknown) =>
    recordAudit(tx, ctx, { action, entityTable, entityId, agencyId, before, after });

  for (const w of of('sasaran')) {
    const [row] = await tx
      .insert(sasaranStrategis)
      .values({
        id: w.id,
        agencyId,
        renstraPeriodId: w.periodId,
        code: w.code,
        statement: w.statement,
        sortOrder: w.sortOrder,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit('sasaran_strategis.created', 'sasaran_strategis', w.id, null, row);
  }
  for (const w of of('indicator')) {
    const [row] = await tx
      .insert(indicator)
      .values({
        id: w.id,
        agencyId,
        renstraPeriodId: w.periodId,
        sasaranStrategisId: w.sasaranId,
        code: w.code,
        name: w.name,
        unit: w.unit,
        polarity: w.polarity,
        ordinalScale: w.ordinalScale,
        periodAggregation: w.periodAggregation,
        reportingFrequency: w.reportingFrequency,
        endTargetValue: w.endTarget.value,
        endTargetLow: w.endTarget.low,
        endTargetHigh: w.endTarget.high,
        endTargetGrade: w.endTarget.grade,
        baselineValue: w.baselineValue,
        baselineGrade: w.baselineGrade,
        sortOrder: w.sortOrder,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit('indicator.created', 'indicator', w.id, null, row);
  }
  for (const w of of('indicator-update')) {
    const values = {
      ...(w.endTarget
        ? {
            endTargetValue: w.endTarget.value,
            endTargetLow: w.endTarget.low,
            endTargetHigh: w.endTarget.high,
            endTargetGrade: w.endTarget.grade,
          }
        : {}),
      ...(w.baselineValue !== undefined ? { baselineValue: w.baselineValue } : {}),
    };
    const row = await updateVersioned(tx, indicator, w.id, w.version, values, INDICATOR_TEXTS, now);
    await audit('indicator.updated', 'indicator', w.id, null, row);
  }
  for (const w of of('target')) {
    if (w.existing) {
      const row = await updateVersioned(
        tx,
        indicatorTarget,
        w.existing.id,
        w.existing.version,
        w.columns,
        TARGET_TEXTS,
        now,
      );
      await audit('indicator_target.updated', 'indicator_target', row.id, null, row);
    } else {
      const [row] = await tx
        .insert(indicatorTarget)
        .values({
          agencyId,
          indicatorId: w.indicatorId,
          year: w.year,
          ...w.columns,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await audit('indicator_target.created', 'indicator_target', row!.id, null, row);
    }
  }
  progress(0.3);
  const realisations = of('realisation').map((w) => w.planned);
  if (realisations.length > 0)
    await writeRealisationImport(
      tx,
      ctx,
      agencyId,
      realisations,
      summary,
      (share) => progress(0.3 + share * 0.4),
      {
        importEvent: false,
      },
    );

  for (const w of of('program')) {
    const [row] = await tx
      .insert(program)
      .values({
        id: w.id,
        agencyId,
        renstraPeriodId: w.periodId,
        code: w.code,
        name: w.name,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit('program.created', 'program', w.id, null, row);
  }
  for (const w of of('kegiatan')) {
    const [row] = await tx
      .insert(kegiatan)
      .values({
        id: w.id,
        agencyId,
        programId: w.programId,
        code: w.code,
        name: w.name,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit('kegiatan.created', 'kegiatan', w.id, null, row);
  }
  for (const w of of('subkegiatan')) {
    const [row] = await tx
      .insert(subKegiatan)
      .values({
        id: w.id,
        agencyId,
        kegiatanId: w.kegiatanId,
        code: w.code,
        name: w.name,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await audit('sub_kegiatan.created', 'sub_kegiatan', w.id, null, row);
  }
  for (const w of of('budget-line')) {
    const values = { paguMurni: w.paguMurni, paguPerubahan: w.paguPerubahan };
    const row = w.existing
      ? await updateVersioned(
          tx,
          budgetLine,
          w.existing.id,
          w.existing.version,
          values,
          BUDGET_LINE_TEXTS,
          now,
        )
      : (
          await tx
            .insert(budgetLine)
            .values({
              id: w.id,
              agencyId,
              subKegiatanId: w.subKegiatanId,
              year: scope.year,
              spendingType: w.spendingType,
              ...values,
              createdAt: now,
              updatedAt: now,
            })
            .returning()
        )[0]!;
    await audit('budget_line.saved', 'budget_line', row.id, null, row);
  }
  for (const w of of('budget-realisation')) {
    const row = w.existing
      ? await updateVersioned(
          tx,
          budgetRealisation,
          w.existing.id,
          w.existing.version,
          { amount: w.amount },
          BUDGET_REALISATION_TEXTS,
          now,
        )
      : (
          await tx
            .insert(budgetRealisation)
            .values({
              agencyId,
              budgetLineId: w.budgetLineId,
              periodKind: 'year',
              periodNo: 1,
              amount: w.amount,
              createdAt: now,
              updatedAt: now,
            })
            .returning()
        )[0]!;
    await audit('budget_realisation.saved', 'budget_realisation', row.id, null, row);
  }
  progress(0.95);
  await recordAudit(tx, ctx, {
    action: 'report_data.imported',
    entityTable: 'realisation',
    entityId: summary.fileSha256,
    agencyId,
    after: summary,
  });
  progress(1);
}
