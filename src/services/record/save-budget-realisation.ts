/**
 * Records the money spent on a budget line within one period (not
 * cumulative; totals and absorption are derived). Amounts are integer Rupiah,
 * typed as a number or "1.234.567". A line is recorded in one period kind
 * (months or quarters ...), so its total never counts a month twice.
 * Spending above the pagu is saved with a warning (budget-warnings.ts).
 */
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { budgetLine, budgetRealisation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { budgetWarnings, lineSpent, type BudgetWarning } from './budget-warnings.ts';
import { BUDGET_LINE_TEXTS } from './save-budget-line.ts';
import {
  checkPeriodFits,
  whenPeriodParsed,
  optionalText,
  periodFields,
  rupiahAmount,
} from './record-inputs.ts';
import { conflictOnDuplicate } from './unique-conflict.ts';

export const saveBudgetRealisationInput = z
  .object({
    budgetLineId: z.uuid(),
    ...periodFields,
    amount: rupiahAmount,
    note: optionalText(4000),
    version: z.number().int().positive().optional(),
  })
  .superRefine(checkPeriodFits, whenPeriodParsed);
export type SaveBudgetRealisationInput = z.input<typeof saveBudgetRealisationInput>;

export type SavedBudgetRealisation = {
  id: string;
  budgetLineId: string;
  periodKind: string;
  periodNo: number;
  amount: number;
  note: string | null;
  version: number;
  /** Everything recorded on the line so far. */
  lineSpent: number;
  warnings: BudgetWarning[];
};

const TEXTS = { id: 'Realisasi anggaran', en: 'Budget realisation' };

export async function saveBudgetRealisation(
  ctx: ServiceContext,
  input: unknown,
): Promise<SavedBudgetRealisation> {
  const data = parseInput(saveBudgetRealisationInput, input);
  return inTransaction(ctx, async (tx) => {
    const [line] = await tx.select().from(budgetLine).where(eq(budgetLine.id, data.budgetLineId));
    if (!line) throw notFound(BUDGET_LINE_TEXTS);
    await authorizeForAgency(tx, ctx, 'record.write', line.agencyId);
    await assertPeriodOpen(tx, line.agencyId, line.year, data.periodKind, data.periodNo);
    const [otherKind] = await tx
      .select({ periodKind: budgetRealisation.periodKind })
      .from(budgetRealisation)
      .where(
        and(eq(budgetRealisation.budgetLineId, line.id), ne(budgetRealisation.periodKind, data.periodKind)),
      )
      .limit(1);
    if (otherKind)
      fieldError(
        'periodKind',
        `pagu ini sudah dicatat per ${otherKind.periodKind}`,
        `this line is already recorded per ${otherKind.periodKind}`,
      );
    const [existing] = await tx
      .select()
      .from(budgetRealisation)
      .where(
        and(
          eq(budgetRealisation.budgetLineId, line.id),
          eq(budgetRealisation.periodKind, data.periodKind),
          eq(budgetRealisation.periodNo, data.periodNo),
        ),
      );
    const now = ctx.now();
    let row: typeof budgetRealisation.$inferSelect;
    if (data.version === undefined) {
      if (existing) throw conflict(TEXTS);
      const [inserted] = await conflictOnDuplicate(TEXTS, () =>
        tx
          .insert(budgetRealisation)
          .values({
            agencyId: line.agencyId,
            budgetLineId: line.id,
            periodKind: data.periodKind,
            periodNo: data.periodNo,
            amount: data.amount,
            note: data.note,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      row = inserted!;
    } else {
      if (!existing) throw notFound(TEXTS);
      row = await updateVersioned(
        tx,
        budgetRealisation,
        existing.id,
        data.version,
        { amount: data.amount, note: data.note },
        TEXTS,
        now,
      );
    }
    await recordAudit(tx, ctx, {
      action: 'budget_realisation.saved',
      entityTable: 'budget_realisation',
      entityId: row.id,
      agencyId: row.agencyId,
      before: existing ?? null,
      after: row,
    });
    const spent = await lineSpent(tx, line.id);
    return {
      id: row.id,
      budgetLineId: row.budgetLineId,
      periodKind: row.periodKind,
      periodNo: row.periodNo,
      amount: row.amount,
      note: row.note,
      version: row.version,
      lineSpent: spent,
      warnings: budgetWarnings(line, spent),
    };
  });
}
