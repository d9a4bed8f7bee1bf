/**
 * Enters an IKM survey's per-element totals (method `element_totals`), when
 * only the tabulation's "jumlah nilai per unsur" row is kept: the number of
 * respondents and, for each element U1–U9, the sum of its scores (between
 * respondents × 1 and respondents × 4; a bad one is named `totals.U3`).
 * Replaces the survey's totals; `totals: null` clears them. The survey's
 * `version` guards the write. The result is fed to the indicator marked IKM.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { IKM_ELEMENTS } from '../../store/schema/enums.ts';
import { ikmElementTotal, ikmSurvey } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState, validationError, type FieldError } from '../errors.ts';
import { countNumber } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  feedIkmYear,
  loadElementTotals,
  loadSurvey,
  surveyResult,
  SURVEY,
  unsurName,
} from './ikm-survey-data.ts';
import type { SavedIkmData } from './save-ikm-responses.ts';

export const saveIkmElementTotalsInput = z.strictObject({
  surveyId: z.uuid(),
  version: z.number().int().min(1),
  respondents: countNumber.nullable(),
  totals: z
    .strictObject(
      Object.fromEntries(IKM_ELEMENTS.map((e) => [e, countNumber])) as Record<
        (typeof IKM_ELEMENTS)[number],
        typeof countNumber
      >,
    )
    .nullable(),
});
export type SaveIkmElementTotalsInput = z.input<typeof saveIkmElementTotalsInput>;

export async function saveIkmElementTotals(ctx: ServiceContext, input: unknown): Promise<SavedIkmData> {
  const data = parseInput(saveIkmElementTotalsInput, input);
  const respondents = data.respondents;
  const totals = data.totals;
  if (totals !== null) {
    const problems: FieldError[] = [];
    if (respondents === null || respondents < 1)
      problems.push({
        path: 'respondents',
        message: { id: 'jumlah responden minimal 1', en: 'at least 1 respondent' },
      });
    else
      for (const element of IKM_ELEMENTS) {
        const total = totals[element];
        if (total < respondents || total > 4 * respondents)
          problems.push({
            path: `totals.${element}`,
            message: {
              id: `unsur ${element} (${unsurName(element)}): jumlah nilai ${total} harus di antara ${respondents} dan ${4 * respondents} untuk ${respondents} responden`,
              en: `element ${element}: the sum ${total} must be between ${respondents} and ${4 * respondents} for ${respondents} respondents`,
            },
          });
      }
    if (problems.length > 0) throw validationError(problems);
  }
  return inTransaction(ctx, async (tx) => {
    const survey = await loadSurvey(tx, data.surveyId);
    await authorizeForAgency(tx, ctx, 'record.write', survey.agencyId);
    if (survey.method !== 'element_totals')
      throw invalidState({
        id: 'Survei ini diisi dengan jawaban per responden, bukan jumlah nilai per unsur. Ubah cara pengisiannya dulu.',
        en: 'This survey is entered as individual responses, not per-element totals. Change its entry method first.',
      });
    const before = await loadElementTotals(tx, survey.id);
    const now = ctx.now();
    const after = await updateVersioned(tx, ikmSurvey, survey.id, data.version, {}, SURVEY, now);
    await tx.delete(ikmElementTotal).where(eq(ikmElementTotal.ikmSurveyId, survey.id));
    const rows =
      totals === null || respondents === null
        ? []
        : IKM_ELEMENTS.map((element) => ({
            agencyId: survey.agencyId,
            ikmSurveyId: survey.id,
            element,
            scoreSum: totals[element],
            respondents,
            createdAt: now,
            updatedAt: now,
          }));
    if (rows.length > 0) await tx.insert(ikmElementTotal).values(rows);
    const result = surveyResult(survey, [], rows);
    await recordAudit(tx, ctx, {
      action: 'ikm_survey.element_totals_saved',
      entityTable: 'ikm_survey',
      entityId: survey.id,
      agencyId: survey.agencyId,
      before: before.map((r) => ({ element: r.element, scoreSum: r.scoreSum, respondents: r.respondents })),
      after: rows.map((r) => ({ element: r.element, scoreSum: r.scoreSum, respondents: r.respondents })),
    });
    const feed = await feedIkmYear(tx, ctx, survey.agencyId, survey.year);
    return { surveyId: survey.id, version: after.version, result, feed };
  });
}
