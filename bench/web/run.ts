/**
 * Web app benchmark (issue: web application). Not part of `npm test`.
 * A real server on loopback over the demo data (PGlite in a temp folder),
 * Debian's Chromium through playwright-core:
 *   - first load of the app shell: compressed JavaScript the login page
 *     downloads (goal ≤ 250 KB), and every page chunk's compressed size;
 *   - the demo agency's dashboard: time from navigation until the capaian
 *     with its predikat is on screen and the page answers input (goal ≤ 1 s
 *     on loopback), cold (first visit) and warm (median of reloads);
 *   - the realisation grid: requests sent while typing a value into a cell
 *     (goal: none before the cell is left).
 * Run: npm run bench:web
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../../src/http/server.ts';

const RELOADS = Number(process.env.BENCH_RELOADS ?? 10);
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 5);
const root = fileURLToPath(new URL('../../', import.meta.url));

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).replace('.', ',')} KB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function chunkSizes(): { name: string; raw: number; gzip: number; brotli: number }[] {
  const dir = join(root, 'web', 'dist', 'assets');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** Compressed bytes of the JavaScript a page downloaded (resource timing, same origin). */
async function scriptBytes(page: Page): Promise<{ count: number; encoded: number; decoded: number }> {
  return page.evaluate(() => {
    type Timing = { name: string; encodedBodySize: number; decodedBodySize: number };
    const scripts = (performance.getEntriesByType('resource') as unknown as Timing[]).filter((e) =>
      e.name.endsWith('.js'),
    );
    return {
      count: scripts.length,
      encoded: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0),
      decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0),
    };
  });
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-web.mjs'), '--force'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('web build failed');
  const dataDir = await mkdtemp(join(tmpdir(), 'akuntabel-bench-web-'));
  const server = await startServer({ dataDir, env: {}, port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`, { waitUntil: 'networkidle' });
    const shell = await scriptBytes(page);

    await page.getByLabel('Nama pengguna').fill('kepala.dinsos');
    await page.getByLabel('Kata sandi').fill('demo-kepala-2024');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/instansi/'));
    const dashboardUrl = page.url();

    const timeDashboard = async (): Promise<number> => {
      await page.goto(dashboardUrl, { waitUntil: 'commit' });
      await page.locator('[data-predikat]').first().waitFor({ state: 'visible' });
      // the main thread is free: a task queued now runs at once
      return page.evaluate(() => new Promise<number>((done) => setTimeout(() => done(performance.now()), 0)));
    };
    // a new browser context has an empty cache: each cold load fetches, parses and compiles everything
    const coldOnce = async (): Promise<number> => {
      const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      await fresh.addCookies(await context.cookies());
      const freshPage = await fresh.newPage();
      await freshPage.goto(dashboardUrl, { waitUntil: 'commit' });
      await freshPage.locator('[data-predikat]').first().waitFor({ state: 'visible' });
      const at = await freshPage.evaluate(
        () => new Promise<number>((done) => setTimeout(() => done(performance.now()), 0)),
      );
      await fresh.close();
      return at;
    };
    const colds: number[] = [];
    for (let i = 0; i < COLD_LOADS; i += 1) colds.push(await coldOnce());
    const cold = median(colds);
    const warm: number[] = [];
    for (let i = 0; i < RELOADS; i += 1) warm.push(await timeDashboard());

    // typing in the realisation grid: count requests between the first key and leaving the cell
    let typingRequests = -1;
    await page.goto(dashboardUrl.replace(/(\/instansi\/[^/?]+)/, '$1/realisasi'), {
      waitUntil: 'networkidle',
    });
    const cell = page.locator('table input:not([disabled]), [role="gridcell"][tabindex]').first();
    if ((await cell.count()) > 0) {
      await cell.click();
      let requests = 0;
      const count = () => (requests += 1);
      page.on('request', count);
      await page.keyboard.type('74,53', { delay: 50 });
      await page.waitForTimeout(500);
      page.off('request', count);
      typingRequests = requests;
      await page.keyboard.press('Escape');
    }

    const chunks = chunkSizes();
    console.log(
      `\nWeb app benchmark (${new Date().toISOString().slice(0, 10)}, Chromium, loopback, demo data)\n`,
    );
    console.log(
      `first load of the shell (login page): ${shell.count} scripts, ${kb(shell.encoded)} compressed (${kb(shell.decoded)} uncompressed) — goal ≤ 250 KB`,
    );
    console.log(
      `dashboard interactive, cold (new browser context): median ${cold.toFixed(0)} ms, min ${Math.min(...colds).toFixed(0)} ms over ${COLD_LOADS} (first ${colds[0]!.toFixed(0)} ms) — goal ≤ 1.000 ms`,
    );
    console.log(
      `dashboard interactive, warm: median ${median(warm).toFixed(0)} ms, max ${Math.max(...warm).toFixed(0)} ms over ${RELOADS} loads`,
    );
    console.log(
      `requests while typing "74,53" in a grid cell: ${typingRequests < 0 ? 'no editable cell found' : typingRequests} — goal 0`,
    );
    console.log('\nchunks (compressed sizes, gzip / brotli):');
    for (const c of chunks)
      console.log(`  ${c.name.padEnd(44)} ${kb(c.gzip).padStart(10)} ${kb(c.brotli).padStart(10)}`);
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
