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
 * This file holds the template's layout, shared by the writer
 * (write-review-template.ts) and the reader (read-review-template.ts): the
 * sheet names, the columns of each sheet, the rows of the Laporan sheet, and
 * the shape of a reading error.
 */
import { SCALE_PRESET_IDS } from '../../domain/report-data/schema.ts';

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

export const TEMPLATE_SHEETS = {
  guide: 'Petunjuk',
  report: 'Laporan',
  performance: 'Kinerja',
  budget: 'Anggaran',
  narrative: 'Narasi',
} as const;

export type Column = { key: string; header: string; width: number; kind: 'text' | 'number' | 'money' };

export const PERFORMANCE_COLUMNS: readonly Column[] = [
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

export const BUDGET_COLUMNS: readonly Column[] = [
  { key: 'code', header: 'Kode', width: 20, kind: 'text' },
  { key: 'level', header: 'Tingkat (program/kegiatan/sub kegiatan)', width: 16, kind: 'text' },
  { key: 'name', header: 'Uraian', width: 50, kind: 'text' },
  { key: 'paguMurni', header: 'Pagu Murni (Rp)', width: 18, kind: 'money' },
  { key: 'pagu', header: 'Pagu Perubahan (Rp)', width: 18, kind: 'money' },
  { key: 'realisasi', header: 'Realisasi (Rp)', width: 18, kind: 'money' },
  { key: 'persen', header: '% Realisasi Tercetak', width: 14, kind: 'number' },
];

export const NARRATIVE_COLUMNS: readonly Column[] = [
  { key: 'id', header: 'Bagian', width: 24, kind: 'text' },
  { key: 'sasaranCode', header: 'Kode Sasaran (untuk analisis sasaran)', width: 16, kind: 'text' },
  { key: 'text', header: 'Teks', width: 100, kind: 'text' },
];

/** Rows of the Laporan sheet: label in column A, value in column B. */
export const REPORT_ROWS = [
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
