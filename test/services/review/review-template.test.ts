/**
 * Reading a filled review template: every row that cannot be read is named
 * by sheet, row, column, the value found and what was expected, and nothing
 * is read when one row is wrong; a malformed printed number is kept for the
 * checker (it is a finding, not an error).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readReviewTemplate } from '../../../src/services/review/read-review-template.ts';
import { buildReviewTemplate } from '../../../src/services/review/write-review-template.ts';

async function filled(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    (await buildReviewTemplate({ agency: 'Dinas Sosial', year: 2023 })) as unknown as ArrayBuffer,
  );
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('review template', () => {
  it('has the guide, the report, performance, budget and narrative sheets with Indonesian headers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildReviewTemplate()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Petunjuk',
      'Laporan',
      'Kinerja',
      'Anggaran',
      'Narasi',
    ]);
    expect(book.getWorksheet('Anggaran')!.getRow(1).values).toContain('Pagu Perubahan (Rp)');
    expect(String(book.getWorksheet('Petunjuk')!.getCell('A1').value)).toContain('Templat reviu');
  });

  it('reads the tables as printed, malformed numbers included', async () => {
    const bytes = await filled((book) => {
      book
        .getWorksheet('Kinerja')!
        .addRow([
          'SS1',
          'Sasaran',
          'SS1.1',
          'PPKS',
          '%',
          'positif',
          74,
          '74,53 %',
          '100,72',
          'Sangat Tinggi',
        ]);
      book.getWorksheet('Anggaran')!.addRows([
        ['1.06.01', 'program', 'Penunjang', 100, 90, 80],
        ['1.06.01.2.08', 'kegiatan', 'Jasa', 100, 90, 80],
        ['1.06.01.2.08.0004', 'Sub Kegiatan', 'Jasa Umum', 100, '41.600.00', 80, '86,54'],
      ]);
      book.getWorksheet('Narasi')!.addRow(['ikhtisar', null, 'Dari 1 indikator, 1 tercapai.']);
    });
    const read = await readReviewTemplate(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.data.agency.name).toBe('Dinas Sosial');
    expect(read.data.sasaran[0]!.indikator[0]).toMatchObject({
      realisasi: '74,53 %',
      printed: { capaian: '100,72' },
    });
    const sub = read.data.budget!.items[0]!.children[0]!.children[0]!;
    expect(sub).toMatchObject({ level: 'subkegiatan', pagu: '41.600.00', printed: { persen: '86,54' } });
    expect(read.data.narrative).toEqual([
      { id: 'ikhtisar', text: 'Dari 1 indikator, 1 tercapai.', source: { lines: [2] } },
    ]);
  });

  it('names sheet, row, column, value and what was expected for every row it cannot read', async () => {
    const bytes = await filled((book) => {
      book.getWorksheet('Laporan')!.getCell('B3').value = 'dua ribu';
      book.getWorksheet('Kinerja')!.addRow(['SS1', 'Sasaran', 'SS1.1', 'PPKS', '%', 'naik', 74, 75]);
      book
        .getWorksheet('Kinerja')!
        .addRow(['SS1', 'Sasaran', 'SS1.2', 'PSKS', '%', 'positif', 'sembilan puluh', 95]);
      book.getWorksheet('Anggaran')!.addRows([
        ['1.06.01.2.01', 'kegiatan', 'Kegiatan tanpa program', 10, 10, 10],
        ['1.06.02', 'bidang', 'Tingkat tak dikenal', 10, 10, 10],
        ['1.06.03', 'program', 'Program', 10, 10, 'sepuluh'],
        ['1.06.03', 'program', 'Kode ganda', 10, 10, 10],
      ]);
    });
    const read = await readReviewTemplate(bytes);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const shown = read.errors.map((e) => [e.sheet, e.row, e.column, e.value, e.expected.id]);
    expect(shown).toEqual([
      ['Laporan', 3, 'B (Nilai)', 'dua ribu', 'tahun empat angka, mis. 2023'],
      ['Kinerja', 2, 'F (Polaritas (positif/negatif))', 'naik', 'positif atau negatif'],
      ['Kinerja', 3, 'G (Target)', 'sembilan puluh', 'angka seperti tercetak, mis. 74,53 atau 74,53 %'],
      [
        'Anggaran',
        2,
        'B (Tingkat (program/kegiatan/sub kegiatan))',
        'kegiatan',
        expect.stringContaining('baris program di atasnya'),
      ],
      [
        'Anggaran',
        3,
        'B (Tingkat (program/kegiatan/sub kegiatan))',
        'bidang',
        'program, kegiatan atau sub kegiatan',
      ],
      ['Anggaran', 4, 'F (Realisasi (Rp))', 'sepuluh', 'jumlah rupiah, mis. 6.737.357.519'],
      ['Anggaran', 5, 'A (Kode)', '1.06.03', 'kode yang belum dipakai di baris lain'],
    ]);
  });

  it('refuses a file that is not an .xlsx, and a workbook without the template’s sheets', async () => {
    const notXlsx = await readReviewTemplate(new TextEncoder().encode('%PDF-1.4'));
    expect(notXlsx).toMatchObject({
      ok: false,
      errors: [{ expected: { id: 'berkas .xlsx templat reviu' } }],
    });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1');
    const read = await readReviewTemplate(new Uint8Array(await other.xlsx.writeBuffer()));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.sheet)).toEqual(['Laporan', 'Kinerja', 'Anggaran']);
  });
});
