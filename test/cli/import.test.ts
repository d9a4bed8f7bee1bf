/**
 * `akuntabel template` and `akuntabel import` on the demo database (a
 * temporary PGlite folder): the template is written; a filled one is
 * previewed with --dry-run (exit 0, nothing saved), imported (exit 0), and
 * imported again (all unchanged); a bad cell exits 1 naming its place; bad
 * usage exits 2.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

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
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-import-cli-'));
  data = join(dir, 'data');
  expect((await run('demo', '--data', data)).code).toBe(0);
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function filled(
  template: string,
  value: unknown,
  name: string,
): Promise<{ file: string; row: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.getWorksheet('Realisasi')!;
  let row: ExcelJS.Row | undefined;
  for (let r = 3; r <= sheet.rowCount && !row; r++)
    if (sheet.getRow(r).getCell(2).value === 'SS1.1' && !sheet.getRow(r).getCell(6).value)
      row = sheet.getRow(r);
  row!.getCell(7).value = value as ExcelJS.CellValue;
  const file = join(dir, name);
  await writeFile(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  return { file, row: row!.number };
}

describe('akuntabel template / import', () => {
  it('writes the template, previews, imports, and a re-import changes nothing', async () => {
    const template = join(dir, 'templat.xlsx');
    const written = await run('template', 'realisasi', '--year', '2024', '--data', data, '--out', template);
    expect(written.code).toBe(0);
    expect(written.out).toBe(`Templat ditulis: ${template}\n`);
    const { file, row } = await filled(template, '74,53', 'isi.xlsx');

    const dry = await run('import', 'realisasi', file, '--year', '2024', '--data', data, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^Pratinjau \(belum disimpan\): 1 baru, 0 berubah, \d+ tetap/);
    expect(dry.out).toContain(`baru    baris ${row}  SS1.1`);
    expect(dry.out).toContain('→ 74.53');

    const saved = await run('import', 'realisasi', file, '--year', '2024', '--data', data);
    expect(saved.code).toBe(0);
    expect(saved.out).toMatch(/^Tersimpan: 1 baru, 0 berubah/);

    const again = await run('import', 'realisasi', file, '--year', '2024', '--data', data, '--lang', 'en');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Saved: 0 new, 0 changed, \d+ unchanged/);
  }, 120_000);

  it('exits 1 on a bad cell (naming sheet, row, column, found, expected) and 2 on bad usage', async () => {
    const template = join(dir, 'templat-2.xlsx');
    expect(
      (await run('template', 'realisasi', '--year', '2024', '--data', data, '--out', template)).code,
    ).toBe(0);
    const { file, row } = await filled(template, '7,5,3', 'salah.xlsx');
    const refused = await run('import', 'realisasi', file, '--year', '2024', '--data', data);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('Ditolak: 1 masalah; tidak ada yang disimpan.');
    expect(refused.out).toContain(
      `Realisasi baris ${row}, kolom G (Nilai): tertulis "7,5,3"; seharusnya angka`,
    );

    const notXlsx = join(dir, 'bukan.xlsx');
    await writeFile(notXlsx, '%PDF-1.4\n');
    const pdf = await run('import', 'realisasi', notXlsx, '--year', '2024', '--data', data);
    expect(pdf.code).toBe(1);
    expect(pdf.err).toContain('isinya PDF');

    expect((await run('import', 'anggaran-x', file, '--year', '2024', '--data', data)).code).toBe(2);
    expect((await run('import', 'realisasi', file, '--data', data)).code).toBe(2);
    expect(
      (await run('import', 'realisasi', join(dir, 'tidak-ada.xlsx'), '--year', '2024', '--data', data)).code,
    ).toBe(2);
  }, 120_000);

  it('exports a year as report-data@1 that check and measure accept, and that imports back unchanged', async () => {
    const file = join(dir, 'report-data-2023.json');
    const exported = await run('export', '--year', '2023', '--data', data, '--out', file);
    expect(exported.code).toBe(0);
    expect(exported.out).toBe(`report-data@1 ditulis: ${file} (3 sasaran)\n`);
    expect((await run('check', file)).code).toBe(0);
    const measured = await run('measure', file, '--json');
    expect(measured.code).toBe(0);
    const overall = (JSON.parse(measured.out) as { overall: { capaian: number } }).overall.capaian;
    expect(overall.toFixed(2)).toBe('104.07');
    const back = await run('import', 'report-data', file, '--year', '2023', '--data', data, '--dry-run');
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/^Pratinjau \(belum disimpan\): 0 baru, 0 berubah, \d+ tetap/);
    expect((await run('export', '--data', data, '--out', file)).code).toBe(2);
  }, 120_000);
});
