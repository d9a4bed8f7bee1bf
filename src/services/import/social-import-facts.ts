/**
 * What a social-data import is checked against, read in four queries for the
 * whole agency-year: the kecamatan of the agency's region (the list the Data
 * Sosial page offers, get-social-data.ts) and the year's stored PPKS, PSKS
 * and assistance rows, as stored (the audit trail's "before").
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { assistanceDelivery, kecamatan, ppksCount, psksCount } from '../../store/schema/index.ts';
import type { KecamatanRef } from './social-sheets.ts';

export type StoredPpks = typeof ppksCount.$inferSelect;
export type StoredPsks = typeof psksCount.$inferSelect;
export type StoredAssistance = typeof assistanceDelivery.$inferSelect;

export type SocialImportFacts = {
  /** The kecamatan of the agency's region, by name. */
  kecamatan: KecamatanRef[];
  ppks: StoredPpks[];
  psks: StoredPsks[];
  assistance: StoredAssistance[];
};

/** The identity of a row within the agency-year, as the save use cases key it. */
export const ppksKey = (r: { category: string; kecamatanId: string | null }) =>
  `${r.category}|${r.kecamatanId ?? ''}`;
export const psksKey = (r: { type: string; kecamatanId: string | null }) =>
  `${r.type}|${r.kecamatanId ?? ''}`;
export const assistanceKey = (r: { program: string; programLabel: string; kecamatanId: string | null }) =>
  `${r.program}|${r.programLabel}|${r.kecamatanId ?? ''}`;

export async function loadSocialImportFacts(
  tx: Database,
  agencyId: string,
  regionId: string,
  year: number,
): Promise<SocialImportFacts> {
  const kecamatanRows = await tx
    .select({ id: kecamatan.id, code: kecamatan.code, name: kecamatan.name })
    .from(kecamatan)
    .where(eq(kecamatan.regionId, regionId))
    .orderBy(asc(kecamatan.name));
  const ppks = await tx
    .select()
    .from(ppksCount)
    .where(and(eq(ppksCount.agencyId, agencyId), eq(ppksCount.year, year)));
  const psks = await tx
    .select()
    .from(psksCount)
    .where(and(eq(psksCount.agencyId, agencyId), eq(psksCount.year, year)));
  const assistance = await tx
    .select()
    .from(assistanceDelivery)
    .where(and(eq(assistanceDelivery.agencyId, agencyId), eq(assistanceDelivery.year, year)))
    .orderBy(asc(assistanceDelivery.programLabel));
  return { kecamatan: kecamatanRows, ppks, psks, assistance };
}
