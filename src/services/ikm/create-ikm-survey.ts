/**
 * Defines an IKM survey of an agency for a year: the service surveyed, the
 * period (e.g. "Semester I"), how results are entered (individual responses
 * or per-element totals) and its dates. One survey per service and period.
 */
import { z } from 'zod';
import { ikmSurvey } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError } from '../errors.ts';
import { conflictOnDuplicate } from '../record/unique-conflict.ts';
import { yearInput } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { SURVEY } from './ikm-survey-data.ts';
import { ikmSurveyFields, periodProblem, refuseDuplicateSurvey } from './ikm-survey-fields.ts';

export const createIkmSurveyInput = z.strictObject({
  agencyId: z.uuid(),
  year: yearInput,
  serviceName: ikmSurveyFields.serviceName.default(''),
  periodLabel: ikmSurveyFields.periodLabel.default(''),
  method: ikmSurveyFields.method,
  startedOn: ikmSurveyFields.startedOn.default(null),
  endedOn: ikmSurveyFields.endedOn.default(null),
});
export type CreateIkmSurveyInput = z.input<typeof createIkmSurveyInput>;

export type CreatedIkmSurvey = { id: string; version: number };

export async function createIkmSurvey(ctx: ServiceContext, input: unknown): Promise<CreatedIkmSurvey> {
  const data = parseInput(createIkmSurveyInput, input);
  const problem = periodProblem(data.startedOn, data.endedOn);
  if (problem) throw validationError([problem]);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    await refuseDuplicateSurvey(tx, data, null);
    const now = ctx.now();
    const [row] = await conflictOnDuplicate(SURVEY, () =>
      tx
        .insert(ikmSurvey)
        .values({ ...data, createdAt: now, updatedAt: now })
        .returning(),
    );
    await recordAudit(tx, ctx, {
      action: 'ikm_survey.created',
      entityTable: 'ikm_survey',
      entityId: row!.id,
      agencyId: data.agencyId,
      after: row,
    });
    return { id: row!.id, version: row!.version };
  });
}
