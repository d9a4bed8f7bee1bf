/** How the LKjIP words an efficiency (capaian against serapan) from the domain's result. */
import { EFFICIENCY_REASON_TEXT, type Efficiency } from '../../domain/efficiency.ts';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import type { SasaranMeasurement } from '../../domain/report-data/measure-report.ts';
import { percentText, pick } from '../format.ts';

export function efficiencyLabel(e: Efficiency, locale: Locale): string {
  if (locale === 'id') {
    const reasons = e.reasons.filter(
      (r) => r !== 'capaian-tidak-diketahui' && r !== 'serapan-tidak-diketahui',
    );
    return e.category === 'tidak efisien' && reasons.length > 0
      ? `Tidak efisien: ${reasons.map((r) => EFFICIENCY_REASON_TEXT[r]).join('; ')}`
      : e.category.charAt(0).toUpperCase() + e.category.slice(1);
  }
  return e.category === 'efisien'
    ? 'Efficient'
    : e.category === 'tidak efisien'
      ? 'Not efficient'
      : 'Cannot be assessed';
}

export function efficiencySentence(s: SasaranMeasurement, e: Efficiency | null, locale: Locale): string {
  if (!e || e.index === null)
    return pick(
      locale,
      'Efisiensi sasaran ini belum dapat dinilai.',
      'The efficiency of this objective cannot be assessed.',
    );
  return pick(
    locale,
    `Efisiensi: capaian ${percentText(s.capaian, locale)} dengan serapan anggaran pendukung ${percentText(e.serapan, locale)} (indeks ${formatNumber(e.index, { decimals: 2, locale })} poin): ${efficiencyLabel(e, locale).toLowerCase()}.`,
    `Efficiency: achievement ${percentText(s.capaian, locale)} with absorption of the supporting budget ${percentText(e.serapan, locale)} (index ${formatNumber(e.index, { decimals: 2, locale })} points): ${efficiencyLabel(e, locale).toLowerCase()}.`,
  );
}
