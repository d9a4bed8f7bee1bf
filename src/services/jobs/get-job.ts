/** A job's status and progress, for polling (the owner, or a user of the job's agency). */
import { z } from 'zod';
import type { JobStatus } from '../../store/schema/workflow.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { loadVisibleJob } from './job-access.ts';

export const getJobInput = z.strictObject({ jobId: z.uuid() });
export type GetJobInput = z.input<typeof getJobInput>;

export type JobResult = {
  id: string;
  kind: string;
  status: JobStatus;
  progress: number;
  message: string | null;
  error: string | null;
  /** Set when the job produced a file to download. */
  result: { fileName: string; mimeType: string; sizeBytes: number } | null;
  ownerUserId: string | null;
  agencyId: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export async function getJob(ctx: ServiceContext, input: unknown): Promise<JobResult> {
  const data = parseInput(getJobInput, input);
  return inTransaction(ctx, async (tx) => {
    const row = await loadVisibleJob(tx, ctx, data.jobId);
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      progress: row.progress,
      message: row.message,
      error: row.error,
      result:
        row.result !== null && row.resultFileName !== null
          ? {
              fileName: row.resultFileName,
              mimeType: row.resultMimeType ?? 'application/octet-stream',
              sizeBytes: row.result.byteLength,
            }
          : null,
      ownerUserId: row.ownerUserId,
      agencyId: row.agencyId,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
    };
  });
}
