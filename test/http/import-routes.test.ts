/**
 * Import over HTTP: the template is an .xlsx attachment; an upload starts a
 * background job whose result is the preview (or the problems); confirming
 * with the preview's digest writes; an oversized upload is refused with the
 * limit named, a PDF and a zip bomb as what they are, before any job exists.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/http/app.ts';
import { IMPORT_MAX_BYTES } from '../../src/services/import/import-file.ts';
import type { ImportOutcome } from '../../src/services/import/import-outcome.ts';
import { backgroundJob, indicator, realisation } from '../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { Client, seedTwoAgencies, testApp, type Seeded } from './http-fixtures.ts';

let t: TestDatabase;
let app: App;
let seed: Seeded;
beforeAll(async () => {
  t = await createTestDatabase();
  seed = await seedTwoAgencies(t.db);
  // the formula in the component codes, so the value is computed from them
  await t.db
    .update(indicator)
    .set({ formula: 'served / total × 100' })
    .where(eq(indicator.id, seed.own.indicator.id));
  app = await testApp(t.db);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await t.close();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function outcomeOf(client: Client, jobId: string): Promise<ImportOutcome> {
  for (let i = 0; i < 200; i++) {
    const job = (await client.request('GET', `/api/jobs/${jobId}`)).json() as {
      status: string;
      error: string;
    };
    if (job.status === 'failed') throw new Error(job.error);
    if (job.status === 'done')
      return (await client.request('GET', `/api/jobs/${jobId}/result`)).json() as ImportOutcome;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('job did not finish');
}

describe('import over HTTP', () => {
  it('template → preview job → confirm with the digest', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const agencyId = seed.own.agency.id;
    const template = await client.request(
      'GET',
      `/api/agencies/${agencyId}/import-templates/realisasi?year=2024`,
    );
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX);
    expect(template.headers['content-disposition']).toContain('templat-realisasi-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Realisasi')!;
    const row = sheet
      .getRows(3, sheet.rowCount - 2)!
      .find((r) => r.getCell(5).value === 'TW II' && r.getCell(6).value === 'served')!;
    row.getCell(7).value = '600';
    sheet
      .getRows(3, sheet.rowCount - 2)!
      .find((r) => r.getCell(5).value === 'TW II' && r.getCell(6).value === 'total')!
      .getCell(7).value = 800;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const url = `/api/agencies/${agencyId}/imports/realisasi/2024`;

    const started = await client.request('POST', `${url}/preview`, file, { 'content-type': XLSX });
    expect(started.statusCode).toBe(202);
    const preview = await outcomeOf(client, (started.json() as { jobId: string }).jobId);
    if (preview.status !== 'preview') throw new Error(preview.status);
    expect(preview.counts).toMatchObject({ new: 1, changed: 0, unchanged: 1 });

    const wrong = await client.request('POST', `${url}/confirm`, file, {
      'content-type': 'application/octet-stream',
      'x-import-digest': '0'.repeat(64),
    });
    // the job fails with the conflict's message: nothing is written
    await expect(outcomeOf(client, (wrong.json() as { jobId: string }).jobId)).rejects.toThrow(
      'Data berubah sejak pratinjau',
    );

    const confirmed = await client.request('POST', `${url}/confirm`, file, {
      'content-type': XLSX,
      'x-import-digest': preview.digest,
    });
    const applied = await outcomeOf(client, (confirmed.json() as { jobId: string }).jobId);
    expect(applied.status).toBe('applied');
    const rows = await t.db
      .select()
      .from(realisation)
      .where(eq(realisation.indicatorId, seed.own.indicator.id));
    expect(rows.find((r) => r.periodNo === 2)?.value).toBe('75');
  });

  it('refuses an oversized file naming the limit, a PDF and a zip bomb before starting a job; another agency’s operator is forbidden', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const url = `/api/agencies/${seed.own.agency.id}/imports/realisasi/2024/preview`;
    const [{ jobs: before }] = (await t.db.select({ jobs: count() }).from(backgroundJob)) as [
      { jobs: number },
    ];

    const huge = await client.request('POST', url, Buffer.alloc(IMPORT_MAX_BYTES + 10), {
      'content-type': XLSX,
    });
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { detail: string }).detail).toContain('batasnya 20 MB');
    const hugeEn = await client.request('POST', url, Buffer.alloc(IMPORT_MAX_BYTES + 10), {
      'content-type': XLSX,
      'x-akuntabel-locale': 'en',
    });
    expect((hugeEn.json() as { detail: string }).detail).toContain('the limit is 20 MB');

    const pdf = await client.request('POST', url, Buffer.from('%PDF-1.4\n%%EOF\n'), { 'content-type': XLSX });
    expect(pdf.statusCode).toBe(415);
    expect((pdf.json() as { detail: string }).detail).toContain('isinya PDF');

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types>spreadsheetml</Types>');
    bomb.file('xl/workbook.xml', '<workbook/>');
    bomb.file('xl/worksheets/sheet1.xml', 'a'.repeat(64 * 1024 * 1024));
    const bombed = await client.request(
      'POST',
      url,
      await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
      { 'content-type': XLSX },
    );
    expect(bombed.statusCode).toBe(413);
    expect((bombed.json() as { detail: string }).detail).toContain('mengembang');

    const foreign = new Client(app);
    await foreign.login('operator2');
    const forbidden = await foreign.request('POST', url, Buffer.from('PK\x03\x04'), { 'content-type': XLSX });
    expect(forbidden.statusCode).toBe(403);

    const [{ jobs: after }] = (await t.db.select({ jobs: count() }).from(backgroundJob)) as [
      { jobs: number },
    ];
    expect(after).toBe(before);
  });

  it('exports report-data@1 and takes it back as application/json: the same numbers change nothing', async () => {
    const client = new Client(app);
    await client.login('operator1');
    const agencyId = seed.own.agency.id;
    const exported = await client.request('GET', `/api/agencies/${agencyId}/report-data?year=2024`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      /attachment; filename="report-data-.+-2024\.json"/,
    );
    const data = exported.json() as { format: string; year: number };
    expect(data).toMatchObject({ format: 'akuntabel/report-data@1', year: 2024 });
    const started = await client.request(
      'POST',
      `/api/agencies/${agencyId}/imports/report-data/2024/preview`,
      exported.rawPayload,
      { 'content-type': 'application/json' },
    );
    expect(started.statusCode).toBe(202);
    const preview = await outcomeOf(client, (started.json() as { jobId: string }).jobId);
    expect(preview).toMatchObject({ status: 'preview', counts: { new: 0, changed: 0 } });
    const notJson = await client.request(
      'POST',
      `/api/agencies/${agencyId}/imports/report-data/2024/preview`,
      Buffer.from('{"format": '),
      { 'content-type': 'application/json' },
    );
    expect(notJson.statusCode).toBe(415);
    expect(notJson.body).toContain('JSON tidak sah');
  });
});
