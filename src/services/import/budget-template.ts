/**
 * The budget template of an agency-year as an .xlsx workbook: sheet
 * "Anggaran" lists every program, kegiatan and sub kegiatan of the year's
 * budget tree, one row per budget line (sub kegiatan × jenis belanja) with
 * its pagu and realisations per period as stored — so a downloaded template
 * imported unchanged changes nothing; sheet "Petunjuk" explains the columns
 * and the input rules with examples.
 */
import ExcelJS from 'exceljs';
import { SPENDING_TYPES, type SpendingType } from '../../store/schema/enums.ts';
import { lineKey, type BudgetImportFacts } from './budget-import-facts.ts';
import {
  BUDGET_COLUMNS,
  BUDGET_PERIODS,
  BUDGET_SHEET,
  FIRST_DATA_ROW,
  GUIDE_SHEET,
  HEADER_ROW,
  LEVEL_LABELS,
  SPENDING_EXPECTED,
  budgetColumnNumber,
  periodKey,
  realisationColumn,
  spendingLabel,
  type BudgetLevel,
} from './budget-sheet.ts';
import { GIVEN_FILL, writeTemplateHeader } from './template-sheet.ts';

export type BudgetTemplateRow = {
  code: string;
  level: BudgetLevel;
  name: string;
  spendingType: SpendingType | null;
  paguMurni: number | null;
  paguPerubahan: number | null;
  /** Amount per `periodKey`. */
  realisations: Record<string, number>;
};

/** The template's rows: the budget tree in code order, a sub kegiatan once per budget line. */
export function budgetTemplateRows(facts: BudgetImportFacts): BudgetTemplateRow[] {
  const rows: BudgetTemplateRow[] = [];
  const blank = { spendingType: null, paguMurni: null, paguPerubahan: null, realisations: {} };
  const kegiatan = [...facts.kegiatan.values()];
  const subs = [...facts.subKegiatan.values()];
  for (const p of facts.programs.values()) {
    rows.push({ code: p.code, level: 'program', name: p.name, ...blank });
    for (const k of kegiatan.filter((k) => k.programId === p.id)) {
      rows.push({ code: k.code, level: 'kegiatan', name: k.name, ...blank });
      for (const s of subs.filter((s) => s.kegiatanId === k.id)) {
        const lines = SPENDING_TYPES.flatMap((t) => facts.lines.get(lineKey(s.id, t)) ?? []);
        if (lines.length === 0) rows.push({ code: s.code, level: 'sub', name: s.name, ...blank });
        for (const line of lines)
          rows.push({
            code: s.code,
            level: 'sub',
            name: s.name,
            spendingType: line.spendingType,
            paguMurni: line.paguMurni,
            paguPerubahan: line.paguPerubahan,
            realisations: Object.fromEntries(
              (facts.realisations.get(line.id) ?? []).map((r) => [
                periodKey(r.periodKind, r.periodNo),
                r.amount,
              ]),
            ),
          });
      }
    }
  }
  return rows;
}

const RUPIAH_FORMAT = '#,##0';

