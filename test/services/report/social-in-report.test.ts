/**
 * The LKjIP's BAB III carries the Data Sosial of the report year: PPKS per
 * category with those served, per kecamatan, assistance per programme with
 * its value in Rupiah, per kecamatan, and the years before — in the .docx
 * text, with the charts beside them in the model.
 */
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLkjipModel } from '../../../src/report/build-lkjip.ts';
import { chartsOf } from '../../../src/report/model.ts';
import { renderFormat } from '../../../src/report/render.ts';
import { saveAssistanceDelivery } from '../../../src/services/record/save-assistance-delivery.ts';
import { savePpksCounts } from '../../../src/services/record/save-ppks-counts.ts';
import { loadLkjipSource } from '../../../src/services/report/load-lkjip-source.ts';
import { kecamatan } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from '../record/record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedRecordWorld(t.db);
  const ctx = contextFor(t.db, w, 'operator');
  const [kec] = await t.db.select().from(kecamatan).where(eq(kecamatan.regionId, w.region.id));
  await savePpksCounts(ctx, {
    agencyId: w.agency.id,
    year: 2024,
    rows: [
      { category: 'fakir_miskin', count: 4998, served: 3998 },
      { category: 'lanjut_usia_telantar', count: 250, served: 200 },
    ],
  });
  await saveAssistanceDelivery(ctx, {
    agencyId: w.agency.id,
    year: 2024,
    rows: [
      { program: 'pkh', recipients: 1200, value: 'Rp 3.600.000.000' },
      { program: 'pkh', kecamatanId: kec!.id, recipients: 300, value: 900_000_000 },
    ],
  });
  await savePpksCounts(ctx, {
    agencyId: w.agency.id,
    year: 2023,
    rows: [{ category: 'fakir_miskin', count: 5100 }],
  });
});
afterAll(async () => t.close());

describe('BAB III from the Data Sosial', () => {
  it('prints PPKS served, assistance per programme and kecamatan, and the years before', async () => {
    const { source } = await loadLkjipSource(contextFor(t.db, w, 'operator'), {
      agencyId: w.agency.id,
      year: 2024,
    });
    const model = buildLkjipModel(source);
    const zip = await JSZip.loadAsync(await renderFormat(model, 'docx'));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    expect(text).toContain('PPKS per Jenis dan yang Mendapat Pelayanan Tahun 2024');
    expect(text).toContain('Dari 5.248 PPKS Tahun 2024, 4.198 orang (79,99 %) mendapat pelayanan.');
    expect(text).toContain('Fakir Miskin');
    expect(text).toContain('79,99'); // 4.198 / 5.248 × 100
    expect(text).toContain('PPKS per Kecamatan Tahun 2024'); // the fixture's 1.520 in Kecamatan Kota
    expect(text).toContain('Penyaluran Bantuan Sosial per Program Tahun 2024');
    expect(text).toContain('Program Keluarga Harapan (PKH)');
    expect(text).toContain('3.600.000.000');
    expect(text).toContain('Penerima Bantuan Sosial per Kecamatan Tahun 2024');
    expect(text).toContain('Kecamatan Kota');
    expect(text).toContain('Perkembangan Data Sosial Tahun 2023–2024');
    expect(text).toContain('5.100');
    const charts = chartsOf(model).map((c) => c.id);
    expect(charts).toEqual(expect.arrayContaining(['grafik-ppks', 'grafik-bantuan']));
  });
});
