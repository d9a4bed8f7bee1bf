/**
 * The review template (templat reviu): a small .xlsx into which a reviewer
 * types the tables of a published report — Tabel 3.2 (performance) and the
 * budget realisation table — and, if wanted, its sentences, so the checker
 * can check them like an `akuntabel/report-data@1` file.
 *
 * Sheets: Petunjuk (how to fill it, with an example), Laporan (agency, year,
 * scale, the printed average and totals), Kinerja (one row per indicator),
 * Anggaran (one row per program / kegiatan / sub kegiatan, in order: a row
 * belongs to the row of the level above it), Narasi (optional passages).
 *
 * Reading keeps every number as printed: a cell Excel holds as a number stays
 * a number, a typed text such as "74,53 %" or "41.600.00" stays text, so that
 * a malformed printed number becomes a finding of the checker. What cannot be
 * read at all (a word in a number column, an unknown level) is an error
 * naming the sheet, row, column, the value found and what was expected;
 * nothing is checked until every row reads.
 */
import ExcelJS from 'exceljs';
import {
  REPORT_DATA_FORMAT,
  SCALE_PRESET_IDS,
  parseReportData,
  type BudgetItemInput,
  type ReportData,
} from '../../domain/report-data/schema.ts';
import { NUMBER_FORMATS } from '../../report/render-xlsx.ts';

export type Texts = { id: string; en: string };

export type TemplateError = {
  sheet: string;
  /** 1-based row number as Excel shows it (0: the sheet itself). */
  row: number;
  /** Column letter and header, e.g. "D (Pagu Murni (Rp))". */
  column: string;
  value: string;
  expected: Texts;
};

export type TemplateRead = { ok: true; data: ReportData } | { ok: false; errors: TemplateError[] };

export const TEMPLATE_SHEETS = {
  guide: 'Petunjuk',
  report: 'Laporan',
  performance: 'Kinerja',
  budget: 'Anggaran',
  narrative: 'Narasi',
} as const;

type Column = { key: string; header: string; width: number; kind: 'text' | 'number' | 'money' };

const PERFORMANCE_COLUMNS: readonly Column[] = [
  { key: 'sasaranCode', header: 'Kode Sasaran', width: 12, kind: 'text' },
  { key: 'sasaran', header: 'Sasaran Strategis', width: 40, kind: 'text' },
  { key: 'indicatorCode', header: 'Kode Indikator', width: 14, kind: 'text' },
  { key: 'indicator', header: 'Indikator Kinerja', width: 40, kind: 'text' },
  { key: 'unit', header: 'Satuan', width: 10, kind: 'text' },
  { key: 'polarity', header: 'Polaritas (positif/negatif)', width: 14, kind: 'text' },
  { key: 'target', header: 'Target', width: 12, kind: 'number' },
  { key: 'realisasi', header: 'Realisasi', width: 12, kind: 'number' },
  { key: 'capaian', header: 'Capaian Tercetak (%)', width: 14, kind: 'number' },
  { key: 'predikat', header: 'Predikat Tercetak', width: 16, kind: 'text' },
  { key: 'sasaranCapaian', header: 'Capaian Sasaran Tercetak (%)', width: 16, kind: 'number' },
  { key: 'sasaranPredikat', header: 'Predikat Sasaran Tercetak', width: 16, kind: 'text' },
];

const BUDGET_COLUMNS: readonly Column[] = [
  { key: 'code', header: 'Kode', width: 20, kind: 'text' },
  { key: 'level', header: 'Tingkat (program/kegiatan/sub kegiatan)', width: 16, kind: 'text' },
  { key: 'name', header: 'Uraian', width: 50, kind: 'text' },
  { key: 'paguMurni', header: 'Pagu Murni (Rp)', width: 18, kind: 'money' },
  { key: 'pagu', header: 'Pagu Perubahan (Rp)', width: 18, kind: 'money' },
  { key: 'realisasi', header: 'Realisasi (Rp)', width: 18, kind: 'money' },
  { key: 'persen', header: '% Realisasi Tercetak', width: 14, kind: 'number' },
];

