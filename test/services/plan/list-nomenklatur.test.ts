/**
 * The nomenklatur one level under a code: an urusan's programs, a program's
 * kegiatan, a kegiatan's sub kegiatan, with the program penunjang (U.BB.01)
 * of another urusan offered as generic where the urusan's own is missing.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/services/errors.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { listNomenklatur } from '../../../src/services/plan/list-nomenklatur.ts';

// the use case reads no records: a context without a database is enough
const ctx = {
  actor: { userId: 'u', label: 'viewer', role: 'viewer', regionId: 'r', agencyId: null },
  origin: 'web',
  now: () => new Date('2025-01-15T02:00:00Z'),
} as unknown as ServiceContext;

describe('listNomenklatur', () => {
  it('lists the programs of urusan 1.06 (Sosial), the penunjang program as generic', async () => {
    const { parent, entries } = await listNomenklatur(ctx, { parent: '1.06' });
    expect(parent).toBe('1.06');
    expect(entries.map((e) => e.code)).toEqual([
      '1.06.01',
      '1.06.02',
      '1.06.03',
      '1.06.04',
      '1.06.05',
      '1.06.06',
      '1.06.07',
    ]);
    expect(entries[0]).toEqual({
      code: '1.06.01',
      name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
      generic: true,
    });
    expect(entries[3]).toEqual({ code: '1.06.04', name: 'PROGRAM REHABILITASI SOSIAL', generic: false });
  });

  it('lists a program’s kegiatan and a kegiatan’s sub kegiatan, one level only', async () => {
    const kegiatan = await listNomenklatur(ctx, { parent: '1.06.04' });
    expect(kegiatan.entries.map((e) => e.code)).toEqual(['1.06.04.2.01', '1.06.04.2.02']);
    const sub = await listNomenklatur(ctx, { parent: '1.06.04.2.01' });
    expect(sub.entries[0]).toEqual({
      code: '1.06.04.2.01.0001',
      name: 'Penyediaan Permakanan',
      generic: false,
    });
    expect(sub.entries.every((e) => /^1\.06\.04\.2\.01\.[0-9]{4}$/.test(e.code) && !e.generic)).toBe(true);
    // names spread over several lines in the source read as one line
    expect(sub.entries.every((e) => !/\s{2}|\n/.test(e.name))).toBe(true);
  });

  it('offers the penunjang kegiatan and sub kegiatan of another urusan under 1.06.01', async () => {
    const kegiatan = await listNomenklatur(ctx, { parent: '1.06.01' });
    expect(kegiatan.entries.find((e) => e.code === '1.06.01.2.01')).toEqual({
      code: '1.06.01.2.01',
      name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
      generic: true,
    });
    const sub = await listNomenklatur(ctx, { parent: '1.06.01.2.02' });
    expect(sub.entries.find((e) => e.code === '1.06.01.2.02.0001')?.name).toBe(
      'Penyediaan Gaji dan Tunjangan ASN',
    );
    expect(sub.entries.every((e) => e.code.startsWith('1.06.01.2.02.'))).toBe(true);
  });

  it('gives an unknown code an empty list and refuses a malformed one', async () => {
    expect((await listNomenklatur(ctx, { parent: '9.99.99' })).entries).toEqual([]);
    const refused = await listNomenklatur(ctx, { parent: '1.06.4' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('validation');
    expect((refused as AppError).fields.map((f) => f.path)).toEqual(['parent']);
  });
});
