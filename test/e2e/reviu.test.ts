/**
 * Reviu in a real browser: the evaluator uploads the real 2023 Lima Puluh
 * Kota file (examples/), sees the known findings — the 117.880.628 digit slip
 * with 177.880.628 as the right value, the 8.974.000 sum — selects the slip,
 * makes it a review comment on the demo's LKjIP 2023 once it is in review,
 * and downloads the kertas kerja reviu (.docx read as XML, .xlsx). An
 * operator sees the review but cannot run one.
 */
import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lkjipReport } from '../../src/store/schema/index.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  // The demo's LKjIP 2023, put in review (as the kepala's submit does), so findings can become comments.
  const { agencyId } = server.demo;
  const [existing] = await server.db
    .select()
    .from(lkjipReport)
    .where(and(eq(lkjipReport.agencyId, agencyId), eq(lkjipReport.year, 2023)));
  if (existing)
    await server.db.update(lkjipReport).set({ status: 'in_review' }).where(eq(lkjipReport.id, existing.id));
  else await server.db.insert(lkjipReport).values({ agencyId, year: 2023, status: 'in_review' });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const reviuPage = () => `${server.url}/instansi/${server.demo.agencyId}/reviu?tahun=2023`;

describe('Reviu', () => {
  it('evaluator checks the 2023 file, sees the known findings, makes a comment and downloads the worksheet', async () => {
    const { page, errors } = await newPage(browser);
    await signIn(page, server.url, 'evaluator.inspektorat', demoPassword(server, 'evaluator.inspektorat'));
    await page.goto(reviuPage());
    await page.getByText('Berkas report-data', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles('examples/lkjip-2023-limapuluhkota.json');
    await page.getByTestId('run-review').click();
    const table = page.getByTestId('findings');
    await table.waitFor();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(10);
    const slip = page.getByTestId('finding').filter({ hasText: '117.880.628' });
    await expect.poll(() => slip.textContent()).toContain('177.880.628');
    await expect.poll(() => table.textContent()).toContain('8.974.000');
    await screenshot(page, 'reviu-findings');

    await slip.getByRole('checkbox').check();
    await page.getByTestId('make-comments').click();
    await expect.poll(() => slip.textContent()).toContain('Menunggu jawaban');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('worksheet-xlsx').click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^kertas-kerja-reviu-2023-.*\.xlsx$/);
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('worksheet-docx').click(),
    ]);
    const zip = await JSZip.loadAsync(await readFile((await docx.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('KERTAS KERJA REVIU');
    expect(xml).toContain('117.880.628');
    expect(xml).toContain('177.880.628');
    expect(xml).toContain('Menunggu jawaban');
    expect(errors).toEqual([]);
  }, 180_000);

  it('an operator reads the review but cannot run one', async () => {
    const { page, errors } = await newPage(browser);
    await signIn(page, server.url, 'operator.dinsos', demoPassword(server, 'operator.dinsos'));
    await page.goto(reviuPage());
    await page.getByText('Hanya evaluator (Inspektorat) yang menjalankan reviu.').waitFor();
    await expect.poll(() => page.getByTestId('finding').count()).toBe(10);
    expect(await page.getByTestId('run-review').count()).toBe(0);
    expect(await page.getByTestId('make-comments').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