const NARRATIVE_COLUMNS: readonly Column[] = [
  { key: 'id', header: 'Bagian', width: 24, kind: 'text' },
  { key: 'sasaranCode', header: 'Kode Sasaran (untuk analisis sasaran)', width: 16, kind: 'text' },
  { key: 'text', header: 'Teks', width: 100, kind: 'text' },
];

/** Rows of the Laporan sheet: label in column A, value in column B. */
const REPORT_ROWS = [
  { key: 'agency', label: 'Nama perangkat daerah', kind: 'text' },
  { key: 'year', label: 'Tahun laporan', kind: 'text' },
  { key: 'scale', label: `Skala predikat (${SCALE_PRESET_IDS.join(' / ')})`, kind: 'text' },
  { key: 'aggregation', label: 'Metode rata-rata (mean / mean-of-sasaran / group-mean)', kind: 'text' },
  { key: 'average', label: 'Rata-rata capaian tercetak (%)', kind: 'number' },
  { key: 'averageLabel', label: 'Label rata-rata tercetak', kind: 'text' },
  { key: 'predikat', label: 'Predikat rata-rata tercetak', kind: 'text' },
  { key: 'paguMurni', label: 'Total pagu murni tercetak (Rp)', kind: 'money' },
  { key: 'pagu', label: 'Total pagu perubahan tercetak (Rp)', kind: 'money' },
  { key: 'realisasi', label: 'Total realisasi tercetak (Rp)', kind: 'money' },
  { key: 'persen', label: 'Total % realisasi tercetak', kind: 'number' },
] as const;

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

type CellValue = string | number | null;

/** A cell as a plain value: formulas give their result, rich text its text, blanks null. */
function plain(cell: ExcelJS.Cell): CellValue | { invalid: string } {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'boolean') return { invalid: String(v) };
  if (v instanceof Date) return { invalid: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    if ('richText' in v)
      return (
        v.richText
          .map((r) => r.text)
          .join('')
          .trim() || null
      );
    if ('result' in v) {
      const r = v.result;
      if (typeof r === 'number') return r;
      if (typeof r === 'string') return r.trim() || null;
      return r === undefined || r === null ? null : { invalid: String(cell.text) };
    }
    if ('text' in v && typeof v.text === 'string') return v.text.trim() || null;
  }
  return { invalid: String(cell.text) };
}

function letter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const NUMBER_EXPECTED: Texts = {
  id: 'angka seperti tercetak, mis. 74,53 atau 74,53 %',
  en: 'a number as printed, e.g. 74,53 or 74,53 %',
};
const MONEY_EXPECTED: Texts = {
  id: 'jumlah rupiah, mis. 6.737.357.519',
  en: 'an amount in Rupiah, e.g. 6.737.357.519',
};

class Reader {
  readonly errors: TemplateError[] = [];

  error(sheet: string, row: number, column: string, value: string, expected: Texts): void {
    this.errors.push({ sheet, row, column, value, expected });
  }

  /** A number column: numbers, or text made of digits and separators (kept as printed). */
  number(sheet: string, row: number, col: number, header: string, cell: ExcelJS.Cell, money: boolean) {
    const v = plain(cell);
    const column = `${letter(col)} (${header})`;
    if (v !== null && typeof v === 'object') {
      this.error(sheet, row, column, v.invalid, money ? MONEY_EXPECTED : NUMBER_EXPECTED);
      return null;
    }
    if (typeof v === 'string') {
      const cleaned = v.replace(/^rp\.?\s*/i, '').replace(/,-$/, '');
      if (cleaned === '-' || cleaned === '') return null;
      if (!/^[-+]?[0-9][0-9.,\s]*%?$/.test(cleaned)) {
        this.error(sheet, row, column, v, money ? MONEY_EXPECTED : NUMBER_EXPECTED);
        return null;
      }
    }
    return v;
  }

  text(cell: ExcelJS.Cell): string | null {
    const v = plain(cell);
    if (v === null) return null;
    if (typeof v === 'object') return v.invalid;
    return String(v);
  }
}

function sheetOf(workbook: ExcelJS.Workbook, name: string, reader: Reader, required: boolean) {
  const sheet = workbook.getWorksheet(name);
  if (!sheet && required)
    reader.error(name, 0, '-', '-', {
      id: `lembar "${name}" dari templat reviu`,
      en: `the sheet "${name}" of the review template`,
    });
  return sheet;
}

