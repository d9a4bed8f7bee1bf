/**
 * Records the PSKS (social-welfare resources: pekerja sosial, TKSK, Tagana ...) of an agency
 * for a year, by type and kecamatan (none = the whole
 * region). All rows or none; see social-data-batch.ts. The agency's indicators
 * fed by the Data Sosial are computed again in the same transaction.
 */
import { z } from 'zod';
import { PSKS_TYPES } from '../../store/schema/enums.ts';
import { psksCount } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { feedSocialIndicators, type SocialFeedOutcome } from '../feed/social-feed.ts';
import { parseInput } from '../validate.ts';
import { countNumber, optionalText, yearInput } from './record-inputs.ts';
import { upsertSocialRows, type SavedSocialRow } from './social-data-batch.ts';

/** The rows of a year's PSKS table (also read by the `sosial` import). */
export const psksCountRows = z
  .array(
    z.object({
      type: z.enum(PSKS_TYPES),
      kecamatanId: z.uuid().nullish(),
      count: countNumber,
      /** e.g. "DTKS SIKS-NG Desember 2023". */
      dataSource: optionalText(500),
      version: z.number().int().positive().optional(),
    }),
  )
  .min(1)
  .max(5000);

export const savePsksCountsInput = z.object({
  agencyId: z.uuid(),
  year: yearInput,
  rows: psksCountRows,
});
export type SavePsksCountsInput = z.input<typeof savePsksCountsInput>;

export async function savePsksCounts(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ rows: SavedSocialRow[]; fed: SocialFeedOutcome[] }> {
  const data = parseInput(savePsksCountsInput, input);
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    const rows = await upsertSocialRows(tx, ctx, {
      table: psksCount,
      entityTable: 'psks_count',
      action: 'psks_count.saved',
      what: { id: 'Data PSKS', en: 'PSKS data' },
      agencyId: data.agencyId,
      regionId: scope.regionId,
      year: data.year,
      keyOf: (row) => `${row.type}|${row.kecamatanId ?? ''}`,
      rows: data.rows.map((r) => ({
        key: `${r.type}|${r.kecamatanId ?? ''}`,
        kecamatanId: r.kecamatanId ?? null,
        version: r.version,
        insert: {
          agencyId: data.agencyId,
          year: data.year,
          type: r.type,
          kecamatanId: r.kecamatanId ?? null,
          count: r.count,
          dataSource: r.dataSource,
        },
        update: { count: r.count, dataSource: r.dataSource },
      })),
    });
    const fed = await feedSocialIndicators(tx, ctx, { agencyId: data.agencyId, years: [data.year] });
    return { rows, fed };
  });
}
