/**
 * IKM and evaluasi AKIP in a real browser, on the demo agency. The operator
 * adds a survey of 2023, pastes four questionnaires from "Excel", saves, and
 * sees the index 3,444, IKM 86,11 and mutu B (worked by hand: Σ NRR 31 / 9 ×
 * 25); the value becomes the 2023 realisation of "Nilai IKM" in the
 * measurement. The evaluator fills the 2023 AKIP worksheet (72,95 → BB,
 * sub-components of Perencanaan typed the Indonesian way) with a
 * recommendation; the operator records its follow-up.
 */
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { akipEvaluation, akipRecommendation, indicator, realisation } from '../../src/store/schema/index.ts';
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

async function paste(page: Page, block: string) {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', ${JSON.stringify(block)});
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  })()`);
}

async function nilaiIkm2023(): Promise<string | null> {
  const [row] = await server.db
    .select({ value: realisation.value })
    .from(realisation)
    .innerJoin(indicator, eq(indicator.id, realisation.indicatorId))
    .where(
      and(
        eq(indicator.agencyId, server.demo.agencyId),
        eq(indicator.code, 'SS3.2'),
        eq(realisation.year, 2023),
      ),
    );
  return row?.value ?? null;
}

describe('IKM', () => {
  it('operator pastes responses and sees the index and mutu; the value becomes the IKM realisation', async () => {
    expect(await nilaiIkm2023()).toBe('87.84');
    const { page, context, errors } = await openAs('operator.dinsos', 'ikm?tahun=2023');
    await page.getByRole('button', { name: 'Survei baru' }).click();
    await page.getByLabel('Jenis layanan').fill('Surat keterangan DTKS');
    await page.getByRole('button', { name: 'Simpan survei' }).click();
    const first = page.getByRole('textbox', { name: 'U1 responden 1' });
    await first.click();
    await paste(
      page,
      [
        '4\t4\t3\t4\t3\t4\t4\t3\t4\tP\tSLTA\tPetani',
        '3\t3\t3\t4\t3\t3\t4\t3\t3\tL\tSLTA\tPedagang',
        '4\t3\t4\t4\t4\t4\t4\t3\t3\tP\tS1\tPNS',
        '3\t4\t3\t4\t3\t4\t3\t2\t3\tL\tSD\tPetani',
      ].join('\n'),
    );
    await expect.poll(() => page.getByRole('textbox', { name: 'U8 responden 4' }).inputValue()).toBe('2');
    // a bad score is marked before saving
    await page.getByRole('textbox', { name: 'U5 responden 2' }).fill('5');
    await expect.poll(() => page.getByText('1 sel belum benar').count()).toBe(1);
    await page.getByRole('textbox', { name: 'U5 responden 2' }).fill('3');
    await page.getByRole('button', { name: 'Simpan jawaban' }).click();
    await expect.poll(() => page.getByText('Jawaban tersimpan: 4 responden.').count()).toBe(1);
    await expect.poll(() => page.getByTestId('ikm-nilai').first().textContent()).toBe('86,11');
    await expect.poll(() => page.getByTestId('year-ikm').textContent()).toBe('86,11');
    expect(await page.getByTestId('grade').first().textContent()).toBe('B · Baik');
    await expect.poll(() => page.getByTestId('fed-realisation').textContent()).toContain('86,11 (diajukan)');
    await screenshot(page, 'ikm-2023');
    expect(await nilaiIkm2023()).toBe('86.111111');
    const measured = await page.evaluate(async (agencyId) => {
      const response = await fetch(`/api/agencies/${agencyId}/measurement?year=2023`);
      const body = (await response.json()) as {
        sasaran: { indicators: { code: string; realisasi: unknown }[] }[];
      };
      return body.sasaran.flatMap((s) => s.indicators).find((i) => i.code === 'SS3.2')?.realisasi;
    }, server.demo.agencyId);
    expect(Number(measured)).toBeCloseTo(86.111111, 6);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('Evaluasi AKIP', () => {
  it('evaluator fills the worksheet and sees the grade; the operator records a follow-up', async () => {
    const evaluator = await openAs('evaluator.inspektorat', 'akip?tahun=2023');
    const page = evaluator.page;
    await page.getByLabel('Evaluator', { exact: true }).fill('Inspektorat Kabupaten Lima Puluh Kota');
    await page.getByRole('textbox', { name: 'Nilai Pemenuhan — Perencanaan Kinerja' }).fill('5,4');
    await page.getByRole('textbox', { name: 'Nilai Kualitas — Perencanaan Kinerja' }).fill('6,75');
    await page.getByRole('textbox', { name: 'Nilai Pemanfaatan — Perencanaan Kinerja' }).fill('10,5');
    for (const [key, name, score] of [
      ['pengukuran', 'Pengukuran Kinerja', '21,3'],
      ['pelaporan', 'Pelaporan Kinerja', '11,25'],
      ['evaluasi_internal', 'Evaluasi Akuntabilitas Kinerja Internal', '17,75'],
    ] as const) {
      // scored directly instead of by sub-component
      await page.getByTestId(`card-${key}`).getByText('Nilai komponen langsung').click();
      await page.getByLabel(`Nilai ${name}`, { exact: true }).fill(score);
    }
    await expect.poll(() => page.getByTestId('akip-score').textContent()).toBe('72,95');
    expect(await page.getByTestId('grade').first().textContent()).toBe('BB · Sangat Baik');
    await page.getByRole('button', { name: 'Tambah rekomendasi' }).click();
    await page.getByLabel('Rekomendasi nomor 1').fill('Menyusun SOP pengukuran kinerja.');
    await page.getByRole('button', { name: 'Simpan kertas kerja' }).click();
    await expect.poll(() => page.getByTestId('recommendation-1').count()).toBe(1);
    // the confirmation survives the reload of the saved worksheet
    await expect.poll(() => page.getByText('Kertas kerja tersimpan.').first().isVisible()).toBe(true);
    await screenshot(page, 'akip-2023');
    expect(evaluator.errors).toEqual([]);
    await evaluator.context.close();

    const operator = await openAs('operator.dinsos', 'akip?tahun=2023');
    const op = operator.page;
    await op.getByLabel('Uraian tindak lanjut').fill('SOP ditetapkan dengan Keputusan Kepala Dinas.');
    await op.getByLabel('Status tindak lanjut').selectOption('selesai');
    await op.getByLabel('Tanggal', { exact: true }).fill('2024-05-02');
    await op.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await expect
      .poll(() => op.getByTestId('recommendation-1').getByTestId('follow-up-status').textContent())
      .toBe('Selesai');
    const [stored] = await server.db
      .select({
        followUpStatus: akipRecommendation.followUpStatus,
        followUpOn: akipRecommendation.followUpOn,
      })
      .from(akipRecommendation)
      .innerJoin(akipEvaluation, eq(akipEvaluation.id, akipRecommendation.akipEvaluationId))
      .where(and(eq(akipEvaluation.year, 2023), eq(akipRecommendation.number, 1)));
    expect(stored).toMatchObject({ followUpStatus: 'selesai', followUpOn: '2024-05-02' });
    // the worksheet is the evaluator's: the operator reads it
    expect(await op.getByRole('button', { name: 'Simpan kertas kerja' }).count()).toBe(0);
    expect(operator.errors).toEqual([]);
    await operator.context.close();
  }, 120_000);
});
