/**
 * Records the assistance an agency delivered in a year, per programme (PKH,
 * Sembako/BPNT, RTLH, permakanan ...) and kecamatan (none = the whole
 * region): recipients, units (with what a unit is), value in integer Rupiah,
 * funding source. `programLabel` is the name as the report prints it and
 * tells several `lainnya` rows apart. All rows or none; see social-data-batch.ts.
 * The agency's indicators fed by the Data Sosial are computed again in the
 * same transaction.
 */
import { z } from 'zod';
import { ASSISTANCE_PROGRAMS } from '../../store/schema/enums.ts';
import { assistanceDelivery } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { feedSocialIndicators, type SocialFeedOutcome } from '../feed/social-feed.ts';
import { parseInput } from '../validate.ts';
import {
  countNumber,
  nonNegativeMeasuredNumber,
  optionalText,
  rupiahAmount,
  yearInput,
} from './record-inputs.ts';
import { upsertSocialRows, type SavedSocialRow } from './social-data-batch.ts';

/** The rows of a year's assistance table (also read by the `sosial` import). */
export const assistanceDeliveryRows = z
  .array(
    z.object({
      program: z.enum(ASSISTANCE_PROGRAMS),
      programLabel: z.string().trim().max(200).default(''),
      kecamatanId: z.uuid().nullish(),
      recipients: countNumber.nullish(),
      units: nonNegativeMeasuredNumber.nullish(),
      unitName: optionalText(100),
      value: rupiahAmount.nullish(),
      fundingSource: optionalText(200),
      version: z.number().int().positive().optional(),
    }),
  )
  .min(1)
  .max(5000);

export const saveAssistanceDeliveryInput = z.object({
  agencyId: z.uuid(),
  year: yearInput,
  rows: assistanceDeliveryRows,
});
export type SaveAssistanceDeliveryInput = z.input<typeof saveAssistanceDeliveryInput>;

export async function saveAssistanceDelivery(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ rows: SavedSocialRow[]; fed: SocialFeedOutcome[] }> {
  const data = parseInput(saveAssistanceDeliveryInput, input);
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    const keyOf = (r: { program: string; programLabel: string; kecamatanId?: string | null }) =>
      `${r.program}|${r.programLabel}|${r.kecamatanId ?? ''}`;
    const rows = await upsertSocialRows(tx, ctx, {
      table: assistanceDelivery,
      entityTable: 'assistance_delivery',
      action: 'assistance_delivery.saved',
      what: { id: 'Data penyaluran bantuan', en: 'Assistance delivery data' },
      agencyId: data.agencyId,
      regionId: scope.regionId,
      year: data.year,
      keyOf,
      rows: data.rows.map((r) => {
        const values = {
          recipients: r.recipients ?? null,
          units: r.units ?? null,
          unitName: r.unitName,
          value: r.value ?? null,
          fundingSource: r.fundingSource,
        };
        return {
          key: keyOf(r),
          kecamatanId: r.kecamatanId ?? null,
          version: r.version,
          insert: {
            agencyId: data.agencyId,
            year: data.year,
            program: r.program,
            programLabel: r.programLabel,
            kecamatanId: r.kecamatanId ?? null,
            ...values,
          },
          update: values,
        };
      }),
    });
    const fed = await feedSocialIndicators(tx, ctx, { agencyId: data.agencyId, years: [data.year] });
    return { rows, fed };
  });
}
