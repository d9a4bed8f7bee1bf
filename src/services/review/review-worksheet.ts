/**
 * The kertas kerja reviu (review worksheet): a header (agency, year,
 * reviewer, date as "20 Januari 2024", source) and one row per finding —
 * location, what the report says, the right value, severity, the finding,
 * the review comment and the agency's answer with its status — laid out as
 * .xlsx (exceljs) and .docx (docx, with the report's page setup and styles).
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { formatDate } from '../../domain/dates.ts';
import { describeLocation } from '../../domain/report-data/finding-location.ts';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import { A4, BLUE, LANDSCAPE_MARGIN, LANDSCAPE_WIDTH, styles, TABLE_SIZE } from '../../report/docx-styles.ts';
import type { CommentState, ReviewResult } from './review-record.ts';

export type WorksheetRow = {
  no: number;
  location: string;
  printed: string;
  expected: string;
  severity: string;
  finding: string;
  comment: string;
  answer: string;
  status: string;
};

export type Worksheet = {
  title: string;
  header: { label: string; value: string }[];
  columns: { header: string; width: number }[];
  rows: WorksheetRow[];
  empty: string;
};

const T = {
  id: {
    title: 'KERTAS KERJA REVIU LAPORAN KINERJA',
    agency: 'Perangkat daerah',
    year: 'Tahun laporan',
    reviewer: 'Pereviu',
    date: 'Tanggal reviu',
    source: 'Sumber angka',
    summary: 'Ringkasan',
    sources: {
      lkjip: 'Draf LKjIP dari sistem',
      report_data: 'Berkas report-data@1',
      template: 'Templat reviu (.xlsx)',
    },
    columns: [
      'No',
      'Lokasi',
      'Tertulis di laporan',
      'Nilai yang benar',
      'Tingkat',
      'Temuan',
      'Catatan reviu',
      'Jawaban perangkat daerah',
      'Status',
    ],
    severity: { error: 'Kesalahan', warning: 'Peringatan' },
    state: {
      none: 'Belum dijadikan catatan',
      open: 'Menunggu jawaban',
      answered: 'Dijawab',
      resolved: 'Selesai',
    },
    summaryText: (e: number, w: number, c: number) =>
      `${e} kesalahan, ${w} peringatan; ${c} dijadikan catatan reviu`,
    empty: 'Tidak ada temuan: semua angka tercetak sesuai hasil hitung.',
  },
  en: {
    title: 'PERFORMANCE REPORT REVIEW WORKSHEET',
    agency: 'Agency',
    year: 'Report year',
    reviewer: 'Reviewer',
    date: 'Review date',
    source: 'Source of the numbers',
    summary: 'Summary',
    sources: {
      lkjip: 'Draft LKjIP from the system',
      report_data: 'report-data@1 file',
      template: 'Review template (.xlsx)',
    },
    columns: [
      'No',
      'Location',
      'Printed in the report',
      'Right value',
      'Severity',
      'Finding',
      'Review comment',
      "Agency's answer",
      'Status',
    ],
    severity: { error: 'Error', warning: 'Warning' },
    state: { none: 'Not a comment', open: 'Awaiting answer', answered: 'Answered', resolved: 'Resolved' },
    summaryText: (e: number, w: number, c: number) => `${e} errors, ${w} warnings; ${c} made review comments`,
    empty: 'No findings: every printed number agrees with the computed one.',
  },
} as const;

const WIDTHS = [4, 18, 13, 13, 8, 34, 26, 26, 10];

export function stateText(state: CommentState, locale: Locale): string {
  return T[locale].state[state];
}

/** The worksheet of a review; `reviewDate` is the review's calendar day in the region (YYYY-MM-DD). */
export function buildWorksheet(review: ReviewResult, reviewDate: string, locale: Locale): Worksheet {
  const t = T[locale];
  return {
    title: t.title,
    header: [
      { label: t.agency, value: review.agencyName },
      { label: t.year, value: String(review.year) },
      { label: t.reviewer, value: review.reviewer ?? '-' },
      { label: t.date, value: formatDate(reviewDate, locale) },
      {
        label: t.source,
        value: review.fileName ? `${t.sources[review.source]}: ${review.fileName}` : t.sources[review.source],
      },
      {
        label: t.summary,
        value: t.summaryText(review.counts.errors, review.counts.warnings, review.counts.commented),
      },
    ],
    columns: t.columns.map((header, i) => ({ header, width: WIDTHS[i]! })),
    rows: review.findings.map((f, i) => ({
      no: i + 1,
      location: `${describeLocation(f.path, locale)}${f.lines && f.lines.length > 0 ? ` (${locale === 'id' ? 'baris' : 'line'} ${f.lines.join(', ')})` : ''}`,
      printed: typeof f.printed === 'number' ? formatNumber(f.printed, { locale }) : f.printed,
      expected: f.expected ? f.expected[locale] : '-',
      severity: t.severity[f.severity],
      finding: f.message[locale],
      comment: f.comment?.body ?? '-',
      answer: f.comment?.response ?? '-',
      status: stateText(f.state, locale),
    })),
    empty: t.empty,
  };
}

const FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

export async function renderWorksheetXlsx(ws: Worksheet, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  workbook.created = createdAt;
  workbook.modified = createdAt;
  workbook.title = ws.title;
  const sheet = workbook.addWorksheet('Kertas Kerja Reviu', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = ws.columns.map((c) => ({ width: Math.round(c.width * 1.6) }));
  sheet.getCell(1, 1).value = ws.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  ws.header.forEach((h, i) => {
    sheet.getCell(i + 3, 1).value = h.label;
    sheet.mergeCells(i + 3, 1, i + 3, 2);
    sheet.getCell(i + 3, 1).font = { bold: true };
    sheet.getCell(i + 3, 3).value = h.value;
    sheet.mergeCells(i + 3, 3, i + 3, 6);
  });
  const headerRow = ws.header.length + 4;
  const header = sheet.getRow(headerRow);
  ws.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  ws.rows.forEach((r, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.values = [
      r.no,
      r.location,
      r.printed,
      r.expected,
      r.severity,
      r.finding,
      r.comment,
      r.answer,
      r.status,
    ];
    row.eachCell((cell) => {
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    row.getCell(3).alignment = { wrapText: true, vertical: 'top', horizontal: 'right' };
    row.getCell(4).alignment = { wrapText: true, vertical: 'top', horizontal: 'right' };
  });
  if (ws.rows.length === 0) sheet.getCell(headerRow + 1, 1).value = ws.empty;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cell(
  text: string,
  options: { bold?: boolean; shade?: boolean; width: number; right?: boolean },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: BLUE } } : {}),
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          spacing: { after: 0, line: 240 },
          ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
          children: [new TextRun({ text: line, bold: options.bold ?? false, size: TABLE_SIZE })],
        }),
    ),
  });
}

export async function renderWorksheetDocx(ws: Worksheet): Promise<Buffer> {
  const total = ws.columns.reduce((a, c) => a + c.width, 0);
  const widths = ws.columns.map((c) => Math.floor((c.width / total) * LANDSCAPE_WIDTH));
  const headerTable = new Table({
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    rows: ws.header.map(
      (h) =>
        new TableRow({
          children: [
            cell(h.label, { bold: true, width: Math.round(LANDSCAPE_WIDTH * 0.25) }),
            cell(h.value, { width: Math.round(LANDSCAPE_WIDTH * 0.75) }),
          ],
        }),
    ),
  });
  const findings = new Table({
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: ws.columns.map((c, i) => cell(c.header, { bold: true, shade: true, width: widths[i]! })),
      }),
      ...ws.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: [
              String(r.no),
              r.location,
              r.printed,
              r.expected,
              r.severity,
              r.finding,
              r.comment,
              r.answer,
              r.status,
            ].map((text, i) => cell(text, { width: widths[i]!, right: i === 2 || i === 3 })),
          }),
      ),
    ],
  });
  const document = new Document({
    creator: 'Akuntabel',
    title: ws.title,
    styles: styles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: LANDSCAPE_MARGIN,
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: ws.title, bold: true, size: 28 })],
          }),
          headerTable,
          new Paragraph({ children: [] }),
          findings,
          ...(ws.rows.length === 0 ? [new Paragraph({ children: [new TextRun(ws.empty)] })] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
