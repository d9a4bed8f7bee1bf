/**
 * Dates as Indonesian documents print them: "20 Januari 2024" (or
 * "Februari 2024" when only the month is known); English on request. One
 * place for the month names.
 */
import type { Locale } from './numbers.ts';

const MONTHS: Record<Locale, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export type DatePrecision = 'day' | 'month';

/** "20 Januari 2024" (day) or "Februari 2024" (month) from an ISO date `YYYY-MM-DD`. */
export function formatDate(iso: string, locale: Locale = 'id', precision: DatePrecision = 'day'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const month = MONTHS[locale][Number(m) - 1];
  if (!month) throw new RangeError(`not a month: ${iso}`);
  return precision === 'month' ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