/** Rows below the header that have any value, with their Excel row numbers. */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows.filter((row) => {
    let any = false;
    row.eachCell((cell) => {
      const v = plain(cell);
      if (v !== null) any = true;
    });
    return any;
  });
}

const LEVELS: Record<string, BudgetItemInput['level']> = {
  program: 'program',
  kegiatan: 'kegiatan',
  'sub kegiatan': 'subkegiatan',
  subkegiatan: 'subkegiatan',
  'sub-kegiatan': 'subkegiatan',
};

const POLARITY: Record<string, 'positive' | 'negative'> = {
  positif: 'positive',
  positive: 'positive',
  negatif: 'negative',
  negative: 'negative',
};

function readReport(sheet: ExcelJS.Worksheet, reader: Reader) {
  const name = TEMPLATE_SHEETS.report;
  const values: Record<string, CellValue> = {};
  REPORT_ROWS.forEach((r, i) => {
    const row = i + 2;
    const cell = sheet.getCell(row, 2);
    values[r.key] =
      r.kind === 'text' ? reader.text(cell) : reader.number(name, row, 2, r.label, cell, r.kind === 'money');
  });
  const agencyName = values.agency;
  if (agencyName === null || agencyName === undefined)
    reader.error(name, 2, 'B (Nilai)', '', { id: 'nama perangkat daerah', en: 'the agency name' });
  const yearText = values.year === null || values.year === undefined ? '' : String(values.year);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (year === null)
    reader.error(name, 3, 'B (Nilai)', yearText, {
      id: 'tahun empat angka, mis. 2023',
      en: 'a four-digit year, e.g. 2023',
    });
  const scale =
    values.scale === null || values.scale === undefined ? 'permendagri-86-2017' : String(values.scale);
  if (!(SCALE_PRESET_IDS as readonly string[]).includes(scale))
    reader.error(name, 4, 'B (Nilai)', scale, {
      id: `salah satu dari ${SCALE_PRESET_IDS.join(', ')}`,
      en: `one of ${SCALE_PRESET_IDS.join(', ')}`,
    });
  const aggregation =
    values.aggregation === null || values.aggregation === undefined ? 'mean' : String(values.aggregation);
  if (!['mean', 'mean-of-sasaran', 'group-mean'].includes(aggregation))
    reader.error(name, 5, 'B (Nilai)', aggregation, {
      id: 'mean, mean-of-sasaran atau group-mean',
      en: 'mean, mean-of-sasaran or group-mean',
    });
  return { values, year, scale, aggregation, agencyName: agencyName === null ? '' : String(agencyName) };
}

