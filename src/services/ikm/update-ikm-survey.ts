/**
 * Changes an IKM survey's service, period label, dates or entry method
 * (stale `version` → conflict, nothing changed). The method can change only
 * while the survey holds no data of the other kind: responses and element
 * totals are never silently thrown away.
 */
import { z } from 'zod';
import { ikmSurvey } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import { loadElementTotals, loadResponses, loadSurvey, SURVEY } from './ikm-survey-data.ts';
import { ikmSurveyFields, periodProblem, refuseDuplicateSurvey } from './ikm-survey-fields.ts';

export const updateIkmSurveyInput = z.strictObject({
  surveyId: z.uuid(),
  version: z.number().int().min(1),
  serviceName: ikmSurveyFields.serviceName.optional(),
  periodLabel: ikmSurveyFields.periodLabel.optional(),
  method: ikmSurveyFields.method.optional(),
  startedOn: ikmSurveyFields.startedOn.optional(),
  endedOn: ikmSurveyFields.endedOn.optional(),
});
export type UpdateIkmSurveyInput = z.input<typeof updateIkmSurveyInput>;

export async function updateIkmSurvey(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ id: string; version: number }> {
  const data = parseInput(updateIkmSurveyInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadSurvey(tx, data.surveyId);
    await authorizeForAgency(tx, ctx, 'record.write', before.agencyId);
    const next = {
      serviceName: data.serviceName ?? before.serviceName,
      periodLabel: data.periodLabel ?? before.periodLabel,
      method: data.method ?? before.method,
      startedOn: data.startedOn === undefined ? before.startedOn : data.startedOn,
      endedOn: data.endedOn === undefined ? before.endedOn : data.endedOn,
    };
    const problem = periodProblem(next.startedOn, next.endedOn);
    if (problem) throw validationError([problem]);
    if (next.method !== before.method) {
      const held =
        before.method === 'responses'
          ? (await loadResponses(tx, before.id)).length
          : (await loadElementTotals(tx, before.id)).length;
      if (held > 0)
        throw validationError([
          {
            path: 'method',
            message: {
              id: `survei ini sudah berisi ${held} ${before.method === 'responses' ? 'jawaban responden' : 'jumlah nilai unsur'}; kosongkan dulu sebelum mengganti cara pengisian`,
              en: `this survey already holds ${held} ${before.method === 'responses' ? 'responses' : 'element totals'}; clear them before changing the entry method`,
            },
          },
        ]);
    }
    await refuseDuplicateSurvey(tx, { ...before, ...next }, before.id);
    const after = await updateVersioned(tx, ikmSurvey, before.id, data.version, next, SURVEY, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'ikm_survey.updated',
      entityTable: 'ikm_survey',
      entityId: after.id,
      agencyId: after.agencyId,
      before,
      after,
    });
    return { id: after.id, version: after.version };
  });
}
