/**
 * The administration page in a real browser: the admin creates an operator
 * of the demo agency, who can then sign in; sets a deadline of the reporting
 * calendar and sees it listed with its date written the Indonesian way; finds
 * the creation of that user in the audit trail with its values, and opens the
 * record's history. An operator opening /admin sees only what an operator
 * may: no user management, nothing to change, their own agency's changes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;

const NEW_USER = {
  username: 'operator.baru',
  displayName: 'Rina Operator Baru',
  password: 'kata-sandi-rina-2024',
};

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAs(
  username: string,
  password = demoPassword(server, username),
  width = 1366,
  height = 768,
) {
  const opened = await newPage(browser, { width, height });
  await signIn(opened.page, server.url, username, password);
  return opened;
}

/** Picks an option of a Mantine select by its label (within a dialog when one is open). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const scope = (await page.getByRole('dialog').count()) > 0 ? page.getByRole('dialog') : page;
  await scope.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('administration', () => {
  it('admin creates an operator bound to the demo agency, and that operator can sign in', async () => {
    const { page, context, errors } = await openAs('admin');
    await page.goto(`${server.url}/admin`);
    await page.waitForURL((url) => url.pathname === '/admin/pengguna');
    await page.getByTestId('users').waitFor();
    await page.getByRole('button', { name: 'Tambah pengguna' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill(NEW_USER.username);
    await dialog.getByLabel('Nama lengkap').fill(NEW_USER.displayName);
    // an admin works region-wide: no agency to choose; an operator works for one
    await choose(page, 'Peran', 'Admin pemda');
    expect(await dialog.getByRole('textbox', { name: 'Perangkat daerah', exact: true }).isDisabled()).toBe(
      true,
    );
    await choose(page, 'Peran', 'Operator');
    await choose(page, 'Perangkat daerah', 'Dinas Sosial');
    // a password that is too short is refused next to the field, and nothing is created
    await dialog.getByLabel('Kata sandi awal').fill('pendek');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => dialog.locator('.mantine-InputWrapper-error').count()).toBe(1);
    expect(await page.locator(`[data-username="${NEW_USER.username}"]`).count()).toBe(0);
    await dialog.getByLabel('Kata sandi awal').fill(NEW_USER.password);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByTestId('done').textContent()).toContain(NEW_USER.username);
    const row = page.locator(`[data-username="${NEW_USER.username}"]`);
    expect(await row.textContent()).toContain('Operator · Dinas Sosial');
    expect(await row.textContent()).toContain('Aktif');
    await screenshot(page, 'admin-users');
    expect(errors).toEqual([]);
    await context.close();

    const operator = await openAs(NEW_USER.username, NEW_USER.password);
    await operator.page.waitForURL((url) => url.pathname === `/instansi/${server.demo.agencyId}`);
    await operator.context.close();
  }, 90_000);

  it('admin sets a deadline with a date and sees it listed as "20 Januari 2024"', async () => {
    const { page, context, errors } = await openAs('admin');
    await page.goto(`${server.url}/admin/tenggat?tahun=2023`);
    await page.getByRole('heading', { name: 'Kalender pelaporan 2023' }).waitFor();
    expect(await page.getByText('Belum ada tenggat untuk tahun 2023.').count()).toBe(1);
    await page.getByRole('button', { name: 'Tetapkan tenggat' }).click();
    await choose(page, 'Jenis', 'Realisasi triwulan');
    await choose(page, 'Triwulan', 'TW IV');
    await page.getByLabel('Tanggal jatuh tempo').fill('2024-01-20');
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(() => page.getByTestId('done').textContent())
      .toBe('Tenggat Realisasi TW IV 2023 disimpan: jatuh tempo 20 Januari 2024.');
    const listed = page.getByTestId('deadlines');
    expect(await listed.textContent()).toContain('Realisasi TW IV 2023');
    expect(await listed.textContent()).toContain('20 Januari 2024');
    expect(await listed.textContent()).toContain('5 hari kerja sebelumnya');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('admin finds the creation of the user in the audit trail, with its values, and the record’s history', async () => {
    const { page, context, errors } = await openAs('admin');
    await page.goto(`${server.url}/admin/jejak-audit`);
    await choose(page, 'Jenis catatan', 'Pengguna');
    await page.getByRole('textbox', { name: 'Oleh (nama pengguna)' }).fill('admin');
    const created = page.locator('[data-testid="audit-event"][data-action="app_user.created"]');
    // the demo's users were created by the system: only the admin's creation is left
    await expect.poll(() => created.count()).toBe(1);
    const text = (await created.textContent()) ?? '';
    expect(text).toContain('Pengguna dibuat');
    expect(text).toContain(`${NEW_USER.displayName} (${NEW_USER.username})`);
    expect(text).toContain('Peran: Operator');
    expect(text).toContain('Perangkat daerah: Dinas Sosial');
    expect(text).toContain('admin');
    expect(text).not.toContain('scrypt');
    // the other events listed are the admin's changes to users only (sign-ins are left out)
    const actions = await page
      .getByTestId('audit-event')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions.every((a) => a?.startsWith('app_user.'))).toBe(true);
    await created
      .getByRole('button', { name: `Riwayat catatan ${NEW_USER.displayName} (${NEW_USER.username})` })
      .click();
    await page.getByText(`Riwayat satu catatan: ${NEW_USER.displayName} (${NEW_USER.username})`).waitFor();
    // the record's history: its creation and the sign-in of the new operator
    await expect
      .poll(async () =>
        page.getByTestId('audit-event').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
      )
      .toEqual(['session.login', 'app_user.created']);
    await screenshot(page, 'admin-audit');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('an operator opening /admin sees only what an operator may', async () => {
    const { page, context, errors } = await openAs('operator.dinsos');
    await page.goto(`${server.url}/admin`);
    await page.waitForURL((url) => url.pathname === '/admin/perangkat-daerah');
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual([
      'Perangkat daerah',
      'Skala pengukuran',
      'Tenggat',
      'Kunci periode',
      'Keterlambatan',
      'Jejak audit',
    ]);
    // the own agency and its units, read only
    await page.getByTestId('org-units').waitFor();
    expect(await page.getByRole('button', { name: /^Tambah/ }).count()).toBe(0);
    // user management is not reachable, even by address
    await page.goto(`${server.url}/admin/pengguna`);
    await page.waitForURL((url) => url.pathname === '/admin/perangkat-daerah');
    expect(await page.getByRole('button', { name: 'Tambah pengguna' }).count()).toBe(0);
    // scales and calendar: read, nothing to change
    await page.getByRole('tab', { name: 'Skala pengukuran' }).click();
    await page.getByTestId('measurement-settings').waitFor();
    expect(await page.getByRole('button', { name: 'Atur pengukuran' }).count()).toBe(0);
    expect(await page.getByText('Hanya admin pemda yang dapat mengubah bagian ini.').count()).toBe(1);
    await page.getByRole('tab', { name: 'Tenggat' }).click();
    await page.getByRole('heading', { name: /Kalender pelaporan/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Tetapkan tenggat' }).count()).toBe(0);
    // the audit trail: only the own agency's changes, no agency filter
    await page.getByRole('tab', { name: 'Jejak audit' }).click();
    await page.getByText('Anda melihat perubahan pada data perangkat daerah Anda sendiri.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Perangkat daerah', exact: true }).count()).toBe(0);
    await page.getByTestId('audit-event').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
