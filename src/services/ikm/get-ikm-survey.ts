/**
 * One IKM survey as its page shows it: the survey, its responses or element
 * totals, the result computed by the domain engine (per-element NRR and NRR
 * tertimbang, the index, the converted value, mutu and kinerja) and the
 * respondents' profile.
 */
import { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import {
  loadElementTotals,
  loadResponses,
  loadSurvey,
  respondentProfile,
  surveyResult,
  type IkmSurveyResult,
  type RespondentProfile,
} from './ikm-survey-data.ts';

export const getIkmSurveyInput = z.object({ surveyId: z.uuid() });

export type IkmSurveyView = {
  id: string;
  version: number;
  agencyId: string;
  year: number;
  serviceName: string;
  periodLabel: string;
  method: 'responses' | 'element_totals';
  startedOn: string | null;
  endedOn: string | null;
  responses: {
    respondentNo: number;
    scores: number[];
    sex: 'L' | 'P' | null;
    ageGroup: string | null;
    education: string | null;
    occupation: string | null;
    respondedOn: string | null;
  }[];
  /** Element totals (method element_totals): respondents and the sum per element U1..U9. */
  elementTotals: { respondents: number; totals: Record<string, number> } | null;
  result: IkmSurveyResult | null;
  profile: RespondentProfile | null;
};

export async function getIkmSurvey(ctx: ServiceContext, input: unknown): Promise<IkmSurveyView> {
  const data = parseInput(getIkmSurveyInput, input);
  return inTransaction(ctx, async (tx) => {
    const survey = await loadSurvey(tx, data.surveyId);
    await authorizeForAgency(tx, ctx, 'agency.read', survey.agencyId);
    const responses = await loadResponses(tx, survey.id);
    const totals = await loadElementTotals(tx, survey.id);
    return {
      id: survey.id,
      version: survey.version,
      agencyId: survey.agencyId,
      year: survey.year,
      serviceName: survey.serviceName,
      periodLabel: survey.periodLabel,
      method: survey.method,
      startedOn: survey.startedOn,
      endedOn: survey.endedOn,
      responses: responses.map((r) => ({
        respondentNo: r.respondentNo,
        scores: [r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9],
        sex: r.sex,
        ageGroup: r.ageGroup,
        education: r.education,
        occupation: r.occupation,
        respondedOn: r.respondedOn,
      })),
      elementTotals:
        totals.length === 0
          ? null
          : {
              respondents: totals[0]!.respondents,
              totals: Object.fromEntries(totals.map((t) => [t.element, t.scoreSum])),
            },
      result: surveyResult(survey, survey.method === 'responses' ? responses : [], totals),
      profile: responses.length === 0 ? null : respondentProfile(responses),
    };
  });
}
