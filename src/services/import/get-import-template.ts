/**
 * The template of an import kind for an agency-year, as an .xlsx file, with
 * what is already recorded filled in (so a template imported unchanged
 * changes nothing). Who: whoever may import the kind (its permission).
 */
import { z } from 'zod';
import { inTransaction, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { yearInput } from '../record/record-inputs.ts';
import { XLSX_MIME_TYPE } from './import-file.ts';
import { IMPORT_KINDS, importKind } from './import-kinds.ts';
import { importScope } from './run-import.ts';

export const getImportTemplateInput = z.object({
  agencyId: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  year: yearInput,
});
export type GetImportTemplateInput = z.input<typeof getImportTemplateInput>;

export type ImportTemplateFile = { bytes: Uint8Array; fileName: string; mimeType: string };

export async function getImportTemplate(ctx: ServiceContext, input: unknown): Promise<ImportTemplateFile> {
  const data = parseInput(getImportTemplateInput, input);
  const kind = importKind(data.kind);
  if (kind.file !== 'xlsx')
    throw new AppError('validation', {
      id: `Jenis impor "${data.kind}" tidak memakai templat Excel; berkasnya dibuat dengan ekspor.`,
      en: `The import kind "${data.kind}" has no Excel template; its file is made by the export.`,
    });
  const { facts, scope } = await inTransaction(ctx, async (tx) => {
    const scope = await importScope(tx, ctx, kind, data.agencyId, data.year);
    return { scope, facts: await kind.loadFacts(tx, scope) };
  });
  const bytes = await kind.template(facts, scope);
  return { bytes, fileName: `templat-${data.kind}-${data.year}.xlsx`, mimeType: XLSX_MIME_TYPE };
}
