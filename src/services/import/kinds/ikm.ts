/**
 * Import kind `ikm`: the individual responses of the agency-year's IKM
 * surveys (Survei Kepuasan Masyarakat, PermenPANRB 14/2017), from the
 * template of ikm-template.ts (sheet "Responden"). Who may import is who may
 * enter responses by hand (save-ikm-responses: `record.write`).
 */
import { loadIkmImportFacts, type IkmImportFacts } from '../ikm-import-facts.ts';
import { writeIkmWorkbook } from '../ikm-template.ts';
import type { ImportKindHandler } from '../import-kind.ts';
import { planIkmImport, type PlannedIkmWrite } from '../plan-ikm-import.ts';
import { writeIkmImport } from '../write-ikm-import.ts';

export const ikmImportKind: ImportKindHandler<IkmImportFacts, PlannedIkmWrite> = {
  file: 'xlsx',
  permission: 'record.write',
  title: { id: 'Jawaban survei IKM', en: 'IKM survey responses' },
  loadFacts: (tx, scope) => loadIkmImportFacts(tx, scope.agencyId, scope.year),
  template: (facts, scope) => writeIkmWorkbook(facts, { agencyName: scope.agencyName, year: scope.year }),
  plan: (_tx, facts, workbook, scope, progress) => planIkmImport(facts, workbook, scope, progress),
  digestOf: (w) => [w.survey.id, w.survey.version, w.inserts, w.updates, w.deletes],
  write: (tx, ctx, scope, writes, summary, progress) =>
    writeIkmImport(tx, ctx, scope, writes, summary, progress),
};
