/** Pieces several LKjIP chapters share: Roman sasaran numbers, sums, the budget table's columns. */
import type { Locale } from '../../domain/numbers.ts';
import { pick } from '../format.ts';
import type { TableColumn } from '../model.ts';

/** Sasaran are numbered I, II, III … in captions and rows (then 11, 12 … past ten). */
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Columns of a budget tree table: full (murni, perubahan, realisasi, %, sisa) or short (pagu, realisasi, %). */
export function budgetColumns(locale: Locale, full: boolean): TableColumn[] {
  const L = (id: string, en: string) => pick(locale, id, en);
  return full
    ? [
        { header: L('Kode', 'Code'), width: 2.6, align: 'left' },
        {
          header: L('Program / Kegiatan / Sub Kegiatan', 'Program / Activity / Sub-activity'),
          width: 8,
          align: 'left',
        },
        { header: L('Pagu Murni (Rp)', 'Original (Rp)'), width: 2.4, align: 'right' },
        { header: L('Pagu Perubahan (Rp)', 'Revised (Rp)'), width: 2.4, align: 'right' },
        { header: L('Realisasi (Rp)', 'Actual (Rp)'), width: 2.4, align: 'right' },
        { header: '%', width: 1.2, align: 'right' },
        { header: L('Sisa (Rp)', 'Remaining (Rp)'), width: 2.2, align: 'right' },
      ]
    : [
        { header: L('Kode', 'Code'), width: 2.6, align: 'left' },
        {
          header: L('Program / Kegiatan / Sub Kegiatan', 'Program / Activity / Sub-activity'),
          width: 9,
          align: 'left',
        },
        { header: L('Pagu (Rp)', 'Budget (Rp)'), width: 2.6, align: 'right' },
        { header: L('Realisasi (Rp)', 'Actual (Rp)'), width: 2.6, align: 'right' },
        { header: '%', width: 1.3, align: 'right' },
      ];
}
