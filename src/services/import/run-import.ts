/**
 * Importing a file of one kind for one agency-year (`runImport`): the file is
 * checked as hostile input first (import-file.ts), then read, then every row
 * is validated against the database before anything is written; the outcome
 * is `refused` (every problem, nothing written), `preview` (what would
 * change, nothing written) or `applied` (written in one transaction). A
 * confirmation may name the preview's digest: if the file or the data
 * changed since the preview, it is refused with a conflict.
 *
 * What a kind reads, checks and writes is its own (import-kind.ts, kinds/);
 * who may import it is the kind's permission. The CLI runs an import
 * directly; the HTTP API runs it as a background job (start-import-job.ts) so
 * that the page shows its progress.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { agency } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { yearInput } from '../record/record-inputs.ts';
import { checkImportFile, checkJsonImportFile } from './import-file.ts';
import type { ImportKindHandler, ImportScope } from './import-kind.ts';
import { IMPORT_KINDS, importKind } from './import-kinds.ts';
import type { ImportOutcome } from './import-outcome.ts';
import { loadWorkbook } from './workbook-cells.ts';

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

/** The agency-year of an import, with the caller authorized for the kind; not found → 404. */
export async function importScope(
  tx: Database,
  ctx: ServiceContext,
  kind: ImportKindHandler,
  agencyId: string,
  year: number,
): Promise<ImportScope> {
  const scope = await authorizeForAgency(tx, ctx, kind.permission, agencyId);
  const [found] = await tx.select({ name: agency.name }).from(agency).where(eq(agency.id, agencyId));
  if (!found) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
  return { agencyId, regionId: scope.regionId, agencyName: found.name, year };
}

/** The checks of the file as hostile input, before anything reads it (answered before a job starts). */
export async function checkFileOfKind(kind: ImportKindHandler, bytes: Uint8Array): Promise<void> {
  if (kind.file === 'xlsx') await checkImportFile(bytes);
  else checkJsonImportFile(bytes);
}

export async function runImport(
  ctx: ServiceContext,
  input: unknown,
  progress: ImportProgress = () => undefined,
): Promise<ImportOutcome> {
  const data = parseInput(runImportInput, input);
  const kind = importKind(data.kind);
  await inTransaction(ctx, (tx) => authorizeForAgency(tx, ctx, kind.permission, data.agencyId));
  await checkFileOfKind(kind, data.bytes);
  return importCheckedFile(ctx, data, progress);
}

/** The import after the caller was authorized and the file passed checkFileOfKind. */
export async function importCheckedFile(
  caller: ServiceContext,
  data: RunImportData,
  progress: ImportProgress,
): Promise<ImportOutcome> {
  // the audit trail tells imported changes from typed ones
  const ctx: ServiceContext = { ...caller, origin: 'import' };
  const kind = importKind(data.kind);
  progress(5, 'Membaca berkas');
  const source = kind.file === 'xlsx' ? await loadWorkbook(data.bytes) : checkJsonImportFile(data.bytes);
  const fileSha256 = createHash('sha256').update(data.bytes).digest('hex');
  progress(15, 'Memeriksa isi');
  return inTransaction(ctx, async (tx) => {
    const scope = await importScope(tx, ctx, kind, data.agencyId, data.year);
    const facts = await kind.loadFacts(tx, scope);
    const checking = (share: number) => progress(15 + share * 30, 'Memeriksa isi');
    const plan =
      kind.file === 'xlsx'
        ? await kind.plan(tx, facts, source as Awaited<ReturnType<typeof loadWorkbook>>, scope, checking)
        : await kind.plan(tx, facts, source, scope, checking);
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
      .update(JSON.stringify(plan.writes.map((w) => kind.digestOf(w))))
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
    await kind.write(
      tx,
      ctx,
      scope,
      plan.writes,
      { kind: data.kind, year: data.year, fileSha256, counts: plan.counts },
      (share) => progress(45 + share * 50, 'Menyimpan'),
    );
    return { status: 'applied', ...outcome };
  });
}
