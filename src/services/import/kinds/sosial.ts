/**
 * Import kind `sosial`: the social-welfare data of an agency-year — PPKS per
 * category and kecamatan (with those served), PSKS per type and assistance
 * delivered per programme — from the template of social-template.ts (sheets
 * "PPKS", "PSKS", "Bantuan"). Writing it feeds the indicators computed from
 * the Data Sosial, as the hand entry does.
 */
import type { ImportKindHandler } from '../import-kind.ts';
import { planSocialImport, type PlannedSocialWrite } from '../plan-social-import.ts';
import { loadSocialImportFacts, type SocialImportFacts } from '../social-import-facts.ts';
import { writeSocialWorkbook } from '../social-template.ts';
import { writeSocialImport } from '../write-social-import.ts';

export const socialImportKind: ImportKindHandler<SocialImportFacts, PlannedSocialWrite> = {
  file: 'xlsx',
  permission: 'record.write',
  title: {
    id: 'Data kesejahteraan sosial: PPKS, PSKS, bantuan sosial',
    en: 'Social-welfare data: PPKS, PSKS, social assistance',
  },
  loadFacts: (tx, scope) => loadSocialImportFacts(tx, scope.agencyId, scope.regionId, scope.year),
  template: (facts, scope) => writeSocialWorkbook(facts, { agencyName: scope.agencyName, year: scope.year }),
  plan: (_tx, facts, workbook, scope, progress) => planSocialImport(facts, scope, workbook, progress),
  digestOf: (w) => [w.table, w.existing?.id ?? null, w.existing?.version ?? 0, w.values],
  write: (tx, ctx, scope, writes, summary, progress) =>
    writeSocialImport(tx, ctx, scope, writes, summary, progress),
};
