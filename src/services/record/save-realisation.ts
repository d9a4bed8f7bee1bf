/**
 * Records (or corrects) the realisation of one indicator for one period, and
 * returns it with its live capaian and predikat (year to date, against the
 * year's target, through the domain engine). Only a draft or returned
 * realisation can be edited. See realisation-plan.ts for the rules.
 *
 * Everything the checks and the measurement need is read in one query
 * (realisation-facts.ts); the measurement rolls up the rows read with the
 * one just written, which is what the database holds once it commits.
 */
import type { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { refuseIfLocked } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { loadIndicatorYear } from './realisation-facts.ts';
import { applyRealisation, describeSaved } from './realisation-write.ts';
import { planRealisation, problemsError } from './realisation-plan.ts';
import { measurementPolicy, measureWith } from './realisation-measure.ts';
import { realisationRowSchema, type SavedRealisation } from './realisation-input.ts';

export const saveRealisationInput = realisationRowSchema;
export type SaveRealisationInput = z.input<typeof saveRealisationInput>;

export async function saveRealisation(ctx: ServiceContext, input: unknown): Promise<SavedRealisation> {
  const data = parseInput(saveRealisationInput, input);
  return inTransaction(ctx, async (tx) => {
    const facts = await loadIndicatorYear(tx, data.indicatorId, data.year, data);
    if (!facts) throw notFound({ id: 'Indikator', en: 'Indicator' });
    const agencyId = facts.indicator.agencyId;
    await authorizeForAgency(tx, ctx, 'record.write', agencyId);
    refuseIfLocked(facts.lock, data.year, data.periodKind, data.periodNo);
    const { plan, problems } = await planRealisation(tx, facts, agencyId, data, '');
    if (!plan) throw problemsError(problems);
    const applied = await applyRealisation(tx, ctx, plan);
    const others = facts.realisations.filter((r) => r.id !== applied.row.id);
    const policy = await measurementPolicy(tx, agencyId, data.year, ctx);
    const measurement = measureWith(
      policy,
      plan.indicator,
      applied.row,
      [...others, applied.row],
      facts.target,
    );
    return describeSaved(applied, measurement);
  });
}
