/**
 * The realisation grid in a real browser: the operator types a value with the
 * keyboard and sees capaian and predikat follow before anything is saved,
 * pastes a 2×2 block from "Excel", uploads evidence, submits (a low
 * realisation asks for its explanation); the kepala verifies one and returns
 * another, whose comment the operator then reads; another agency's grid is
 * refused.
 *
 * The demo records its indicators yearly and has no 2024 targets; the test
 * makes SS1.1 and SS2.1 quarterly and gives 2024 targets, so 2024 is an empty
 * year of quarters to type into.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agency, indicator, indicatorTarget } from '../../src/store/schema/index.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;
let gridUrl: string;

const TARGETS_2024: Record<string, string> = { 'SS1.1': '76', 'SS2.1': '95', 'SS3.1': '66' };

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  const { agencyId } = server.demo;
  const rows = await server.db
    .select({ id: indicator.id, code: indicator.code })
    .from(indicator)
    .where(and(eq(indicator.agencyId, agencyId), inArray(indicator.code, Object.keys(TARGETS_2024))));
  await server.db
    .update(indicator)
    .set({ reportingFrequency: 'quarterly' })
    .where(
      inArray(
        indicator.id,
        rows.filter((r) => r.code !== 'SS3.1').map((r) => r.id),
      ),
    );
  // the demo feeds SS3.1 (Nilai AKIP) from the AKIP evaluation; here it is typed, to reach the lowest band
  await server.db
    .update(indicator)
    .set({ feed: null })
    .where(
      inArray(
        indicator.id,
        rows.filter((r) => r.code === 'SS3.1').map((r) => r.id),
      ),
    );
  await server.db
    .insert(indicatorTarget)
    .values(rows.map((r) => ({ agencyId, indicatorId: r.id, year: 2024, value: TARGETS_2024[r.code]! })));
  gridUrl = `${server.url}/instansi/${agencyId}/realisasi?tahun=2024`;
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cell = (page: Page, code: string, periodNo: number) =>
  page.locator(`tr[data-indicator="${code}"]:not([data-component]) td[data-period="${periodNo}"]`);
const summary = (page: Page, code: string, column: 'capaian' | 'predikat' | 'year') =>
  page.locator(`tr[data-indicator="${code}"]:not([data-component]) td[data-col="${column}"]`);

async function openAs(username: string, width = 1366, height = 768) {
  const opened = await newPage(browser, { width, height });
  await signIn(opened.page, server.url, username, demoPassword(server, username));
  await opened.page.goto(gridUrl);
  await cell(opened.page, 'SS1.1', 1).waitFor();
  return opened;
}

/** What Ctrl+V on the focused cell does with a block copied from Excel (a script: the tests are typed without the DOM). */
async function pasteInto(page: Page, text: string) {
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  })()`);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('realisation grid', () => {
  it('operator: types, pastes, uploads evidence and submits; kepala verifies and returns; the operator reads the comment', async () => {
    const { page, context, errors } = await openAs('operator.dinsos');
    expect(await page.getByRole('grid').getAttribute('aria-label')).toBe('Isian realisasi 2024');
    expect(await summary(page, 'SS1.1', 'capaian').textContent()).toBe('Belum ada realisasi');

    // typing: the capaian and predikat follow before anything is saved
    let requests = 0;
    const countApi = (request: { url: () => string }) => {
      if (request.url().includes('/api/')) requests += 1;
    };
    await cell(page, 'SS1.1', 1).click();
    page.on('request', countApi);
    await page.keyboard.type('74,53');
    await expect.poll(() => summary(page, 'SS1.1', 'capaian').textContent()).toContain('98,07');
    expect(await summary(page, 'SS1.1', 'predikat').textContent()).toBe('Sangat Tinggi');
    expect(await summary(page, 'SS1.1', 'capaian').getAttribute('data-source')).toBe('live');
    expect(await page.getByRole('status').filter({ hasText: 'Terbaca' }).textContent()).toBe(
      'Terbaca: 74,53',
    );
    expect(requests).toBe(0);
    page.off('request', countApi);
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'SS1.1', 1).getAttribute('data-save')).toBe('saved');
    expect(await cell(page, 'SS1.1', 1).getAttribute('data-status')).toBe('draft');
    // the server's measurement replaces the live one, and agrees with it
    await expect.poll(() => summary(page, 'SS1.1', 'capaian').getAttribute('data-source')).toBe('server');
    expect(await summary(page, 'SS1.1', 'capaian').textContent()).toContain('98,07');
    // Enter moved the selection down one row, to SS2.1 TW I
    expect(await cell(page, 'SS2.1', 1).getAttribute('tabindex')).toBe('0');

    // a 2×2 block pasted from Excel on SS1.1 TW II: SS1.1 and SS2.1, TW II and TW III, one request
    await cell(page, 'SS1.1', 2).click();
    await pasteInto(page, '75\t76\r\n96\t97\r\n');
    for (const [code, periodNo, shown] of [
      ['SS1.1', 2, '75'],
      ['SS1.1', 3, '76'],
      ['SS2.1', 2, '96'],
      ['SS2.1', 3, '97'],
    ] as const) {
      await expect.poll(() => cell(page, code, periodNo).getAttribute('data-save')).toBe('saved');
      expect(await cell(page, code, periodNo).textContent()).toContain(shown);
    }
    expect(await page.getByTestId('selection-bar').textContent()).toContain('4 sel ditempel.');
    await expect.poll(() => summary(page, 'SS1.1', 'capaian').textContent()).toContain('100,00');
    expect(await summary(page, 'SS1.1', 'year').textContent()).toContain('s.d. TW III');

    // evidence on SS1.1 TW I: upload a PDF, see it listed; a file that is not what it says is refused
    await cell(page, 'SS1.1', 1).click();
    await page.keyboard.press('Control+Enter');
    const drawer = page.getByRole('dialog', { name: 'Rincian realisasi' });
    await drawer.waitFor();
    await drawer
      .locator('input[type="file"]')
      .setInputFiles({ name: 'berita-acara-tw1.pdf', mimeType: 'application/pdf', buffer: PDF });
    await drawer.getByRole('link', { name: 'Unduh berita-acara-tw1.pdf' }).waitFor();
    await drawer
      .locator('input[type="file"]')
      .setInputFiles({ name: 'palsu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bukan PDF') });
    await expect.poll(() => drawer.getByTestId('problem').textContent()).toContain('bukan application/pdf');
    // submit it from the drawer
    await drawer.getByRole('button', { name: 'Ajukan', exact: true }).click();
    await expect.poll(() => cell(page, 'SS1.1', 1).getAttribute('data-status')).toBe('submitted');
    await page.keyboard.press('Escape');
    expect(await cell(page, 'SS1.1', 1).getAttribute('aria-label')).toContain('Diajukan');

    // submit all drafts of TW II (SS1.1 and SS2.1), one request after the other
    await page.getByRole('textbox', { name: 'Ajukan draf periode' }).click();
    await page.getByRole('option', { name: 'TW II (2 draf)' }).click();
    await page.getByRole('button', { name: 'Ajukan semua' }).click();
    await page.getByText('2 realisasi diajukan.').waitFor();
    expect(await cell(page, 'SS2.1', 2).getAttribute('data-status')).toBe('submitted');

    // a realisation in the lowest bands asks for its explanation: SS3.1 (yearly) 30 against 66 = 45,45 %
    await cell(page, 'SS3.1', 1).click();
    await page.keyboard.type('30');
    await expect.poll(() => summary(page, 'SS3.1', 'predikat').textContent()).toBe('Sangat Rendah');
    await page.keyboard.press('Shift+Enter'); // commit and move up
    await expect.poll(() => cell(page, 'SS3.1', 1).getAttribute('data-save')).toBe('saved');
    await cell(page, 'SS3.1', 1).click();
    await page.getByTestId('selection-bar').getByRole('button', { name: 'Ajukan', exact: true }).click();
    const explain = page.getByRole('dialog', { name: 'Penjelasan capaian rendah' });
    expect(await explain.textContent()).toContain('Sangat Rendah');
    await explain.getByLabel('Penjelasan').fill('Evaluasi AKIP tertunda karena pergantian tim.');
    await explain.getByRole('button', { name: 'Ajukan dengan penjelasan' }).click();
    await expect.poll(() => cell(page, 'SS3.1', 1).getAttribute('data-status')).toBe('submitted');
    await screenshot(page, 'realisasi-operator');
    expect(errors).toEqual([]);

    // the kepala verifies TW I and returns TW II with a comment
    const kepala = await openAs('kepala.dinsos');
    await cell(kepala.page, 'SS1.1', 1).click();
    const bar = kepala.page.getByTestId('selection-bar');
    await bar.getByRole('button', { name: 'Verifikasi' }).click();
    await expect.poll(() => cell(kepala.page, 'SS1.1', 1).getAttribute('data-status')).toBe('verified');
    await cell(kepala.page, 'SS1.1', 2).click();
    await bar.getByRole('button', { name: 'Kembalikan' }).click();
    const giveBack = kepala.page.getByRole('dialog', { name: 'Kembalikan realisasi' });
    await giveBack.getByLabel('Catatan untuk operator').fill('Lampirkan daftar penerima layanan TW II.');
    await giveBack.getByRole('button', { name: 'Kembalikan' }).click();
    await expect.poll(() => cell(kepala.page, 'SS1.1', 2).getAttribute('data-status')).toBe('returned');
    expect(kepala.errors).toEqual([]);
    await kepala.context.close();

    // the operator sees the comment on the returned cell, which is editable again
    await page.reload();
    await cell(page, 'SS1.1', 2).click();
    expect(await page.getByTestId('return-comment').textContent()).toBe(
      'Dikembalikan: Lampirkan daftar penerima layanan TW II.',
    );
    expect(await cell(page, 'SS1.1', 2).getAttribute('title')).toContain('Lampirkan daftar penerima');
    expect(await cell(page, 'SS1.1', 1).getAttribute('data-status')).toBe('verified');
    await page.keyboard.type('75,5');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 'SS1.1', 2).getAttribute('data-save')).toBe('saved');
    expect(await cell(page, 'SS1.1', 2).textContent()).toContain('75,5');
    await screenshot(page, 'realisasi'); // docs/images/web-realisasi.png
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('viewer reads the grid without editing; a phone shows it too', async () => {
    const { page, context, errors } = await openAs('viewer', 390, 844);
    expect(await page.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    await cell(page, 'SS1.1', 1).click();
    await page.keyboard.type('12');
    expect(await page.locator('input.rg-input').count()).toBe(0);
    expect(await page.getByText('Anda dapat membaca realisasi').count()).toBe(1);
    await screenshot(page, 'realisasi-phone');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('refuses an operator another agency’s grid with the forbidden message', async () => {
    const [other] = await server.db
      .insert(agency)
      .values({ regionId: server.demo.regionId, code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan' })
      .returning();
    const { page, context } = await newPage(browser);
    await signIn(page, server.url, 'operator.dinsos', demoPassword(server, 'operator.dinsos'));
    await page.goto(`${server.url}/instansi/${other!.id}/realisasi?tahun=2024`);
    await expect
      .poll(() => page.getByTestId('forbidden').textContent())
      .toContain('Anda tidak berhak membuka data perangkat daerah ini.');
    expect(await page.getByRole('grid').count()).toBe(0);
    await context.close();
  }, 60_000);
});
