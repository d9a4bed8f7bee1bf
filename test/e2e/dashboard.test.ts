/**
 * The dashboards and the analysis page in a real browser: the kepala sees the
 * demo agency's 2023 figures as the report states them (average capaian
 * 104,07 % over the four measured IKU, Sangat Tinggi; budget absorption
 * 95,29 %), with predikat badges per sasaran and indicator; the evaluator
 * sees the region's agencies side by side, sorts and drills down to an
 * agency, and reads (not edits) its narratives; the operator edits a
 * narrative, which persists after a reload, and meets a conflict when someone
 * else saved in between.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function openAs(username: string, width = 1366, height = 768) {
  const opened = await newPage(browser, { width, height });
  await signIn(opened.page, server.url, username, demoPassword(server, username));
  return opened;
}

/** The causes/solutions narrative of the first sasaran (its editor or its read-only text). */
const causesEditor = (page: Page) =>
  page.locator('[data-testid^="narrative-sasaran."][data-testid$=".causes"]');

describe('agency dashboard', () => {
  it('kepala: lands on the 2023 dashboard with the report’s average capaian, predikat badges, budget and trend', async () => {
    const { page, context, errors } = await openAs('kepala.dinsos');
    await page.waitForURL((url) => url.pathname === `/instansi/${server.demo.agencyId}`);
    const average = page.getByTestId('average-capaian');
    await average.waitFor();
    expect(await average.textContent()).toBe('104,07 %');
    expect(await page.getByRole('heading', { name: 'Dasbor kinerja 2023' }).count()).toBe(1);
    // the overall predikat, and one per sasaran and measured indicator in the table
    expect(await page.locator('[data-predikat="Sangat Tinggi"]:visible').count()).toBeGreaterThanOrEqual(8);
    const ss11 = page.getByTestId('indicator-SS1.1');
    expect(await ss11.textContent()).toContain('100,72 %');
    expect(await ss11.locator('[data-predikat]').textContent()).toBe('Sangat Tinggi');
    expect(await page.getByTestId('sasaran-SS3').textContent()).toContain('107,79 %');
    // SS3.3 has no 2023 target: shown, not measured, and counted as outstanding
    expect(await page.getByTestId('indicator-SS3.3').textContent()).toContain('belum ada target');
    expect(await page.getByText('4 dari 5 terukur').count()).toBe(1);
    expect(await page.getByTestId('late-items').textContent()).toContain('SS3.3');
    // budget: the absorption the report states
    expect(await page.getByText('95,29 %').first().isVisible()).toBe(true);
    expect(await page.getByText('Rp 6.737.357.519').first().isVisible()).toBe(true);
    // the trend chart and the recent changes (the demo load, as one line per kind)
    await page
      .getByRole('img', {
        name: /Grafik rata-rata capaian per tahun: 2021 118,75 %; 2022 119,37 %; 2023 104,07 %/,
      })
      .waitFor();
    await page.getByText('memuat data demo').waitFor();
    // each indicator opens its analysis
    await ss11.getByRole('link', { name: 'Buka analisis SS1.1' }).click();
    await page.waitForURL(
      (url) => url.pathname.endsWith('/analisis') && url.searchParams.get('tahun') === '2023',
    );
    await page.getByTestId('analysis-SS1.1').waitFor();
    await screenshot(page, 'dashboard-kepala-analysis');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a year has no realisations yet, and points to Realisasi', async () => {
    const { page, context, errors } = await openAs('operator.dinsos');
    await page.goto(`${server.url}/instansi/${server.demo.agencyId}?tahun=2024`);
    const empty = page.getByTestId('no-realisations');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('Belum ada realisasi untuk tahun 2024');
    await empty.getByRole('link', { name: 'Isi realisasi' }).click();
    await page.waitForURL(
      (url) => url.pathname.endsWith('/realisasi') && url.searchParams.get('tahun') === '2024',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads on a phone without sideways scrolling', async () => {
    const { page, context, errors } = await openAs('kepala.dinsos', 390, 844);
    await page.getByTestId('average-capaian').waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.getByRole('link', { name: 'Buka analisis SS1.1' }).isVisible()).toBe(true);
    await screenshot(page, 'dashboard-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('region recap', () => {
  it('evaluator: sees the agencies side by side, sorts, drills down and reads the narratives', async () => {
    const { page, context, errors } = await openAs('evaluator.inspektorat');
    await page.waitForURL((url) => url.pathname === '/wilayah');
    const table = page.getByTestId('region-table');
    await table.waitFor();
    const row = table.getByRole('row', { name: /Dinas Sosial/ });
    expect(await row.textContent()).toContain('104,07 %');
    expect(await row.textContent()).toContain('95,29 %');
    expect(await row.locator('[data-predikat="Sangat Tinggi"]').count()).toBe(1);
    const byName = page.getByRole('button', { name: 'Urutkan menurut Perangkat daerah' });
    await byName.click();
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Perangkat daerah');
    await screenshot(page, 'region-recap');
    await row.getByRole('link', { name: 'Dinas Sosial', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/instansi/${server.demo.agencyId}`);
    expect(await page.getByTestId('average-capaian').textContent()).toBe('104,07 %');
    // the narratives are read-only for the evaluator
    await page.goto(`${server.url}/instansi/${server.demo.agencyId}/analisis?tahun=2023`);
    await causesEditor(page).first().waitFor();
    expect(
      await page.getByText('Hanya operator dan kepala perangkat daerah yang dapat mengubah narasi.').count(),
    ).toBe(1);
    expect(await page.locator('textarea').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('analysis', () => {
  it('operator: edits a narrative that persists after a reload, and is told when someone else saved first', async () => {
    const { page, context, errors } = await openAs('operator.dinsos');
    await page.goto(`${server.url}/instansi/${server.demo.agencyId}/analisis?tahun=2023`);
    await page.getByTestId('analysis-SS1.1').waitFor();
    // the multi-year table, the comparisons and the efficiency
    const card = page.getByTestId('analysis-SS1.1');
    expect(await card.textContent()).toContain('114,23 %');
    expect(await card.textContent()).toContain('Tidak ada angka pembanding nasional untuk indikator ini.');
    expect(await card.textContent()).toContain('Target akhir Renstra belum ditetapkan untuk indikator ini.');
    expect(await page.getByTestId('efficiency').textContent()).toContain('Efisien');

    const editor = causesEditor(page).first();
    await editor.waitFor();
    expect(await editor.getByTestId('narrative-generated').count()).toBe(1);
    const box = editor.getByRole('textbox');
    const text =
      'Capaian terjaga karena pendataan PPKS diperbarui tiap triwulan.\n\nLangkah ke depan: verifikasi lapangan.';
    await box.fill(text);
    expect(await editor.getByText('Ada perubahan yang belum disimpan.').count()).toBe(1);
    await editor.getByRole('button', { name: 'Simpan narasi' }).click();
    await editor.getByTestId('narrative-saved').waitFor();
    expect(await editor.getByTestId('narrative-written').textContent()).toContain('versi 1');

    await page.reload();
    await causesEditor(page).first().getByRole('textbox').waitFor();
    expect(await causesEditor(page).first().getByRole('textbox').inputValue()).toBe(text);
    expect(await causesEditor(page).first().getByTestId('narrative-written').textContent()).toContain(
      'versi 1',
    );
    await screenshot(page, 'analysis-operator');

    // someone else saves version 2 behind the editor's back
    const section = (await causesEditor(page).first().getAttribute('data-testid'))!.replace('narrative-', '');
    const csrf = (await context.cookies()).find((c) => c.name === 'akuntabel_csrf')!.value;
    const status = await page.evaluate(
      async ({ agencyId, section, csrf }) => {
        const response = await fetch(`/api/agencies/${agencyId}/narratives`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) },
          body: JSON.stringify({ year: 2023, section, text: 'Teks dari rekan kerja.', version: 1 }),
        });
        return response.status;
      },
      { agencyId: server.demo.agencyId, section, csrf },
    );
    expect(status).toBe(200);
    const again = causesEditor(page).first();
    await again.getByRole('textbox').fill(`${text}\n\nTambahan.`);
    await again.getByRole('button', { name: 'Simpan narasi' }).click();
    await again.getByText('Narasi ini sudah diubah orang lain').waitFor();
    expect(await again.getByRole('textbox').inputValue()).toBe(`${text}\n\nTambahan.`);
    await again.getByRole('button', { name: 'Muat versi terbaru' }).click();
    await again.getByText('Teks dari rekan kerja.').waitFor();
    await again.getByRole('button', { name: 'Simpan narasi' }).click();
    await again.getByTestId('narrative-saved').waitFor();
    expect(await again.getByTestId('narrative-written').textContent()).toContain('versi 3');
    expect(errors).toEqual([]);
    await context.close();
  });
});
