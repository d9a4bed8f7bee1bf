/**
 * Records the PPKS (people in need of social-welfare services) of an agency
 * for a year, by category (Permensos 8/2012) and kecamatan (none = the whole
 * region). All rows or none; see social-data-batch.ts.
 */
import { z } from 'zod';
import { PPKS_CATEGORIES } from '../../store/schema/enums.ts';
import { ppksCount } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { countNumber, optionalText, yearInput } from './record-inputs.ts';
import { upsertSocialRows, type SavedSocialRow } from './social-data-batch.ts';

export const savePpksCountsInput = z.object({
  agencyId: z.uuid(),
  year: yearInput,
  rows: z
    .array(
      z.object({
        category: z.enum(PPKS_CATEGORIES),
        kecamatanId: z.uuid().nullish(),
        count: countNumber,
        /** e.g. "DTKS SIKS-NG Desember 2023". */
        dataSource: optionalText(500),
        version: z.number().int().positive().optional(),
      }),
    )
    .min(1)
    .max(5000),
});
export type SavePpksCountsInput = z.input<typeof savePpksCountsInput>;

export async function savePpksCounts(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ rows: SavedSocialRow[] }> {
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
          dataSource: r.dataSource,
        },
        update: { count: r.count, dataSource: r.dataSource },
      })),
    });
    return { rows };
  });
}
