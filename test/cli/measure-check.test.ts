import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
let files = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tempFile(content: string): Promise<string> {
  const file = join(dir, `data-${++files}.json`);
  await writeFile(file, content);
  return file;
}

const valid = {
  format: 'akuntabel/report-data@1',
  agency: { name: 'Dinas Sosial Kabupaten Contoh' },
  year: 2024,
  sasaran: [
    {
      id: 'SS1',
      name: 'Meningkatnya pelayanan bagi PPKS',
      indikator: [
        {
          id: 'SS1.1',
          name: 'Persentase PPKS yang tertangani',
          unit: '%',
          polarity: 'positive',
          target: '80',
          realisasi: '82,4',
          printed: { capaian: '103,00', predikat: 'Sangat Tinggi' },
        },
      ],
    },
  ],
};

describe('akuntabel measure / check exit codes (formats/report-data.md)', () => {
  it('measure prints the table and exits 0', async () => {
    const file = await tempFile(JSON.stringify(valid));
    const r = await run('measure', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('103,00');
    expect(r.out).toContain('Sangat Tinggi');
  });
  it('measure --json gives full precision numbers', async () => {
    const file = await tempFile(JSON.stringify(valid));
    const r = await run('measure', file, '--json');
    const json = JSON.parse(r.out) as { sasaran: { indikator: { id: string; capaian: number }[] }[] };
    expect(json.sasaran[0]?.indikator[0]).toMatchObject({ id: 'SS1.1', capaian: 103 });
  });
  it('check exits 0 on a correct file and 1 with findings', async () => {
    expect((await run('check', await tempFile(JSON.stringify(valid)))).code).toBe(0);
    const wrong = structuredClone(valid);
    wrong.sasaran[0]!.indikator[0]!.printed.capaian = '130,00';
    const r = await run('check', await tempFile(JSON.stringify(wrong)), '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { findings: { path: string; kind: string; expected: string }[] };
    expect(json.findings).toEqual([
      expect.objectContaining({
        path: 'sasaran[SS1].indikator[SS1.1].printed.capaian',
        kind: 'arithmetic',
        expected: '103,00',
      }),
    ]);
  });
  it('exits 2 with a clear message for a file that is not valid', async () => {
    const notJson = await run('check', await tempFile('{ not json'));
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('bukan JSON yang sah');
    const invalid = await run('measure', await tempFile(JSON.stringify({ ...valid, year: 'x' })));
    expect(invalid.code).toBe(2);
    expect(invalid.err).toContain('year: harus berupa angka');
    const missing = await run('check', '/nonexistent/file.json');
    expect(missing.code).toBe(2);
  });
  it('speaks English with --lang en', async () => {
    const r = await run('measure', await tempFile(JSON.stringify(valid)), '--lang', 'en');
    expect(r.out).toContain('Very High');
  });
});
