/** Numbers, money and dates shown the way the user's language writes them (the domain's formatters). */
import { formatDate } from '@domain/dates.ts';
import { formatNumber, formatPercent, formatRupiah } from '@domain/numbers.ts';
import { currentLanguage } from './i18n/i18n.ts';

export const show = {
  number: (value: number | null | undefined, decimals?: number) =>
    value === null || value === undefined
      ? '—'
      : formatNumber(value, { locale: currentLanguage(), ...(decimals === undefined ? {} : { decimals }) }),
  percent: (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatPercent(value, { locale: currentLanguage() }),
  rupiah: (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatRupiah(value, currentLanguage()),
  /** An ISO date or instant as "20 Januari 2024". */
  date: (iso: string | null | undefined) => (iso ? formatDate(iso.slice(0, 10), currentLanguage()) : '—'),
  /** An instant as "20 Januari 2024 14.05". */
  dateTime: (iso: string | null | undefined) => {
    if (!iso) return '—';
    const at = new Date(iso);
    const time = at.toLocaleTimeString(currentLanguage() === 'en' ? 'en-GB' : 'id-ID', {
      hour: '2-digit',
      minute: '2-digit',
    });
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
    return `${formatDate(day, currentLanguage())} ${time}`;
  },
};
