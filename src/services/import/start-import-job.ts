/**
 * Starts an import (preview or confirm) as a background job for the web app:
 * the caller is authorized and the file checked (size, .xlsx or JSON, zip bomb)
 * before the job exists, so a refused file is answered at once; the job then
 * reads, checks and (to confirm) writes, reporting its progress, and its
 * result is the ImportOutcome as JSON (GET /jobs/:jobId/result).
 */
import type { ServiceContext } from '../context.ts';
import { inTransaction } from '../context.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { startJob } from '../jobs/job-runner.ts';
import { parseInput } from '../validate.ts';
import { importKind } from './import-kinds.ts';
import { checkFileOfKind, importCheckedFile, runImportInput } from './run-import.ts';

export { runImportInput as startImportJobInput };

export type StartImportJobOptions = {
  /** Resolves when the job has finished (tests). */
  onDone?: (done: Promise<unknown>) => void;
};

export async function startImportJob(
  ctx: ServiceContext,
  input: unknown,
  options: StartImportJobOptions = {},
): Promise<{ jobId: string }> {
  const data = parseInput(runImportInput, input);
  const kind = importKind(data.kind);
  const scope = await inTransaction(ctx, (tx) => authorizeForAgency(tx, ctx, kind.permission, data.agencyId));
  await checkFileOfKind(kind, data.bytes);
  const handle = await startJob(ctx.db, {
    // job kinds are dotted snake_case words (background_job_kind_check): report-data → import.report_data
    kind: `import.${data.kind.replaceAll('-', '_')}`,
    ownerUserId: ctx.actor.userId,
    agencyId: data.agencyId,
    regionId: scope.regionId,
    now: ctx.now,
    run: async (progress) => {
      const outcome = await importCheckedFile(ctx, data, progress);
      return {
        bytes: new TextEncoder().encode(JSON.stringify(outcome)),
        fileName: `impor-${data.kind}-${data.year}-${data.mode === 'preview' ? 'pratinjau' : 'hasil'}.json`,
        mimeType: 'application/json',
      };
    },
  });
  options.onDone?.(handle.done);
  return { jobId: handle.id };
}