/** Writes the workbook (rows from budgetTemplateRows, or any rows of the same shape). */
export async function writeBudgetWorkbook(
  rows: readonly BudgetTemplateRow[],
  meta: { agencyName: string; year: number },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  const sheet = workbook.addWorksheet(BUDGET_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 3 }],
  });
  writeTemplateHeader(sheet, `Anggaran dan Realisasi ${meta.agencyName} Tahun ${meta.year}`, BUDGET_COLUMNS);
  let r = FIRST_DATA_ROW;
  for (const row of rows) {
    const excelRow = sheet.getRow(r);
    const set = (key: Parameters<typeof budgetColumnNumber>[0], value: ExcelJS.CellValue) => {
      excelRow.getCell(budgetColumnNumber(key)).value = value;
    };
    set('code', row.code);
    set('level', LEVEL_LABELS[row.level]);
    set('name', row.name);
    set('spendingType', row.spendingType === null ? null : spendingLabel(row.spendingType));
    set('paguMurni', row.paguMurni);
    set('paguPerubahan', row.paguPerubahan);
    for (const p of BUDGET_PERIODS)
      set(realisationColumn(p.kind, p.no), row.realisations[periodKey(p.kind, p.no)] ?? null);
    const given = row.spendingType === null ? 3 : 4;
    for (let col = 1; col <= given; col++) excelRow.getCell(col).fill = GIVEN_FILL;
    if (row.level !== 'sub') excelRow.font = { bold: true };
    for (let col = budgetColumnNumber('paguMurni'); col <= BUDGET_COLUMNS.length; col++)
      excelRow.getCell(col).numFmt = RUPIAH_FORMAT;
    r += 1;
  }
  writeGuide(workbook.addWorksheet(GUIDE_SHEET), meta);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeGuide(sheet: ExcelJS.Worksheet, meta: { year: number }): void {
  sheet.columns = [{ width: 28 }, { width: 100 }];
  const lines: [string, string][] = [
    ['Petunjuk pengisian', `Templat anggaran (DPA) dan realisasi anggaran tahun ${meta.year}`],
    ['', ''],
    ['Kolom', 'Aturan'],
    [
      'Kode',
      'Kode Permendagri 90/2019: program 1.06.02, kegiatan 1.06.02.2.01, sub kegiatan 1.06.02.2.01.0001. Kegiatan diawali kode programnya, sub kegiatan diawali kode kegiatannya.',
    ],
    [
      'Level',
      'Program, Kegiatan, atau Sub Kegiatan. Boleh kosong: level dibaca dari kode (3, 5, atau 6 bagian).',
    ],
    [
      'Nama',
      'Nama program/kegiatan/sub kegiatan. Wajib untuk kode baru; kode yang sudah tercatat tetap memakai namanya.',
    ],
    [
      'Jenis Belanja',
      `Hanya baris sub kegiatan; wajib bila baris berisi pagu atau realisasi. Satu baris per sub kegiatan dan ${SPENDING_EXPECTED.id}.`,
    ],
    [
      'Pagu Murni',
      'Pagu DPA awal dalam Rupiah, bilangan bulat. Angka Excel atau teks: 1.234.567 atau Rp 1.234.567.',
    ],
    ['Pagu Perubahan', 'Pagu setelah APBD Perubahan; kosongkan bila belum ada perubahan.'],
    [
      'Realisasi …',
      'Belanja dalam periode itu saja (bukan kumulatif), dalam Rupiah. Satu pagu dicatat dengan satu jenis periode saja: Tahunan, Semester, TW (triwulan), atau bulan.',
    ],
    ['', ''],
    ['Aturan impor', ''],
    ['1', 'Seluruh berkas diperiksa lebih dulu; bila ada satu sel salah, tidak ada yang disimpan.'],
    ['2', 'Sebelum disimpan, pratinjau menunjukkan baris baru, berubah, dan tidak berubah.'],
    [
      '3',
      'Program, kegiatan, dan sub kegiatan yang belum ada dibuat (program pada Renstra yang mencakup tahun ini). Program sebuah kegiatan baru harus ada di berkas atau sudah tercatat; demikian juga kegiatan sebuah sub kegiatan baru.',
    ],
    [
      '4',
      'Sel kosong berarti tidak ada data: pagu, realisasi, dan struktur yang sudah tercatat tidak pernah dihapus lewat impor.',
    ],
    [
      '5',
      'Pagu dan realisasi dicatat pada baris sub kegiatan; baris program dan kegiatan hanya berisi kode dan nama.',
    ],
    [
      '6',
      'Realisasi di atas pagu tetap disimpan (seperti pada isian langsung) dan ditandai pada pratinjau; periksa kembali.',
    ],
    ['7', 'Realisasi pada periode yang sudah dikunci tidak dapat diubah lewat impor.'],
    ['8', 'Mengimpor berkas yang sama dua kali tidak mengubah apa pun.'],
    ['9', 'Batas berkas 20 MB; simpan sebagai .xlsx (bukan .xls atau .csv).'],
    ['', ''],
    ['Contoh', ''],
    ['1.06.04 · Program', 'PROGRAM REHABILITASI SOSIAL'],
    ['1.06.04.2.01 · Kegiatan', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar …'],
    [
      '1.06.04.2.01.0001 · Sub Kegiatan',
      'Jenis Belanja: Belanja Barang dan Jasa · Pagu Murni: 250.000.000 · Pagu Perubahan: Rp 240.000.000 · Realisasi TW I: 55.000.000 (atau angka Excel 55000000)',
    ],
  ];
  lines.forEach(([a, b], i) => {
    const row = sheet.getRow(i + 1);
    row.values = [a, b];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0 || a === 'Kolom' || a === 'Aturan impor' || a === 'Contoh') row.font = { bold: true };
  });
}
