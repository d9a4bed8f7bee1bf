/**
 * The layout of the social-data template (import kind `sosial`), shared by
 * the template writer and the reader: three sheets "PPKS", "PSKS" and
 * "Bantuan" (row 1 title, row 2 Indonesian headers, data from row 3), the
 * names people write for the stored codes (the report's names,
 * report-labels.ts) and how a kecamatan is written (its name or code; blank
 * or "Seluruh daerah" = the whole region).
 */
import type { Texts } from '../errors.ts';
import {
  ASSISTANCE_PROGRAMS,
  PPKS_CATEGORIES,
  PSKS_TYPES,
  type AssistanceProgram,
  type PpksCategory,
  type PsksType,
} from '../../store/schema/enums.ts';
import { ASSISTANCE_LABELS, PPKS_LABELS, PSKS_LABELS } from '../report/report-labels.ts';
import { columnLabel } from './template-sheet.ts';

export const PPKS_SHEET = 'PPKS';
export const PSKS_SHEET = 'PSKS';
export const ASSISTANCE_SHEET = 'Bantuan';
export { GUIDE_SHEET, HEADER_ROW, FIRST_DATA_ROW } from './template-sheet.ts';

/** What the Kecamatan column says for the whole region (kecamatan null). */
export const WHOLE_REGION = 'Seluruh daerah';

export type SocialColumn = { key: string; header: string; width: number };

export const PPKS_COLUMNS = [
  { key: 'year', header: 'Tahun', width: 8 },
  { key: 'code', header: 'Kode Kategori', width: 30 },
  { key: 'name', header: 'Nama Kategori', width: 40 },
  { key: 'kecamatan', header: 'Kecamatan', width: 22 },
  { key: 'count', header: 'Jumlah PPKS', width: 14 },
  { key: 'served', header: 'Mendapat Pelayanan', width: 14 },
  { key: 'dataSource', header: 'Sumber Data', width: 40 },
] as const satisfies readonly SocialColumn[];

export const PSKS_COLUMNS = [
  { key: 'year', header: 'Tahun', width: 8 },
  { key: 'code', header: 'Kode Jenis', width: 30 },
  { key: 'name', header: 'Nama Jenis', width: 44 },
  { key: 'kecamatan', header: 'Kecamatan', width: 22 },
  { key: 'count', header: 'Jumlah', width: 12 },
  { key: 'unit', header: 'Satuan', width: 12 },
  { key: 'dataSource', header: 'Sumber Data', width: 40 },
] as const satisfies readonly SocialColumn[];

export const ASSISTANCE_COLUMNS = [
  { key: 'year', header: 'Tahun', width: 8 },
  { key: 'code', header: 'Kode Program', width: 16 },
  { key: 'name', header: 'Nama Program', width: 36 },
  { key: 'label', header: 'Nama Bantuan', width: 36 },
  { key: 'kecamatan', header: 'Kecamatan', width: 22 },
  { key: 'recipients', header: 'Penerima', width: 12 },
  { key: 'units', header: 'Jumlah Unit', width: 12 },
  { key: 'unitName', header: 'Satuan Unit', width: 14 },
  { key: 'value', header: 'Nilai (Rp)', width: 18 },
  { key: 'fundingSource', header: 'Sumber Dana', width: 22 },
] as const satisfies readonly SocialColumn[];

export type PpksColumnKey = (typeof PPKS_COLUMNS)[number]['key'];
export type PsksColumnKey = (typeof PSKS_COLUMNS)[number]['key'];
export type AssistanceColumnKey = (typeof ASSISTANCE_COLUMNS)[number]['key'];

/** The 1-based column number of a key. */
export function columnNo(columns: readonly SocialColumn[], key: string): number {
  return columns.findIndex((c) => c.key === key) + 1;
}

/** `E (Jumlah PPKS)`: the column's letter and header, as problems name it. */
export function socialColumnLabel(columns: readonly SocialColumn[], key: string): string {
  const index = columns.findIndex((c) => c.key === key);
  return columnLabel(index + 1, columns[index]!.header);
}

/** Lower case, one space, no surrounding spaces: how names are compared. */
export function normalName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A list of codes with the name people write for each. */
export type CodeList<C extends string> = {
  codes: readonly C[];
  nameOf: (code: C) => string;
  /** What the code is called in messages. */
  what: Texts;
};

export const PPKS_CODES: CodeList<PpksCategory> = {
  codes: PPKS_CATEGORIES,
  nameOf: (c) => PPKS_LABELS[c],
  what: { id: 'kategori PPKS', en: 'PPKS category' },
};
export const PSKS_CODES: CodeList<PsksType> = {
  codes: PSKS_TYPES,
  nameOf: (c) => PSKS_LABELS[c].label,
  what: { id: 'jenis PSKS', en: 'PSKS type' },
};
export const ASSISTANCE_CODES: CodeList<AssistanceProgram> = {
  codes: ASSISTANCE_PROGRAMS,
  nameOf: (c) => ASSISTANCE_LABELS[c],
  what: { id: 'program bantuan', en: 'assistance programme' },
};

/** A code written as the code ("fakir_miskin", "Fakir Miskin" with spaces) or as its name ("Fakir Miskin"). */
export function resolveCode<C extends string>(list: CodeList<C>, written: string): C | null {
  const normal = normalName(written);
  const asCode = normal.replace(/[\s-]+/g, '_');
  for (const code of list.codes) if (code === asCode || normalName(list.nameOf(code)) === normal) return code;
  return null;
}

export type KecamatanRef = { id: string; code: string; name: string };

/** Reads a Kecamatan cell: null (blank, "Seluruh daerah") = the whole region; undefined = unknown. */
export function resolveKecamatan(
  list: readonly KecamatanRef[],
  written: string | null,
): string | null | undefined {
  if (written === null || normalName(written) === normalName(WHOLE_REGION)) return null;
  const normal = normalName(written);
  const bare = normal.replace(/^(kecamatan|kec\.?)\s+/, '');
  const byName = list.filter((k) => {
    const name = normalName(k.name);
    return name === normal || name.replace(/^(kecamatan|kec\.?)\s+/, '') === bare;
  });
  if (byName.length === 1) return byName[0]!.id;
  const byCode = list.filter((k) => normalName(k.code) === normal);
  if (byCode.length === 1) return byCode[0]!.id;
  return undefined;
}

export function kecamatanName(list: readonly KecamatanRef[], id: string | null): string {
  if (id === null) return WHOLE_REGION;
  return list.find((k) => k.id === id)?.name ?? id;
}
