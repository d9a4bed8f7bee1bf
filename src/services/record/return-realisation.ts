/** Returns a submitted realisation to its agency for correction, with a required comment. */
import { z } from 'zod';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { loadForTransition, transition, type TransitionResult } from './realisation-workflow.ts';
import { actorUserId } from './record-inputs.ts';

export const returnRealisationInput = z.object({
  realisationId: z.uuid(),
  version: z.number().int().positive(),
  /** What to correct; shown to the operator. */
  comment: z.string().trim().min(1).max(4000),
});
export type ReturnRealisationInput = z.input<typeof returnRealisationInput>;

export async function returnRealisation(ctx: ServiceContext, input: unknown): Promise<TransitionResult> {
  const data = parseInput(returnRealisationInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForTransition(
      tx,
      ctx,
      'record.verify',
      data.realisationId,
      ['submitted'],
      'returned',
    );
    const after = await transition(
      tx,
      ctx,
      before,
      data.version,
      {
        status: 'returned',
        returnedByUserId: actorUserId(ctx),
        returnedAt: ctx.now(),
        returnReason: data.comment,
      },
      'realisation.returned',
    );
    return { id: after.id, status: after.status, version: after.version };
  });
}
