/**
 * Writing one planned realisation row (see realisation-plan.ts for the checks
 * and the rules) and describing it to the caller.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { realisation, realisationComponent } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { updateVersioned } from '../versioned-update.ts';
import type { Measurement } from './realisation-measure.ts';
import { REALISATION_TEXTS, type RealisationPlan, type SavedRealisation } from './realisation-input.ts';
import { actorUserId } from './record-inputs.ts';
import { conflictOnDuplicate } from './unique-conflict.ts';

function componentsRecord(plan: RealisationPlan): Record<string, string> | null {
  if (!plan.components) return null;
  return Object.fromEntries(plan.components.map((c) => [c.code, c.value]));
}

export type AppliedRealisation = { plan: RealisationPlan; row: typeof realisation.$inferSelect };

/** Writes a planned row, its components and its audit event. */
export async function applyRealisation(
  tx: Database,
  ctx: ServiceContext,
  plan: RealisationPlan,
): Promise<AppliedRealisation> {
  const { input, indicator: ind } = plan;
  const now = ctx.now();
  let row: typeof realisation.$inferSelect;
  if (plan.existing) {
    row = await updateVersioned(
      tx,
      realisation,
      plan.existing.id,
      input.version ?? plan.existing.version,
      { ...plan.values, enteredByUserId: actorUserId(ctx) },
      REALISATION_TEXTS,
      now,
    );
  } else {
    const [inserted] = await conflictOnDuplicate(REALISATION_TEXTS, () =>
      tx
        .insert(realisation)
        .values({
          agencyId: ind.agencyId,
          indicatorId: ind.id,
          year: input.year,
          periodKind: input.periodKind,
          periodNo: input.periodNo,
          ...plan.values,
          status: 'draft',
          enteredByUserId: actorUserId(ctx),
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    );
    row = inserted!;
  }
  if (plan.components) {
    await tx.delete(realisationComponent).where(eq(realisationComponent.realisationId, row.id));
    if (plan.components.length > 0)
      await tx.insert(realisationComponent).values(
        plan.components.map((c) => ({
          agencyId: ind.agencyId,
          realisationId: row.id,
          indicatorComponentId: c.componentId,
          value: c.value,
          createdAt: now,
          updatedAt: now,
        })),
      );
  }
  const components = componentsRecord(plan);
  await recordAudit(tx, ctx, {
    action: 'realisation.saved',
    entityTable: 'realisation',
    entityId: row.id,
    agencyId: ind.agencyId,
    before: plan.existing ? { ...plan.existing, components: plan.existingComponents } : null,
    after: { ...row, components },
  });
  return { plan, row };
}

/** The saved row as the caller sees it, with its live measurement (measured after every row of a batch is written). */
export function describeSaved({ plan, row }: AppliedRealisation, measurement: Measurement): SavedRealisation {
  return {
    id: row.id,
    agencyId: row.agencyId,
    indicatorId: row.indicatorId,
    year: row.year,
    periodKind: row.periodKind,
    periodNo: row.periodNo,
    value: row.value,
    grade: row.grade,
    note: row.note,
    status: row.status,
    version: row.version,
    components: componentsRecord(plan),
    derivedReason: plan.derivedReason,
    measurement,
  };
}
