/**
 * Submits a draft or returned realisation for verification.
 *
 * Rule (issue text): "A realisation whose predikat falls in the lowest bands
 * cannot be submitted without an explanation". The capaian of the
 * year-to-date value against the year's target is computed through the domain
 * and classified on the agency's scale (realisation-measure.ts); when the level
 * is one of the two lowest of the scale, `explanation` must not be empty.
 *
 * The schema has no explanation column: the explanation is stored as the
 * realisation's `note` (replacing it; the audit event keeps the note before).
 * A realisation with no value (or grade) yet cannot be submitted.
 */
import { z } from 'zod';
import { formatNumber } from '../../domain/numbers.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { measureRealisation, type Measurement } from './realisation-measure.ts';
import { loadIndicator } from './realisation-facts.ts';
import { loadForTransition, transition, type TransitionResult } from './realisation-workflow.ts';
import { actorUserId, optionalText } from './record-inputs.ts';

export const submitRealisationInput = z.object({
  realisationId: z.uuid(),
  version: z.number().int().positive(),
  /** Why the realisation is low; required when its predikat is in the two lowest levels of the scale. */
  explanation: optionalText(4000),
});
export type SubmitRealisationInput = z.input<typeof submitRealisationInput>;

export async function submitRealisation(
  ctx: ServiceContext,
  input: unknown,
): Promise<TransitionResult & { measurement: Measurement }> {
  const data = parseInput(submitRealisationInput, input);
  return inTransaction(ctx, async (tx) => {
    const before = await loadForTransition(
      tx,
      ctx,
      'record.submit',
      data.realisationId,
      ['draft', 'returned'],
      'submitted',
    );
    await assertPeriodOpen(tx, before.agencyId, before.year, before.periodKind, before.periodNo);
    if (before.value === null && before.grade === null) {
      throw invalidState({
        id: 'Realisasi belum diisi; isi nilainya sebelum diajukan.',
        en: 'The realisation has no value yet; enter it before submitting.',
      });
    }
    const ind = await loadIndicator(tx, before.indicatorId);
    const measurement = await measureRealisation(tx, ind!, before, ctx);
    const { predikat, capaian } = measurement;
    if (predikat?.lowest && capaian !== null && data.explanation === null) {
      const shown = formatNumber(capaian, { decimals: 2 });
      fieldError(
        'explanation',
        `wajib diisi: capaian ${shown}% berpredikat ${predikat.label}; jelaskan penyebabnya`,
        `is required: capaian ${formatNumber(capaian, { decimals: 2, locale: 'en' })}% is rated ${predikat.labelEn}; explain why`,
      );
    }
    const after = await transition(
      tx,
      ctx,
      before,
      data.version,
      {
        status: 'submitted',
        submittedByUserId: actorUserId(ctx),
        submittedAt: ctx.now(),
        ...(data.explanation !== null ? { note: data.explanation } : {}),
      },
      'realisation.submitted',
    );
    return { id: after.id, status: after.status, version: after.version, measurement };
  });
}
