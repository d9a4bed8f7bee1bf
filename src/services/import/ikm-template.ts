/**
 * The IKM responses template of an agency-year as an .xlsx workbook: sheet
 * "Responden" holds every stored response of the year's surveys entered as
 * individual responses (so a downloaded template imported unchanged changes
 * nothing); sheet "Petunjuk" lists the year's surveys by the name the file
 * uses, the columns, the allowed values and the import rules with examples —
 * or, when the year has no survey yet, says to create one first.
 */
import ExcelJS from 'exceljs';
import { IKM_UNSUR } from '../../domain/ikm.ts';
import { formatNumber } from '../../domain/numbers.ts';
import type { ResponseRow } from '../ikm/ikm-survey-data.ts';
import { scoresOf, surveyResult } from '../ikm/ikm-survey-data.ts';
import type { IkmImportFacts } from './ikm-import-facts.ts';
import {
  IKM_COLUMNS,
  FIRST_DATA_ROW,
  GUIDE_SHEET,
  HEADER_ROW,
  IKM_SHEET,
  describeResult,
} from './ikm-sheet.ts';
import { GIVEN_FILL, writeTemplateHeader } from './template-sheet.ts';

function rowValues(label: string, r: ResponseRow): (string | number | null)[] {
  return [label, r.respondentNo, r.sex, r.ageGroup, r.education, r.occupation, r.respondedOn, ...scoresOf(r)];
}

export async function writeIkmWorkbook(
  facts: IkmImportFacts,
  meta: { agencyName: string; year: number },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  const sheet = workbook.addWorksheet(IKM_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
  });
  writeTemplateHeader(
    sheet,
    `Jawaban Survei Kepuasan Masyarakat ${meta.agencyName} Tahun ${meta.year}`,
    IKM_COLUMNS,
  );
  let r = FIRST_DATA_ROW;
  for (const survey of facts.surveys) {
    if (survey.method !== 'responses') continue;
    for (const response of survey.responses.values()) {
      const row = sheet.getRow(r);
      row.values = rowValues(survey.label, response);
      row.getCell(1).fill = GIVEN_FILL;
      row.getCell(2).fill = GIVEN_FILL;
      r += 1;
    }
  }
  writeGuide(workbook.addWorksheet(GUIDE_SHEET), facts, meta.year);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Distinct values already stored in a profile column (to keep the spelling consistent). */
function usedValues(facts: IkmImportFacts, pick: (r: ResponseRow) => string | null): string {
  const values = new Set<string>();
  for (const s of facts.surveys) for (const r of s.responses.values()) if (pick(r)) values.add(pick(r)!);
  return values.size === 0 ? '' : ` Sudah dipakai: ${[...values].sort().join(', ')}.`;
}

