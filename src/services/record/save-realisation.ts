/**
 * Records (or corrects) the realisation of one indicator for one period, and
 * returns it with its live capaian and predikat (year to date, against the
 * year's target, through the domain engine). Only a draft or returned
 * realisation can be edited. See realisation-plan.ts for the rules.
 */
import type { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { applyRealisation, describeSaved } from './realisation-write.ts';
import { loadIndicator, planRealisation, problemsError } from './realisation-plan.ts';
import { realisationRowSchema, type SavedRealisation } from './realisation-input.ts';

export const saveRealisationInput = realisationRowSchema;
export type SaveRealisationInput = z.input<typeof saveRealisationInput>;

export async function saveRealisation(ctx: ServiceContext, input: unknown): Promise<SavedRealisation> {
  const data = parseInput(saveRealisationInput, input);
  return inTransaction(ctx, async (tx) => {
    const ind = await loadIndicator(tx, data.indicatorId);
    if (!ind) throw notFound({ id: 'Indikator', en: 'Indicator' });
    await authorizeForAgency(tx, ctx, 'record.write', ind.agencyId);
    await assertPeriodOpen(tx, ind.agencyId, data.year, data.periodKind, data.periodNo);
    const { plan, problems } = await planRealisation(tx, ind.agencyId, data, '');
    if (!plan) throw problemsError(problems);
    return describeSaved(tx, await applyRealisation(tx, ctx, plan));
  });
}
