/**
 * Writing the planned changes of a Renstra import (plan-renstra-import.ts
 * checked them), in order: tujuan, sasaran, indicators and their targets.
 * New rows are inserted, changed ones updated by the version the plan read
 * (changed meanwhile → conflict, and the transaction writes nothing). Each
 * written record gets the audit event its hand-entry use case writes
 * (`renstra_tujuan.created`, `sasaran_strategis.created`/`.updated`,
 * `indicator.created`/`.updated`, `indicator_target.created`/`.updated`; a
 * changed tujuan name `renstra_tujuan.updated`), then one `renstra.imported`
 * for the file. A Renstra is tens of rows: written row by row, like the
 * use cases, with the rows of the period read once.
 */
import type { Database } from '../../store/database.ts';
import { indicator, indicatorTarget, renstraTujuan, sasaranStrategis } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { feedSocialIndicators } from '../feed/social-feed.ts';
import { sasaranResult } from '../plan/add-sasaran.ts';
import { defaultResultKind } from '../plan/indicator-fields.ts';
import { indicatorResult } from '../plan/indicator-result.ts';
import { WHAT } from '../plan/renstra-rows.ts';
import { TARGET, targetResult } from '../plan/set-indicator-targets.ts';
import { withStoreErrors } from '../plan/store-errors.ts';
import { updateVersioned } from '../versioned-update.ts';
import type { ImportProgressShare, ImportScope, ImportSummary } from './import-kind.ts';
import { codeKey, loadRenstraImportFacts } from './renstra-import-facts.ts';
import { periodYears } from './renstra-sheet.ts';
import type { RenstraWrite } from './renstra-writes.ts';

