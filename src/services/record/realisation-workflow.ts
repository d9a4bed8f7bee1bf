/**
 * The review workflow of a realisation: draft/returned → submitted →
 * verified, or submitted → returned (with a comment). Each step names the
 * version it read (optimistic concurrency) and is audited.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import type { RealisationStatus } from '../../store/schema/enums.ts';
import { realisation } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import type { Action } from '../authorization.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { invalidState, notFound } from '../errors.ts';
import { updateVersioned } from '../versioned-update.ts';
import { REALISATION_TEXTS } from './realisation-input.ts';

export type RealisationRow = typeof realisation.$inferSelect;

export type TransitionResult = { id: string; status: RealisationStatus; version: number };

const STATUS_TEXT: Readonly<Record<RealisationStatus, { id: string; en: string }>> = {
  draft: { id: 'draf', en: 'draft' },
  submitted: { id: 'diajukan', en: 'submitted' },
  verified: { id: 'diverifikasi', en: 'verified' },
  returned: { id: 'dikembalikan', en: 'returned' },
};

/** Loads the realisation, checks the actor may perform `action` on its agency and that its status allows the step. */
export async function loadForTransition(
  tx: Database,
  ctx: ServiceContext,
  action: Action,
  realisationId: string,
  from: readonly RealisationStatus[],
  to: RealisationStatus,
): Promise<RealisationRow> {
  const [row] = await tx.select().from(realisation).where(eq(realisation.id, realisationId));
  if (!row) throw notFound(REALISATION_TEXTS);
  await authorizeForAgency(tx, ctx, action, row.agencyId);
  if (!from.includes(row.status)) {
    const now = STATUS_TEXT[row.status];
    const next = STATUS_TEXT[to];
    throw invalidState({
      id: `Realisasi berstatus ${now.id} tidak dapat menjadi ${next.id}.`,
      en: `A ${now.en} realisation cannot become ${next.en}.`,
    });
  }
  return row;
}

/** Writes the new status (and its who/when columns) at the version read, and the audit event. */
export async function transition(
  tx: Database,
  ctx: ServiceContext,
  before: RealisationRow,
  version: number,
  values: Partial<RealisationRow> & { status: RealisationStatus },
  event: string,
): Promise<RealisationRow> {
  const after = await updateVersioned(
    tx,
    realisation,
    before.id,
    version,
    values,
    REALISATION_TEXTS,
    ctx.now(),
  );
  await recordAudit(tx, ctx, {
    action: event,
    entityTable: 'realisation',
    entityId: after.id,
    agencyId: after.agencyId,
    before,
    after,
  });
  return after;
}
