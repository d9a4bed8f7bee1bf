/**
 * Records a block of realisations pasted from a spreadsheet, for one agency:
 * every row is checked first (input, indicator, period, status, version) and
 * nothing is written unless all are valid; errors name the row and field
 * (`rows[3].value`). One transaction, one audit event per row.
 */
import { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { loadIndicatorYear } from './realisation-facts.ts';
import { measureRealisation } from './realisation-measure.ts';
import { applyRealisation, describeSaved, type AppliedRealisation } from './realisation-write.ts';
import { planRealisation, problemsError } from './realisation-plan.ts';
import {
  realisationRowSchema,
  type RealisationPlan,
  type RealisationProblem,
  type SavedRealisation,
} from './realisation-input.ts';

/** A pasted block is a sheet, not a database dump. */
export const MAX_BATCH_ROWS = 2000;

export const saveRealisationsBatchInput = z.object({
  agencyId: z.uuid(),
  rows: z.array(realisationRowSchema).min(1).max(MAX_BATCH_ROWS),
});
export type SaveRealisationsBatchInput = z.input<typeof saveRealisationsBatchInput>;

export async function saveRealisationsBatch(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ rows: SavedRealisation[] }> {
  const data = parseInput(saveRealisationsBatchInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    const problems: RealisationProblem[] = [];
    const plans: RealisationPlan[] = [];
    const seen = new Map<string, number>();
    const kinds = new Map<string, { kind: string; index: number }>();
    for (const [index, row] of data.rows.entries()) {
      const path = `rows[${index}].`;
      const key = `${row.indicatorId}|${row.year}|${row.periodKind}|${row.periodNo}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          code: 'validation',
          field: {
            path: `${path}periodNo`,
            message: {
              id: `periode yang sama dengan baris ${first} untuk indikator yang sama`,
              en: `the same indicator and period as row ${first}`,
            },
          },
        });
        continue;
      }
      seen.set(key, index);
      const yearKey = `${row.indicatorId}|${row.year}`;
      const kind = kinds.get(yearKey);
      if (kind && kind.kind !== row.periodKind) {
        problems.push({
          code: 'validation',
          field: {
            path: `${path}periodKind`,
            message: {
              id: `baris ${kind.index} mencatat indikator ini per ${kind.kind} pada tahun yang sama`,
              en: `row ${kind.index} records this indicator per ${kind.kind} in the same year`,
            },
          },
        });
        continue;
      }
      kinds.set(yearKey, { kind: row.periodKind, index });
      await assertPeriodOpen(tx, data.agencyId, row.year, row.periodKind, row.periodNo);
      const facts = await loadIndicatorYear(tx, row.indicatorId, row.year);
      const planned = await planRealisation(tx, facts, data.agencyId, row, path);
      problems.push(...planned.problems);
      if (planned.plan) plans.push(planned.plan);
    }
    if (problems.length > 0) throw problemsError(problems);
    const applied: AppliedRealisation[] = [];
    for (const plan of plans) applied.push(await applyRealisation(tx, ctx, plan));
    const rows: SavedRealisation[] = [];
    for (const a of applied)
      rows.push(describeSaved(a, await measureRealisation(tx, a.plan.indicator, a.row, ctx)));
    return { rows };
  });
}
