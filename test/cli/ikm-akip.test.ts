/**
 * `akuntabel ikm --year` and `akuntabel akip --year` on a PGlite data folder
 * holding the store fixture's agency (an IKM survey of 2024 with one
 * response, an evaluasi AKIP of 2023 with one component and a recommendation).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { seedSmallAgency } from '../support/store-fixtures.ts';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'akuntabel', ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-ikm-akip-'));
  const opened = await openDatabase({ dataDir: dir });
  try {
    await seedSmallAgency(opened.db, '77');
  } finally {
    await opened.close();
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('akuntabel ikm / akip', () => {
  it('prints each survey of the year with NRR per element, index, IKM and mutu', async () => {
    const r = await run('ikm', '--year', '2024', '--data', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // one response 4 3 3 4 3 4 4 3 3: Σ 31 / 9 = 3,444; × 25 = 86,11 → B
    expect(r.out).toContain('Rekomendasi PBI-JK');
    expect(r.out).toContain('U1    4,000   0,444  Persyaratan');
    expect(r.out).toContain('Nilai indeks: 3,444; IKM = 86,11; mutu B (Baik)');
    const json = JSON.parse((await run('ikm', '--year', '2024', '--data', dir, '--json')).out) as {
      surveys: { result: { nilai: number } }[];
    };
    expect(json.surveys[0]!.result.nilai).toBeCloseTo(86.1111111, 6);
  }, 60_000);

  it('prints the evaluation of the year and refuses a malformed year', async () => {
    const r = await run('akip', '--year', '2023', '--data', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Evaluasi AKIP atas kinerja tahun 2023 — Inspektorat Kabupaten');
    expect(r.out).toContain('Perencanaan Kinerja (bobot 30): 24,75');
    expect(r.out).toContain('Belum keempat komponen dinilai; predikat dalam surat BB');
    expect(r.out).toContain('1. Perbaiki cascading kinerja');
    const bad = await run('akip', '--year', '23', '--data', dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--year');
  }, 60_000);
});
