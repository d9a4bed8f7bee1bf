/**
 * The evaluator changes an evaluasi AKIP worksheet: its details, the
 * component and sub-component scores (the list replaces the stored scores)
 * and the recommendations (matched by number; one the agency has followed up
 * cannot be removed). Stale `version` → conflict, nothing changed. The score
 * is fed again to the next year's "Nilai AKIP".
 */
import { z } from 'zod';
import { akipEvaluation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { EVALUATION, evaluationView, feedAkipYear, loadEvaluation } from './akip-evaluation-data.ts';
import { akipWorksheetFields, checkWorksheet, writeWorksheet } from './akip-worksheet.ts';
import type { SavedAkipEvaluation } from './create-akip-evaluation.ts';

export const updateAkipEvaluationInput = z.strictObject({
  evaluationId: z.uuid(),
  version: z.number().int().min(1),
  ...akipWorksheetFields,
});
export type UpdateAkipEvaluationInput = z.input<typeof updateAkipEvaluationInput>;

export async function updateAkipEvaluation(
  ctx: ServiceContext,
  input: unknown,
): Promise<SavedAkipEvaluation> {
  const data = parseInput(updateAkipEvaluationInput, input);
  checkWorksheet(data);
  return inTransaction(ctx, async (tx) => {
    const row = await loadEvaluation(tx, data.evaluationId);
    await authorizeForAgency(tx, ctx, 'akip.evaluate', row.agencyId);
    const before = await evaluationView(tx, row);
    const now = ctx.now();
    const updated = await updateVersioned(
      tx,
      akipEvaluation,
      row.id,
      data.version,
      {
        evaluator: data.evaluator,
        evaluatedOn: data.evaluatedOn ?? null,
        letterNumber: data.letterNumber,
        publishedGrade: data.publishedGrade ?? null,
      },
      EVALUATION,
      now,
    );
    await writeWorksheet(tx, { agencyId: row.agencyId, evaluationId: row.id, now, sheet: data });
    const evaluation = await evaluationView(tx, updated);
    await recordAudit(tx, ctx, {
      action: 'akip_evaluation.updated',
      entityTable: 'akip_evaluation',
      entityId: row.id,
      agencyId: row.agencyId,
      before,
      after: evaluation,
    });
    const feed = await feedAkipYear(tx, ctx, row.agencyId, row.year + 1);
    return { evaluation, feed };
  });
}
