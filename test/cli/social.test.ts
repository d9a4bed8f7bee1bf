/**
 * `akuntabel social --year` on a database, in process, on a temporary PGlite
 * folder with the small agency: the region's PPKS/PSKS/assistance totals, each
 * kecamatan with --by-kecamatan, JSON with full figures, a bad year refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openDatabase } from '../../src/store/db.ts';
import { assistanceDelivery, ppksCount } from '../../src/store/schema/index.ts';
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
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-social-'));
  const opened = await openDatabase({ dataDir: dir });
  try {
    // 2024 already has: fakir miskin 1.520 in Kecamatan Kota, TKSK 19, permakanan 36 (Rp 32.400.000) there
    const seed = await seedSmallAgency(opened.db, '66');
    await opened.db
      .insert(ppksCount)
      .values({ agencyId: seed.agency.id, year: 2024, category: 'fakir_miskin', count: 4998, served: 3998 });
    await opened.db.insert(assistanceDelivery).values({
      agencyId: seed.agency.id,
      year: 2024,
      program: 'pkh',
      recipients: 1200,
      value: 3_600_000_000,
    });
  } finally {
    await opened.close();
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('akuntabel social', () => {
  it("prints the year's PPKS, PSKS and assistance totals for the whole region", async () => {
    const r = await run('social', '--year', '2024', '--data', dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('PPKS 2024');
    // the whole-region row of fakir miskin counts, not its kecamatan breakdown
    expect(r.out).toMatch(/Fakir Miskin\s+4\.998\s+3\.998/);
    expect(r.out).toMatch(/Tenaga Kesejahteraan Sosial Kecamatan \(TKSK\)\s+19/);
    expect(r.out).toMatch(/Program Keluarga Harapan \(PKH\)\s+1\.200\s+Rp 3\.600\.000\.000/);
    expect(r.out).toMatch(/Permakanan\s+36\s+Rp 32\.400\.000/);
    expect(r.out).toMatch(/Jumlah\s+1\.236\s+Rp 3\.632\.400\.000/);
    expect(r.out).not.toContain('Per kecamatan');
  });

  it('adds each kecamatan with --by-kecamatan, and gives JSON with --json', async () => {
    const r = await run('social', '--year', '2024', '--data', dir, '--by-kecamatan');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Kecamatan Kota\s+1\.520\s+-\s+-\s+36\s+Rp 32\.400\.000/);
    const j = await run('social', '--year', '2024', '--data', dir, '--json');
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.out) as {
      ppks: { total: { count: number; served: number }; byKecamatan?: unknown };
      assistance: { total: { recipients: number; value: number } };
    };
    expect(parsed.ppks.total).toEqual({ count: 4998, served: 3998 });
    expect(parsed.ppks.byKecamatan).toBeUndefined();
    expect(parsed.assistance.total).toEqual({ recipients: 1236, value: 3_632_400_000 });
  });

  it('refuses a year that is not a year', async () => {
    const r = await run('social', '--year', '23', '--data', dir);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--year');
  });
});
