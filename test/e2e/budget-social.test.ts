/**
 * Anggaran and Data Sosial in a real browser. The operator opens the demo
 * agency's 2023 budget and sees the totals the LKjIP states (pagu
 * 6.737.357.519, realisasi 6.420.276.477, serapan 95,29 %, the same as the
 * measurement), types a realisasi and sees the totals and the bar follow
 * before saving, pastes a block from "Excel", and finds a malformed number
 * ("12,3,4") refused at its cell with nothing saved. On Data Sosial a PPKS
 * count is saved and read back after a reload. A reader sees the budget on a
 * phone as a list.
 */
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetLine, budgetRealisation, ppksCount, subKegiatan } from '../../src/store/schema/index.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAs(username: string, path: string, width = 1366, height = 768) {
  const opened = await newPage(browser, { width, height });
  await signIn(opened.page, server.url, username, demoPassword(server, username));
  await opened.page.goto(`${server.url}/instansi/${server.demo.agencyId}/${path}`);
  return opened;
}

/** The realisation stored for a sub kegiatan's 2023 line (the demo records the year as one period). */
async function spentOn(code: string): Promise<number[]> {
  const rows = await server.db
    .select({ amount: budgetRealisation.amount })
    .from(budgetRealisation)
    .innerJoin(budgetLine, eq(budgetLine.id, budgetRealisation.budgetLineId))
    .innerJoin(subKegiatan, eq(subKegiatan.id, budgetLine.subKegiatanId))
    .where(and(eq(subKegiatan.code, code), eq(budgetLine.year, 2023)));
  return rows.map((r) => r.amount);
}

const yearCell = (page: Page, code: string) =>
  page.getByRole('textbox', { name: new RegExp(`^Realisasi Tahun 2023 — ${code.replaceAll('.', '\\.')} `) });
const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

