/**
 * Signing in per role: each demo user lands where their work is (an agency's
 * own users on their dashboard, region-wide roles on the region recap), the
 * wrong password is refused on the page, and signing out ends the session.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser.ts';
import { demoPassword, startE2eServer, type E2eServer } from './support/e2e-server.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('login', () => {
  it('refuses a wrong password with the server’s message and stays on the page', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Nama pengguna').fill('operator.dinsos');
    await page.getByLabel('Kata sandi').fill('salah-sekali');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Belum masuk');
    expect(new URL(page.url()).pathname).toBe('/masuk');
    await context.close();
  });

  it.each([
    ['operator.dinsos', `/instansi/`],
    ['kepala.dinsos', `/instansi/`],
    ['admin', '/wilayah'],
    ['evaluator.inspektorat', '/wilayah'],
    ['viewer', '/wilayah'],
  ])('%s lands on %s and can sign out', async (username, landing) => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, server.url, username, demoPassword(server, username));
    await page.waitForURL((url) => url.pathname.startsWith(landing));
    if (landing === '/instansi/') expect(page.url()).toContain(server.demo.agencyId);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.waitForURL((url) => url.pathname === '/masuk');
    // the session is gone on the server too: an API call is now refused
    const status = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the login page in English after the switch', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${server.url}/masuk`);
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Sign in', exact: true }).count()).toBe(1);
    await screenshot(page, 'login-en');
    await context.close();
  });
});
