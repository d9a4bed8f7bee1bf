/**
 * The realisations template of an agency-year as an .xlsx workbook: sheet
 * "Realisasi" lists every indicator of the year's Renstra once per period it
 * reports in (and per component, for a computed indicator), with what is
 * already recorded filled in — so a downloaded template imported unchanged
 * changes nothing; sheet "Petunjuk" explains the columns and the input rules
 * with examples.
 */
import ExcelJS from 'exceljs';
import type { PeriodKind } from '../../store/schema/enums.ts';
import type { ImportIndicator, RealisationImportFacts } from './realisation-import-facts.ts';
import {
  FIRST_DATA_ROW,
  GUIDE_SHEET,
  HEADER_ROW,
  REALISATION_COLUMNS,
  REALISATION_SHEET,
  periodLabel,
  periodsOf,
} from './realisation-sheet.ts';
import { GIVEN_FILL, writeTemplateHeader } from './template-sheet.ts';

export type TemplateRow = {
  code: string;
  name: string;
  unit: string;
  period: string;
  component: string | null;
  value: number | string | null;
  note: string | null;
};

function cellValue(stored: string | null): number | string | null {
  if (stored === null) return null;
  const n = Number(stored);
  // an Excel number when the double holds the decimal exactly enough (15 digits); otherwise text
  return Number.isFinite(n) && stored.replace(/[^0-9]/g, '').replace(/^0+/, '').length <= 15 ? n : stored;
}

/** The template's rows: every indicator × period (× component), with the stored values. */
export function realisationTemplateRows(facts: RealisationImportFacts): TemplateRow[] {
  const rows: TemplateRow[] = [];
  for (const ind of facts.indicators) rows.push(...rowsOfIndicator(facts, ind));
  return rows;
}

function rowsOfIndicator(facts: RealisationImportFacts, ind: ImportIndicator): TemplateRow[] {
  const recorded = facts.realisations.get(ind.id) ?? [];
  // the kind already recorded this year wins over the reporting frequency
  const kind: PeriodKind | undefined = recorded[0]?.periodKind;
  const periods = kind
    ? periodsOf(
        kind === 'month'
          ? 'monthly'
          : kind === 'quarter'
            ? 'quarterly'
            : kind === 'semester'
              ? 'semester'
              : 'yearly',
      )
    : periodsOf(ind.reportingFrequency);
  const rows: TemplateRow[] = [];
  for (const p of periods) {
    const existing = recorded.find((r) => r.periodKind === p.kind && r.periodNo === p.no);
    const base = { code: ind.code, name: ind.name, unit: ind.unit, period: periodLabel(p.kind, p.no) };
    if (ind.components.length > 0) {
      const stored = existing ? (facts.componentValues.get(existing.id) ?? {}) : {};
      ind.components.forEach((c, i) =>
        rows.push({
          ...base,
          component: c.code,
          value: cellValue(stored[c.code] ?? null),
          note: i === 0 ? (existing?.note ?? null) : null,
        }),
      );
    } else {
      const value =
        ind.polarity === 'ordinal' ? (existing?.grade ?? null) : cellValue(existing?.value ?? null);
      rows.push({ ...base, component: null, value, note: existing?.note ?? null });
    }
  }
  return rows;
}

/** Writes the workbook (rows from realisationTemplateRows, or any rows of the same shape). */
export async function writeRealisationWorkbook(
  rows: readonly TemplateRow[],
  meta: { agencyName: string; year: number; components: { code: string; name: string; indicator: string }[] },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  const sheet = workbook.addWorksheet(REALISATION_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  writeTemplateHeader(
    sheet,
    `Realisasi Indikator Kinerja ${meta.agencyName} Tahun ${meta.year}`,
    REALISATION_COLUMNS,
  );
  let r = FIRST_DATA_ROW;
  for (const row of rows) {
    const excelRow = sheet.getRow(r);
    excelRow.values = [
      meta.year,
      row.code,
      row.name,
      row.unit,
      row.period,
      row.component ?? null,
      row.value,
      row.note,
    ];
    for (const col of [1, 2, 3, 4, 5, 6]) excelRow.getCell(col).fill = GIVEN_FILL;
    excelRow.getCell(7).numFmt = '#,##0.##########';
    r += 1;
  }
  writeGuide(workbook.addWorksheet(GUIDE_SHEET), meta);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeGuide(
  sheet: ExcelJS.Worksheet,
  meta: { year: number; components: { code: string; name: string; indicator: string }[] },
): void {
  sheet.columns = [{ width: 24 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Petunjuk pengisian', `Templat realisasi indikator kinerja tahun ${meta.year}`],
    ['', ''],
    ['Kolom', 'Aturan'],
    ['Tahun', `Tahun realisasi; harus ${meta.year} (tahun yang dipilih saat impor).`],
    ['Kode Indikator', 'Kode indikator pada Renstra perangkat daerah; jangan diubah.'],
    ['Nama Indikator, Satuan', 'Hanya keterangan; tidak dibaca saat impor.'],
    ['Periode', 'Nama bulan (Januari … Desember), TW I … TW IV, Semester I/II, atau Tahunan.'],
    [
      'Komponen',
      'Untuk indikator yang dihitung dari komponen: kode komponen. Nilai indikator dihitung sendiri oleh aplikasi; jangan ditulis.',
    ],
    [
      'Nilai',
      'Angka realisasi. Boleh angka Excel atau teks Indonesia: 74,53 atau 1.234.567 (titik ribuan, koma desimal). Indikator ordinal: nilai huruf (mis. BB).',
    ],
    ['Catatan', 'Keterangan bebas (boleh kosong).'],
    ['', ''],
    ['Aturan impor', ''],
    ['1', 'Seluruh berkas diperiksa lebih dulu; bila ada satu baris salah, tidak ada yang disimpan.'],
    ['2', 'Sebelum disimpan, pratinjau menunjukkan baris baru, berubah, dan tidak berubah.'],
    ['3', 'Sel Nilai yang kosong berarti belum ada data: realisasi yang sudah tercatat tidak dihapus.'],
    ['4', 'Realisasi yang sudah diajukan atau diverifikasi tidak dapat diubah lewat impor.'],
    ['5', 'Mengimpor berkas yang sama dua kali tidak mengubah apa pun.'],
    ['6', 'Batas berkas 20 MB; simpan sebagai .xlsx (bukan .xls atau .csv).'],
    ['', ''],
    ['Contoh', ''],
    ['IK 1.1 · TW I · Nilai', '74,53   (teks)   atau   74.53   (angka Excel)'],
    ['IK 2.1 · Tahunan · Nilai', 'BB   (indikator ordinal)'],
    ['IK 3.1 · Januari · Komponen served', '120   (komponen; nilai indikator dihitung dari rumus)'],
  ];
  if (meta.components.length > 0) {
    lines.push(['', ''], ['Kode komponen', '']);
    for (const c of meta.components) lines.push([c.code, `${c.name} (indikator ${c.indicator})`]);
  }
  lines.forEach(([a, b], i) => {
    const row = sheet.getRow(i + 1);
    row.values = [a, b];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (i === 0 || a === 'Kolom' || a === 'Aturan impor' || a === 'Contoh' || a === 'Kode komponen')
      row.font = { bold: true };
  });
}
