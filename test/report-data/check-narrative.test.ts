/**
 * The narrative checker on the real text of the LKjIP 2023 of Dinas Sosial
 * Kabupaten Lima Puluh Kota (../shared/seeds/lkjip-2023-dinsos-limapuluhkota.txt,
 * line numbers as L…), against the report's own tables
 * (examples/lkjip-2023-limapuluhkota.json): correct sentences give no finding,
 * and the sentences that contradict the tables — the real "3 (tiga) Indikator"
 * of L466 and real sentences with one figure changed — give one each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/domain/report-data/check-report.ts';
import { parseReportData, type ReportData } from '../../src/domain/report-data/schema.ts';

const example = JSON.parse(readFileSync('examples/lkjip-2023-limapuluhkota.json', 'utf8')) as Record<
  string,
  unknown
>;

type Passage = NonNullable<ReportData['narrative']>[number];

function withNarrative(narrative: Passage[]): ReportData {
  const parsed = parseReportData({ ...example, narrative });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

function narrativeFindings(narrative: Passage[], locale: 'id' | 'en' = 'id') {
  return checkReport(withNarrative(narrative), { locale }).filter((f) => f.kind === 'narrative');
}

// L83 (Ikhtisar Eksekutif), as printed, with "95.29 %" written with a dot.
const L83 =
  'Anggaran tahun 2023 di alokasikan untuk pelaksanaan 4 Program, 10 kegiatan dan 25 Sub Kegiatan yang dilaksanakan oleh seluruh unit kerja di Dinas Sosial, baik oleh Sekretariat maupun oleh Bidang-Bidang yang ada. Total realisasi belanja Dinas Sosial Kabupaten Lima Puluh Kota Tahun Anggaran 2023 khususnya yang terkait dengan program, kegiatan dan sub kegiatan yang mendukung pencapaian sasaran strategis adalah sebesar Rp. 6.420.276.477,- (Enam Milyar Empat Ratus Dua Puluh Juta Dua Ratus Tujuh Puluh Enam Ribu Empat Ratus Tujuh Puluh Tujuh Rupiah). Jumlah tersebut mencapai 95.29 % dari anggaran yang telah ditetapkan yaitu 6.737.357.519,- (Enam Milyar Tujuh Ratus Tiga Puluh Tujuh Ribu Tiga Ratus Lima Puluh Tujuh Ribu Lima Ratus Sembilan Belas Rupiah),-';
const L86 =
  'Dari data diatas maka tingkat serapan anggaran untuk pencapaian target-target sasaran strategis sebesar 95,29 % , semua indikator dalam pencapaian target kinerja dapat diwujudkan 100 %.';
const L466 = 'Rata-rata Capaian Indikator 3 (tiga) Sasaran Strategis 3 (tiga) Indikator Kinerja. 104,07 %';
const L481 =
  'Analisis/perbandingan hasil Indikator Kinerja Utama kondisi awal RPJMD untuk persentase Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) yang diberdayakan adalah : target awal RPJMD 50 %, pencapaian dari Tahun 2019 target 70 % realisasi 79,96 %, Tahun 2020 target 75 % realisasi 83,66 %, tahun 2021 target 80 % realisasi 95 %, tahun 2022 target 72 % dan realisasi 78 % dan tahun 2023 target 74 % Realisasi 74,53 % Dapat di lihat dari grafik dan penjelasan dibawah ini.';
// L601 (the sub kegiatan whose table realisation is the 117.880.628 slip; the text has the right 177.880.628).
const L601 =
  'Program yang mendukung kegiatan pemberian alat bantu bagi penyandang disabilitas adalah Program Rehabilitasi Sosial, Kegiatan Rehabilitasi Sosial dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial Sub Kegiatan Pemberian Bimbingan Fisik, Mental, Spritual dan Sosial, dengan anggaran Rp. Rp. 226.177.000,- (*Dua Ratus Dua Puluh Enam Juta Seratus Tujuh Puluh Tujuh Ribu Rupiah*) dengan realisasi keuangan sebesar Rp. 177.880.628,- (*Seratus Tujuh Puluh Tujuh Juta Delapan Ratus Delapan Puluh Ribu Enam Ratus Dua Puluh Delapan Rupiah*) dengan persentase sebesar 78,65% dan realisasi fisiknya sebesar 100%';
const L1044 =
  'Program, Kegiatan dan Sub Kegiatan yang mendukung kegiatan Taruna Siaga Bencana (TAGANA) adalah Program Penanganan Bencana, kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota, Sub Kegiatan Pelayanan Dukungan Psikososial dengan alokasi anggaran sebesar Rp.7.740.000,- dan realisasi keuangan Rp.6.300.000,- atau 81.40% serta realisasi fisik mencapai 100%.';
const L1197 =
  'Dinas Sosial Kabupaten Lima Puluh Kota, merupakan OPD utama/ pendukung pelaksanaan urusan sosial. Pada anggaran perubahan tahun 2023 Dinas Sosial melaksanakan 4 program, 10 kegiatan dan 25 Sub Kegiatan terdiri dari urusan belanja operasi dan belanja modal. Untuk melaksanakan kegiatan ini dialokasikan dana sebesar Rp. **6.737.357.519,-** terdiri dari Belanja Operasi Rp **6.696.107.519,-** yaitu Belanja Pegawai Rp. 2.604.863.824, Belanja Barang dan Jasa Rp 1.659.743.695 dan Belanja Bantuan Sosial Rp 2.431.500.000. Belanja Modal Rp 41.250.000 adapun realisasi anggaran Dinas Sosial Rp. **6.420.276.477** dengan % keuangan 95,29 % dan realisasi fisik 100 %.';
const L1199 =
  'Dari 4 program, 10 kegiatan dan 25 Sub Kegiatan, dengan alokasi dana Rp. **6.737.357.519,-** realisasi **6.420.276.477** dalam pelaksanaan kegiatan secara umum terlaksana dengan baik ditunjukkan dengan realisasi keuangan sebesar 95,29 %. Dari sudut akuntabilitas kinerja Dinas Sosial tahun 2023 relatif baik, dan tidak terdapat permasalahan-permasalahan yang cukup mengganggu pelaksanaan masing-masing kegiatan.';
// L776-783: the PKH components, round amounts that are no budget row (must not look like slips).
const L776 =
  'Besaran bantuan PKH: - Ibu hamil : Rp. 3.000.000 - Anak usia dini : Rp. 3.000.000 - SMP : Rp. 1.500.000 - SMA : Rp. 2.000.000 - Disabilitas berat : Rp. 2.400.000 - Lanjut usia :Rp. 2.400.000';

describe('narrative checker on the LKjIP 2023 of Lima Puluh Kota', () => {
  it('finds nothing in the correct sentences of the report', () => {
    const found = narrativeFindings([
      { id: 'ikhtisar', text: `${L83}\n\n${L86}`, source: { lines: [83, 86] } },
      { id: 'sasaran.SS1.analysis', sasaranId: 'SS1', text: L481, source: { lines: [481] } },
      { id: 'bab3.alat-bantu', text: L601, source: { lines: [601] } },
      { id: 'bab3.tagana', text: L1044, source: { lines: [1044] } },
      { id: 'bab3.anggaran', text: `${L1197}\n\n${L1199}`, source: { lines: [1197, 1199] } },
      { id: 'bab3.pkh', text: L776, source: { lines: [776] } },
    ]);
    expect(found).toEqual([]);
  });

  it('leaves the other findings of the example as they were (the narrative is optional)', () => {
    const without = checkReport(withNarrative([]));
    expect(without).toHaveLength(10);
  });

  it('reports the real "3 (tiga) Indikator" of L466: 4 indicators are measured', () => {
    const [finding, ...rest] = narrativeFindings([
      { id: 'bab3.pengukuran', text: L466, source: { lines: [466] } },
    ]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      path: 'narrative[bab3.pengukuran]',
      kind: 'narrative',
      severity: 'error',
      printed: '3 (tiga) Indikator',
      expected: '4',
      lines: [466],
    });
    expect(finding!.message).toContain('jumlah indikator adalah 4');
  });

  it('reports a count of programs that no reading of the budget table gives', () => {
    const found = narrativeFindings([{ id: 'ikhtisar', text: L83.replace('4 Program', '5 Program') }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ printed: '5 Program', expected: '4' });
  });

  it('reports "semua indikator … dapat diwujudkan 100 %" and "dari 4 indikator, 4 tercapai" when one indicator is below target', () => {
    const lowered = structuredClone(example) as { sasaran: { indikator: { realisasi: string }[] }[] };
    lowered.sasaran[0]!.indikator[0]!.realisasi = '70 %';
    const parsed = parseReportData({
      ...lowered,
      narrative: [{ id: 'ikhtisar', text: `${L86}\n\nDari 4 indikator, 4 tercapai.` }],
    });
    if (!parsed.ok) throw new Error('invalid');
    const found = checkReport(parsed.data).filter((f) => f.kind === 'narrative');
    expect(found.map((f) => [f.printed, f.expected])).toEqual([
      ['semua indikator dalam pencapaian target kinerja dapat diwujudkan', '3 / 4'],
      ['4 tercapai', '3'],
    ]);
  });

  it('reports an average capaian that is neither the overall nor a sasaran average', () => {
    const found = narrativeFindings([
      { id: 'bab3.pengukuran', text: 'Rata-rata capaian kinerja Dinas Sosial tahun 2023 sebesar 102,83 %.' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ printed: '102,83 %', expected: '104,07 %' });
    // The right figure, as printed at L466, is not reported.
    expect(
      narrativeFindings([{ text: 'Rata-rata capaian kinerja Dinas Sosial tahun 2023 sebesar 104,07 %.' }]),
    ).toEqual([]);
  });

  it('reports a percentage of spending that is not realisasi ÷ anggaran (L601 with 87,65 for 78,65)', () => {
    const found = narrativeFindings([{ id: 'bab3.alat-bantu', text: L601.replace('78,65%', '87,65%') }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ printed: '87,65%', expected: '78,65 %' });
    expect(found[0]!.message).toContain('177.880.628');
  });

  it('reports an absorption rate that is not the budget table’s (L86 with 92,95 for 95,29)', () => {
    const found = narrativeFindings([{ id: 'ikhtisar', text: L86.replace('95,29', '92,95') }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ printed: '92,95 %', expected: '95,29 %' });
  });

  it('reports an amount one typing slip away from the budget table (L1199 with 6.420.726.477)', () => {
    const found = narrativeFindings([{ id: 'bab4', text: L1199.replace('6.420.276.477', '6.420.726.477') }]);
    expect(found.map((f) => [f.printed, f.expected])).toContainEqual(['6.420.726.477', '6.420.276.477']);
  });

  it('reports a history figure of a sasaran’s analysis that differs from the indicator’s (L481, 2022 realisasi 87)', () => {
    const found = narrativeFindings([
      {
        id: 'sasaran.SS1.analysis',
        sasaranId: 'SS1',
        text: L481.replace('realisasi 78 %', 'realisasi 87 %'),
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      path: 'narrative[sasaran.SS1.analysis]',
      printed: '87',
      expected: '78',
    });
  });

  it('speaks English when asked', () => {
    const [finding] = narrativeFindings([{ id: 'bab3.pengukuran', text: L466 }], 'en');
    expect(finding!.message).toContain('the number of indicators is 4');
  });

  it('refuses a passage tied to a sasaran the file does not have', () => {
    const parsed = parseReportData({ ...example, narrative: [{ sasaranId: 'SS9', text: 'x' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('narrative[0].sasaranId');
  });
});
