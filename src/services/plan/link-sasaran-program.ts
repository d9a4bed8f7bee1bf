/**
 * Records that a program delivers a sasaran strategis (a program may serve
 * several sasaran). Both must be of the same Renstra period. Linking twice is
 * a no-op that reports `created: false`.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { program, sasaranProgramLink, sasaranStrategis } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { fieldIssue, loadReference, loadRow, WHAT } from './renstra-rows.ts';
import { withStoreErrors } from './store-errors.ts';

export const linkSasaranProgramInput = z.strictObject({
  sasaranStrategisId: z.uuid(),
  programId: z.uuid(),
});
export type LinkSasaranProgramInput = z.input<typeof linkSasaranProgramInput>;

export type LinkSasaranProgramResult = { sasaranStrategisId: string; programId: string; created: boolean };

export async function linkSasaranProgram(
  ctx: ServiceContext,
  input: unknown,
): Promise<LinkSasaranProgramResult> {
  const data = parseInput(linkSasaranProgramInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const sasaran = await loadRow(tx, sasaranStrategis, data.sasaranStrategisId, WHAT.sasaran);
      await authorizeForAgency(tx, ctx, 'plan.write', sasaran.agencyId);
      const prog = await loadReference(
        tx,
        program,
        data.programId,
        sasaran.agencyId,
        'programId',
        WHAT.program,
      );
      if (prog.renstraPeriodId !== sasaran.renstraPeriodId) {
        throw fieldIssue(
          'programId',
          'program ini milik periode Renstra lain',
          'this program belongs to another Renstra period',
        );
      }
      const existing = await tx
        .select({ programId: sasaranProgramLink.programId })
        .from(sasaranProgramLink)
        .where(
          and(
            eq(sasaranProgramLink.sasaranStrategisId, sasaran.id),
            eq(sasaranProgramLink.programId, prog.id),
          ),
        );
      const result = { sasaranStrategisId: sasaran.id, programId: prog.id };
      if (existing.length > 0) return { ...result, created: false };
      await tx
        .insert(sasaranProgramLink)
        .values({ ...result, agencyId: sasaran.agencyId, createdAt: ctx.now() });
      await recordAudit(tx, ctx, {
        action: 'sasaran_program_link.created',
        entityTable: 'sasaran_program_link',
        entityId: `${sasaran.id}:${prog.id}`,
        agencyId: sasaran.agencyId,
        after: { ...result, sasaranCode: sasaran.code, programCode: prog.code },
      });
      return { ...result, created: true };
    }),
  );
}
