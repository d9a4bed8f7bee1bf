/**
 * `akuntabel report --year` and `akuntabel pk --year` on a database, in
 * process, on a temporary PGlite data folder holding the demo agency: the
 * files are written and carry the figures; with a second agency in the
 * database, omitting --agency is refused with the list of agencies.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { agency } from '../../src/store/schema/index.ts';
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
let data = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-report-db-'));
  data = join(dir, 'data');
  const demo = await run('demo', '--data', data);
  expect(demo.code).toBe(0);
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string');
}

describe('akuntabel report / pk on the database', () => {
  it('writes the demo LKjIP 2023 (docx, xlsx) with its figures; the only agency is chosen', async () => {
    const out = join(dir, 'out');
    const r = await run('report', '--year', '2023', '--data', data, '--format', 'docx,xlsx', '--out', out);
    expect(r.code).toBe(0);
    const files = r.out.trim().split('\n');
    expect(files).toEqual([
      join(out, 'lkjip-2023-dinas-sosial-kabupaten-lima-puluh-kota.docx'),
      join(out, 'lkjip-2023-dinas-sosial-kabupaten-lima-puluh-kota.xlsx'),
    ]);
    const xml = await documentXml(files[0]!);
    for (const figure of ['104,07', 'Sangat Tinggi', '6.737.357.519', '95,29']) expect(xml).toContain(figure);
    expect(r.err).toContain('teks bawaan');
  }, 120_000);

  it('writes the PK document in English on request', async () => {
    const out = join(dir, 'pk');
    const r = await run(
      'pk',
      '--year',
      '2023',
      '--data',
      data,
      '--format',
      'docx',
      '--out',
      out,
      '--lang',
      'en',
    );
    expect(r.code).toBe(0);
    const xml = await documentXml(r.out.trim());
    expect(xml).toContain('REVISED PERFORMANCE AGREEMENT');
    expect(xml).toContain('Ir. Indra Suriani');
  }, 120_000);

  it('refuses a year without a PK and a malformed --agency', async () => {
    const none = await run('pk', '--year', '2019', '--data', data, '--out', join(dir, 'none'));
    expect(none.code).toBe(2);
    expect(none.err).toContain('Perjanjian Kinerja tidak ditemukan');
    const bad = await run('report', '--year', '2023', '--agency', 'dinsos', '--data', data);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('UUID');
  }, 120_000);

  it('with two agencies, asks for --agency and lists them; with it, reports that one', async () => {
    const opened = await openDatabase({ dataDir: data });
    let demoId: string;
    try {
      await seedSmallAgency(opened.db, '88');
      const rows = await opened.db.select({ id: agency.id, name: agency.name }).from(agency);
      expect(rows).toHaveLength(2);
      demoId = rows.find((a) => a.name.includes('Lima Puluh Kota'))!.id;
    } finally {
      await opened.close();
    }
    const r = await run('report', '--year', '2023', '--data', data, '--out', join(dir, 'two'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('pilih satu dengan --agency ID');
    expect(r.err).toContain(demoId);
    const chosen = await run(
      'report',
      '--year',
      '2023',
      '--agency',
      demoId,
      '--data',
      data,
      '--format',
      'xlsx',
      '--out',
      join(dir, 'two'),
    );
    expect(chosen.code).toBe(0);
  }, 120_000);
});
