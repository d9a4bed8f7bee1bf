/**
 * Sets the budget (pagu) of a sub kegiatan for a year and spending type:
 * pagu murni (original DPA) and pagu perubahan (after the APBD Perubahan;
 * null until then). The pagu is planning, so the action is `plan.write`.
 * `version` absent creates (an existing line is a conflict); present updates.
 * A pagu below what is already recorded as spent is saved with a warning.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { SPENDING_TYPES, type SpendingType } from '../../store/schema/enums.ts';
import { budgetLine, subKegiatan } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { budgetWarnings, lineSpent, type BudgetWarning } from './budget-warnings.ts';
import { rupiahAmount, yearInput } from './record-inputs.ts';
import { conflictOnDuplicate } from './unique-conflict.ts';

export const saveBudgetLineInput = z.object({
  subKegiatanId: z.uuid(),
  year: yearInput,
  spendingType: z.enum(SPENDING_TYPES),
  paguMurni: rupiahAmount,
  paguPerubahan: rupiahAmount.nullish(),
  version: z.number().int().positive().optional(),
});
export type SaveBudgetLineInput = z.input<typeof saveBudgetLineInput>;

export type SavedBudgetLine = {
  id: string;
  subKegiatanId: string;
  year: number;
  spendingType: SpendingType;
  paguMurni: number;
  paguPerubahan: number | null;
  version: number;
  warnings: BudgetWarning[];
};

export const BUDGET_LINE_TEXTS = { id: 'Pagu anggaran', en: 'Budget line' };

export async function saveBudgetLine(ctx: ServiceContext, input: unknown): Promise<SavedBudgetLine> {
  const data = parseInput(saveBudgetLineInput, input);
  return inTransaction(ctx, async (tx) => {
    const [sub] = await tx
      .select({ agencyId: subKegiatan.agencyId })
      .from(subKegiatan)
      .where(eq(subKegiatan.id, data.subKegiatanId));
    if (!sub) throw notFound({ id: 'Sub kegiatan', en: 'Sub kegiatan' });
    await authorizeForAgency(tx, ctx, 'plan.write', sub.agencyId);
    const [existing] = await tx
      .select()
      .from(budgetLine)
      .where(
        and(
          eq(budgetLine.subKegiatanId, data.subKegiatanId),
          eq(budgetLine.year, data.year),
          eq(budgetLine.spendingType, data.spendingType),
        ),
      );
    const values = { paguMurni: data.paguMurni, paguPerubahan: data.paguPerubahan ?? null };
    const now = ctx.now();
    let row: typeof budgetLine.$inferSelect;
    if (data.version === undefined) {
      if (existing) throw conflict(BUDGET_LINE_TEXTS);
      const [inserted] = await conflictOnDuplicate(BUDGET_LINE_TEXTS, () =>
        tx
          .insert(budgetLine)
          .values({
            agencyId: sub.agencyId,
            subKegiatanId: data.subKegiatanId,
            year: data.year,
            spendingType: data.spendingType,
            ...values,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      row = inserted!;
    } else {
      if (!existing) throw notFound(BUDGET_LINE_TEXTS);
      row = await updateVersioned(tx, budgetLine, existing.id, data.version, values, BUDGET_LINE_TEXTS, now);
    }
    await recordAudit(tx, ctx, {
      action: 'budget_line.saved',
      entityTable: 'budget_line',
      entityId: row.id,
      agencyId: row.agencyId,
      before: existing ?? null,
      after: row,
    });
    return {
      id: row.id,
      subKegiatanId: row.subKegiatanId,
      year: row.year,
      spendingType: row.spendingType,
      paguMurni: row.paguMurni,
      paguPerubahan: row.paguPerubahan,
      version: row.version,
      warnings: budgetWarnings(row, await lineSpent(tx, row.id)),
    };
  });
}
