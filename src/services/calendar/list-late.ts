/**
 * What is late, per agency, at `ctx.now()`: for each deadline of the region
 * and year whose due date has ended, the agencies that still owe its work
 * (reporting-status.ts: quarters without submitted realisations, PK not
 * signed, LKjIP not final). Admins, evaluators and region-wide viewers see
 * every agency of their region; an agency's own users see their agency only.
 * Agencies with nothing late are left out.
 */
import { and, asc, eq, lte } from 'drizzle-orm';
import { z } from 'zod';
import { reportingDeadline } from '../../store/schema/index.ts';
import type { DeadlineKind } from '../../store/schema/workflow.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { authorizeRegionRead } from './deadline-texts.ts';
import { lockInForce } from './period-lock.ts';
import { agencyStatuses } from './reporting-status.ts';

export const listLateInput = z.strictObject({
  regionId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type ListLateInput = z.input<typeof listLateInput>;

export type LateItem = {
  deadlineId: string;
  kind: DeadlineKind;
  periodNo: number | null;
  dueDate: string;
  dueAt: Date;
  /** Indicators without a submitted realisation (realisation deadlines); null otherwise. */
  missingIndicators: number | null;
  /** Whether the period is locked for the agency (grace over, not reopened). */
  locked: boolean;
};

export type LateAgency = { agencyId: string; code: string; name: string; late: LateItem[] };

export async function listLate(ctx: ServiceContext, input: unknown): Promise<LateAgency[]> {
  const data = parseInput(listLateInput, input);
  authorizeRegionRead(ctx, data.regionId);
  const only = ctx.actor.agencyId;
  return inTransaction(ctx, async (tx) => {
    const deadlines = await tx
      .select()
      .from(reportingDeadline)
      .where(
        and(
          eq(reportingDeadline.regionId, data.regionId),
          eq(reportingDeadline.year, data.year),
          lte(reportingDeadline.dueAt, ctx.now()),
        ),
      )
      .orderBy(asc(reportingDeadline.dueAt), asc(reportingDeadline.kind), asc(reportingDeadline.periodNo));
    const byAgency = new Map<string, LateAgency>();
    for (const deadline of deadlines) {
      for (const status of await agencyStatuses(tx, deadline, only)) {
        if (status.done) continue;
        const entry = byAgency.get(status.agencyId) ?? {
          agencyId: status.agencyId,
          code: status.code,
          name: status.name,
          late: [],
        };
        byAgency.set(status.agencyId, entry);
        const lock = await lockInForce(tx, status.agencyId, deadline.year, deadline.kind, deadline.periodNo);
        entry.late.push({
          deadlineId: deadline.id,
          kind: deadline.kind,
          periodNo: deadline.periodNo,
          dueDate: deadline.dueDate,
          dueAt: deadline.dueAt,
          missingIndicators: status.missing,
          locked: lock !== null,
        });
      }
    }
    return [...byAgency.values()].sort((a, b) => a.code.localeCompare(b.code));
  });
}
