/**
 * The template of an import kind for an agency-year, as an .xlsx file: the
 * agency's indicators of the year with what is already recorded (see
 * realisation-template.ts). Who: the agency's staff ('record.write'; the
 * template carries drafts).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agency } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { yearInput } from '../record/record-inputs.ts';
import { XLSX_MIME_TYPE } from './import-file.ts';
import { IMPORT_KINDS } from './import-outcome.ts';
import { loadRealisationImportFacts } from './realisation-import-facts.ts';
import { realisationTemplateRows, writeRealisationWorkbook } from './realisation-template.ts';

export const getImportTemplateInput = z.object({
  agencyId: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  year: yearInput,
});
export type GetImportTemplateInput = z.input<typeof getImportTemplateInput>;

export type ImportTemplateFile = { bytes: Uint8Array; fileName: string; mimeType: string };

export async function getImportTemplate(ctx: ServiceContext, input: unknown): Promise<ImportTemplateFile> {
  const data = parseInput(getImportTemplateInput, input);
  const { facts, agencyName } = await inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    const [found] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, data.agencyId));
    if (!found) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
    return {
      facts: await loadRealisationImportFacts(tx, data.agencyId, scope.regionId, data.year),
      agencyName: found.name,
    };
  });
  const bytes = await writeRealisationWorkbook(realisationTemplateRows(facts), {
    agencyName,
    year: data.year,
    components: facts.indicators.flatMap((i) =>
      i.components.map((c) => ({ code: c.code, name: c.name, indicator: i.code })),
    ),
  });
  return { bytes, fileName: `templat-${data.kind}-${data.year}.xlsx`, mimeType: XLSX_MIME_TYPE };
}
