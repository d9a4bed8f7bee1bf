import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parseReportData } from '../../src/domain/report-data/schema.ts';
import {
  buildLkjipFromBundle,
  buildPkFromBundle,
  readDemoBundle,
} from '../../src/report/build-from-bundle.ts';
import { buildLkjipFromReportData } from '../../src/report/build-from-report-data.ts';
import { tablesOf, type LkjipReportModel } from '../../src/report/model.ts';

const bundle = await readDemoBundle();

function headings(model: LkjipReportModel): string[] {
  return model.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
}

describe('LKjIP model of the demo agency (LKjIP 2023 Dinas Sosial Kabupaten Lima Puluh Kota)', () => {
  const model = buildLkjipFromBundle(bundle, { locale: 'id' });

  it('holds the capaian the engine computes: 100,72 / 100 / 112,23 / 103,34, average 104,07 of 4 indicators', () => {
    expect(model.figures.indicatorCapaian.map((i) => i.capaian.text)).toEqual([
      '100,72',
      '100,00',
      '112,23',
      '103,34',
    ]);
    expect(model.figures.overallCapaian.text).toBe('104,07');
    expect(model.figures.overallPredikat).toBe('Sangat Tinggi');
    expect(model.figures.indicatorCount).toBe(4);
    expect(model.figures.sasaranCapaian.map((s) => [s.capaian.text, s.count])).toEqual([
      ['100,72', 1],
      ['100,00', 1],
      ['107,79', 2],
    ]);
    expect(model.figures.predikatCounts).toEqual([{ label: 'Sangat Tinggi', count: 4 }]);
  });

  it('holds the budget totals: pagu 6.737.357.519, realisasi 6.420.276.477, serapan 95,29 %, efisien', () => {
    expect(model.figures.pagu).toEqual({ value: 6_737_357_519, text: 'Rp 6.737.357.519' });
    expect(model.figures.realisasi).toEqual({ value: 6_420_276_477, text: 'Rp 6.420.276.477' });
    expect(model.figures.serapan.text).toBe('95,29');
    expect(model.figures.efficiency).toBe('Efisien');
  });

  it('follows the LKjIP outline of PermenPANRB 53/2014', () => {
    const h = headings(model);
    for (const title of [
      'KATA PENGANTAR',
      'IKHTISAR EKSEKUTIF',
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN DAN PERJANJIAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
    ])
      expect(h).toContain(title);
    expect(h.some((t) => t.startsWith('LAMPIRAN 1: PERUBAHAN PERJANJIAN KINERJA'))).toBe(true);
  });

  it('labels the average with the number of indicators averaged', () => {
    const table = tablesOf(model).find((t) => t.id === 'pengukuran-kinerja')!;
    const total = table.rows[table.rows.length - 1]!;
    expect(total.cells[0]!.text).toBe('Rata-rata capaian kinerja (4 indikator)');
    expect(total.cells[1]).toMatchObject({ text: '104,07', kind: 'percent' });
    expect(total.cells[1]!.value).toBeCloseTo(104.072, 3);
  });

  it('keeps the agency texts and marks only the generated ones', () => {
    expect(model.generatedSections).toContain('kataPengantar');
    expect(model.generatedSections).not.toContain('ikhtisar');
    const narratives = model.parts.flatMap((p) => p.blocks.filter((b) => b.type === 'narrative'));
    expect(narratives.every((n) => n.generated === model.generatedSections.includes(n.key))).toBe(true);
  });

  it('writes the signatory with rank and NIP as printed', () => {
    const sig = model.parts.flatMap((p) => p.blocks).find((b) => b.type === 'signature');
    expect(sig).toMatchObject({
      placeDate: 'Payakumbuh, Februari 2024',
      right: {
        name: 'Ir. Indra Suriani',
        rank: 'Pembina Utama Muda (IV/c)',
        nip: 'NIP. 19670812 199303 2 011',
      },
    });
  });

  it('in English, words the generated texts in English and prints English numbers', () => {
    const en = buildLkjipFromBundle(bundle, { locale: 'en' });
    expect(en.figures.overallCapaian.text).toBe('104.07');
    expect(en.figures.pagu.text).toBe('Rp 6,737,357,519');
    expect(headings(en)).toContain('CHAPTER III PERFORMANCE ACCOUNTABILITY');
  });
});

describe('LKjIP model from a report-data file alone', () => {
  it('measures the file and generates every narrative', async () => {
    const parsed = parseReportData(
      JSON.parse(await readFile('examples/lkjip-2023-limapuluhkota.json', 'utf8')),
    );
    if (!parsed.ok) throw new Error('example does not parse');
    const model = buildLkjipFromReportData(parsed.data, {
      locale: 'id',
      createdAt: '2024-02-01T00:00:00.000Z',
    });
    expect(model.figures.overallCapaian.text).toBe('104,07');
    expect(model.figures.serapan.text).toBe('95,29');
    expect(model.generatedSections).toEqual(
      expect.arrayContaining(['ikhtisar', 'kesimpulan', 'langkahKeDepan']),
    );
    const ikhtisar = model.parts
      .flatMap((p) => p.blocks)
      .find((b) => b.type === 'narrative' && b.key === 'ikhtisar');
    expect(ikhtisar && ikhtisar.type === 'narrative' && ikhtisar.paragraphs.join(' ')).toContain(
      '4 indikator berpredikat Sangat Tinggi',
    );
  });
});

describe('Perjanjian Kinerja document', () => {
  it('has both signatories and the target and budget tables of the Perubahan PK 2023', () => {
    const pk = buildPkFromBundle(bundle, { locale: 'id' })!;
    expect(pk.version).toBe('perubahan');
    const tables = tablesOf(pk);
    expect(tables.map((t) => t.rows.length)).toEqual([4, 5]);
    expect(tables[1]!.rows[4]!.cells[1]).toMatchObject({ text: '6.737.357.519', value: 6_737_357_519 });
    const sigs = pk.parts.flatMap((p) => p.blocks).filter((b) => b.type === 'signature');
    expect(sigs[0]).toMatchObject({
      left: { name: 'SAFARUDDIN DT. BANDARO RAJO' },
      right: { name: 'Ir. Indra Suriani' },
    });
  });
});
