/**
 * Reads a filled review template (see review-template-layout.ts) into
 * report-data@1: the Laporan sheet, one indicator per Kinerja row, the
 * Anggaran rows nested program → kegiatan → sub kegiatan, and the Narasi
 * passages.
 *
 * Reading keeps every number as printed (review-template-cells.ts), so that
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
import { Reader, dataRows, letter, sheetOf, type CellValue } from './review-template-cells.ts';
import {
  BUDGET_COLUMNS,
  NARRATIVE_COLUMNS,
  PERFORMANCE_COLUMNS,
  REPORT_ROWS,
  TEMPLATE_SHEETS,
  type TemplateError,
  type Texts,
} from './review-template-layout.ts';

export type TemplateRead = { ok: true; data: ReportData } | { ok: false; errors: TemplateError[] };

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
