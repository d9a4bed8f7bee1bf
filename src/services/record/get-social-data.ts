/**
 * The social-welfare data of one agency-year, as the entry tables need them:
 * PPKS by category, PSKS by type and assistance delivered by programme, each
 * row with its kecamatan (null = the whole region) and version, and the
 * kecamatan of the agency's region to choose from. Rows are as stored; the
 * tables are written back with PUT /agencies/:agencyId/{ppks,psks,assistance}.
 */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AssistanceProgram, PpksCategory, PsksType } from '../../store/schema/enums.ts';
import { assistanceDelivery, kecamatan, ppksCount, psksCount } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { yearInput } from './record-inputs.ts';

export const getSocialDataInput = z.object({ agencyId: z.uuid(), year: yearInput });
export type GetSocialDataInput = z.input<typeof getSocialDataInput>;

type Counted = {
  id: string;
  kecamatanId: string | null;
  count: number;
  dataSource: string | null;
  version: number;
};

/** `served`: of `count`, those served in the year (null = not recorded). */
export type PpksRow = Counted & { category: PpksCategory; served: number | null };
export type PsksRow = Counted & { type: PsksType };
export type AssistanceRow = {
  id: string;
  program: AssistanceProgram;
  programLabel: string;
  kecamatanId: string | null;
  recipients: number | null;
  /** Exact decimal text ("12.5"), or null. */
  units: string | null;
  unitName: string | null;
  value: number | null;
  fundingSource: string | null;
  version: number;
};

export type SocialData = {
  agencyId: string;
  year: number;
  /** The kecamatan of the agency's region, by name. */
  kecamatan: { id: string; code: string; name: string }[];
  ppks: PpksRow[];
  psks: PsksRow[];
  assistance: AssistanceRow[];
};

export async function getSocialData(ctx: ServiceContext, input: unknown): Promise<SocialData> {
  const { agencyId, year } = parseInput(getSocialDataInput, input);
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'agency.read', agencyId);
    const kecamatanRows = await tx
      .select({ id: kecamatan.id, code: kecamatan.code, name: kecamatan.name })
      .from(kecamatan)
      .where(eq(kecamatan.regionId, scope.regionId))
      .orderBy(asc(kecamatan.name));
    const ppks = await tx
      .select()
      .from(ppksCount)
      .where(and(eq(ppksCount.agencyId, agencyId), eq(ppksCount.year, year)))
      .orderBy(asc(ppksCount.category));
    const psks = await tx
      .select()
      .from(psksCount)
      .where(and(eq(psksCount.agencyId, agencyId), eq(psksCount.year, year)))
      .orderBy(asc(psksCount.type));
    const assistance = await tx
      .select()
      .from(assistanceDelivery)
      .where(and(eq(assistanceDelivery.agencyId, agencyId), eq(assistanceDelivery.year, year)))
      .orderBy(asc(assistanceDelivery.program), asc(assistanceDelivery.programLabel));
    const counted = (r: {
      id: string;
      kecamatanId: string | null;
      count: number;
      dataSource: string | null;
      version: number;
    }): Counted => ({
      id: r.id,
      kecamatanId: r.kecamatanId,
      count: r.count,
      dataSource: r.dataSource,
      version: r.version,
    });
    return {
      agencyId,
      year,
      kecamatan: kecamatanRows,
      ppks: ppks.map((r) => ({ ...counted(r), category: r.category, served: r.served })),
      psks: psks.map((r) => ({ ...counted(r), type: r.type })),
      assistance: assistance.map((r) => ({
        id: r.id,
        program: r.program,
        programLabel: r.programLabel,
        kecamatanId: r.kecamatanId,
        recipients: r.recipients,
        units: r.units,
        unitName: r.unitName,
        value: r.value,
        fundingSource: r.fundingSource,
        version: r.version,
      })),
    };
  });
}
