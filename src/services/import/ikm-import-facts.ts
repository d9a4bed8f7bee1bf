/**
 * What an IKM responses import is checked against, read in three queries for
 * the whole agency-year: the year's surveys, their individual responses and
 * how many element totals each holds (a survey entered as totals takes no
 * responses).
 */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { ikmElementTotal, ikmResponse, ikmSurvey } from '../../store/schema/index.ts';
import type { ResponseRow, SurveyRow } from '../ikm/ikm-survey-data.ts';
import { surveyKey, surveyLabel } from './ikm-sheet.ts';

export type IkmImportSurvey = SurveyRow & {
  /** The name used in the file's "Survei" column. */
  label: string;
  /** Stored responses by respondent number. */
  responses: Map<number, ResponseRow>;
  elementTotals: number;
};

export type IkmImportFacts = {
  surveys: IkmImportSurvey[];
  /** Surveys by surveyKey(label); a key two surveys share maps to null (ambiguous). */
  byKey: Map<string, IkmImportSurvey | null>;
};

export async function loadIkmImportFacts(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<IkmImportFacts> {
  const ofYear = and(eq(ikmSurvey.agencyId, agencyId), eq(ikmSurvey.year, year));
  const surveyRows = await tx
    .select()
    .from(ikmSurvey)
    .where(ofYear)
    .orderBy(asc(ikmSurvey.serviceName), asc(ikmSurvey.periodLabel));
  const responses = await tx
    .select({ response: ikmResponse })
    .from(ikmResponse)
    .innerJoin(ikmSurvey, eq(ikmSurvey.id, ikmResponse.ikmSurveyId))
    .where(ofYear)
    .orderBy(asc(ikmResponse.ikmSurveyId), asc(ikmResponse.respondentNo));
  const totals = await tx
    .select({ surveyId: ikmElementTotal.ikmSurveyId, n: count() })
    .from(ikmElementTotal)
    .innerJoin(ikmSurvey, eq(ikmSurvey.id, ikmElementTotal.ikmSurveyId))
    .where(ofYear)
    .groupBy(ikmElementTotal.ikmSurveyId);
  const surveys: IkmImportSurvey[] = surveyRows.map((s) => ({
    ...s,
    label: surveyLabel(s),
    responses: new Map(),
    elementTotals: totals.find((t) => t.surveyId === s.id)?.n ?? 0,
  }));
  const byId = new Map(surveys.map((s) => [s.id, s]));
  for (const { response } of responses)
    byId.get(response.ikmSurveyId)?.responses.set(response.respondentNo, response);
  const byKey = new Map<string, IkmImportSurvey | null>();
  for (const s of surveys) {
    const key = surveyKey(s.label);
    byKey.set(key, byKey.has(key) ? null : s);
  }
  return { surveys, byKey };
}
