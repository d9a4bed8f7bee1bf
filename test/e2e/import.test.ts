/**
 * Importing realisations from Excel in the browser: the operator downloads
 * the year's template, fills a cell (with exceljs, as Excel would), uploads
 * it, sees the preview (one new row, the rest unchanged), confirms, and finds
 * the value on the Realisasi page; a file with a bad number is refused with
 * the sheet, row, column and the value found, and nothing is saved. The
 * other kinds: a year's report-data@1 export uploaded back changes nothing;
 * an anggaran template with one sub kegiatan's realisation changed is
 * previewed, saved, and links to the Anggaran page.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetLine,
  budgetRealisation,
  indicator,
  realisation,
  subKegiatan,
} from '../../src/store/schema/index.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;
const folder = mkdtempSync(join(tmpdir(), 'akuntabel-e2e-import-'));

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The template as downloaded, with SS1.1's first period set to `value`; returns the file and the row. */
async function fillTemplate(downloaded: string, value: string, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(downloaded);
  const sheet = workbook.getWorksheet('Realisasi')!;
  let row: ExcelJS.Row | undefined;
  for (let r = 3; r <= sheet.rowCount && !row; r++)
    if (sheet.getRow(r).getCell(2).value === 'SS1.1' && !sheet.getRow(r).getCell(6).value)
      row = sheet.getRow(r);
  row!.getCell(7).value = value;
  const file = join(folder, name);
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return { file, row: row!.number, period: String(row!.getCell(5).value) };
}

/** Chooses the kind of data in the page's selector. */
async function chooseKind(page: Page, label: RegExp) {
  await page.getByRole('textbox', { name: 'Jenis data' }).click();
  await page.getByRole('option', { name: label }).click();
}

/** Uploads the file and waits for the preview or the refusal. */
async function check(page: Page, file: string) {
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await page
    .getByTestId('import-preview')
    .or(page.getByTestId('import-refused'))
    .waitFor({ timeout: 60_000 });
}

