/**
 * The Renstra template of the agency's Renstra period covering the chosen
 * year, as an .xlsx workbook: sheet "Sasaran" (tujuan and sasaran
 * strategis), sheet "Indikator" (each sasaran indicator with its definition,
 * baseline, one target column per year of the period and the end target),
 * filled with the stored Renstra — so a downloaded template imported
 * unchanged changes nothing — and sheet "Petunjuk" with the columns, the
 * words each column takes and examples.
 */
import ExcelJS from 'exceljs';
import type { Polarity } from '../../store/schema/enums.ts';
import { invalidState } from '../errors.ts';
import type { ImportScope } from './import-kind.ts';
import type { IndicatorRow, RenstraImportFacts, TargetRow } from './renstra-import-facts.ts';
import {
  AGGREGATION_WORDS,
  END_TARGET_HEADER,
  FIRST_DATA_ROW,
  FREQUENCY_WORDS,
  HEADER_ROW,
  IKU_WORDS,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  NO_PERIOD_EXPECTED,
  POLARITY_WORDS,
  GUIDE_SHEET,
  SASARAN_COLUMNS,
  SASARAN_SHEET,
  YEAR_WIDTH,
  decimalCell,
  gradesText,
  periodYears,
  rangeText,
  wordFor,
} from './renstra-sheet.ts';
import { GIVEN_FILL, writeTemplateHeader } from './template-sheet.ts';

type Cell = number | string | null;

/** A stored target (or end target) as its cell: a number, a range "70 – 80", or a grade. */
export function targetCell(
  polarity: Polarity,
  t: { value: string | null; low: string | null; high: string | null; grade: string | null },
): Cell {
  if (polarity === 'ordinal') return t.grade;
  if (polarity === 'range') return t.low !== null && t.high !== null ? rangeText(t.low, t.high) : null;
  return decimalCell(t.value);
}

/** The stored baseline as its cell: a value (even for a range indicator) or a grade. */
export function baselineCell(ind: IndicatorRow): Cell {
  return ind.polarity === 'ordinal' ? ind.baselineGrade : decimalCell(ind.baselineValue);
}

/** The sasaran rows: every sasaran with its tujuan, then tujuan that no sasaran names. */
export function sasaranTemplateRows(facts: RenstraImportFacts): Cell[][] {
  const tujuanOf = new Map(facts.tujuan.map((t) => [t.id, t]));
  const rows: Cell[][] = facts.sasaran.map((s) => {
    const tujuan = s.renstraTujuanId ? tujuanOf.get(s.renstraTujuanId) : undefined;
    return [tujuan?.code ?? null, tujuan?.statement ?? null, s.code, s.statement];
  });
  const named = new Set(facts.sasaran.map((s) => s.renstraTujuanId));
  for (const t of facts.tujuan) if (!named.has(t.id)) rows.push([t.code, t.statement, null, null]);
  return rows;
}

/** The indicator rows: the sasaran indicators in the sasaran's order, with their targets per year. */
export function indicatorTemplateRows(facts: RenstraImportFacts, years: readonly number[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const s of facts.sasaran) {
    for (const ind of facts.indicators.filter((i) => i.sasaranStrategisId === s.id)) {
      const targets = new Map<number, TargetRow>((facts.targets.get(ind.id) ?? []).map((t) => [t.year, t]));
      rows.push([
        s.code,
        ind.code,
        ind.name,
        ind.unit,
        wordFor(IKU_WORDS, ind.isIku ? 'yes' : 'no'),
        wordFor(POLARITY_WORDS, ind.polarity),
        ind.ordinalScale ? gradesText(ind.ordinalScale.grades) : null,
        ind.definition,
        ind.formula,
        ind.dataSource,
        wordFor(FREQUENCY_WORDS, ind.reportingFrequency),
        wordFor(AGGREGATION_WORDS, ind.periodAggregation),
        ind.baselineYear,
        baselineCell(ind),
        ...years.map((y) => {
          const t = targets.get(y);
          return t ? targetCell(ind.polarity, t) : null;
        }),
        targetCell(ind.polarity, {
          value: ind.endTargetValue,
          low: ind.endTargetLow,
          high: ind.endTargetHigh,
          grade: ind.endTargetGrade,
        }),
      ]);
    }
  }
  return rows;
}

const NUMBER_FORMAT = '#,##0.##########';

function writeSheet(
  sheet: ExcelJS.Worksheet,
  title: string,
  columns: readonly { header: string; width: number }[],
  rows: readonly Cell[][],
  given: readonly number[],
): void {
  writeTemplateHeader(sheet, title, columns);
  rows.forEach((values, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = NUMBER_FORMAT;
    });
    for (const col of given) if (values[col - 1] !== null) row.getCell(col).fill = GIVEN_FILL;
  });
}

