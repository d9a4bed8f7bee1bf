/**
 * An indicator fed by the Data Sosial in a real browser: the demo agency's
 * sasaran SS1 gets "Persentase PPKS yang mendapat pelayanan" = terlayani /
 * jumlah × 100 with both components taken from the PPKS data and a 2023
 * target of 80. The operator types PPKS counts and those served on the Data
 * Sosial page and saves; the Realisasi grid then shows the computed 79,99
 * read-only with where it comes from, and the dashboard its capaian 99,99 %.
 */
import { and, eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/services/context.ts';
import { addIndicator } from '../../src/services/plan/add-indicator.ts';
import { setIndicatorTargets } from '../../src/services/plan/set-indicator-targets.ts';
import { appUser, sasaranStrategis } from '../../src/store/schema/index.ts';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
  // the agency's planner sets the indicator up, as on the Renstra page
  const [operator] = await server.db.select().from(appUser).where(eq(appUser.username, 'operator.dinsos'));
  const ctx: ServiceContext = {
    db: server.db,
    actor: {
      userId: operator!.id,
      role: 'operator',
      agencyId: server.demo.agencyId,
      regionId: server.demo.regionId,
      label: 'operator.dinsos',
    },
    origin: 'cli',
    now: () => new Date(),
  };
  const [ss1] = await server.db
    .select({ id: sasaranStrategis.id })
    .from(sasaranStrategis)
    .where(and(eq(sasaranStrategis.agencyId, server.demo.agencyId), eq(sasaranStrategis.code, 'SS1')));
  const added = await addIndicator(ctx, {
    sasaranStrategisId: ss1!.id,
    code: 'SS1.9',
    name: 'Persentase PPKS yang mendapat pelayanan',
    formula: 'terlayani / jumlah × 100',
    unit: '%',
    polarity: 'positive',
    periodAggregation: 'last',
    reportingFrequency: 'yearly',
    components: [
      {
        code: 'terlayani',
        name: 'PPKS yang mendapat pelayanan',
        source: { dataset: 'ppks', measure: 'served' },
      },
      { code: 'jumlah', name: 'Jumlah PPKS', source: { dataset: 'ppks', measure: 'total' } },
    ],
  });
  await setIndicatorTargets(ctx, { indicatorId: added.id, targets: [{ year: 2023, value: '80' }] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an indicator computed from the Data Sosial', () => {
  it('follows the PPKS the operator enters: realisation on the grid, capaian on the dashboard', async () => {
    const { page, context, errors } = await newPage(browser, { width: 1366, height: 768 });
    await signIn(page, server.url, 'operator.dinsos', demoPassword(server, 'operator.dinsos'));
    const agencyPath = `${server.url}/instansi/${server.demo.agencyId}`;
    await page.goto(`${agencyPath}/data-sosial?tahun=2023`);
    await page.getByRole('textbox', { name: 'Jumlah — Fakir miskin' }).fill('4.998');
    await page.getByRole('textbox', { name: 'Mendapat pelayanan — Fakir miskin' }).fill('3.998');
    await page.getByRole('textbox', { name: 'Jumlah — Lanjut usia telantar' }).fill('250');
    const served = page.getByRole('textbox', { name: 'Mendapat pelayanan — Lanjut usia telantar' });
    await served.fill('300');
    await page.getByRole('button', { name: /^Simpan/ }).click();
    // more served than counted is refused at its cell, nothing saved
    await expect
      .poll(() => page.locator('td', { has: served }).getByRole('alert').textContent())
      .toContain('Tidak boleh lebih dari jumlah PPKS');
    await served.fill('200');
    await page.getByRole('button', { name: /^Simpan/ }).click();
    await expect.poll(() => page.getByTestId('entry-outcome').textContent()).toContain('2 baris tersimpan');
    await expect.poll(() => page.getByTestId('ppks-served-total').textContent()).toBe('4.198');
    await screenshot(page, 'social-ppks-served');

    await page.goto(`${agencyPath}/realisasi?tahun=2023`);
    const row = page.locator('tr', { hasText: 'Persentase PPKS yang mendapat pelayanan' }).first();
    await expect.poll(() => row.getByTestId('fed-note').textContent()).toContain('Data Sosial');
    const cell = row.getByRole('gridcell').first();
    await expect.poll(() => cell.textContent()).toContain('79,99'); // 4.198 / 5.248 × 100
    expect(await cell.getAttribute('aria-readonly')).toBe('true');
    expect(await cell.getAttribute('aria-label')).toContain('Dihitung otomatis dari Data Sosial');
    await screenshot(page, 'social-realisasi-fed');

    await page.goto(`${agencyPath}?tahun=2023`);
    const dashboardRow = page.locator('tr', { hasText: 'SS1.9' }).first();
    await expect.poll(() => dashboardRow.textContent()).toContain('99,99 %');
    expect(await dashboardRow.textContent()).toContain('79,99');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
