/**
 * Importing a filled template for one agency-year (`runImport`): the file is
 * checked as hostile input first (import-file.ts), then read, then every row
 * is validated against the database before anything is written; the outcome
 * is `refused` (every problem, nothing written), `preview` (what would
 * change, nothing written) or `applied` (written in one transaction). A
 * confirmation may name the preview's digest: if the file or the data
 * changed since the preview, it is refused with a conflict.
 *
 * Who: the agency's staff ('record.write'), as for entering realisations by
 * hand. The CLI runs it directly; the HTTP API runs it as a background job
 * (start-import-job.ts) so that the page shows its progress.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { agency } from '../../store/schema/index.ts';
import { eq } from 'drizzle-orm';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { yearInput } from '../record/record-inputs.ts';
import { checkImportFile } from './import-file.ts';
import { IMPORT_KINDS, type ImportOutcome } from './import-outcome.ts';
import { planRealisationImport } from './plan-realisation-import.ts';
import { loadRealisationImportFacts } from './realisation-import-facts.ts';
import { loadWorkbook } from './workbook-cells.ts';
import { writeRealisationImport } from './write-realisation-import.ts';

export const IMPORT_MODES = ['preview', 'confirm'] as const;

export const runImportInput = z.object({
  agencyId: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  year: yearInput,
  mode: z.enum(IMPORT_MODES),
  /** The preview's digest, to confirm exactly what was previewed. */
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  bytes: z.instanceof(Uint8Array),
});
export type RunImportInput = z.input<typeof runImportInput>;
export type RunImportData = z.output<typeof runImportInput>;

export type ImportProgress = (percent: number, message?: string) => void;

export async function runImport(
  ctx: ServiceContext,
  input: unknown,
  progress: ImportProgress = () => undefined,
): Promise<ImportOutcome> {
  const data = parseInput(runImportInput, input);
  await inTransaction(ctx, (tx) => authorizeForAgency(tx, ctx, 'record.write', data.agencyId));
  await checkImportFile(data.bytes);
  return importCheckedFile(ctx, data, progress);
}

/** The import after the caller was authorized and the file passed checkImportFile. */
export async function importCheckedFile(
  caller: ServiceContext,
  data: RunImportData,
  progress: ImportProgress,
): Promise<ImportOutcome> {
  // the audit trail tells imported changes from typed ones
  const ctx: ServiceContext = { ...caller, origin: 'import' };
  progress(5, 'Membaca berkas');
  const workbook = await loadWorkbook(data.bytes);
  const fileSha256 = createHash('sha256').update(data.bytes).digest('hex');
  progress(15, 'Memeriksa isi');
  return inTransaction(ctx, async (tx) => {
    const scope = await authorizeForAgency(tx, ctx, 'record.write', data.agencyId);
    const [found] = await tx.select({ id: agency.id }).from(agency).where(eq(agency.id, data.agencyId));
    if (!found) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
    const facts = await loadRealisationImportFacts(tx, data.agencyId, scope.regionId, data.year);
    const plan = await planRealisationImport(
      tx,
      facts,
      { agencyId: data.agencyId, year: data.year },
      workbook,
      (share) => progress(15 + share * 30, 'Memeriksa isi'),
    );
    if (plan.problems.count > 0)
      return {
        status: 'refused',
        kind: data.kind,
        year: data.year,
        problems: plan.problems.listed,
        problemCount: plan.problems.count,
      };
    const digest = createHash('sha256')
      .update(fileSha256)
      .update(
        JSON.stringify(
          plan.writes.map((w) => [
            w.plan.indicator.id,
            w.plan.input.periodKind,
            w.plan.input.periodNo,
            w.plan.existing?.version ?? 0,
            w.plan.values,
            w.plan.components,
          ]),
        ),
      )
      .digest('hex');
    const outcome = {
      kind: data.kind,
      year: data.year,
      digest,
      counts: plan.counts,
      changes: plan.changes,
      rowsRead: plan.rowsRead,
    };
    if (data.mode === 'preview') return { status: 'preview', ...outcome };
    if (data.digest !== undefined && data.digest !== digest)
      throw new AppError('conflict', {
        id: 'Data berubah sejak pratinjau (atau berkasnya lain). Lihat pratinjau lagi sebelum menyimpan.',
        en: 'The data changed since the preview (or the file is another one). Preview again before saving.',
      });
    // nothing to change (the same file again): nothing is written, not even an audit event
    if (plan.writes.length === 0) return { status: 'applied', ...outcome };
    progress(45, 'Menyimpan');
    await writeRealisationImport(
      tx,
      ctx,
      data.agencyId,
      plan.writes,
      { kind: data.kind, year: data.year, fileSha256, counts: plan.counts },
      (share) => progress(45 + share * 50, 'Menyimpan'),
    );
    return { status: 'applied', ...outcome };
  });
}
