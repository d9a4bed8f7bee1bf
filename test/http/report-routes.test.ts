/**
 * Report generation over HTTP: the demo operator starts the LKjIP 2023 as a
 * background job (202 {jobId}), polls GET /api/jobs/:jobId until it is done,
 * and downloads a valid .docx (a zip whose word/document.xml has 104,07)
 * with an Indonesian file name; an operator of another agency is refused
 * both the start and the job.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.ts';
import { hashPassword } from '../../src/services/administer/password-hash.ts';
import { loadDemo, readAgencyBundle, type LoadDemoResult } from '../../src/services/demo/load-demo.ts';
import { appUser, userRole } from '../../src/store/schema/index.ts';
import { seedSmallAgency } from '../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { Client, PASSWORD, testApp } from './http-fixtures.ts';

let t: TestDatabase;
let app: App;
let demo: LoadDemoResult;

beforeAll(async () => {
  t = await createTestDatabase();
  demo = await loadDemo(t.db, await readAgencyBundle(), { now: new Date('2024-02-20T02:00:00Z') });
  const foreign = await seedSmallAgency(t.db, '02');
  const [user] = await t.db
    .insert(appUser)
    .values({
      username: 'operator.lain',
      displayName: 'Operator lain',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  await t.db
    .insert(userRole)
    .values({ userId: user!.id, role: 'operator', regionId: foreign.region.id, agencyId: foreign.agency.id });
  app = await testApp(t.db);
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

type Job = { status: string; progress: number; error: string | null; result: { fileName: string } | null };

async function waitFor(client: Client, jobId: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = (await client.request('GET', `/api/jobs/${jobId}`)).json() as Job;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the job did not finish');
}

describe('POST /api/agencies/:agencyId/reports → GET /api/jobs/:jobId → GET /api/jobs/:jobId/result', () => {
  let jobId = '';

  it('generates the demo LKjIP 2023 as a .docx for the demo operator', async () => {
    const operator = new Client(app);
    expect((await operator.login('operator.dinsos', 'demo-operator-2024')).statusCode).toBe(200);
    const started = performance.now();
    const start = await operator.request('POST', `/api/agencies/${demo.agencyId}/reports`, {
      year: 2023,
      kind: 'lkjip',
      format: 'docx',
    });
    expect(start.statusCode).toBe(202);
    jobId = (start.json() as { jobId: string }).jobId;
    const job = await waitFor(operator, jobId);
    expect(job).toMatchObject({ status: 'done', progress: 100, error: null });
    expect(job.result?.fileName).toBe('LKjIP-2023-Dinas-Sosial-Kab-Lima-Puluh-Kota.docx');
    const download = await operator.request('GET', `/api/jobs/${jobId}/result`);
    console.log(
      `LKjIP .docx through the API (start, poll, download): ${Math.round(performance.now() - started)} ms`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="LKjIP-2023-Dinas-Sosial-Kab-Lima-Puluh-Kota.docx"; filename*=UTF-8''LKjIP-2023-Dinas-Sosial-Kab-Lima-Puluh-Kota.docx`,
    );
    const zip = await JSZip.loadAsync(download.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('104,07');
    expect(xml).toContain('6.420.276.477');
  }, 120_000);

  it('generates the PK as a .pdf', async () => {
    const kepala = new Client(app);
    await kepala.login('kepala.dinsos', 'demo-kepala-2024');
    const start = await kepala.request('POST', `/api/agencies/${demo.agencyId}/reports`, {
      year: 2023,
      kind: 'pk',
      format: 'pdf',
    });
    expect(start.statusCode).toBe(202);
    const id = (start.json() as { jobId: string }).jobId;
    expect(await waitFor(kepala, id)).toMatchObject({
      status: 'done',
      result: { fileName: 'PK-Perubahan-2023-Dinas-Sosial-Kab-Lima-Puluh-Kota.pdf' },
    });
    const download = await kepala.request('GET', `/api/jobs/${id}/result`);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it("refuses an operator of another agency: no job for the demo agency, no access to the demo operator's job", async () => {
    const other = new Client(app);
    expect((await other.login('operator.lain')).statusCode).toBe(200);
    const start = await other.request('POST', `/api/agencies/${demo.agencyId}/reports`, {
      year: 2023,
      kind: 'lkjip',
      format: 'docx',
    });
    expect(start.statusCode).toBe(403);
    expect((await other.request('GET', `/api/jobs/${jobId}`)).statusCode).toBe(403);
    expect((await other.request('GET', `/api/jobs/${jobId}/result`)).statusCode).toBe(403);
  });

  it('names a bad field (400) and needs a session (401)', async () => {
    const operator = new Client(app);
    await operator.login('operator.dinsos', 'demo-operator-2024');
    const bad = await operator.request('POST', `/api/agencies/${demo.agencyId}/reports`, {
      year: 2023,
      kind: 'lkjip',
      format: 'odt',
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('format');
    expect((await new Client(app).request('GET', `/api/jobs/${jobId}/result`)).statusCode).toBe(401);
  });
});
