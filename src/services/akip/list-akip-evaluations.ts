/**
 * The evaluasi AKIP history of an agency across years, each evaluation with
 * its components, score and predikat (domain engine), recommendations and
 * follow-up; and, for `year`, the indicators its score could feed (the
 * Renstra period covering year + 1) with their "Nilai AKIP" realisation.
 */
import { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { feedCandidates, type FeedCandidate } from '../feed/feed-candidates.ts';
import { yearInput } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { agencyEvaluations, evaluationView, type AkipEvaluationView } from './akip-evaluation-data.ts';

export const listAkipEvaluationsInput = z.object({ agencyId: z.uuid(), year: yearInput });

export type AkipHistory = {
  agencyId: string;
  year: number;
  /** Latest year first. */
  evaluations: AkipEvaluationView[];
  indicators: FeedCandidate[];
};

export async function listAkipEvaluations(ctx: ServiceContext, input: unknown): Promise<AkipHistory> {
  const data = parseInput(listAkipEvaluationsInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const evaluations = [];
    for (const row of await agencyEvaluations(tx, data.agencyId))
      evaluations.push(await evaluationView(tx, row));
    return {
      agencyId: data.agencyId,
      year: data.year,
      evaluations,
      indicators: await feedCandidates(tx, data.agencyId, data.year + 1, 'akip', data.year + 1),
    };
  });
}
