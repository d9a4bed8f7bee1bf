/**
 * Writes the empty review template (.xlsx): the guide sheet with an example,
 * the Laporan sheet with its labels (agency and year filled in when given),
 * and the header rows of Kinerja, Anggaran and Narasi. The layout is in
 * review-template-layout.ts; reading a filled one is read-review-template.ts.
 */
import ExcelJS from 'exceljs';
import { NUMBER_FORMATS } from '../../report/render-xlsx.ts';
import {
  BUDGET_COLUMNS,
  NARRATIVE_COLUMNS,
  PERFORMANCE_COLUMNS,
  REPORT_ROWS,
  TEMPLATE_SHEETS,
  type Column,
} from './review-template-layout.ts';

const GUIDE = [
  'Templat reviu: angka tabel laporan kinerja (LKjIP) yang sudah terbit, untuk diperiksa oleh Akuntabel.',
  '',
  '1. Laporan: isi nama perangkat daerah dan tahun laporan (wajib). Skala dan metode rata-rata boleh dikosongkan (bawaan: permendagri-86-2017, mean).',
  '   Baris "tercetak" diisi persis seperti yang tercetak di laporan (rata-rata capaian, labelnya, predikat, baris Total tabel anggaran).',
  '2. Kinerja: satu baris per indikator dari tabel pengukuran kinerja (Tabel 3.2). Indikator satu sasaran memakai Kode Sasaran yang sama.',
  '   Polaritas: positif (makin tinggi makin baik) atau negatif (makin rendah makin baik, mis. angka kemiskinan).',
  '   Target, realisasi dan capaian diketik seperti tercetak: 74,53 atau "74,53 %". Kosong = tidak diketahui (bukan nol).',
  '3. Anggaran: satu baris per program, kegiatan dan sub kegiatan, berurutan seperti tabel realisasi anggaran: kegiatan di bawah programnya, sub kegiatan di bawah kegiatannya.',
  '   Kode wajib dan tidak boleh berulang (mis. 1.06.02, 1.06.02.2.01, 1.06.02.2.01.0001). Jumlah rupiah tanpa desimal: 6.737.357.519 atau angka biasa.',
  '   Tanda "-" pada kolom pagu perubahan atau realisasi diisi 0; tanda "-" pada kolom % dikosongkan.',
  '4. Narasi (boleh kosong): kalimat laporan yang menyebut angka (mis. "dari 4 indikator, 4 tercapai", "realisasi anggaran Rp 6.420.276.477 (95,29 %)").',
  '   Akuntabel mencocokkan jumlah dan angka yang disebut teks dengan tabel di atas.',
  '',
  'Angka yang salah tulis (mis. 41.600.00) tidak ditolak: Akuntabel melaporkannya sebagai temuan.',
  'Kata di kolom angka, tingkat yang tidak dikenal atau kode ganda ditolak dengan pesan yang menyebut lembar, baris, kolom, nilai dan yang diharapkan.',
  '',
  'Contoh (Tabel 3.2 LKjIP 2023 Dinas Sosial Kabupaten Lima Puluh Kota):',
  'Kinerja: SS1 | Meningkatnya Pelayanan terhadap PPKS | SS1.1 | Persentase Pelayanan terhadap PPKS | % | positif | 74 | 74,53 | 100,72 | Sangat Tinggi',
  'Anggaran: 1.06.04 | program | Program Rehabilitasi Sosial | 4.398.829.245 | 4.100.869.085 | 3.806.052.404 | 92,81',
];

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function headerRow(sheet: ExcelJS.Worksheet, columns: readonly Column[]): void {
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const row = sheet.getRow(1);
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  columns.forEach((c, i) => {
    if (c.kind !== 'text')
      sheet.getColumn(i + 1).numFmt = c.kind === 'money' ? NUMBER_FORMATS.rupiah : '#,##0.##';
  });
}

/** The empty template, with the agency and year filled in when given. */
export async function buildReviewTemplate(prefill: { agency?: string; year?: number } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = workbook.created;
  const guide = workbook.addWorksheet(TEMPLATE_SHEETS.guide);
  guide.getColumn(1).width = 140;
  GUIDE.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 12 };
  });
  const report = workbook.addWorksheet(TEMPLATE_SHEETS.report);
  report.columns = [{ width: 55 }, { width: 45 }];
  report.getRow(1).values = ['Isian', 'Nilai'];
  report.getRow(1).font = { bold: true };
  report.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  REPORT_ROWS.forEach((r, i) => {
    const row = report.getRow(i + 2);
    row.getCell(1).value = r.label;
    if (r.kind === 'money') row.getCell(2).numFmt = NUMBER_FORMATS.rupiah;
  });
  if (prefill.agency) report.getCell(2, 2).value = prefill.agency;
  if (prefill.year) report.getCell(3, 2).value = prefill.year;
  report.getCell(4, 2).value = 'permendagri-86-2017';
  report.getCell(5, 2).value = 'mean';
  headerRow(workbook.addWorksheet(TEMPLATE_SHEETS.performance), PERFORMANCE_COLUMNS);
  headerRow(workbook.addWorksheet(TEMPLATE_SHEETS.budget), BUDGET_COLUMNS);
  headerRow(workbook.addWorksheet(TEMPLATE_SHEETS.narrative), NARRATIVE_COLUMNS);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
