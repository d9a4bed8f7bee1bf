/**
 * The Perjanjian Kinerja and the reports in a real browser: the operator builds
 * the 2024 PK from the Renstra targets, changes a target (Indonesian number
 * entry) and submits it; the kepala signs it; the kepala revises it and the
 * perubahan shows the changed target old → new. The LKjIP goes through its
 * review (draft → in review with an evaluator's comment → answered →
 * final), and the operator generates the 2023 LKjIP as .docx, follows the
 * progress and downloads the file.
 *
 * The demo's Renstra has no 2024 targets (its PK is 2023's); the test gives
 * the sasaran indicators 2024 targets, so 2024 is a year without a PK whose
 * targets the PK is built from.
 */
import { readFileSync } from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicator, indicatorTarget } from '../../src/store/schema/index.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;

const TARGETS_2024: Record<string, string> = { 'SS1.1': '76', 'SS2.1': '95', 'SS3.1': '66', 'SS3.2': '86' };

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  const { agencyId } = server.demo;
  const rows = await server.db
    .select({ id: indicator.id, code: indicator.code })
    .from(indicator)
    .where(and(eq(indicator.agencyId, agencyId), inArray(indicator.code, Object.keys(TARGETS_2024))));
  await server.db
    .insert(indicatorTarget)
    .values(rows.map((r) => ({ agencyId, indicatorId: r.id, year: 2024, value: TARGETS_2024[r.code]! })));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const page = (path: string, year: number) =>
  `${server.url}/instansi/${server.demo.agencyId}/${path}?tahun=${year}`;

async function openAs(username: string, path: string, year: number) {
  const opened = await newPage(browser);
  await signIn(opened.page, server.url, username, demoPassword(server, username));
  await opened.page.goto(page(path, year));
  return opened;
}

const status = (p: Page) => p.getByTestId('status-steps').first().getAttribute('data-status');
const target = (p: Page, code: string) => p.locator(`tr[data-code="${code}"] [data-testid="pk-target"]`);

async function confirmDialog(p: Page, button: string) {
  await p.getByRole('dialog').getByRole('button', { name: button }).click();
  await p.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('Perjanjian Kinerja', () => {
  it('operator builds, edits and submits the 2024 PK; kepala signs it, revises it and sees old → new', async () => {
    const operator = await openAs('operator.dinsos', 'pk', 2024);
    const op = operator.page;
    await op.getByTestId('pk-create').waitFor();
    await op.getByRole('button', { name: 'Susun PK dari target Renstra' }).click();
    await op.getByTestId('pk-view').waitFor();
    await expect.poll(() => status(op)).toBe('draft');
    await expect.poll(() => target(op, 'SS1.1').textContent()).toBe('76');
    expect(await op.getByTestId('pk-row').count()).toBe(4);

    // change a target the Indonesian way; the field echoes what it read
    await op.getByTestId('pk-edit').click();
    const field = op.getByTestId('target-input-SS1.1');
    await field.fill('76,25');
    await expect.poll(() => op.getByText('Terbaca: 76,25').count()).toBe(1);
    await op.getByTestId('pk-save').click();
    await expect.poll(() => target(op, 'SS1.1').textContent()).toBe('76,25');

    await op.getByTestId('pk-submit').click();
    await confirmDialog(op, 'Ya, lanjutkan');
    await expect.poll(() => status(op)).toBe('submitted');
    await expect.poll(() => op.getByText('Menunggu tanda tangan kepala perangkat daerah.').count()).toBe(1);
    expect(operator.errors).toEqual([]);
    await operator.context.close();

    // the kepala signs, after a confirmation
    const kepala = await openAs('kepala.dinsos', 'pk', 2024);
    const kp = kepala.page;
    await kp.getByTestId('pk-sign').click();
    const dialog = kp.getByRole('dialog');
    await dialog.getByLabel('Tempat penandatanganan').fill('Payakumbuh');
    await dialog.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => dialog.getByText('tidak dapat diubah lagi', { exact: false }).count()).toBe(1);
    await confirmDialog(kp, 'Ya, tanda tangani');
    await expect.poll(() => status(kp)).toBe('signed');
    await expect.poll(() => kp.getByTestId('cascade-unit').first().textContent()).toContain('Ditandatangani');
    await expect.poll(() => kp.getByText('Ditandatangani di Payakumbuh', { exact: false }).count()).toBe(1);

    // the perubahan keeps the signed original and shows what changed
    await kp.getByTestId('pk-revise').click();
    await kp.getByRole('dialog').getByLabel('Alasan perubahan').fill('APBD Perubahan 2024');
    await confirmDialog(kp, 'Buat versi perubahan');
    await expect.poll(() => status(kp)).toBe('draft');
    await expect.poll(() => kp.getByTestId('pk-versions').textContent()).toContain('Perubahan 1');
    await kp.getByTestId('pk-edit').click();
    await kp.getByTestId('target-input-SS1.1').fill('78');
    await kp.getByTestId('pk-save').click();
    const changed = kp.locator('[data-testid="pk-diff"] [data-testid="diff-row"][data-change="changed"]');
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.getByTestId('diff-before').textContent()).toBe('76,25');
    expect(await changed.getByTestId('diff-after').textContent()).toBe('78');
    await expect.poll(() => target(kp, 'SS1.1').textContent()).toBe('76,25 → 78');
    await screenshot(kp, 'pk-perubahan');

    // the original is kept as signed
    await kp.getByTestId('pk-versions').getByText('Asli').click();
    await expect.poll(() => status(kp)).toBe('signed');
    await expect.poll(() => target(kp, 'SS1.1').textContent()).toBe('76,25');
    expect(kepala.errors).toEqual([]);
    await kepala.context.close();
  }, 180_000);
});

