/**
 * A small in-process runner for long jobs (report generation, imports): the
 * job's status, progress (0–100) and message are persisted in
 * `background_job`, so a client follows them by polling getJob (or the HTTP
 * layer turns `onUpdate` into server-sent events), and the result bytes are
 * kept for download (getJobResult).
 *
 * No external queue: the job runs in this process right after startJob
 * returns. A restart interrupts it; recoverJobs, called on startup, marks
 * what was queued or running as failed, so nothing stays "running" forever.
 * The caller authorizes starting the job (it is a use case's second half).
 *
 * Robustness: progress writes are serialised and never fail the job; the
 * job's own error becomes `failed` with its message (an AppError's
 * Indonesian text); `done` always resolves, never rejects.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { backgroundJob } from '../../store/schema/index.ts';
import type { JobStatus } from '../../store/schema/workflow.ts';
import { AppError } from '../errors.ts';

export type JobFile = { bytes: Uint8Array; fileName: string; mimeType: string };

/** Reports progress (0–100, clamped and rounded) and an optional message. */
export type ProgressReporter = (percent: number, message?: string) => void;

export type JobUpdate = { jobId: string; status: JobStatus; progress: number; message: string | null };

export type StartJobOptions = {
  /** e.g. `report.lkjip_docx`, `import.realisations`. */
  kind: string;
  ownerUserId: string | null;
  agencyId?: string | null;
  regionId?: string | null;
  run: (progress: ProgressReporter) => Promise<JobFile | null | undefined>;
  /** Each persisted change (for server-sent events). */
  onUpdate?: (update: JobUpdate) => void;
  /** A failure of the runner's own writes (the database went away). */
  onError?: (error: unknown) => void;
  now?: () => Date;
};

export type JobHandle = { id: string; done: Promise<JobStatus> };

function failureText(error: unknown): string {
  if (error instanceof AppError) return error.userMessage.id;
  if (error instanceof Error && error.message !== '') return error.message;
  return 'Pekerjaan gagal.';
}

export async function startJob(db: Database, options: StartJobOptions): Promise<JobHandle> {
  const now = options.now ?? (() => new Date());
  const report = options.onError ?? (() => undefined);
  const [row] = await db
    .insert(backgroundJob)
    .values({
      kind: options.kind,
      status: 'queued',
      ownerUserId: options.ownerUserId === 'system' ? null : options.ownerUserId,
      agencyId: options.agencyId ?? null,
      regionId: options.regionId ?? null,
      createdAt: now(),
      updatedAt: now(),
    })
    .returning({ id: backgroundJob.id });
  const id = row!.id;

  let progress = 0;
  let message: string | null = null;
  let writes: Promise<void> = Promise.resolve();
  const write = (values: Partial<typeof backgroundJob.$inferInsert>, status: JobStatus): Promise<void> => {
    // what this write reports, as it was when the write was asked for
    const update: JobUpdate = { jobId: id, status, progress, message };
    writes = writes
      .then(async () => {
        await db
          .update(backgroundJob)
          .set({ ...values, updatedAt: now() })
          .where(eq(backgroundJob.id, id));
        options.onUpdate?.(update);
      })
      .catch(report);
    return writes;
  };

  const reporter: ProgressReporter = (percent, text) => {
    const next = Math.max(0, Math.min(100, Math.round(Number.isFinite(percent) ? percent : 0)));
    const nextMessage = text ?? message;
    if (next === progress && nextMessage === message) return;
    progress = next;
    message = nextMessage;
    void write({ progress, message }, 'running');
  };

  const done = new Promise<JobStatus>((resolve) => {
    setImmediate(() => {
      void (async () => {
        await write({ status: 'running', startedAt: now() }, 'running');
        let outcome: JobStatus;
        try {
          const file = await options.run(reporter);
          progress = 100;
          await write(
            {
              status: 'done',
              progress: 100,
              finishedAt: now(),
              ...(file
                ? { result: file.bytes, resultFileName: file.fileName, resultMimeType: file.mimeType }
                : {}),
            },
            'done',
          );
          outcome = 'done';
        } catch (error) {
          await write({ status: 'failed', error: failureText(error), finishedAt: now() }, 'failed');
          outcome = 'failed';
        }
        resolve(outcome);
      })();
    });
  });
  return { id, done };
}