export async function writeRenstraImport(
  tx: Database,
  ctx: ServiceContext,
  scope: ImportScope,
  writes: readonly RenstraWrite[],
  summary: ImportSummary,
  progress: ImportProgressShare = () => undefined,
): Promise<void> {
  const facts = await loadRenstraImportFacts(tx, scope.agencyId, scope.year);
  const period = facts.period;
  if (!period) throw conflict(WHAT.renstraPeriod);
  const now = ctx.now();
  const agencyId = scope.agencyId;
  const base = { agencyId, renstraPeriodId: period.id, createdAt: now, updatedAt: now };
  const tujuanId = new Map(facts.tujuan.map((t) => [codeKey(t.code), t.id]));
  const sasaranId = new Map(facts.sasaran.map((s) => [codeKey(s.code), s.id]));
  const indicatorId = new Map(facts.indicators.map((i) => [codeKey(i.code), i.id]));
  const tujuanRow = new Map(facts.tujuan.map((t) => [t.id, t]));
  const sasaranRow = new Map(facts.sasaran.map((s) => [s.id, s]));
  const indicatorRow = new Map(facts.indicators.map((i) => [i.id, i]));
  const targetRow = new Map([...facts.targets.values()].flat().map((t) => [t.id, t]));
  const idOf = (map: Map<string, string>, code: string) => {
    const id = map.get(codeKey(code));
    // the plan named a row that is gone since: someone changed the Renstra meanwhile
    if (id === undefined) throw conflict(WHAT.renstraPeriod);
    return id;
  };
  const socialFeedsToRefresh: string[] = [];

  await withStoreErrors(async () => {
    let done = 0;
    for (const w of writes) {
      if (++done % 20 === 0) progress(done / writes.length);
      switch (w.kind) {
        case 'tujuan': {
          if (w.existing === null) {
            const [created] = await tx
              .insert(renstraTujuan)
              .values({ ...base, code: w.code, statement: w.statement })
              .returning();
            tujuanId.set(codeKey(w.code), created!.id);
            await audit('renstra_tujuan.created', 'renstra_tujuan', created!.id, null, created);
          } else {
            const before = tujuanRow.get(w.existing.id)!;
            const updated = await updateVersioned(
              tx,
              renstraTujuan,
              w.existing.id,
              w.existing.version,
              { statement: w.statement },
              WHAT.tujuan,
              now,
            );
            await audit('renstra_tujuan.updated', 'renstra_tujuan', before.id, before, updated);
          }
          break;
        }
        case 'sasaran': {
          const renstraTujuanId =
            w.set.tujuanCode === undefined ? undefined : idOf(tujuanId, w.set.tujuanCode);
          if (w.existing === null) {
            const [created] = await tx
              .insert(sasaranStrategis)
              .values({
                ...base,
                code: w.code,
                statement: w.set.statement!,
                renstraTujuanId: renstraTujuanId ?? null,
                sortOrder: w.sortOrder ?? 0,
              })
              .returning();
            sasaranId.set(codeKey(w.code), created!.id);
            await audit(
              'sasaran_strategis.created',
              'sasaran_strategis',
              created!.id,
              null,
              sasaranResult(created!, []),
            );
          } else {
            const before = sasaranRow.get(w.existing.id)!;
            const links = facts.rpjmdLinks.get(before.id) ?? [];
            const updated = await updateVersioned(
              tx,
              sasaranStrategis,
              before.id,
              w.existing.version,
              {
                ...(w.set.statement !== undefined && { statement: w.set.statement }),
                ...(renstraTujuanId !== undefined && { renstraTujuanId }),
              },
              WHAT.sasaran,
              now,
            );
            await audit(
              'sasaran_strategis.updated',
              'sasaran_strategis',
              before.id,
              sasaranResult(before, links),
              sasaranResult(updated, links),
            );
          }
          break;
        }
        case 'indicator': {
          if (w.existing === null) {
            const [created] = await tx
              .insert(indicator)
              .values({
                ...base,
                ...w.set,
                name: w.set.name!,
                unit: w.set.unit!,
                polarity: w.set.polarity!,
                periodAggregation: w.set.periodAggregation!,
                sasaranStrategisId: idOf(sasaranId, w.sasaranCode),
                code: w.code,
                resultKind: defaultResultKind('sasaranStrategisId'),
                sortOrder: w.sortOrder ?? 0,
              })
              .returning();
            indicatorId.set(codeKey(w.code), created!.id);
            await audit('indicator.created', 'indicator', created!.id, null, indicatorResult(created!, []));
          } else {
            const before = indicatorRow.get(w.existing.id)!;
            const components = facts.components.get(before.id) ?? [];
            const updated = await updateVersioned(
              tx,
              indicator,
              before.id,
              w.existing.version,
              w.set,
              WHAT.indicator,
              now,
            );
            await audit(
              'indicator.updated',
              'indicator',
              before.id,
              indicatorResult(before, components),
              indicatorResult(updated, components),
            );
            if (updated.feed === 'social' && w.set.formula !== undefined)
              socialFeedsToRefresh.push(before.id);
          }
          break;
        }
        case 'target': {
          if (w.existing === null) {
            const [created] = await tx
              .insert(indicatorTarget)
              .values({
                agencyId,
                indicatorId: idOf(indicatorId, w.indicatorCode),
                year: w.year,
                ...w.columns,
                createdAt: now,
                updatedAt: now,
              })
              .returning();
            await audit(
              'indicator_target.created',
              'indicator_target',
              created!.id,
              null,
              targetResult(created!),
            );
          } else {
            const before = targetRow.get(w.existing.id)!;
            const updated = await updateVersioned(
              tx,
              indicatorTarget,
              before.id,
              w.existing.version,
              w.columns,
              TARGET,
              now,
            );
            await audit(
              'indicator_target.updated',
              'indicator_target',
              before.id,
              targetResult(before),
              targetResult(updated),
            );
          }
          break;
        }
      }
    }
  });
  // a Data Sosial indicator whose formula changed computes its realisations again (as updateIndicator does)
  for (const id of socialFeedsToRefresh)
    await feedSocialIndicators(tx, ctx, { agencyId, years: periodYears(period), indicatorId: id });
  await recordAudit(tx, ctx, {
    action: 'renstra.imported',
    entityTable: 'renstra_period',
    entityId: period.id,
    agencyId,
    after: summary,
  });

  function audit(action: string, entityTable: string, entityId: string, before: unknown, after: unknown) {
    return recordAudit(tx, ctx, {
      action,
      entityTable,
      entityId,
      agencyId,
      ...(before !== null && { before }),
      after,
    });
  }
}
