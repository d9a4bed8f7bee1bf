/**
 * Text of numbers, money, dates and names as the report prints them, on top of
 * the domain's formatting (src/domain/numbers.ts): one place, the locale passed
 * in. Cells keep the exact value beside the text for Excel.
 */
import { formatNumber, formatPercent, formatRupiah, type Locale } from '../domain/numbers.ts';
import type { TableCell } from './model.ts';

/** Picks the Indonesian or English text. */
export function pick(locale: Locale, id: string, en: string): string {
  return locale === 'id' ? id : en;
}

export { formatDate, type DatePrecision } from '../domain/dates.ts';

/** NIP as printed: 196708121993032011 → "19670812 199303 2 011". Other text is returned as given. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

export const DASH = '-';

/** A percentage cell (2 decimals, no % sign: the column header says %). */
export function percentCell(value: number | null, locale: Locale, extra: Partial<TableCell> = {}): TableCell {
  return value === null
    ? { text: DASH, ...extra }
    : { text: formatNumber(value, { decimals: 2, locale }), value, kind: 'percent', ...extra };
}

/** A money cell: whole Rupiah without the "Rp" prefix (the column header says Rp). */
export function rupiahCell(value: number | null, locale: Locale, extra: Partial<TableCell> = {}): TableCell {
  return value === null
    ? { text: DASH, ...extra }
    : { text: formatNumber(value, { decimals: 0, locale }), value, kind: 'rupiah', ...extra };
}

/** A count cell (whole number). */
export function integerCell(value: number | null, locale: Locale, extra: Partial<TableCell> = {}): TableCell {
  return value === null
    ? { text: DASH, ...extra }
    : { text: formatNumber(value, { decimals: 0, locale }), value, kind: 'integer', ...extra };
}

/** A measured value (target, realisasi): whole numbers without decimals, others with 2. */
export function valueCell(value: number | null, locale: Locale, extra: Partial<TableCell> = {}): TableCell {
  return value === null
    ? { text: DASH, ...extra }
    : {
        text: formatNumber(value, { locale }),
        value,
        kind: Number.isInteger(value) ? 'integer' : 'decimal',
        ...extra,
      };
}

export function textCell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { text, ...extra };
}

/** "104,07 %" or "-" */
export function percentText(value: number | null, locale: Locale): string {
  return value === null ? DASH : formatPercent(value, { locale });
}

/** "Rp 6.420.276.477" or "-" */
export function rupiahText(value: number | null, locale: Locale): string {
  return value === null ? DASH : formatRupiah(value, locale);
}

/** A value with its unit: "74,53 %", "72,95". */
export function valueText(value: number | null, unit: string | null, locale: Locale): string {
  if (value === null) return DASH;
  const text = formatNumber(value, { locale });
  if (!unit) return text;
  if (unit === '%') return locale === 'id' ? `${text} %` : `${text}%`;
  return unit === 'nilai' || unit === 'indeks' ? text : `${text} ${unit}`;
}
