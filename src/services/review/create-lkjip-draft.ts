/** Starts an agency's LKjIP for a year as a draft (operator or kepala of the agency); one per agency and year. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { lkjipReport } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { assertDocumentOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { alreadyExists } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { actingUser, REPORT_TEXTS, reportResult, type ReportResult } from './lkjip-report.ts';

export const createLkjipDraftInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type CreateLkjipDraftInput = z.input<typeof createLkjipDraftInput>;

export async function createLkjipDraft(ctx: ServiceContext, input: unknown): Promise<ReportResult> {
  const data = parseInput(createLkjipDraftInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'report.write', data.agencyId);
    await assertDocumentOpen(tx, data.agencyId, data.year, 'lkjip');
    const [existing] = await tx
      .select({ id: lkjipReport.id })
      .from(lkjipReport)
      .where(and(eq(lkjipReport.agencyId, data.agencyId), eq(lkjipReport.year, data.year)));
    if (existing)
      throw alreadyExists(
        { id: `${REPORT_TEXTS.id} ${data.year}`, en: `${REPORT_TEXTS.en} ${data.year}` },
        'year',
      );
    const [row] = await tx
      .insert(lkjipReport)
      .values({
        agencyId: data.agencyId,
        year: data.year,
        status: 'draft',
        createdByUserId: actingUser(ctx),
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'lkjip_report.created',
      entityTable: 'lkjip_report',
      entityId: row!.id,
      agencyId: row!.agencyId,
      after: row,
    });
    return reportResult(row!);
  });
}