/** Pastes text into the focused cell as a spreadsheet would (a paste event with text/plain); runs in the page. */
async function paste(page: Page, block: string) {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', ${JSON.stringify(block)});
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  })()`);
}

describe('Anggaran', () => {
  it('shows the demo totals of 2023, the same as the measurement', async () => {
    const { page, context, errors } = await openAs('operator.dinsos', 'anggaran?tahun=2023');
    await expect.poll(() => text(page, 'total-pagu')).toBe('Rp 6.737.357.519');
    expect(await text(page, 'total-realisasi')).toBe('Rp 6.420.276.477');
    expect(await text(page, 'total-serapan')).toBe('95,29 %');
    expect(await text(page, 'total-sisa')).toBe('Rp 317.081.042');
    const measured = await page.evaluate(async (agencyId) => {
      const response = await fetch(`/api/agencies/${agencyId}/measurement?year=2023`);
      return ((await response.json()) as { budget: { pagu: number; realisasi: number; persen: number } })
        .budget;
    }, server.demo.agencyId);
    expect(measured.pagu).toBe(6_737_357_519);
    expect(measured.realisasi).toBe(6_420_276_477);
    expect(measured.persen.toFixed(2)).toBe('95.29');
    // every program, kegiatan and sub kegiatan with its code
    await expect.poll(() => page.getByText('1.06.04.2.01.0006', { exact: true }).count()).toBe(1);
    await screenshot(page, 'anggaran-2023');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a typed realisasi in the totals and the bar before saving, then saves it', async () => {
    const { page, context, errors } = await openAs('operator.dinsos', 'anggaran?tahun=2023');
    const cell = yearCell(page, '1.06.01.2.01.0001');
    await expect.poll(() => cell.inputValue()).toBe('2.567.000');
    const row = page.locator('tr', { has: cell });
    expect(await row.textContent()).toContain('93,82 %');
    await cell.click();
    await page.keyboard.type('2.667.000');
    // live, before anything is saved: the total, the serapan and the row's bar
    await expect.poll(() => text(page, 'total-realisasi')).toBe('Rp 6.420.376.477');
    expect(await text(page, 'total-serapan')).toBe('95,30 %');
    expect(await row.textContent()).toContain('97,48 %');
    expect(await spentOn('1.06.01.2.01.0001')).toEqual([2_567_000]);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Simpan (1)' }).click();
    await expect.poll(() => text(page, 'entry-outcome')).toContain('1 isian tersimpan');
    expect(await spentOn('1.06.01.2.01.0001')).toEqual([2_667_000]);
    await page.reload();
    await expect.poll(() => text(page, 'total-realisasi')).toBe('Rp 6.420.376.477');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pastes a block from a spreadsheet into the cells below the chosen one', async () => {
    const { page, context, errors } = await openAs('operator.dinsos', 'anggaran?tahun=2023');
    const first = yearCell(page, '1.06.01.2.06.0001');
    await expect.poll(() => first.inputValue()).toBe('3.532.000');
    await first.click();
    await paste(page, '3.500.000\n37.000.000\r\n24.000.000\n');
    expect(await first.inputValue()).toBe('3.500.000');
    expect(await yearCell(page, '1.06.01.2.06.0004').inputValue()).toBe('37.000.000');
    expect(await yearCell(page, '1.06.01.2.06.0005').inputValue()).toBe('24.000.000');
    expect(await text(page, 'unsaved')).toBe('3 isian belum disimpan');
    await page.keyboard.press('Control+s');
    await expect.poll(() => text(page, 'entry-outcome')).toContain('3 isian tersimpan');
    expect(await spentOn('1.06.01.2.06.0004')).toEqual([37_000_000]);
    await page.reload();
    await expect.poll(() => yearCell(page, '1.06.01.2.06.0005').inputValue()).toBe('24.000.000');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a malformed number at its cell and saves nothing', async () => {
    const { page, context, errors } = await openAs('operator.dinsos', 'anggaran?tahun=2023');
    const cell = yearCell(page, '1.06.01.2.02.0001');
    await expect.poll(() => cell.inputValue()).toBe('2.545.975.793');
    await cell.fill('12,3,4');
    const cellTd = page.locator('td', { has: cell });
    await expect.poll(() => cellTd.getByRole('alert').textContent()).toContain('lebih dari satu koma');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    // the other cell typed alongside is not saved either
    await yearCell(page, '1.06.01.2.02.0005').fill('1.900.000');
    await page.getByRole('button', { name: 'Simpan (2)' }).click();
    await expect.poll(() => text(page, 'entry-outcome')).toContain('1 sel belum benar');
    expect(await spentOn('1.06.01.2.02.0001')).toEqual([2_545_975_793]);
    expect(await spentOn('1.06.01.2.02.0005')).toEqual([1_854_000]);
    await page.getByRole('button', { name: 'Batalkan isian' }).click();
    expect(await cell.inputValue()).toBe('2.545.975.793');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says at the cell when someone else saved it meanwhile; saving again overwrites', async () => {
    const { page, context, errors } = await openAs('operator.dinsos', 'anggaran?tahun=2023');
    const cell = yearCell(page, '1.06.01.2.01.0006');
    await expect.poll(() => cell.inputValue()).toBe('6.380.000');
    await cell.fill('6.400.000');
    // another session saves the same period with the version this page read
    const status = await page.evaluate(`(async () => {
      const tree = await (await fetch('/api/agencies/${server.demo.agencyId}/budget?year=2023')).json();
      const sub = tree.programs.flatMap((p) => p.kegiatan).flatMap((k) => k.subKegiatan)
        .find((s) => s.code === '1.06.01.2.01.0006');
      const line = sub.lines[0];
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('akuntabel_csrf=')).split('=')[1];
      const response = await fetch('/api/budget-lines/' + line.id + '/realisations', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify({ periodKind: 'year', periodNo: 1, amount: 6390000, version: line.realisations[0].version }),
      });
      return response.status;
    })()`);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Simpan (1)' }).click();
    await expect.poll(() => text(page, 'entry-outcome')).toContain('1 isian gagal disimpan');
    await expect
      .poll(() => page.locator('td', { has: cell }).getByRole('alert').textContent())
      .toContain('Sudah diubah orang lain menjadi 6.390.000');
    expect(await spentOn('1.06.01.2.01.0006')).toEqual([6_390_000]);
    expect(await cell.inputValue()).toBe('6.400.000');
    await page.getByRole('button', { name: 'Simpan (1)' }).click();
    await expect.poll(() => text(page, 'entry-outcome')).toContain('1 isian tersimpan');
    expect(await spentOn('1.06.01.2.01.0006')).toEqual([6_400_000]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is a list for reading on a phone', async () => {
    const { page, context, errors } = await openAs('viewer', 'anggaran?tahun=2023', 390, 844);
    await expect.poll(() => page.getByTestId('budget-list').count()).toBe(1);
    expect(await page.getByTestId('budget-grid').count()).toBe(0);
    expect(await text(page, 'total-pagu')).toBe('Rp 6.737.357.519');
    await screenshot(page, 'anggaran-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Data Sosial', () => {
  it('saves a PPKS count and shows it after a reload; a malformed count is refused at its cell', async () => {
    const { page, context, errors } = await openAs('operator.dinsos', 'data-sosial?tahun=2023');
    const poor = page.getByRole('textbox', { name: 'Jumlah — Fakir miskin' });
    await poor.fill('4.998');
    await page
      .getByRole('textbox', { name: 'Sumber data — Fakir miskin' })
      .fill('DTKS SIKS-NG Desember 2023');
    const neglected = page.getByRole('textbox', { name: 'Jumlah — Anak telantar' });
    await neglected.fill('12,3,4');
    await page.getByRole('button', { name: 'Simpan (2)' }).click();
    await expect.poll(() => text(page, 'entry-outcome')).toContain('1 isian belum benar');
    await expect
      .poll(() => page.locator('td', { has: neglected }).getByRole('alert').textContent())
      .toContain('lebih dari satu koma');
    const stored = () =>
      server.db
        .select({ category: ppksCount.category, count: ppksCount.count, source: ppksCount.dataSource })
        .from(ppksCount)
        .where(and(eq(ppksCount.agencyId, server.demo.agencyId), eq(ppksCount.year, 2023)));
    expect(await stored()).toEqual([]);
    await neglected.fill('120');
    await neglected.press('Control+s');
    await expect.poll(() => text(page, 'entry-outcome')).toContain('2 baris tersimpan');
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Jumlah — Fakir miskin' }).inputValue())
      .toBe('4.998');
    expect(await text(page, 'ppks-total')).toBe('5.118');
    expect(await stored()).toEqual(
      expect.arrayContaining([
        { category: 'fakir_miskin', count: 4998, source: 'DTKS SIKS-NG Desember 2023' },
        { category: 'anak_telantar', count: 120, source: null },
      ]),
    );
    await screenshot(page, 'data-sosial-2023');
    await page.getByRole('tab', { name: 'Bantuan sosial' }).click();
    await expect
      .poll(() =>
        page.getByRole('textbox', { name: /^Penerima — Program Keluarga Harapan \(PKH\)/ }).inputValue(),
      )
      .toBe('22.950');
    expect(errors).toEqual([]);
    await context.close();
  });
});
