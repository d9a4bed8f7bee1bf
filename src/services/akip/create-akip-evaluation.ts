/**
 * The evaluator (Inspektorat) opens the evaluasi AKIP of an agency for the
 * year evaluated: who evaluates, the letter, the component and sub-component
 * scores (all four or some, filled in over time), and the recommendations.
 * One evaluation per agency and year. The score and predikat come from the
 * domain engine; once all four components are scored the score feeds the
 * "Nilai AKIP" realisation of the next year (akip-evaluation-data.ts).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { akipEvaluation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { alreadyExists } from '../errors.ts';
import type { FeedOutcome } from '../feed/indicator-feed.ts';
import { conflictOnDuplicate } from '../record/unique-conflict.ts';
import { yearInput } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { EVALUATION, evaluationView, feedAkipYear, type AkipEvaluationView } from './akip-evaluation-data.ts';
import { akipWorksheetFields, checkWorksheet, writeWorksheet } from './akip-worksheet.ts';

export const createAkipEvaluationInput = z.strictObject({
  agencyId: z.uuid(),
  year: yearInput,
  ...akipWorksheetFields,
  components: akipWorksheetFields.components.default([]),
  recommendations: akipWorksheetFields.recommendations.default([]),
});
export type CreateAkipEvaluationInput = z.input<typeof createAkipEvaluationInput>;

export type SavedAkipEvaluation = { evaluation: AkipEvaluationView; feed: FeedOutcome[] };

export async function createAkipEvaluation(
  ctx: ServiceContext,
  input: unknown,
): Promise<SavedAkipEvaluation> {
  const data = parseInput(createAkipEvaluationInput, input);
  checkWorksheet(data);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'akip.evaluate', data.agencyId);
    const [existing] = await tx
      .select({ id: akipEvaluation.id })
      .from(akipEvaluation)
      .where(and(eq(akipEvaluation.agencyId, data.agencyId), eq(akipEvaluation.year, data.year)));
    if (existing)
      throw alreadyExists(
        { id: `Evaluasi AKIP tahun ${data.year}`, en: `The AKIP evaluation of ${data.year}` },
        'year',
      );
    const now = ctx.now();
    const [row] = await conflictOnDuplicate(EVALUATION, () =>
      tx
        .insert(akipEvaluation)
        .values({
          agencyId: data.agencyId,
          year: data.year,
          evaluator: data.evaluator,
          evaluatedOn: data.evaluatedOn ?? null,
          letterNumber: data.letterNumber,
          publishedGrade: data.publishedGrade ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    );
    await writeWorksheet(tx, { agencyId: data.agencyId, evaluationId: row!.id, now, sheet: data });
    const evaluation = await evaluationView(tx, row!);
    await recordAudit(tx, ctx, {
      action: 'akip_evaluation.created',
      entityTable: 'akip_evaluation',
      entityId: row!.id,
      agencyId: data.agencyId,
      after: evaluation,
    });
    const feed = await feedAkipYear(tx, ctx, data.agencyId, data.year + 1);
    return { evaluation, feed };
  });
}