describe('import page', () => {
  it('operator: template → fill a cell → preview → confirm → the value is on the Realisasi page', async () => {
    const { page, context, errors } = await newPage(browser);
    const { agencyId } = server.demo;
    await signIn(page, server.url, 'operator.dinsos', demoPassword(server, 'operator.dinsos'));
    await page.goto(`${server.url}/instansi/${agencyId}/impor?tahun=2024`);
    const link = page.getByRole('link', { name: 'Unduh templat 2024 (.xlsx)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('templat-realisasi-2024.xlsx');
    const downloaded = join(folder, 'templat.xlsx');
    await download.saveAs(downloaded);

    // a bad number first: refused, with its place, and nothing saved
    const bad = await fillTemplate(downloaded, '7,5,3', 'salah.xlsx');
    await page.locator('input[type=file]').setInputFiles(bad.file);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const refused = page.getByTestId('import-refused');
    await refused.waitFor({ timeout: 60_000 });
    const problem = await refused.locator('tbody tr').first().locator('td').allTextContents();
    expect(problem.slice(0, 4)).toEqual(['Realisasi', String(bad.row), 'G (Nilai)', '7,5,3']);

    const good = await fillTemplate(downloaded, '74,53', 'isi.xlsx');
    await page.locator('input[type=file]').setInputFiles(good.file);
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-counts').textContent()).toContain('Baru: 1');
    expect(await page.getByTestId('import-counts').textContent()).toContain('Berubah: 0');
    const change = await page
      .getByTestId('import-changes')
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(change).toEqual([String(good.row), `SS1.1 · ${good.period}`, 'baru', '–', '74,53']);
    await screenshot(page, 'import-preview');
    const [ss11] = await server.db
      .select({ id: indicator.id })
      .from(indicator)
      .where(and(eq(indicator.agencyId, agencyId), eq(indicator.code, 'SS1.1')));
    const stored = () =>
      server.db
        .select({ value: realisation.value })
        .from(realisation)
        .where(
          and(eq(realisation.indicatorId, ss11!.id), eq(realisation.year, 2024), eq(realisation.periodNo, 1)),
        );
    expect(await stored()).toEqual([]);

    await page.getByRole('button', { name: 'Simpan 1 perubahan' }).click();
    await page.getByTestId('import-applied').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-applied').textContent()).toContain('1 baru dan 0 berubah');
    expect(await stored()).toEqual([{ value: '74.53' }]);

    await page.getByRole('link', { name: 'Buka halaman Realisasi' }).click();
    const cell = page.locator('tr[data-indicator="SS1.1"]:not([data-component]) td[data-period="1"]');
    await expect.poll(() => cell.textContent(), { timeout: 30_000 }).toContain('74,53');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('operator: report-data export → upload unchanged = nothing changes; anggaran: one realisation changed → saved', async () => {
    const { page, context, errors } = await newPage(browser);
    const { agencyId } = server.demo;
    await signIn(page, server.url, 'operator.dinsos', demoPassword(server, 'operator.dinsos'));
    await page.goto(`${server.url}/instansi/${agencyId}/impor?tahun=2023`);

    await chooseKind(page, /^Data laporan setahun/);
    expect(await page.locator('input[type=file]').getAttribute('accept')).toContain('.json');
    const exportLink = page.getByRole('link', { name: 'Ekspor report-data@1 2023 (JSON)' });
    const [exported] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    const json = join(folder, 'report-data-2023.json');
    await exported.saveAs(json);
    await check(page, json);
    const rdCounts = await page.getByTestId('import-counts').textContent();
    expect(rdCounts).toContain('Baru: 0');
    expect(rdCounts).toContain('Berubah: 0');
    expect(rdCounts).not.toContain('Tetap: 0');

    await chooseKind(page, /^Anggaran/);
    await expect.poll(() => page.locator('input[type=file]').getAttribute('accept')).toContain('.xlsx');
    await expect(page.getByRole('link', { name: /Ekspor report-data/ }).count()).resolves.toBe(0);
    await page.getByRole('textbox', { name: 'Jenis data' }).click(); // the list of kinds, for docs/images
    await page.getByRole('option', { name: /^Data laporan setahun/ }).waitFor();
    await screenshot(page, 'import-kinds');
    await page.keyboard.press('Escape');
    const templateLink = page.getByRole('link', { name: 'Unduh templat 2023 (.xlsx)' });
    const [download] = await Promise.all([page.waitForEvent('download'), templateLink.click()]);
    expect(download.suggestedFilename()).toBe('templat-anggaran-2023.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Anggaran')!;
    const code = '1.06.01.2.01.0001';
    let row: ExcelJS.Row | undefined;
    for (let r = 3; r <= sheet.rowCount && !row; r++)
      if (sheet.getRow(r).getCell(1).value === code) row = sheet.getRow(r);
    expect(row!.getCell(7).value).toBe(2_567_000); // G (Realisasi Tahunan)
    row!.getCell(7).value = 2_600_000;
    const filled = join(folder, 'anggaran.xlsx');
    writeFileSync(filled, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));

    await check(page, filled);
    expect(await page.getByTestId('import-counts').textContent()).toContain('Berubah: 1');
    const change = await page
      .getByTestId('import-changes')
      .locator('tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(change).toEqual([
      String(row!.number),
      `${code} · Belanja Lainnya`,
      'berubah',
      'Realisasi Tahunan Rp 2.567.000',
      'Realisasi Tahunan Rp 2.600.000',
    ]);
    await screenshot(page, 'import-anggaran-preview');
    const stored = async () => {
      const rows = await server.db
        .select({ amount: budgetRealisation.amount })
        .from(budgetRealisation)
        .innerJoin(budgetLine, eq(budgetLine.id, budgetRealisation.budgetLineId))
        .innerJoin(subKegiatan, eq(subKegiatan.id, budgetLine.subKegiatanId))
        .where(
          and(
            eq(budgetLine.agencyId, agencyId),
            eq(budgetLine.year, 2023),
            eq(subKegiatan.code, code),
            eq(budgetRealisation.periodKind, 'year'),
          ),
        );
      return rows.map((r) => r.amount);
    };
    expect(await stored()).toEqual([2_567_000]);

    await page.getByRole('button', { name: 'Simpan 1 perubahan' }).click();
    const applied = page.getByTestId('import-applied');
    await applied.waitFor({ timeout: 60_000 });
    expect(await applied.textContent()).toContain('0 baris baru dan 1 berubah disimpan');
    expect(await applied.getByRole('link', { name: 'Buka halaman Anggaran' }).getAttribute('href')).toBe(
      `/instansi/${agencyId}/anggaran?tahun=2023`,
    );
    expect(await stored()).toEqual([2_600_000]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
