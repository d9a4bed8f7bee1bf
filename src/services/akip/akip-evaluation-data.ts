/**
 * Reading an evaluasi AKIP and computing its score and predikat with the
 * domain engine (src/domain/akip.ts, PermenPANRB 88/2021), and feeding the
 * score to the indicator marked `feed = 'akip'`.
 *
 * Years: an evaluation's `year` is the year evaluated (the LKjIP year); it is
 * carried out the year after, and reports use its score as that next year's
 * realisation of "Nilai AKIP" (the demo's 2023 report: the evaluation of 2022
 * gives the 2023 realisation 72,95). So the evaluation of year N feeds the
 * realisation of year N + 1.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import {
  AKIP_COMPONENTS as DOMAIN_COMPONENTS,
  computeAkip,
  type AkipComponentInput,
  type AkipComponentKey,
} from '../../domain/akip.ts';
import type { Database } from '../../store/database.ts';
import type { AkipComponent, FollowUpStatus } from '../../store/schema/enums.ts';
import { akipComponentScore, akipEvaluation, akipRecommendation } from '../../store/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { feedIndicators, type FeedOutcome } from '../feed/indicator-feed.ts';

export type EvaluationRow = typeof akipEvaluation.$inferSelect;
export type ComponentRow = typeof akipComponentScore.$inferSelect;
export type RecommendationRow = typeof akipRecommendation.$inferSelect;

export const EVALUATION = { id: 'Evaluasi AKIP', en: 'AKIP evaluation' };
export const RECOMMENDATION = { id: 'Rekomendasi', en: 'Recommendation' };

/** The store's component keys against the domain's (the store says `evaluasi_internal`). */
export const DOMAIN_KEY: Readonly<Record<AkipComponent, AkipComponentKey>> = {
  perencanaan: 'perencanaan',
  pengukuran: 'pengukuran',
  pelaporan: 'pelaporan',
  evaluasi_internal: 'evaluasi',
};

export function componentWeight(component: AkipComponent): number {
  return DOMAIN_COMPONENTS.find((c) => c.key === DOMAIN_KEY[component])!.weight;
}

export async function loadEvaluation(tx: Database, evaluationId: string): Promise<EvaluationRow> {
  const [row] = await tx.select().from(akipEvaluation).where(eq(akipEvaluation.id, evaluationId));
  if (!row) throw notFound(EVALUATION);
  return row;
}

export type AkipComponentView = {
  component: AkipComponent;
  name: string;
  weight: number;
  score: number;
  percentOfWeight: number;
  subComponents: { name: string; weight: number; score: number }[] | null;
};

export type AkipEvaluationView = {
  id: string;
  version: number;
  year: number;
  /** The year whose "Nilai AKIP" realisation the score feeds (year + 1). */
  feedsYear: number;
  evaluator: string;
  evaluatedOn: string | null;
  letterNumber: string | null;
  publishedGrade: string | null;
  components: AkipComponentView[];
  /** Σ component scores and predikat, once all four components are scored. */
  score: number | null;
  predikat: string | null;
  interpretasi: string | null;
  recommendations: {
    id: string;
    version: number;
    number: number;
    recommendation: string;
    followUpStatus: FollowUpStatus;
    followUpNote: string | null;
    followUpOn: string | null;
  }[];
};

/** The components' results through the domain: every component given, the total and grade when all four are. */
export function evaluate(components: readonly Pick<ComponentRow, 'component' | 'score' | 'subComponents'>[]) {
  const given = new Map(components.map((c) => [DOMAIN_KEY[c.component], c]));
  const input = Object.fromEntries(
    DOMAIN_COMPONENTS.map((d): [AkipComponentKey, AkipComponentInput] => {
      const row = given.get(d.key);
      if (!row) return [d.key, { score: 0 }];
      if (row.subComponents && row.subComponents.length > 0)
        return [
          d.key,
          {
            subComponents: row.subComponents.map((s) => ({
              name: s.name,
              weight: Number(s.weight),
              score: Number(s.score),
            })),
          },
        ];
      return [d.key, { score: Number(row.score) }];
    }),
  ) as Record<AkipComponentKey, AkipComponentInput>;
  const result = computeAkip(input);
  const complete = given.size === DOMAIN_COMPONENTS.length;
  return { result, complete, given };
}

export async function evaluationView(tx: Database, row: EvaluationRow): Promise<AkipEvaluationView> {
  const components = await tx
    .select()
    .from(akipComponentScore)
    .where(eq(akipComponentScore.akipEvaluationId, row.id));
  const recommendations = await tx
    .select()
    .from(akipRecommendation)
    .where(eq(akipRecommendation.akipEvaluationId, row.id))
    .orderBy(asc(akipRecommendation.number));
  const { result, complete, given } = evaluate(components);
  const storeKey = (key: AkipComponentKey) =>
    (Object.keys(DOMAIN_KEY) as AkipComponent[]).find((k) => DOMAIN_KEY[k] === key)!;
  return {
    id: row.id,
    version: row.version,
    year: row.year,
    feedsYear: row.year + 1,
    evaluator: row.evaluator,
    evaluatedOn: row.evaluatedOn,
    letterNumber: row.letterNumber,
    publishedGrade: row.publishedGrade,
    components: result.components
      .filter((c) => given.has(c.key))
      .map((c) => ({
        component: storeKey(c.key),
        name: c.name,
        weight: c.weight,
        score: c.score,
        percentOfWeight: c.percentOfWeight,
        subComponents: c.subComponents,
      })),
    score: complete ? result.score : null,
    predikat: complete ? result.grade.predikat : null,
    interpretasi: complete ? result.grade.interpretasi : null,
    recommendations: recommendations.map((r) => ({
      id: r.id,
      version: r.version,
      number: r.number,
      recommendation: r.recommendation,
      followUpStatus: r.followUpStatus,
      followUpNote: r.followUpNote,
      followUpOn: r.followUpOn,
    })),
  };
}

/** The agency's evaluations, latest year first. */
export async function agencyEvaluations(tx: Database, agencyId: string): Promise<EvaluationRow[]> {
  return tx
    .select()
    .from(akipEvaluation)
    .where(eq(akipEvaluation.agencyId, agencyId))
    .orderBy(desc(akipEvaluation.year), asc(akipEvaluation.evaluator));
}

/**
 * Feeds "Nilai AKIP" of `realisationYear` from the evaluation of the year
 * before (the most recently changed complete one, should there be several).
 */
export async function feedAkipYear(
  tx: Database,
  ctx: ServiceContext,
  agencyId: string,
  realisationYear: number,
): Promise<FeedOutcome[]> {
  const rows = await tx
    .select()
    .from(akipEvaluation)
    .where(and(eq(akipEvaluation.agencyId, agencyId), eq(akipEvaluation.year, realisationYear - 1)))
    .orderBy(desc(akipEvaluation.updatedAt));
  let value: { score: number; evaluator: string } | null = null;
  for (const row of rows) {
    const view = await evaluationView(tx, row);
    if (view.score !== null) {
      value = { score: view.score, evaluator: view.evaluator };
      break;
    }
  }
  return feedIndicators(tx, ctx, {
    agencyId,
    feed: 'akip',
    year: realisationYear,
    value: value?.score ?? null,
    note: `Nilai evaluasi AKIP atas kinerja tahun ${realisationYear - 1}${value ? ` oleh ${value.evaluator}` : ''} (PermenPANRB 88/2021).`,
  });
}
