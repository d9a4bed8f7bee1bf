/** Verifies a submitted realisation (kepala of the agency, or the region's admin). */
import { z } from 'zod';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { loadForTransition, transition, type TransitionResult } from './realisation-workflow.ts';
import { actorUserId } from './record-inputs.ts';

export const verifyRealisationInput = z.object({
  realisationId: z.uuid(),
  version: z.number().int().positive(),
});
export type VerifyRealisationInput = z.input<typeof verifyRealisationInput>;

export async function verifyRealisation(ctx: ServiceContext, input: unknown): Promise<TransitionResult> {
  const data = parseInput(verifyRealisationInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForTransition(
      tx,
      ctx,
      'record.verify',
      data.realisationId,
      ['submitted'],
      'verified',
    );
    const after = await transition(
      tx,
      ctx,
      before,
      data.version,
      { status: 'verified', verifiedByUserId: actorUserId(ctx), verifiedAt: ctx.now() },
      'realisation.verified',
    );
    return { id: after.id, status: after.status, version: after.version };
  });
}
