/**
 * The summary of an agency's Data Sosial for a year (social-summary.ts): the
 * region's PPKS per category (counted and served), PSKS per type, assistance
 * per programme with recipients and value in Rupiah, each kecamatan's
 * figures, and the region's totals of the years before (`years` in all,
 * default 5) for a year-over-year view. For the page's summary, the LKjIP and
 * the CLI; every figure follows one rule (social-figures.ts).
 */
import { z } from 'zod';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { yearInput } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';
import { loadSocialYears, regionKecamatan } from './load-social-years.ts';
import {
  socialYearTotals,
  summariseSocialYear,
  type KecamatanRef,
  type SocialSummary,
  type SocialYearTotals,
} from './social-summary.ts';

export const getSocialSummaryInput = z.object({
  agencyId: z.uuid(),
  year: yearInput,
  /** How many years, ending with `year`, the year-over-year totals cover (1–10). */
  years: z.number().int().min(1).max(10).default(5),
});
export type GetSocialSummaryInput = z.input<typeof getSocialSummaryInput>;

export type SocialSummaryResult = SocialSummary & {
  agencyId: string;
  kecamatan: KecamatanRef[];
  /** The region's totals per year, oldest first, ending with `year`. */
  history: SocialYearTotals[];
};

export async function getSocialSummary(ctx: ServiceContext, input: unknown): Promise<SocialSummaryResult> {
  const { agencyId, year, years } = parseInput(getSocialSummaryInput, input);
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'agency.read', agencyId);
    const kecamatan = await regionKecamatan(tx, scope.regionId);
    const fromYear = year - years + 1;
    const data = await loadSocialYears(tx, agencyId, fromYear, year);
    const summary = summariseSocialYear(year, data.get(year)!, kecamatan);
    const history = [...data.entries()].map(([y, rows]) => socialYearTotals(y, rows));
    return { agencyId, kecamatan, ...summary, history };
  });
}