function writeGuide(sheet: ExcelJS.Worksheet, facts: IkmImportFacts, year: number): void {
  sheet.columns = [{ width: 30 }, { width: 95 }];
  const lines: [string, string][] = [
    ['Petunjuk pengisian', `Templat jawaban Survei Kepuasan Masyarakat (PermenPANRB 14/2017) tahun ${year}`],
    ['', ''],
    [
      `Survei tahun ${year}`,
      'Tulis nama survei di kolom Survei persis seperti di bawah (huruf besar/kecil bebas).',
    ],
  ];
  if (facts.surveys.length === 0)
    lines.push([
      '(belum ada)',
      `Belum ada survei IKM tahun ${year}. Buat survei dulu di aplikasi: menu IKM → tombol "Survei baru", ` +
        'pilih cara pengisian "Jawaban per responden"; lalu unduh templat ini lagi.',
    ]);
  for (const s of facts.surveys) {
    const result = surveyResult(s, [...s.responses.values()], []);
    lines.push([
      s.label,
      s.method === 'responses'
        ? `Jawaban per responden; tersimpan ${formatNumber(s.responses.size)} responden; ${describeResult(result)}.`
        : 'Diisi dengan jumlah nilai per unsur: jawabannya tidak dapat diimpor. Untuk mengimpor jawaban, ubah dulu cara ' +
          `pengisiannya menjadi "Jawaban per responden" di menu IKM${s.elementTotals > 0 ? ' (kosongkan dulu jumlah nilainya)' : ''}.`,
    ]);
  }
  lines.push(
    ['', ''],
    ['Kolom', 'Aturan'],
    ['Survei', 'Nama survei tahun ini (lihat daftar di atas). Wajib.'],
    [
      'No Responden',
      'Nomor kuesioner: bilangan bulat 1, 2, 3 …; tidak boleh ganda dalam satu survei. Wajib.',
    ],
    ['Jenis Kelamin', 'L atau P (Laki-laki/Pria dan Perempuan/Wanita juga dibaca); boleh kosong.'],
    [
      'Kelompok Umur',
      `Teks bebas, paling panjang 50 huruf, mis. 20–29 tahun; boleh kosong.${usedValues(facts, (r) => r.ageGroup)}`,
    ],
    [
      'Pendidikan',
      `Teks bebas, paling panjang 100 huruf (aplikasi tidak membatasi pilihannya), mis. SD, SMP, SLTA, D3, S1, S2; ` +
        `tulis dengan ejaan yang sama agar profil responden terhitung benar; boleh kosong.${usedValues(facts, (r) => r.education)}`,
    ],
    [
      'Pekerjaan',
      `Teks bebas, paling panjang 100 huruf, mis. PNS, Wiraswasta, Petani; boleh kosong.${usedValues(facts, (r) => r.occupation)}`,
    ],
    ['Tanggal Isi', 'Tanggal responden mengisi: 15/03/2024, 2024-03-15 atau tanggal Excel; boleh kosong.'],
    ...IKM_UNSUR.map((u): [string, string] => [
      u.code,
      `${u.name}: nilai 1 (tidak baik), 2 (kurang baik), 3 (baik) atau 4 (sangat baik). Wajib, bilangan bulat.`,
    ]),
    ['', ''],
    ['Aturan impor', ''],
    ['1', 'Seluruh berkas diperiksa lebih dulu; bila ada satu sel salah, tidak ada yang disimpan.'],
    [
      '2',
      'Jawaban sebuah survei di berkas MENGGANTI seluruh jawaban survei itu yang tersimpan (seperti menyimpan isian di halaman IKM): ' +
        'responden yang tersimpan tetapi tidak ada di berkas dihapus. Survei yang tidak disebut di berkas tidak berubah.',
    ],
    ['3', 'Baris tanpa jawaban dan tanpa profil dilewati (kosong).'],
    [
      '4',
      'Pratinjau menunjukkan per survei responden baru, berubah, dihapus dan tetap, serta nilai IKM dan mutunya sebelum → sesudah.',
    ],
    [
      '5',
      'Setelah disimpan, nilai IKM tahun ini dihitung ulang dan dikirim ke indikator yang ditandai "Nilai IKM".',
    ],
    ['6', 'Mengimpor berkas yang sama dua kali tidak mengubah apa pun.'],
    ['7', 'Batas berkas 20 MB; simpan sebagai .xlsx (bukan .xls atau .csv).'],
    ['', ''],
    ['Contoh', ''],
    [
      'Satu baris',
      `${facts.surveys[0]?.label ?? 'Rekomendasi PBI-JK'} | 1 | P | 30–39 tahun | SLTA | Petani | 15/03/${year} | 3 | 4 | 3 | 3 | 3 | 4 | 3 | 3 | 3`,
    ],
    [
      'Hasil',
      'Semua jawaban 3 → NRR tiap unsur 3,00; indeks 3,00; IKM 3,00 × 25 = 75,00, mutu C (Kurang Baik).',
    ],
  );
  const bold = new Set(['Petunjuk pengisian', `Survei tahun ${year}`, 'Kolom', 'Aturan impor', 'Contoh']);
  lines.forEach(([a, b], i) => {
    const row = sheet.getRow(i + 1);
    row.values = [a, b];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (bold.has(a)) row.font = { bold: true };
  });
}
