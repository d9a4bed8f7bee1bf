/**
 * The Data Sosial of the report year for the LKjIP's BAB III tables and
 * charts: PPKS per category (counted, served) and per kecamatan, assistance
 * per programme and per kecamatan (recipients, value in Rupiah), and the
 * region's totals over the five years up to it — the figures of the social
 * summary (src/services/social/social-summary.ts), with printed labels.
 */
import { eq } from 'drizzle-orm';
import type { SocialReportDetail } from '../../report/build-lkjip.ts';
import type { Database } from '../../store/database.ts';
import { agency } from '../../store/schema/index.ts';
import { loadSocialYears, regionKecamatan } from '../social/load-social-years.ts';
import { socialYearTotals, summariseSocialYear } from '../social/social-summary.ts';
import { ASSISTANCE_LABELS, PPKS_LABELS } from './report-labels.ts';

/** Years the report's year-over-year table covers, ending with the report year. */
const HISTORY_YEARS = 5;

export async function socialReportDetail(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<SocialReportDetail | null> {
  const [owner] = await tx.select({ regionId: agency.regionId }).from(agency).where(eq(agency.id, agencyId));
  if (!owner) return null;
  const data = await loadSocialYears(tx, agencyId, year - HISTORY_YEARS + 1, year);
  const rows = data.get(year)!;
  if (rows.ppks.length === 0 && rows.assistance.length === 0) return null;
  const s = summariseSocialYear(year, rows, await regionKecamatan(tx, owner.regionId));
  return {
    year,
    ppksByCategory: s.ppks.byCategory.map((c) => ({
      label: PPKS_LABELS[c.category],
      count: c.count,
      served: c.served,
    })),
    ppksTotal: s.ppks.total,
    ppksByKecamatan: s.ppks.byKecamatan.map((k) => ({
      name: k.kecamatan.name,
      count: k.count,
      served: k.served,
    })),
    assistanceByProgram: s.assistance.byProgram.map((p) => ({
      label: ASSISTANCE_LABELS[p.program],
      recipients: p.recipients,
      value: p.value,
    })),
    assistanceTotal: s.assistance.total,
    assistanceByKecamatan: s.assistance.byKecamatan.map((k) => ({
      name: k.kecamatan.name,
      recipients: k.recipients,
      value: k.value,
    })),
    history: [...data.entries()]
      .map(([y, r]) => socialYearTotals(y, r))
      .filter((h) => [h.ppks.count, h.psks, h.assistance.recipients].some((v) => v !== null))
      .map((h) => ({
        year: h.year,
        ppks: h.ppks.count,
        served: h.ppks.served,
        psks: h.psks,
        recipients: h.assistance.recipients,
        value: h.assistance.value,
      })),
  };
}
