/**
 * Import kind `report-data`: an agency-year from an `akuntabel/report-data@1`
 * file (/work/shared/formats/report-data.md) — sasaran, indicators, targets,
 * realisations, history, end targets and the budget — into the Renstra
 * period covering the year. The file is the one `akuntabel export` and the
 * web app's export write; historical reports come in this way.
 */
import type { ImportKindHandler } from '../import-kind.ts';
import { planReportDataImport } from '../plan-report-data-import.ts';
import { loadReportDataImportFacts, type ReportDataImportFacts } from '../report-data-import-facts.ts';
import type { ReportDataWrite } from '../report-data-plan-context.ts';
import { writeReportDataImport } from '../write-report-data-import.ts';

/** What identifies a write in the preview's digest (new rows' ids are made afresh on each run). */
function digestOf(w: ReportDataWrite): unknown {
  switch (w.kind) {
    case 'sasaran':
      return [w.kind, w.code, w.statement];
    case 'indicator':
      return [w.kind, w.code, w.name, w.unit, w.polarity, w.endTarget, w.baselineValue];
    case 'indicator-update':
      return [w.kind, w.code, w.version, w.endTarget ?? null, w.baselineValue ?? null];
    case 'target':
      return [w.kind, w.code, w.year, w.existing?.version ?? 0, w.columns];
    case 'realisation':
      return [
        w.kind,
        w.code,
        w.planned.plan.input.year,
        w.planned.plan.existing?.version ?? 0,
        w.planned.plan.values,
      ];
    case 'program':
    case 'kegiatan':
    case 'subkegiatan':
      return [w.kind, w.code, w.name];
    case 'budget-line':
      return [w.kind, w.code, w.existing?.version ?? 0, w.paguMurni, w.paguPerubahan];
    case 'budget-realisation':
      return [w.kind, w.code, w.existing?.version ?? 0, w.amount];
  }
}

export const reportDataImportKind: ImportKindHandler<ReportDataImportFacts, ReportDataWrite> = {
  file: 'json',
  permission: 'plan.write',
  title: {
    id: 'Data laporan setahun (akuntabel/report-data@1, JSON)',
    en: "A year's report data (akuntabel/report-data@1, JSON)",
  },
  loadFacts: (tx, scope) => loadReportDataImportFacts(tx, scope),
  plan: (tx, facts, json, scope, progress) => planReportDataImport(tx, facts, json, scope, progress),
  digestOf,
  write: (tx, ctx, scope, writes, summary, progress) => {
    // plan refuses a file when the year has no Renstra period, so there is one here
    return writeReportDataImport(tx, ctx, scope, writes, summary, progress);
  },
};
