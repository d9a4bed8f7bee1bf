import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError, invalidState } from '../../../src/services/errors.ts';
import { getJob } from '../../../src/services/jobs/get-job.ts';
import { getJobResult } from '../../../src/services/jobs/get-job-result.ts';
import { startJob, type JobUpdate } from '../../../src/services/jobs/job-runner.ts';
import { INTERRUPTED_TEXT, recoverJobs } from '../../../src/services/jobs/recover-jobs.ts';
import * as s from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
});
afterAll(async () => t.close());

const NOW = new Date('2025-02-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('background jobs', () => {
  it('report progress the client can poll, and finish with a file to download', async () => {
    const halfway = gate();
    const release = gate();
    const updates: JobUpdate[] = [];
    const job = await startJob(t.db, {
      kind: 'report.lkjip_docx',
      ownerUserId: w.user.id,
      agencyId: w.agency.id,
      regionId: w.region.id,
      onUpdate: (u) => updates.push(u),
      run: async (progress) => {
        progress(25, 'Mengukur capaian');
        progress(50.4, 'Menyusun BAB III');
        halfway.open();
        await release.opened;
        progress(90);
        return { bytes: new Uint8Array([80, 75, 3, 4, 1, 2]), fileName: 'LKjIP-2024.docx', mimeType: docx };
      },
    });
    expect((await getJob(as('operator'), { jobId: job.id })).status).toMatch(/queued|running/);
    await halfway.opened;
    // progress writes are asynchronous: wait until the poll sees 50
    let polled = await getJob(as('operator'), { jobId: job.id });
    for (let i = 0; i < 50 && polled.progress < 50; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      polled = await getJob(as('operator'), { jobId: job.id });
    }
    expect(polled).toMatchObject({
      status: 'running',
      progress: 50,
      message: 'Menyusun BAB III',
      result: null,
    });
    expect((await rejection(getJobResult(as('operator'), { jobId: job.id }))).code).toBe('invalid-state');
    release.open();
    expect(await job.done).toBe('done');

    const finished = await getJob(as('kepala'), { jobId: job.id });
    expect(finished).toMatchObject({
      status: 'done',
      progress: 100,
      error: null,
      result: { fileName: 'LKjIP-2024.docx', mimeType: docx, sizeBytes: 6 },
    });
    expect(finished.finishedAt).not.toBeNull();
    const file = await getJobResult(as('operator'), { jobId: job.id });
    expect([...file.bytes]).toEqual([80, 75, 3, 4, 1, 2]);
    expect(updates.map((u) => [u.status, u.progress])).toEqual([
      ['running', 0],
      ['running', 25],
      ['running', 50],
      ['running', 90],
      ['done', 100],
    ]);
  });

  it('record a failing job with its message, and never reject', async () => {
    const job = await startJob(t.db, {
      kind: 'import.realisations',
      ownerUserId: w.user.id,
      agencyId: w.agency.id,
      run: (progress) => {
        progress(10);
        return Promise.reject(
          invalidState({ id: 'Baris 7: indikator tidak dikenal.', en: 'Row 7: unknown indicator.' }),
        );
      },
    });
    expect(await job.done).toBe('failed');
    const failed = await getJob(as('operator'), { jobId: job.id });
    expect(failed).toMatchObject({
      status: 'failed',
      progress: 10,
      error: 'Baris 7: indikator tidak dikenal.',
      result: null,
    });
    expect((await rejection(getJobResult(as('operator'), { jobId: job.id }))).code).toBe('invalid-state');

    const thrown = await startJob(t.db, {
      kind: 'import.realisations',
      ownerUserId: w.user.id,
      run: () => {
        throw new Error('berkas rusak');
      },
    });
    expect(await thrown.done).toBe('failed');
    expect((await getJob(as('operator'), { jobId: thrown.id })).error).toBe('berkas rusak');
  });

  it('are visible to their owner and their agency only', async () => {
    const job = await startJob(t.db, {
      kind: 'report.lkjip_docx',
      ownerUserId: w.user.id,
      agencyId: w.agency.id,
      run: () => Promise.resolve(null),
    });
    await job.done;
    expect((await getJob(as('kepala'), { jobId: job.id })).result).toBeNull();
    for (const who of ['foreign', 'admin', 'evaluator'] as const)
      expect((await rejection(getJob(as(who), { jobId: job.id }))).code).toBe('forbidden');
    const own = await startJob(t.db, {
      kind: 'report.recap',
      ownerUserId: w.admin.id,
      run: () => Promise.resolve(null),
    });
    await own.done;
    expect((await getJob(as('admin'), { jobId: own.id })).status).toBe('done');
    expect((await rejection(getJob(as('operator'), { jobId: own.id }))).code).toBe('forbidden');
    expect((await rejection(getJob(as('operator'), { jobId: 'job-1' }))).code).toBe('validation');
    expect(
      (await rejection(getJob(as('operator'), { jobId: '00000000-0000-4000-8000-000000000000' }))).code,
    ).toBe('not-found');
  });

  it('left running by a restart are marked failed on startup', async () => {
    const [running] = await t.db
      .insert(s.backgroundJob)
      .values({ kind: 'report.lkjip_docx', status: 'running', progress: 40, ownerUserId: w.user.id })
      .returning();
    const [queued] = await t.db
      .insert(s.backgroundJob)
      .values({ kind: 'report.lkjip_docx', status: 'queued', ownerUserId: w.user.id })
      .returning();
    const before = await t.db.select().from(s.backgroundJob).where(eq(s.backgroundJob.status, 'done'));
    expect(await recoverJobs(t.db, NOW)).toBe(2);
    for (const id of [running!.id, queued!.id]) {
      const job = await getJob(as('operator'), { jobId: id });
      expect(job).toMatchObject({ status: 'failed', error: INTERRUPTED_TEXT, finishedAt: NOW });
    }
    expect(await t.db.select().from(s.backgroundJob).where(eq(s.backgroundJob.status, 'done'))).toEqual(
      before,
    );
    expect(await recoverJobs(t.db, NOW)).toBe(0);
  });
});
