/**
 * What the Perjanjian Kinerja document builder (`buildPkDocumentModel`,
 * src/report/build-pk.ts) needs, read through `getPk`: by PK id, or by
 * agency and year (the PK of the agency's top unit). Without
 * `versionNumber`, the latest version (a draft too: the document is printed
 * to be signed). The time stamp written into the files is the version's
 * signing instant (else its last change), so the same version always gives
 * the same bytes.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { PkSource } from '../../report/build-pk.ts';
import { agency, perjanjianKinerja, pkVersion } from '../../store/schema/index.ts';
import type { PkStatus } from '../../store/schema/enums.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { getPk } from '../commit/get-pk.ts';
import { PK, PK_VERSION } from '../commit/pk-rows.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { pkSourceOf } from './lkjip-renstra-pk-organisation.ts';

const versionNumber = z.number().int().positive().optional();

export const loadPkDocumentSourceInput = z.union([
  z.strictObject({ pkId: z.uuid(), versionNumber }),
  z.strictObject({ agencyId: z.uuid(), year: z.number().int().min(2000).max(2100), versionNumber }),
]);
export type LoadPkDocumentSourceInput = z.input<typeof loadPkDocumentSourceInput>;

export type LoadedPkDocumentSource = {
  source: PkSource;
  /** ISO time stamp for the files. */
  createdAt: string;
  pkId: string;
  agencyId: string;
  version: { id: string; number: number; kind: 'original' | 'perubahan'; status: PkStatus };
};

export async function loadPkDocumentSource(
  ctx: ServiceContext,
  input: unknown,
): Promise<LoadedPkDocumentSource> {
  const data = parseInput(loadPkDocumentSourceInput, input);
  return inTransaction(ctx, async (tx) => {
    let pkId: string;
    if ('pkId' in data) pkId = data.pkId;
    else {
      await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
      const [row] = await tx
        .select({ id: perjanjianKinerja.id })
        .from(perjanjianKinerja)
        .where(
          and(
            eq(perjanjianKinerja.agencyId, data.agencyId),
            eq(perjanjianKinerja.year, data.year),
            isNull(perjanjianKinerja.parentId),
          ),
        );
      if (!row) throw notFound(PK);
      pkId = row.id;
    }
    const inner: ServiceContext = { ...ctx, db: tx };
    // getPk authorizes 'agency.read' on the PK's agency
    const pk = await getPk(inner, { pkId });
    const version =
      data.versionNumber === undefined
        ? pk.versions.at(-1)
        : pk.versions.find((v) => v.number === data.versionNumber);
    if (!version) throw notFound(PK_VERSION);
    const [names] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, pk.agencyId));
    const [row] = await tx
      .select({ updatedAt: pkVersion.updatedAt })
      .from(pkVersion)
      .where(eq(pkVersion.id, version.id));
    const stamp = version.signedAt ?? row?.updatedAt ?? null;
    return {
      source: await pkSourceOf(tx, pk, version, names!.name),
      createdAt: (stamp ?? new Date(`${pk.year}-01-01T00:00:00.000Z`)).toISOString(),
      pkId: pk.id,
      agencyId: pk.agencyId,
      version: { id: version.id, number: version.number, kind: version.kind, status: version.status },
    };
  });
}