function readPerformance(sheet: ExcelJS.Worksheet | undefined, reader: Reader) {
  const name = TEMPLATE_SHEETS.performance;
  const sasaran: {
    id: string;
    name: string;
    indikator: Record<string, unknown>[];
    printed: Record<string, unknown>;
  }[] = [];
  if (!sheet) return sasaran;
  const seenIndicators = new Set<string>();
  for (const row of dataRows(sheet)) {
    const cells: Record<string, CellValue> = {};
    PERFORMANCE_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cells[c.key] =
        c.kind === 'text' ? reader.text(cell) : reader.number(name, row.number, i + 1, c.header, cell, false);
    });
    const col = (key: string) => {
      const i = PERFORMANCE_COLUMNS.findIndex((c) => c.key === key);
      return `${letter(i + 1)} (${PERFORMANCE_COLUMNS[i]!.header})`;
    };
    const required = (key: string, expected: Texts) => {
      if (cells[key] === null || cells[key] === undefined) {
        reader.error(name, row.number, col(key), '', expected);
        return false;
      }
      return true;
    };
    const ok =
      required('sasaranCode', { id: 'kode sasaran, mis. SS1', en: 'an objective code, e.g. SS1' }) &&
      required('indicatorCode', { id: 'kode indikator, mis. SS1.1', en: 'an indicator code, e.g. SS1.1' }) &&
      required('indicator', { id: 'nama indikator', en: 'the indicator name' });
    const polarityText = String(cells.polarity ?? 'positif')
      .trim()
      .toLowerCase();
    const polarity = POLARITY[polarityText];
    if (!polarity) {
      reader.error(name, row.number, col('polarity'), String(cells.polarity), {
        id: 'positif atau negatif',
        en: 'positif or negatif',
      });
      continue;
    }
    if (!ok) continue;
    if (seenIndicators.has(String(cells.indicatorCode))) {
      reader.error(name, row.number, col('indicatorCode'), String(cells.indicatorCode), {
        id: 'kode indikator yang belum dipakai di baris lain',
        en: 'an indicator code not used on another row',
      });
      continue;
    }
    seenIndicators.add(String(cells.indicatorCode));
    const code = String(cells.sasaranCode);
    let s = sasaran.find((x) => x.id === code);
    if (!s) {
      s = { id: code, name: String(cells.sasaran ?? code), indikator: [], printed: {} };
      sasaran.push(s);
    }
    if (cells.sasaranCapaian !== null && s.printed.capaian === undefined)
      s.printed.capaian = cells.sasaranCapaian;
    if (cells.sasaranPredikat !== null && s.printed.predikat === undefined)
      s.printed.predikat = cells.sasaranPredikat;
    const printed: Record<string, unknown> = {};
    if (cells.capaian !== null) printed.capaian = cells.capaian;
    if (cells.predikat !== null) printed.predikat = cells.predikat;
    s.indikator.push({
      id: String(cells.indicatorCode),
      name: String(cells.indicator),
      ...(cells.unit !== null ? { unit: String(cells.unit) } : {}),
      polarity,
      target: cells.target,
      realisasi: cells.realisasi,
      source: { lines: [row.number] },
      ...(Object.keys(printed).length > 0 ? { printed } : {}),
    });
  }
  return sasaran;
}

function readBudget(sheet: ExcelJS.Worksheet | undefined, reader: Reader): BudgetItemInput[] {
  const name = TEMPLATE_SHEETS.budget;
  const items: BudgetItemInput[] = [];
  if (!sheet) return items;
  let program: BudgetItemInput | null = null;
  let kegiatan: BudgetItemInput | null = null;
  const seenCodes = new Set<string>();
  for (const row of dataRows(sheet)) {
    const cells: Record<string, CellValue> = {};
    BUDGET_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cells[c.key] =
        c.kind === 'text'
          ? reader.text(cell)
          : reader.number(name, row.number, i + 1, c.header, cell, c.kind === 'money');
    });
    const col = (i: number) => `${letter(i + 1)} (${BUDGET_COLUMNS[i]!.header})`;
    if (cells.code === null) {
      reader.error(name, row.number, col(0), '', {
        id: 'kode program/kegiatan/sub kegiatan',
        en: 'a budget code',
      });
      continue;
    }
    if (seenCodes.has(String(cells.code))) {
      reader.error(name, row.number, col(0), String(cells.code), {
        id: 'kode yang belum dipakai di baris lain',
        en: 'a code not used on another row',
      });
      continue;
    }
    seenCodes.add(String(cells.code));
    const levelText = String(cells.level ?? '')
      .trim()
      .toLowerCase();
    const level = LEVELS[levelText];
    if (!level) {
      reader.error(name, row.number, col(1), String(cells.level ?? ''), {
        id: 'program, kegiatan atau sub kegiatan',
        en: 'program, kegiatan or sub kegiatan',
      });
      continue;
    }
    const item: BudgetItemInput = {
      code: String(cells.code),
      level,
      name: String(cells.name ?? cells.code),
      paguMurni: cells.paguMurni,
      pagu: cells.pagu,
      realisasi: cells.realisasi,
      source: { lines: [row.number] },
      ...(cells.persen !== null ? { printed: { persen: cells.persen as number | string } } : {}),
      children: [],
    };
    const parentMissing = (what: Texts) =>
      reader.error(name, row.number, col(1), String(cells.level), {
        id: `baris ${what.id} di atasnya (urutan: program, lalu kegiatannya, lalu sub kegiatannya)`,
        en: `a ${what.en} row above it (order: program, its kegiatan, their sub kegiatan)`,
      });
    if (level === 'program') {
      items.push(item);
      program = item;
      kegiatan = null;
    } else if (level === 'kegiatan') {
      if (!program) parentMissing({ id: 'program', en: 'program' });
      else {
        program.children.push(item);
        kegiatan = item;
      }
    } else if (!kegiatan) parentMissing({ id: 'kegiatan', en: 'kegiatan' });
    else kegiatan.children.push(item);
  }
  return items;
}

