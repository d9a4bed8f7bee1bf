/** An agency's logo with its bytes, for download and the report's cover; null when it has none. */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencyLogo, evidenceBlob } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { logoInfo, type AgencyLogoInfo } from './agency-logo.ts';

export const getAgencyLogoInput = z.strictObject({ agencyId: z.uuid() });
export type GetAgencyLogoInput = z.input<typeof getAgencyLogoInput>;

export async function getAgencyLogo(
  ctx: ServiceContext,
  input: unknown,
): Promise<(AgencyLogoInfo & { bytes: Uint8Array }) | null> {
  const data = parseInput(getAgencyLogoInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const [row] = await tx
      .select({ logo: agencyLogo, content: evidenceBlob.content })
      .from(agencyLogo)
      .innerJoin(evidenceBlob, eq(evidenceBlob.sha256, agencyLogo.blobSha256))
      .where(eq(agencyLogo.agencyId, data.agencyId));
    if (!row) return null;
    const bytes = new Uint8Array(row.content);
    return { ...logoInfo(row.logo, bytes), bytes };
  });
}
