import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveAssistanceDelivery } from '../../../src/services/record/save-assistance-delivery.ts';
import { savePpksCounts } from '../../../src/services/record/save-ppks-counts.ts';
import { savePsksCounts } from '../../../src/services/record/save-psks-counts.ts';
import {
  assistanceDelivery,
  auditLog,
  kecamatan,
  ppksCount,
  psksCount,
} from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from './record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
let kecId: string;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
  const [kec] = await t.db.select().from(kecamatan).where(eq(kecamatan.regionId, w.region.id));
  kecId = kec!.id;
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');

async function ppks2023() {
  return t.db
    .select()
    .from(ppksCount)
    .where(and(eq(ppksCount.agencyId, w.agency.id), eq(ppksCount.year, 2023)))
    .orderBy(ppksCount.category);
}

describe('savePpksCounts', () => {
  it('writes every row, by kecamatan or for the whole region, then updates by version', async () => {
    const first = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'fakir_miskin', kecamatanId: kecId, count: '1.520', dataSource: 'DTKS Desember 2023' },
        { category: 'fakir_miskin', count: 4998 },
        { category: 'lanjut_usia_telantar', kecamatanId: kecId, count: 36 },
      ],
    });
    expect(first.rows).toHaveLength(3);
    expect((await ppks2023()).map((r) => [r.category, r.kecamatanId, r.count])).toEqual([
      ['fakir_miskin', kecId, 1520],
      ['fakir_miskin', null, 4998],
      ['lanjut_usia_telantar', kecId, 36],
    ]);
    const second = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'fakir_miskin', count: 5000, version: first.rows[1]!.version },
        { category: 'pemulung', count: 4 },
      ],
    });
    expect(second.rows.map((r) => r.version)).toEqual([2, 1]);
    const events = await t.db.select().from(auditLog).where(eq(auditLog.action, 'ppks_count.saved'));
    expect(events).toHaveLength(5);
  });

  it('writes nothing when one row is wrong, naming it', async () => {
    const bad = savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'fakir_miskin', count: 10 },
        { category: 'bukan_kategori', count: 10 },
        { category: 'pemulung', count: -3 },
      ],
    });
    await expect(bad).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'rows[1].category' }, { path: 'rows[2].count' }],
    });
    const [otherRegion] = await t.db
      .insert(kecamatan)
      .values({ regionId: (await createRegion()).id, code: '99', name: 'Kecamatan Lain' })
      .returning();
    const semantic = savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'fakir_miskin', count: 10 },
        { category: 'pemulung', kecamatanId: otherRegion!.id, count: 3 },
        { category: 'fakir_miskin', count: 11 },
      ],
    });
    await expect(semantic).rejects.toMatchObject({
      code: 'validation',
      fields: [{ path: 'rows[1].kecamatanId' }, { path: 'rows[2]' }],
    });
    expect(await ppks2023()).toEqual([]);
  });

  it('a row already stored is a conflict without its version; a stale version too; nothing changes', async () => {
    const first = await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [{ category: 'pemulung', count: 4 }],
    });
    await savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [{ category: 'pemulung', count: 5, version: first.rows[0]!.version }],
    });
    const stale = savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { category: 'gelandangan', count: 1 },
        { category: 'pemulung', count: 6, version: first.rows[0]!.version },
      ],
    });
    await expect(stale).rejects.toMatchObject({ code: 'conflict', fields: [{ path: 'rows[1].version' }] });
    const blind = savePpksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [{ category: 'pemulung', count: 7 }],
    });
    await expect(blind).rejects.toMatchObject({ code: 'conflict', fields: [{ path: 'rows[0]' }] });
    expect((await ppks2023()).map((r) => [r.category, r.count, r.version])).toEqual([['pemulung', 5, 2]]);
  });

  it("refuses a foreign agency's operator", async () => {
    await expect(
      savePpksCounts(contextFor(t.db, w, 'foreign'), {
        agencyId: w.agency.id,
        year: 2023,
        rows: [{ category: 'pemulung', count: 4 }],
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await ppks2023()).toEqual([]);
  });
});

describe('savePsksCounts and saveAssistanceDelivery', () => {
  it('record PSKS by type and assistance by programme with Rupiah values', async () => {
    await savePsksCounts(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        { type: 'tksk', count: 19 },
        { type: 'tagana', kecamatanId: kecId, count: 12 },
      ],
    });
    const psks = await t.db.select().from(psksCount).where(eq(psksCount.year, 2023)).orderBy(psksCount.type);
    expect(psks.map((r) => [r.type, r.count])).toEqual([
      ['tagana', 12],
      ['tksk', 19],
    ]);
    await saveAssistanceDelivery(op(), {
      agencyId: w.agency.id,
      year: 2023,
      rows: [
        {
          program: 'permakanan',
          kecamatanId: kecId,
          recipients: 36,
          units: '1.080',
          unitName: 'paket',
          value: 'Rp 32.400.000',
        },
        { program: 'lainnya', programLabel: 'Bantuan sembako lansia', recipients: 10 },
        { program: 'lainnya', programLabel: 'Bantuan pendidikan', value: 5_000_000 },
      ],
    });
    const rows = await t.db
      .select()
      .from(assistanceDelivery)
      .where(eq(assistanceDelivery.year, 2023))
      .orderBy(assistanceDelivery.programLabel);
    expect(rows.map((r) => [r.program, r.programLabel, r.recipients, r.units, r.value])).toEqual([
      ['permakanan', '', 36, '1080', 32_400_000],
      ['lainnya', 'Bantuan pendidikan', null, null, 5_000_000],
      ['lainnya', 'Bantuan sembako lansia', 10, null, null],
    ]);
    await expect(
      saveAssistanceDelivery(op(), {
        agencyId: w.agency.id,
        year: 2023,
        rows: [{ program: 'pkh', value: '1.000,50' }],
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'rows[0].value' }] });
  });
});

async function createRegion() {
  const { region } = await import('../../../src/store/schema/index.ts');
  const [row] = await t.db
    .insert(region)
    .values({ code: '9.99', name: 'Kota Lain', kind: 'kota' })
    .returning();
  return row!;
}