function readNarrative(sheet: ExcelJS.Worksheet | undefined, reader: Reader) {
  const passages: { id?: string; sasaranId?: string; text: string; source: { lines: number[] } }[] = [];
  if (!sheet) return passages;
  for (const row of dataRows(sheet)) {
    const id = reader.text(row.getCell(1));
    const sasaranId = reader.text(row.getCell(2));
    const text = reader.text(row.getCell(3));
    if (text === null) {
      reader.error(TEMPLATE_SHEETS.narrative, row.number, `C (${NARRATIVE_COLUMNS[2]!.header})`, '', {
        id: 'teks narasi',
        en: 'the narrative text',
      });
      continue;
    }
    passages.push({
      ...(id !== null ? { id } : {}),
      ...(sasaranId !== null ? { sasaranId } : {}),
      text,
      source: { lines: [row.number] },
    });
  }
  return passages;
}

/** Reads a filled review template into report-data@1, or says every row that cannot be read. */
export async function readReviewTemplate(bytes: Uint8Array): Promise<TemplateRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      errors: [
        {
          sheet: '-',
          row: 0,
          column: '-',
          value: '-',
          expected: { id: 'berkas .xlsx templat reviu', en: 'a review template .xlsx file' },
        },
      ],
    };
  }
  const reader = new Reader();
  const reportSheet = sheetOf(workbook, TEMPLATE_SHEETS.report, reader, true);
  const performanceSheet = sheetOf(workbook, TEMPLATE_SHEETS.performance, reader, true);
  const budgetSheet = sheetOf(workbook, TEMPLATE_SHEETS.budget, reader, true);
  const narrativeSheet = sheetOf(workbook, TEMPLATE_SHEETS.narrative, reader, false);
  if (!reportSheet) return { ok: false, errors: reader.errors };
  const report = readReport(reportSheet, reader);
  const sasaran = readPerformance(performanceSheet, reader);
  const items = readBudget(budgetSheet, reader);
  const narrative = readNarrative(narrativeSheet, reader);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  const v = report.values;
  const printedTotal = Object.fromEntries(
    (['paguMurni', 'pagu', 'realisasi', 'persen'] as const)
      .filter((k) => v[k] !== null)
      .map((k) => [k, v[k]]),
  );
  const printed = Object.fromEntries(
    (['average', 'averageLabel', 'predikat'] as const).filter((k) => v[k] !== null).map((k) => [k, v[k]]),
  );
  const json = {
    format: REPORT_DATA_FORMAT,
    agency: { name: report.agencyName },
    year: report.year,
    source: { title: 'Templat reviu' },
    scale: report.scale,
    aggregation: report.aggregation,
    sasaran,
    ...(Object.keys(printed).length > 0 ? { printed } : {}),
    ...(items.length > 0 || Object.keys(printedTotal).length > 0
      ? { budget: { items, ...(Object.keys(printedTotal).length > 0 ? { printed: printedTotal } : {}) } }
      : {}),
    ...(narrative.length > 0 ? { narrative } : {}),
  };
  const parsed = parseReportData(json);
  if (parsed.ok) return { ok: true, data: parsed.data };
  // What only the whole file can say (a code used twice, an unknown sasaran): name the field.
  return {
    ok: false,
    errors: parsed.errors.map((e) => ({
      sheet: e.path.startsWith('budget')
        ? TEMPLATE_SHEETS.budget
        : e.path.startsWith('narrative')
          ? TEMPLATE_SHEETS.narrative
          : TEMPLATE_SHEETS.performance,
      row: 0,
      column: e.path,
      value: '-',
      expected: { id: e.message, en: e.message },
    })),
  };
}
