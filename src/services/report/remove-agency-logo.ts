/**
 * Removes an agency's logo: later LKjIP covers print none. The bytes stay in
 * `evidence_blob` (a final LKjIP sealed with this logo still prints it).
 * Removing when there is no logo changes nothing. A version, when given, is
 * checked (a logo replaced since is a conflict).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencyLogo } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { LOGO_TEXTS } from './agency-logo.ts';

export const removeAgencyLogoInput = z.strictObject({
  agencyId: z.uuid(),
  /** The version of the logo read (checked when given). */
  version: z.number().int().positive().optional(),
});
export type RemoveAgencyLogoInput = z.input<typeof removeAgencyLogoInput>;

export async function removeAgencyLogo(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ agencyId: string; removed: boolean }> {
  const data = parseInput(removeAgencyLogoInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'plan.write', data.agencyId);
    const [before] = await tx.select().from(agencyLogo).where(eq(agencyLogo.agencyId, data.agencyId));
    if (!before) return { agencyId: data.agencyId, removed: false };
    if (data.version !== undefined && before.version !== data.version) throw conflict(LOGO_TEXTS);
    const deleted = await tx
      .delete(agencyLogo)
      .where(and(eq(agencyLogo.agencyId, data.agencyId), eq(agencyLogo.version, before.version)))
      .returning();
    if (deleted.length === 0) throw conflict(LOGO_TEXTS);
    await recordAudit(tx, ctx, {
      action: 'agency_logo.removed',
      entityTable: 'agency_logo',
      entityId: data.agencyId,
      agencyId: data.agencyId,
      before,
      after: null,
    });
    return { agencyId: data.agencyId, removed: true };
  });
}
