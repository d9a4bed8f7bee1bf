/**
 * The layout of the IKM responses template (sheet "Responden"), shared by the
 * template writer and the reader: one row per respondent of a survey, the
 * respondent's profile, then the nine scores U1–U9; how a survey is named in
 * the file; how sex and the date are read as people write them (a Google Forms
 * export says "Laki-laki", Excel gives a date).
 */
import { IKM_UNSUR } from '../../domain/ikm.ts';
import { formatNumber } from '../../domain/numbers.ts';
import type { Texts } from '../errors.ts';
import type { IkmSurveyResult } from '../ikm/ikm-survey-data.ts';
import { columnLabel } from './template-sheet.ts';

export { GUIDE_SHEET, HEADER_ROW, FIRST_DATA_ROW } from './template-sheet.ts';

export const IKM_SHEET = 'Responden';

export const SCORE_KEYS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

export const IKM_COLUMNS = [
  { key: 'survey', header: 'Survei', width: 36 },
  { key: 'respondentNo', header: 'No Responden', width: 13 },
  { key: 'sex', header: 'Jenis Kelamin', width: 13 },
  { key: 'ageGroup', header: 'Kelompok Umur', width: 14 },
  { key: 'education', header: 'Pendidikan', width: 14 },
  { key: 'occupation', header: 'Pekerjaan', width: 18 },
  { key: 'respondedOn', header: 'Tanggal Isi', width: 12 },
  ...IKM_UNSUR.map((u, i) => ({ key: SCORE_KEYS[i]!, header: u.code, width: 5 })),
] as const;

export type IkmColumnKey = (typeof IKM_COLUMNS)[number]['key'];

export function ikmColumnNumber(key: IkmColumnKey): number {
  return IKM_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** `H (U1)`: the column's letter and header, as problems name it. */
export function ikmColumnLabel(key: IkmColumnKey): string {
  const index = IKM_COLUMNS.findIndex((c) => c.key === key);
  return columnLabel(index + 1, IKM_COLUMNS[index]!.header);
}

/** How a survey is named in the file: "Jenis layanan · Periode" ("Seluruh layanan" when no service). */
export function surveyLabel(survey: { serviceName: string; periodLabel: string }): string {
  const service = survey.serviceName.trim() || 'Seluruh layanan';
  return survey.periodLabel.trim() ? `${service} · ${survey.periodLabel.trim()}` : service;
}

/** The key a survey name is matched by: case, spaces and the separator ("·", "-", "/") do not matter. */
export function surveyKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[·\-/|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MALE = new Set(['l', 'lk', 'laki', 'laki-laki', 'laki laki', 'lakilaki', 'pria']);
const FEMALE = new Set(['p', 'pr', 'perempuan', 'wanita']);

/** "L"/"P" from what people write (L, Laki-laki, Pria; P, Perempuan, Wanita); null when unknown. */
export function parseSex(text: string): 'L' | 'P' | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (MALE.has(t)) return 'L';
  if (FEMALE.has(t)) return 'P';
  return null;
}

/** An ISO date from 2024-03-15, 15/03/2024 or 15-03-2024 (day first, as written in Indonesia); null otherwise. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

export const SEX_EXPECTED: Texts = {
  id: 'jenis kelamin: L atau P (boleh juga Laki-laki/Pria, Perempuan/Wanita), atau kosong',
  en: 'the sex: L or P (Laki-laki/Pria, Perempuan/Wanita are read too), or blank',
};

export const DATE_EXPECTED: Texts = {
  id: 'tanggal, mis. 15/03/2024 atau 2024-03-15 (tanggal Excel juga boleh), atau kosong',
  en: 'a date, e.g. 15/03/2024 or 2024-03-15 (an Excel date too), or blank',
};

/** A survey's index as the preview shows it: "IKM 75,00 (C, Kurang Baik)"; "belum ada data" when none. */
export function describeResult(result: IkmSurveyResult | null): string {
  if (result === null) return 'belum ada data';
  return `IKM ${formatNumber(result.nilai, { decimals: 2 })} (${result.mutu}, ${result.kinerja})`;
}
