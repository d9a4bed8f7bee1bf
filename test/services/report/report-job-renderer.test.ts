/**
 * Report jobs render in the renderer process (src/report/render-process.ts):
 * a job's file is the same as rendered in process, its progress still reaches
 * the client, and a renderer killed in the middle of a job ends the job as
 * failed with a message saying so (never a job left running); the next job
 * gets a new renderer and succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLkjipModel } from '../../../src/report/build-lkjip.ts';
import { sharedRenderProcess } from '../../../src/report/render-process.ts';
import { renderFormat } from '../../../src/report/render.ts';
import { getJob } from '../../../src/services/jobs/get-job.ts';
import { getJobResult } from '../../../src/services/jobs/get-job-result.ts';
import type { JobUpdate } from '../../../src/services/jobs/job-runner.ts';
import { loadLkjipSource } from '../../../src/services/report/load-lkjip-source.ts';
import { startReportJob } from '../../../src/services/report/start-report-job.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedWorkflowWorld(t.db);
}, 120_000);
afterAll(async () => {
  await sharedRenderProcess().close();
  await t.close();
});

const NOW = new Date('2025-02-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);

async function start(updates: JobUpdate[] = []) {
  let done: Promise<unknown> = Promise.resolve();
  const { jobId } = await startReportJob(
    as('operator'),
    { agencyId: w.agency.id, year: 2024, kind: 'lkjip', format: 'docx' },
    { onUpdate: (u) => updates.push(u), onDone: (d) => (done = d) },
  );
  return { jobId, done: () => done };
}

describe('report jobs in the renderer process', () => {
  it('fail with a clear message when the renderer dies mid-job; the next job succeeds', async () => {
    const updates: JobUpdate[] = [];
    const job = await start(updates);
    // Kill the renderer as soon as it exists (it is starting or rendering this job's file).
    await expect.poll(() => sharedRenderProcess().pid, { timeout: 60_000, interval: 5 }).toBeDefined();
    process.kill(sharedRenderProcess().pid!, 'SIGKILL');
    expect(await job.done()).toBe('failed');
    const failed = await getJob(as('operator'), { jobId: job.jobId });
    expect(failed).toMatchObject({
      status: 'failed',
      progress: 50,
      error:
        'Proses pembuat laporan berhenti tiba-tiba (dihentikan dengan sinyal SIGKILL) saat membuat berkas docx; berkas tidak dibuat. Coba lagi; bila berulang, laporkan ke administrator.',
    });
    expect(updates.at(-1)).toMatchObject({ status: 'failed', progress: 50 });

    const again = await start();
    expect(await again.done()).toBe('done');
    const file = await getJobResult(as('operator'), { jobId: again.jobId });
    const { source } = await loadLkjipSource(as('operator'), { agencyId: w.agency.id, year: 2024 });
    expect(Buffer.from(file.bytes).equals(await renderFormat(buildLkjipModel(source), 'docx'))).toBe(true);
  }, 180_000);
});
