/**
 * The IKM surveys of an agency-year, each with its result, the year's IKM
 * (mean of the surveys' converted values, graded), the respondents' profile
 * over the year (with the respondents per service), and the indicators that
 * could receive the value: those of the Renstra period covering the year,
 * with their `feed` mark and the year's realisation of the ones fed by IKM.
 */
import { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { feedCandidates, type FeedCandidate } from '../feed/feed-candidates.ts';
import { yearInput } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import {
  respondentProfile,
  yearIkm,
  yearSurveys,
  type ProfileCount,
  type RespondentProfile,
} from './ikm-survey-data.ts';

export const listIkmSurveysInput = z.object({ agencyId: z.uuid(), year: yearInput });

export type IkmSurveySummary = {
  id: string;
  version: number;
  serviceName: string;
  periodLabel: string;
  method: 'responses' | 'element_totals';
  startedOn: string | null;
  endedOn: string | null;
  respondents: number | null;
  ikm: number | null;
  nilai: number | null;
  mutu: string | null;
  kinerja: string | null;
};

export type IkmYear = {
  agencyId: string;
  year: number;
  surveys: IkmSurveySummary[];
  /** The year's IKM: null while no survey has data. */
  value: { nilai: number; mutu: string; kinerja: string; surveys: number } | null;
  /** Profile of the year's individual responses; byService counts respondents per surveyed service. */
  profile: (RespondentProfile & { byService: ProfileCount[] }) | null;
  indicators: FeedCandidate[];
};

export async function listIkmSurveys(ctx: ServiceContext, input: unknown): Promise<IkmYear> {
  const data = parseInput(listIkmSurveysInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const surveys = await yearSurveys(tx, data.agencyId, data.year);
    const responses = surveys.flatMap((s) => s.responses);
    const byService = new Map<string, number>();
    for (const s of surveys)
      if (s.result)
        byService.set(
          s.survey.serviceName,
          (byService.get(s.survey.serviceName) ?? 0) + s.result.respondents,
        );
    return {
      agencyId: data.agencyId,
      year: data.year,
      surveys: surveys.map(({ survey, result }) => ({
        id: survey.id,
        version: survey.version,
        serviceName: survey.serviceName,
        periodLabel: survey.periodLabel,
        method: survey.method,
        startedOn: survey.startedOn,
        endedOn: survey.endedOn,
        respondents: result?.respondents ?? null,
        ikm: result?.ikm ?? null,
        nilai: result?.nilai ?? null,
        mutu: result?.mutu ?? null,
        kinerja: result?.kinerja ?? null,
      })),
      value: yearIkm(surveys.map((s) => s.result)),
      profile:
        responses.length === 0
          ? null
          : {
              ...respondentProfile(responses),
              byService: [...byService].map(([category, count]) => ({ category, count })),
            },
      indicators: await feedCandidates(tx, data.agencyId, data.year, 'ikm'),
    };
  });
}