describe('Laporan', () => {
  it('the LKjIP goes from draft through the review to final', async () => {
    const operator = await openAs('operator.dinsos', 'laporan', 2023);
    const op = operator.page;
    await op.getByRole('button', { name: 'Buat draf LKjIP 2023' }).click();
    await expect.poll(() => status(op)).toBe('draft');

    const kepala = await openAs('kepala.dinsos', 'laporan', 2023);
    await kepala.page.getByTestId('lkjip-submit').click();
    await confirmDialog(kepala.page, 'Ya, lanjutkan');
    await expect.poll(() => status(kepala.page)).toBe('in_review');

    // the evaluator comments on the measurement section, which links to where its numbers come from
    const evaluator = await openAs('evaluator.inspektorat', 'laporan', 2023);
    const ev = evaluator.page;
    const measurement = ev
      .getByTestId('review-section')
      .filter({ hasText: 'BAB III Pengukuran capaian kinerja' });
    await measurement.getByRole('button').first().click();
    expect(await measurement.getByRole('link', { name: 'Realisasi' }).getAttribute('href')).toContain(
      '/realisasi?tahun=2023',
    );
    await measurement
      .getByLabel('Catatan baru untuk bagian ini')
      .fill('Capaian SS1.1 belum sesuai data DTKS.');
    await measurement.getByRole('button', { name: 'Tambah catatan' }).click();
    await expect
      .poll(() => measurement.locator('[data-testid="review-comment"][data-state="open"]').count())
      .toBe(1);

    // the agency answers; the evaluator resolves; the kepala finalises
    await op.reload();
    const opSection = op
      .getByTestId('review-section')
      .filter({ hasText: 'BAB III Pengukuran capaian kinerja' });
    await opSection.getByLabel('Jawaban').fill('Sudah disesuaikan dengan DTKS Desember 2023.');
    await opSection.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect
      .poll(() => opSection.locator('[data-testid="review-comment"][data-state="answered"]').count())
      .toBe(1);
    await ev.reload();
    const resolve = ev.getByRole('button', { name: 'Nyatakan selesai' });
    await resolve.waitFor();
    await screenshot(ev, 'laporan-reviu');
    await resolve.click();
    await expect
      .poll(() => ev.locator('[data-testid="review-comment"][data-state="resolved"]').count())
      .toBe(1);

    await kepala.page.reload();
    await kepala.page.getByTestId('lkjip-finalize').click();
    await confirmDialog(kepala.page, 'Ya, lanjutkan');
    await expect.poll(() => status(kepala.page)).toBe('final');
    await expect.poll(() => kepala.page.getByText('Angka final tersegel dan utuh').count()).toBe(1);
    await expect.poll(() => kepala.page.getByTestId('lkjip-history').textContent()).toContain('Final');
    for (const opened of [operator, kepala, evaluator]) {
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  }, 180_000);

  it('the operator generates the 2023 LKjIP as .docx, follows the progress and downloads it', async () => {
    const operator = await openAs('operator.dinsos', 'laporan', 2023);
    const op = operator.page;
    await op.getByTestId('generate-lkjip-docx').click();
    const job = op.getByTestId('report-job').first();
    await job.waitFor();
    await expect
      .poll(() => job.getAttribute('data-status'), { timeout: 150_000, interval: 500 })
      .toBe('done');
    expect(await job.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    const [download] = await Promise.all([op.waitForEvent('download'), job.getByTestId('download').click()]);
    expect(download.suggestedFilename()).toMatch(/^LKjIP-2023-.*\.docx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(20_000);
    await screenshot(op, 'laporan-unduh');
    expect(operator.errors).toEqual([]);
    await operator.context.close();
  }, 240_000);
});
