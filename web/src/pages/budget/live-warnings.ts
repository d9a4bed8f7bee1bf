/**
 * What a reviewer would flag in the budget as it stands (typed values
 * included): a line that spent more than its pagu (serapan above 100 %, as
 * the server warns when saving), money spent on a line whose pagu is 0, and
 * physical progress that falls from one period to the next (it is cumulative).
 */
import type { BudgetTree, SpendingType } from './budget-api.ts';
import { liveProgress, type Drafts, type LiveBudget } from './live-amounts.ts';

export type BudgetWarningItem =
  | {
      kind: 'overPagu';
      code: string;
      name: string;
      spendingType: SpendingType | null;
      pagu: number;
      realisasi: number;
      persen: number;
    }
  | {
      kind: 'spentWithoutPagu';
      code: string;
      name: string;
      spendingType: SpendingType | null;
      realisasi: number;
    }
  | {
      kind: 'progressFell';
      code: string;
      name: string;
      periodKind: string;
      periodNo: number;
      from: number;
      to: number;
    };

export function liveWarnings(tree: BudgetTree, live: LiveBudget, drafts: Drafts): BudgetWarningItem[] {
  const warnings: BudgetWarningItem[] = [];
  for (const p of tree.programs)
    for (const k of p.kegiatan)
      for (const s of k.subKegiatan) {
        for (const line of s.lines) {
          const a = live.amounts.get(line.id);
          if (!a || a.pagu === null || a.realisasi === null) continue;
          const spendingType = s.lines.length > 1 ? line.spendingType : null;
          if (a.persen !== null && a.persen > 100)
            warnings.push({
              kind: 'overPagu',
              code: s.code,
              name: s.name,
              spendingType,
              pagu: a.pagu,
              realisasi: a.realisasi,
              persen: a.persen,
            });
          else if (a.persen === null && a.realisasi > 0)
            warnings.push({
              kind: 'spentWithoutPagu',
              code: s.code,
              name: s.name,
              spendingType,
              realisasi: a.realisasi,
            });
        }
        let highest: number | null = null;
        for (const g of liveProgress(s, drafts)) {
          if (highest !== null && g.percent < highest)
            warnings.push({
              kind: 'progressFell',
              code: s.code,
              name: s.name,
              periodKind: g.periodKind,
              periodNo: g.periodNo,
              from: highest,
              to: g.percent,
            });
          highest = Math.max(highest ?? g.percent, g.percent);
        }
      }
  return warnings;
}