export async function writeRenstraWorkbook(
  facts: RenstraImportFacts,
  scope: ImportScope,
): Promise<Uint8Array> {
  const period = facts.period;
  if (!period)
    throw invalidState({
      id: `Tidak ada templat Renstra: ${NO_PERIOD_EXPECTED(scope.year).id}.`,
      en: `No Renstra template: ${NO_PERIOD_EXPECTED(scope.year).en}.`,
    });
  const years = periodYears(period);
  const span = `${period.startYear}–${period.endYear}`;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  const frozen = { views: [{ state: 'frozen' as const, ySplit: HEADER_ROW }] };
  writeSheet(
    workbook.addWorksheet(SASARAN_SHEET, frozen),
    `Tujuan dan Sasaran Strategis Renstra ${scope.agencyName} ${span}`,
    SASARAN_COLUMNS,
    sasaranTemplateRows(facts),
    [3],
  );
  writeSheet(
    workbook.addWorksheet(INDICATOR_SHEET, {
      views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
    }),
    `Indikator Kinerja dan Target Renstra ${scope.agencyName} ${span}`,
    [
      ...INDICATOR_COLUMNS,
      ...years.map((y) => ({ header: String(y), width: YEAR_WIDTH })),
      { header: END_TARGET_HEADER, width: 13 },
    ],
    indicatorTemplateRows(facts, years),
    [1, 2],
  );
  writeGuide(workbook.addWorksheet(GUIDE_SHEET), { ...period, year: scope.year });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeGuide(
  sheet: ExcelJS.Worksheet,
  meta: { year: number; startYear: number; endYear: number },
): void {
  const span = `${meta.startYear}–${meta.endYear}`;
  const list = (words: Record<string, readonly string[]>) =>
    Object.values(words)
      .map((w) => w[0])
      .join(', ');
  sheet.columns = [{ width: 26 }, { width: 100 }];
  const lines: [string, string][] = [
    ['Petunjuk pengisian', `Templat Renstra periode ${span} (dipilih dari tahun ${meta.year})`],
    [
      'Periode',
      `Tahun yang dipilih saat mengunduh dan mengimpor menentukan periode Renstra: tahun ${meta.year} termasuk periode ${span}. Impor dengan tahun mana pun dalam ${span} mengisi periode yang sama.`,
    ],
    ['', ''],
    ['Lembar Sasaran', ''],
    ['Kode Tujuan', 'Kode tujuan (mis. T1). Kosong: sasaran tanpa tujuan (atau tujuannya tidak diubah).'],
    [
      'Nama Tujuan',
      'Rumusan tujuan; wajib untuk kode tujuan baru. Baris tanpa Kode Sasaran hanya mengisi tujuan.',
    ],
    ['Kode Sasaran', 'Kode sasaran strategis (mis. SS1); kode baru menambah sasaran.'],
    ['Nama Sasaran', 'Rumusan sasaran strategis; wajib.'],
    ['', ''],
    ['Lembar Indikator', ''],
    ['Kode Sasaran', 'Kode sasaran pada lembar Sasaran atau yang sudah tersimpan; wajib.'],
    ['Kode Indikator', 'Kode indikator (mis. IK 1.1), unik dalam periode; kode baru menambah indikator.'],
    ['Nama Indikator, Satuan', 'Wajib.'],
    ['IKU', `${list(IKU_WORDS)} (indikator kinerja utama).`],
    ['Polaritas', `${list(POLARITY_WORDS)} (juga: naik, turun). Wajib.`],
    [
      'Urutan Nilai',
      'Untuk indikator ordinal: nilai dari yang terbaik, dipisahkan koma, mis. AA, A, BB, B, CC, C, D.',
    ],
    ['Definisi Operasional, Formula, Sumber Data', 'Teks bebas.'],
    ['Frekuensi Pelaporan', `${list(FREQUENCY_WORDS)}. Kosong pada indikator baru: Triwulanan.`],
    ['Agregasi Periode', `${list(AGGREGATION_WORDS)}. Wajib untuk indikator baru.`],
    ['Tahun Baseline, Baseline', 'Tahun data awal (mis. 2020) dan nilainya; keduanya diisi bersama.'],
    [
      `${meta.startYear} … ${meta.endYear}`,
      `Target per tahun; judul kolom adalah tahunnya dan harus di dalam periode ${span}. Kolom tahun boleh dihapus, tidak boleh ditambah di luar periode.`,
    ],
    ['Target Akhir', 'Target akhir periode Renstra.'],
    ['', ''],
    ['Menulis target', ''],
    [
      'Positif / Negatif',
      'Angka Excel atau teks Indonesia: 74,53 atau 1.234,5 (titik ribuan, koma desimal).',
    ],
    ['Rentang', 'Batas bawah – batas atas: 70 – 80 (juga 70-80, 70 s.d. 80, 70 s/d 80).'],
    ['Ordinal', 'Salah satu nilai pada Urutan Nilai, mis. BB.'],
    ['', ''],
    ['Aturan impor', ''],
    ['1', 'Seluruh berkas diperiksa lebih dulu; bila ada satu sel salah, tidak ada yang disimpan.'],
    ['2', 'Sasaran dan indikator dicocokkan dengan kodenya dalam periode; kode baru ditambahkan.'],
    [
      '3',
      'Sel kosong berarti tidak diubah: impor tidak pernah menghapus sasaran, indikator, target atau isian.',
    ],
    [
      '4',
      'Polaritas dan urutan nilai tidak dapat diubah bila indikator sudah memiliki target (Renstra atau PK).',
    ],
    [
      '5',
      'Indikator tidak dapat dipindah ke sasaran lain; komponen dan sumber data otomatis (IKM, AKIP, Data Sosial) tidak diubah oleh impor.',
    ],
    [
      '6',
      'Mengimpor berkas yang sama dua kali tidak mengubah apa pun. Batas berkas 20 MB, simpan sebagai .xlsx.',
    ],
    ['', ''],
    ['Contoh', ''],
    ['SS1 · IK 1.1', 'Positif · Kumulatif · 2024: 80 · 2025: 82,5 · Target Akhir: 85'],
    ['SS1 · IK 1.2', 'Rentang · 2024: 70 – 80'],
    ['SS2 · IK 2.1', 'Ordinal · Urutan Nilai: AA, A, BB, B, CC, C, D · 2024: BB'],
  ];
  lines.forEach(([a, b], i) => {
    const row = sheet.getRow(i + 1);
    row.values = [a, b];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (b === '' || i === 0) row.font = { bold: true };
  });
}
