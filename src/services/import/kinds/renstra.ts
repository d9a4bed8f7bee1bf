/**
 * Import kind `renstra`: the Renstra period covering the year — tujuan,
 * sasaran strategis, their indicators with definition, baseline, targets per
 * year and end target — from the template of renstra-template.ts (sheets
 * "Sasaran" and "Indikator").
 */
import type { ImportKindHandler } from '../import-kind.ts';
import { planRenstraImport } from '../plan-renstra-import.ts';
import { loadRenstraImportFacts, type RenstraImportFacts } from '../renstra-import-facts.ts';
import { writeRenstraWorkbook } from '../renstra-template.ts';
import type { RenstraWrite } from '../renstra-writes.ts';
import { writeRenstraImport } from '../write-renstra-import.ts';

export const renstraImportKind: ImportKindHandler<RenstraImportFacts, RenstraWrite> = {
  file: 'xlsx',
  permission: 'plan.write',
  title: { id: 'Renstra dan target', en: 'Renstra and targets' },
  loadFacts: (tx, scope) => loadRenstraImportFacts(tx, scope.agencyId, scope.year),
  template: (facts, scope) => writeRenstraWorkbook(facts, scope),
  plan: (_tx, facts, workbook, scope) => Promise.resolve(planRenstraImport(facts, scope, workbook)),
  // a planned write holds no generated value: the same file on the same data digests the same
  digestOf: (w) => w,
  write: (tx, ctx, scope, writes, summary, progress) =>
    writeRenstraImport(tx, ctx, scope, writes, summary, progress),
};
