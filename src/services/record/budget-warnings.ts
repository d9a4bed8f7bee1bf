/**
 * Realisation above the pagu: warned, not refused. Reports do overspend a
 * line now and then (a late-paid invoice, a shift between spending types
 * approved later), and refusing would make the record disagree with the
 * SP2D. The warning carries the figures (absorption computed by the domain);
 * the report checker flags the line again.
 */
import { eq, sum } from 'drizzle-orm';
import { absorptionPercent } from '../../domain/budget-rollup.ts';
import { formatRupiah } from '../../domain/numbers.ts';
import type { Database } from '../../store/database.ts';
import { budgetRealisation, type budgetLine } from '../../store/schema/index.ts';

export type BudgetWarning = {
  code: 'over-pagu';
  /** The pagu in force: perubahan when set, else murni. */
  pagu: number;
  spent: number;
  /** spent / pagu × 100, full precision (null when the pagu is 0). */
  absorptionPercent: number | null;
  message: { id: string; en: string };
};

/** What has been recorded as spent on a line, over all its periods. */
export async function lineSpent(tx: Database, budgetLineId: string): Promise<number> {
  const [row] = await tx
    .select({ total: sum(budgetRealisation.amount) })
    .from(budgetRealisation)
    .where(eq(budgetRealisation.budgetLineId, budgetLineId));
  return row?.total == null ? 0 : Number(row.total);
}

export function budgetWarnings(line: typeof budgetLine.$inferSelect, spent: number): BudgetWarning[] {
  const pagu = line.paguPerubahan ?? line.paguMurni;
  if (spent <= pagu) return [];
  return [
    {
      code: 'over-pagu',
      pagu,
      spent,
      absorptionPercent: absorptionPercent(spent, pagu),
      message: {
        id: `Realisasi (${formatRupiah(spent)}) melebihi pagu (${formatRupiah(pagu)}); periksa kembali.`,
        en: `Spending (${formatRupiah(spent, 'en')}) exceeds the pagu (${formatRupiah(pagu, 'en')}); check it.`,
      },
    },
  ];
}
