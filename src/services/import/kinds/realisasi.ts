/**
 * Import kind `realisasi`: the realisations of an agency-year per period, from
 * the template of realisation-template.ts (sheet "Realisasi").
 */
import type { ImportKindHandler } from '../import-kind.ts';
import { planRealisationImport, type PlannedRealisationWrite } from '../plan-realisation-import.ts';
import { loadRealisationImportFacts, type RealisationImportFacts } from '../realisation-import-facts.ts';
import { realisationTemplateRows, writeRealisationWorkbook } from '../realisation-template.ts';
import { writeRealisationImport } from '../write-realisation-import.ts';

export const realisationImportKind: ImportKindHandler<RealisationImportFacts, PlannedRealisationWrite> = {
  file: 'xlsx',
  permission: 'record.write',
  title: { id: 'Realisasi indikator kinerja (per periode)', en: 'Indicator realisations (per period)' },
  loadFacts: (tx, scope) => loadRealisationImportFacts(tx, scope.agencyId, scope.regionId, scope.year),
  template: (facts, scope) =>
    writeRealisationWorkbook(realisationTemplateRows(facts), {
      agencyName: scope.agencyName,
      year: scope.year,
      components: facts.indicators.flatMap((i) =>
        i.components.map((c) => ({ code: c.code, name: c.name, indicator: i.code })),
      ),
    }),
  plan: (tx, facts, workbook, scope, progress) => planRealisationImport(tx, facts, scope, workbook, progress),
  digestOf: (w) => [
    w.plan.indicator.id,
    w.plan.input.periodKind,
    w.plan.input.periodNo,
    w.plan.existing?.version ?? 0,
    w.plan.values,
    w.plan.components,
  ],
  write: (tx, ctx, scope, writes, summary, progress) =>
    writeRealisationImport(tx, ctx, scope.agencyId, writes, summary, progress),
};
