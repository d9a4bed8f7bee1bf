/**
 * Reading an IKM survey and computing its result with the domain engine
 * (src/domain/ikm.ts, PermenPANRB 14/2017), and feeding the year's value to
 * the indicator marked `feed = 'ikm'` (src/services/feed/indicator-feed.ts).
 *
 * The year's IKM is the mean of the converted values (nilai, 25–100) of the
 * year's surveys that have data: one survey per service or period, each
 * weighed equally, as an indicator with period aggregation `average` would.
 */
import { and, asc, eq } from 'drizzle-orm';
import { ikmFromResponses, ikmFromTotals, ikmGrade, IKM_UNSUR, type IkmResult } from '../../domain/ikm.ts';
import type { Database } from '../../store/database.ts';
import { IKM_ELEMENTS, type IkmElement } from '../../store/schema/enums.ts';
import { ikmElementTotal, ikmResponse, ikmSurvey } from '../../store/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { feedIndicators, type FeedOutcome } from '../feed/indicator-feed.ts';

export type SurveyRow = typeof ikmSurvey.$inferSelect;
export type ResponseRow = typeof ikmResponse.$inferSelect;
export type ElementTotalRow = typeof ikmElementTotal.$inferSelect;

export const SURVEY = { id: 'Survei IKM', en: 'IKM survey' };

/** A response's nine scores as columns. */
export type ScoredRow = Pick<ResponseRow, 'u1' | 'u2' | 'u3' | 'u4' | 'u5' | 'u6' | 'u7' | 'u8' | 'u9'>;

/** The nine scores of a response, U1..U9. */
export function scoresOf(row: ScoredRow): number[] {
  return [row.u1, row.u2, row.u3, row.u4, row.u5, row.u6, row.u7, row.u8, row.u9];
}

export async function loadSurvey(tx: Database, surveyId: string): Promise<SurveyRow> {
  const [row] = await tx.select().from(ikmSurvey).where(eq(ikmSurvey.id, surveyId));
  if (!row) throw notFound(SURVEY);
  return row;
}

export async function loadResponses(tx: Database, surveyId: string): Promise<ResponseRow[]> {
  return tx
    .select()
    .from(ikmResponse)
    .where(eq(ikmResponse.ikmSurveyId, surveyId))
    .orderBy(asc(ikmResponse.respondentNo));
}

export async function loadElementTotals(tx: Database, surveyId: string): Promise<ElementTotalRow[]> {
  const rows = await tx.select().from(ikmElementTotal).where(eq(ikmElementTotal.ikmSurveyId, surveyId));
  const order = (e: IkmElement) => IKM_ELEMENTS.indexOf(e);
  return rows.sort((a, b) => order(a.element) - order(b.element));
}

/** A survey's result as the API returns it (numbers at full precision; round when showing). */
export type IkmSurveyResult = {
  respondents: number;
  weight: number;
  elements: { code: string; name: string; total: number; nrr: number; nrrTertimbang: number }[];
  /** Nilai indeks, 1..4. */
  ikm: number;
  /** Converted value (IKM unit pelayanan), 25..100. */
  nilai: number;
  mutu: string;
  kinerja: string;
};

function resultOf(result: IkmResult): IkmSurveyResult {
  return {
    respondents: result.respondents,
    weight: result.weight,
    elements: result.elements.map((e) => ({
      code: e.unsur.code,
      name: e.unsur.name,
      total: e.total,
      nrr: e.nrr,
      nrrTertimbang: e.nrrTertimbang,
    })),
    ikm: result.ikm,
    nilai: result.nilai,
    mutu: result.grade.mutu,
    kinerja: result.grade.kinerja,
  };
}

/**
 * The survey's result from its responses or its element totals (by its
 * method), or null while it has no data (or totals for only some elements).
 */
export function surveyResult(
  survey: Pick<SurveyRow, 'method'>,
  responses: readonly ScoredRow[],
  totals: readonly Pick<ElementTotalRow, 'scoreSum' | 'respondents'>[],
): IkmSurveyResult | null {
  if (survey.method === 'responses') {
    if (responses.length === 0) return null;
    return resultOf(ikmFromResponses(responses.map(scoresOf)));
  }
  if (totals.length !== IKM_ELEMENTS.length) return null;
  // the schema keeps respondents per element; the survey's count is the first (all equal when entered here)
  const respondents = totals[0]!.respondents;
  if (totals.some((t) => t.respondents !== respondents)) return null;
  return resultOf(
    ikmFromTotals(
      totals.map((t) => t.scoreSum),
      respondents,
    ),
  );
}

export type ProfileCount = { category: string; count: number };
export type RespondentProfile = {
  respondents: number;
  bySex: ProfileCount[];
  byEducation: ProfileCount[];
  byOccupation: ProfileCount[];
  byAgeGroup: ProfileCount[];
};

function countBy(rows: readonly ResponseRow[], key: (r: ResponseRow) => string | null): ProfileCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const category = key(row) ?? '';
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count);
}

/** Counts of the respondents by sex, education, occupation and age group ('' = not stated). */
export function respondentProfile(rows: readonly ResponseRow[]): RespondentProfile {
  return {
    respondents: rows.length,
    bySex: countBy(rows, (r) => r.sex),
    byEducation: countBy(rows, (r) => r.education),
    byOccupation: countBy(rows, (r) => r.occupation),
    byAgeGroup: countBy(rows, (r) => r.ageGroup),
  };
}

/** The year's IKM: the mean of the converted values of the surveys with data, graded; null when none. */
export function yearIkm(results: readonly (IkmSurveyResult | null)[]): {
  nilai: number;
  mutu: string;
  kinerja: string;
  surveys: number;
} | null {
  const values = results.filter((r): r is IkmSurveyResult => r !== null).map((r) => r.nilai);
  if (values.length === 0) return null;
  const nilai = values.reduce((a, b) => a + b, 0) / values.length;
  const grade = ikmGrade(nilai);
  return { nilai, mutu: grade.mutu, kinerja: grade.kinerja, surveys: values.length };
}

/** Every survey of an agency-year with its result. */
export async function yearSurveys(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<{ survey: SurveyRow; responses: ResponseRow[]; result: IkmSurveyResult | null }[]> {
  const surveys = await tx
    .select()
    .from(ikmSurvey)
    .where(and(eq(ikmSurvey.agencyId, agencyId), eq(ikmSurvey.year, year)))
    .orderBy(asc(ikmSurvey.serviceName), asc(ikmSurvey.periodLabel));
  const out = [];
  for (const survey of surveys) {
    const responses = survey.method === 'responses' ? await loadResponses(tx, survey.id) : [];
    const totals = survey.method === 'element_totals' ? await loadElementTotals(tx, survey.id) : [];
    out.push({ survey, responses, result: surveyResult(survey, responses, totals) });
  }
  return out;
}

/** Recomputes the agency-year's IKM and writes it to the indicators fed by IKM. */
export async function feedIkmYear(
  tx: Database,
  ctx: ServiceContext,
  agencyId: string,
  year: number,
): Promise<FeedOutcome[]> {
  const surveys = await yearSurveys(tx, agencyId, year);
  const value = yearIkm(surveys.map((s) => s.result));
  return feedIndicators(tx, ctx, {
    agencyId,
    feed: 'ikm',
    year,
    value: value?.nilai ?? null,
    note: `Dihitung dari ${value?.surveys ?? 0} survei kepuasan masyarakat tahun ${year} (PermenPANRB 14/2017).`,
  });
}

/** The unsur names, for messages. */
export function unsurName(code: IkmElement): string {
  return IKM_UNSUR.find((u) => u.code === code)!.name;
}
