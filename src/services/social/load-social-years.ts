/**
 * Reads an agency's Data Sosial rows for a range of years, grouped by year,
 * and the kecamatan of its region, for the figures of social-figures.ts.
 */
import { and, asc, between, eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { assistanceDelivery, kecamatan, ppksCount, psksCount } from '../../store/schema/index.ts';
import type { KecamatanRef, SocialSummaryRows } from './social-summary.ts';

type MutableRows = {
  ppks: SocialSummaryRows['ppks'][number][];
  psks: SocialSummaryRows['psks'][number][];
  assistance: SocialSummaryRows['assistance'][number][];
};

export async function loadSocialYears(
  tx: Database,
  agencyId: string,
  fromYear: number,
  toYear: number,
): Promise<Map<number, SocialSummaryRows>> {
  const years = new Map<number, MutableRows>();
  for (let y = fromYear; y <= toYear; y++) years.set(y, { ppks: [], psks: [], assistance: [] });
  const ppks = await tx
    .select({
      year: ppksCount.year,
      category: ppksCount.category,
      kecamatanId: ppksCount.kecamatanId,
      count: ppksCount.count,
      served: ppksCount.served,
    })
    .from(ppksCount)
    .where(and(eq(ppksCount.agencyId, agencyId), between(ppksCount.year, fromYear, toYear)));
  for (const { year, ...row } of ppks) years.get(year)?.ppks.push(row);
  const psks = await tx
    .select({
      year: psksCount.year,
      type: psksCount.type,
      kecamatanId: psksCount.kecamatanId,
      count: psksCount.count,
    })
    .from(psksCount)
    .where(and(eq(psksCount.agencyId, agencyId), between(psksCount.year, fromYear, toYear)));
  for (const { year, ...row } of psks) years.get(year)?.psks.push(row);
  const assistance = await tx
    .select({
      year: assistanceDelivery.year,
      program: assistanceDelivery.program,
      programLabel: assistanceDelivery.programLabel,
      kecamatanId: assistanceDelivery.kecamatanId,
      recipients: assistanceDelivery.recipients,
      units: assistanceDelivery.units,
      unitName: assistanceDelivery.unitName,
      value: assistanceDelivery.value,
      fundingSource: assistanceDelivery.fundingSource,
    })
    .from(assistanceDelivery)
    .where(
      and(eq(assistanceDelivery.agencyId, agencyId), between(assistanceDelivery.year, fromYear, toYear)),
    );
  for (const { year, ...row } of assistance) years.get(year)?.assistance.push(row);
  return years;
}

export async function regionKecamatan(tx: Database, regionId: string): Promise<KecamatanRef[]> {
  return tx
    .select({ id: kecamatan.id, code: kecamatan.code, name: kecamatan.name })
    .from(kecamatan)
    .where(eq(kecamatan.regionId, regionId))
    .orderBy(asc(kecamatan.name));
}
