/**
 * `akuntabel reviu`: on a PGlite data folder holding the store fixture's
 * agency, the real 2023 Lima Puluh Kota file (examples/) is checked, the
 * review is kept and the kertas kerja reviu is written as .xlsx and .docx;
 * the draft LKjIP is checked without --from; bad input is refused with exit 2.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
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
let out = '';
let file = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-reviu-'));
  out = join(dir, 'kertas-kerja');
  const opened = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    await seedSmallAgency(opened.db, '78');
  } finally {
    await opened.close();
  }
  // The fixture has a final LKjIP 2023; the 2023 file is checked as its 2025 report.
  const example = JSON.parse(await readFile('examples/lkjip-2023-limapuluhkota.json', 'utf8')) as object;
  file = join(dir, 'lkjip-2025.json');
  await writeFile(file, JSON.stringify({ ...example, year: 2025 }));
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('akuntabel reviu', () => {
  it('checks a report-data file and writes the worksheet as .xlsx and .docx', async () => {
    const r = await run('reviu', '--year', '2025', '--from', file, '--out', out, '--data', join(dir, 'data'));
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('10 temuan (8 kesalahan, 2 peringatan)');
    expect(r.out).toContain('117.880.628');
    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      expect.stringMatching(/^kertas-kerja-reviu-2025-.*\.docx$/),
      expect.stringMatching(/\.xlsx$/),
    ]);
    const zip = await JSZip.loadAsync(await readFile(join(out, files[0]!)));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('177.880.628');
  }, 120_000);

  it('checks the draft LKjIP without --from, and refuses a wrong file or year', async () => {
    const draft = await run('reviu', '--year', '2024', '--out', out, '--data', join(dir, 'data'));
    expect(draft.err).toBe('');
    expect([0, 1]).toContain(draft.code);
    expect(draft.out).toContain('Reviu ');
    const wrongYear = await run(
      'reviu',
      '--year',
      '2024',
      '--from',
      file,
      '--out',
      out,
      '--data',
      join(dir, 'data'),
    );
    expect(wrongYear.code).toBe(2);
    expect(wrongYear.err).toContain('berkas ini laporan tahun 2025, bukan 2024');
    const pdf = await run('reviu', '--year', '2025', '--from', 'x.pdf', '--out', out);
    expect(pdf.code).toBe(2);
  }, 120_000);
});
