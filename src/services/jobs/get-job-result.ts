/** The file a finished job produced, for download (same access as getJob). */
import { z } from 'zod';
import { inTransaction, type ServiceContext } from '../context.ts';
import { invalidState } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { loadVisibleJob } from './job-access.ts';

export const getJobResultInput = z.strictObject({ jobId: z.uuid() });
export type GetJobResultInput = z.input<typeof getJobResultInput>;

export async function getJobResult(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array }> {
  const data = parseInput(getJobResultInput, input);
  return inTransaction(ctx, async (tx) => {
    const row = await loadVisibleJob(tx, ctx, data.jobId);
    if (row.status !== 'done' || row.result === null || row.resultFileName === null)
      throw invalidState({
        id: 'Pekerjaan ini belum selesai atau tidak menghasilkan berkas.',
        en: 'This job has not finished or produced no file.',
      });
    return {
      fileName: row.resultFileName,
      mimeType: row.resultMimeType ?? 'application/octet-stream',
      bytes: row.result,
    };
  });
}
