/**
 * Records the PPKS (people in need of social-welfare services) of an agency
 * for a year, by category (Permensos 8/2012) and kecamatan (none = the whole
 * region), with those of them served in the year (`served`, at most
 * `count`). All rows or none; see social-data-batch.ts. The agency's
 * indicators fed by the Data Sosial are computed again from the new figures
 * (src/services/feed/social-feed.ts) in the same transaction.
 */
import { z } from 'zod';
import { PPKS_CATEGORIES } from '../../store/schema/enums.ts';
import { ppksCount } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { feedSocialIndicators, type SocialFeedOutcome } from '../feed/social-feed.ts';
import { parseInput } from '../validate.ts';
import { countNumber, optionalText, yearInput } from './record-inputs.ts';
import { upsertSocialRows, type SavedSocialRow } from './social-data-batch.ts';

/** The rows of a year's PPKS table (also read by the `sosial` import, one rule in one place). */
export const ppksCountRows = z
  .array(
    z.object({
      category: z.enum(PPKS_CATEGORIES),
      kecamatanId: z.uuid().nullish(),
      count: countNumber,
      /** Of `count`, those who received a service in the year; absent or null = not recorded. */
      served: countNumber.nullish(),
      /** e.g. "DTKS SIKS-NG Desember 2023". */
      dataSource: optionalText(500),
      version: z.number().int().positive().optional(),
    }),
  )
  .min(1)
  .max(5000)
  .superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      if (row.served !== null && row.served !== undefined && row.served > row.count)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'served'],
          message: `tidak boleh lebih dari jumlah PPKS (${row.count}) / may not exceed the PPKS count (${row.count})`,
        });
    });
  });

export const savePpksCountsInput = z.object({
  agencyId: z.uuid(),
  year: yearInput,
  rows: ppksCountRows,
});
export type SavePpksCountsInput = z.input<typeof savePpksCountsInput>;

export async function savePpksCounts(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ rows: SavedSocialRow[]; fed: SocialFeedOutcome[] }> {
  const data = parseInput(savePpksCountsInput, input);
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    const rows = await upsertSocialRows(tx, ctx, {
      table: ppksCount,
      entityTable: 'ppks_count',
      action: 'ppks_count.saved',
      what: { id: 'Data PPKS', en: 'PPKS data' },
      agencyId: data.agencyId,
      regionId: scope.regionId,
      year: data.year,
      keyOf: (row) => `${row.category}|${row.kecamatanId ?? ''}`,
      rows: data.rows.map((r) => ({
        key: `${r.category}|${r.kecamatanId ?? ''}`,
        kecamatanId: r.kecamatanId ?? null,
        version: r.version,
        insert: {
          agencyId: data.agencyId,
          year: data.year,
          category: r.category,
          kecamatanId: r.kecamatanId ?? null,
          count: r.count,
          served: r.served ?? null,
          dataSource: r.dataSource,
        },
        update: { count: r.count, served: r.served ?? null, dataSource: r.dataSource },
      })),
    });
    const fed = await feedSocialIndicators(tx, ctx, { agencyId: data.agencyId, years: [data.year] });
    return { rows, fed };
  });
}
