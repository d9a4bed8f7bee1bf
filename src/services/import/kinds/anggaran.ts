/**
 * Import kind `anggaran`: the budget tree of an agency-year — program,
 * kegiatan, sub kegiatan — with the pagu and realisations per period of each
 * budget line, from the template of budget-template.ts (sheet "Anggaran").
 */
import { loadBudgetImportFacts, type BudgetImportFacts } from '../budget-import-facts.ts';
import { budgetTemplateRows, writeBudgetWorkbook } from '../budget-template.ts';
import type { ImportKindHandler } from '../import-kind.ts';
import { planBudgetImport, type BudgetWrite } from '../plan-budget-import.ts';
import { writeBudgetImport } from '../write-budget-import.ts';

export const budgetImportKind: ImportKindHandler<BudgetImportFacts, BudgetWrite> = {
  file: 'xlsx',
  // One permission names who may import: plan.write, the stricter of the two the file needs.
  // It creates budget structure and sets the pagu, which the hand-entry use cases (addProgram …,
  // saveBudgetLine) guard with plan.write; realisations are record.write there, and the writer
  // asks for record.write as well when the file changes any realisation. Today the same roles
  // (operator, kepala of the agency) hold both.
  permission: 'plan.write',
  title: {
    id: 'Anggaran: program, kegiatan, sub kegiatan, pagu dan realisasi',
    en: 'Budget: programs, kegiatan, sub kegiatan, pagu and realisations',
  },
  loadFacts: (tx, scope) => loadBudgetImportFacts(tx, scope.agencyId, scope.regionId, scope.year),
  template: (facts, scope) =>
    writeBudgetWorkbook(budgetTemplateRows(facts), { agencyName: scope.agencyName, year: scope.year }),
  plan: (_tx, facts, workbook, scope, progress) => planBudgetImport(facts, scope, workbook, progress),
  digestOf: (w) => {
    if (w.type === 'line' || w.type === 'realisation') {
      const { existing, ...rest } = w;
      return { ...rest, existing: existing ? [existing.id, existing.version] : null };
    }
    return w;
  },
  write: (tx, ctx, scope, writes, summary, progress) =>
    writeBudgetImport(tx, ctx, scope, writes, summary, progress),
};
