/**
 * LKjIP BAB III budget sections: realisation of the budget tree, absorption
 * by program, spending by type, and the efficiency of each sasaran and of
 * the whole (capaian against serapan).
 */
import { absorptionPercent } from '../../domain/budget-rollup.ts';
import type { Efficiency } from '../../domain/efficiency.ts';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import type { BudgetItemMeasurement } from '../../domain/report-data/measure-report.ts';
import { DASH, percentCell, percentText, pick, rupiahCell, rupiahText, textCell } from '../format.ts';
import type { Block, ChartBlock, TableRow } from '../model.ts';
import type { NarrativeContext } from '../narrative-defaults.ts';
import type { LkjipContext } from './build-context.ts';
import type { SasaranEfficiency } from './bab3-sasaran.ts';
import { efficiencyLabel } from './efficiency-text.ts';
import { budgetColumns, ROMAN, sum } from './table-parts.ts';

/** Empty without a budget; `nextSection` gives the next free section letter of BAB III. */
export function buildBab3Budget(
  ctx: LkjipContext,
  nextSection: () => string,
  sasaranEfficiency: readonly SasaranEfficiency[],
  overallEfficiency: Efficiency | null,
): Block[] {
  const { src, m, locale, L, heading, para, table, chartCaption, narrative, col, narrativeContext } = ctx;
  const budget = m.budget;
  const bab3: Block[] = [];
  if (!budget) return bab3;
  bab3.push(heading(2, `${nextSection()}. ${L('Realisasi Anggaran', 'Budget Realisation')}`));
  bab3.push(narrative('anggaran', () => [defaultIkhtisarBudget(narrativeContext)]));
  const rows: TableRow[] = [];
  const walk = (n: BudgetItemMeasurement, depth: number) => {
    rows.push({
      emphasis: depth === 0 ? 'group' : undefined,
      cells: [
        textCell(n.code),
        textCell(n.name, { indent: depth }),
        rupiahCell(n.paguMurni, locale),
        rupiahCell(n.pagu, locale),
        rupiahCell(n.realisasi, locale),
        percentCell(n.persen, locale),
        rupiahCell(n.sisa, locale),
      ],
    } as TableRow);
    n.children.forEach((c) => walk(c, depth + 1));
  };
  budget.items.forEach((n) => walk(n, 0));
  rows.push({
    emphasis: 'total',
    cells: [
      textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
      rupiahCell(budget.paguMurni, locale),
      rupiahCell(budget.pagu, locale),
      rupiahCell(budget.realisasi, locale),
      percentCell(budget.persen, locale),
      rupiahCell(budget.sisa, locale),
    ],
  });
  bab3.push(
    table(
      '3',
      L(`Realisasi Anggaran Tahun ${m.year}`, `Budget Realisation ${m.year}`),
      budgetColumns(locale, true),
      rows,
      {
        landscape: true,
        id: 'realisasi-anggaran',
        note: L(
          'Persentase = realisasi ÷ pagu perubahan × 100. Baris tanpa pagu perubahan dihapus pada perubahan anggaran.',
          'Percent = actual ÷ revised budget × 100. Rows without a revised budget were dropped in the revision.',
        ),
      },
    ),
  );
  const chart = absorptionChart(
    budget.items,
    locale,
    chartCaption('3', L('Serapan Anggaran per Program', 'Budget Absorption by Program')),
  );
  if (chart) bab3.push(chart);
  if (src.spendingByType && src.spendingByType.length > 0) {
    const total = sum(src.spendingByType.map((s) => s.amount));
    bab3.push(
      table(
        '3',
        L('Pagu Anggaran menurut Jenis Belanja', 'Budget by Spending Type'),
        [
          col(L('Jenis Belanja', 'Spending Type'), 6),
          col(L('Pagu (Rp)', 'Budget (Rp)'), 3, 'right'),
          col(L('Porsi (%)', 'Share (%)'), 2, 'right'),
        ],
        [
          ...src.spendingByType.map((s) => ({
            cells: [
              textCell(s.label),
              rupiahCell(s.amount, locale),
              percentCell(absorptionPercent(s.amount, total), locale),
            ],
          })),
          {
            emphasis: 'total' as const,
            cells: [
              textCell(L('Jumlah', 'Total')),
              rupiahCell(total, locale),
              percentCell(absorptionPercent(total, total), locale),
            ],
          },
        ],
      ),
    );
  }
  bab3.push(
    heading(2, `${nextSection()}. ${L('Efisiensi Penggunaan Sumber Daya', 'Efficiency of Resources')}`),
  );
  bab3.push(
    para(
      L(
        'Efisiensi membandingkan capaian kinerja dengan serapan anggaran: indeks = capaian − serapan (poin persentase). Efisien bila target tercapai (capaian ≥ 100 %), serapan tidak melebihi pagu, dan capaian tidak lebih rendah daripada serapan.',
        'Efficiency compares performance with budget absorption: index = achievement − absorption (percentage points). Efficient when the target is met (≥ 100 %), spending stays within the budget and achievement is not below absorption.',
      ),
    ),
  );
  const effRows: TableRow[] = sasaranEfficiency.map(({ s, e }, i) => ({
    cells: [
      textCell(`${ROMAN[i] ?? i + 1}. ${s.name}`),
      percentCell(s.capaian, locale),
      percentCell(e?.serapan ?? null, locale),
      e?.index !== null && e?.index !== undefined
        ? { text: formatNumber(e.index, { decimals: 2, locale }), value: e.index, kind: 'decimal' }
        : textCell(DASH),
      textCell(
        e
          ? efficiencyLabel(e, locale)
          : L('tidak ada data anggaran pendukung', 'no supporting budget recorded'),
      ),
    ],
  }));
  if (overallEfficiency)
    effRows.push({
      emphasis: 'total',
      cells: [
        textCell(L('Keseluruhan', 'Overall')),
        percentCell(overallEfficiency.capaian, locale),
        percentCell(overallEfficiency.serapan, locale),
        overallEfficiency.index !== null
          ? {
              text: formatNumber(overallEfficiency.index, { decimals: 2, locale }),
              value: overallEfficiency.index,
              kind: 'decimal',
            }
          : textCell(DASH),
        textCell(efficiencyLabel(overallEfficiency, locale)),
      ],
    });
  bab3.push(
    table(
      '3',
      L('Efisiensi: Capaian Kinerja dan Serapan Anggaran', 'Efficiency: Achievement and Absorption'),
      [
        col(L('Sasaran', 'Objective'), 7),
        col(L('Capaian (%)', 'Achievement (%)'), 1.8, 'right'),
        col(L('Serapan (%)', 'Absorption (%)'), 1.8, 'right'),
        col(L('Indeks (poin)', 'Index (points)'), 1.8, 'right'),
        col(L('Kategori', 'Category'), 4),
      ],
      effRows,
      { landscape: true },
    ),
  );
  return bab3;
}

function defaultIkhtisarBudget(ctx: NarrativeContext): string {
  const { locale, measurement: m } = ctx;
  const b = m.budget!;
  return pick(
    locale,
    `Pagu anggaran Tahun ${m.year} setelah perubahan sebesar ${rupiahText(b.pagu, locale)}${b.paguMurni !== null ? ` (pagu murni ${rupiahText(b.paguMurni, locale)})` : ''}, terealisasi ${rupiahText(b.realisasi, locale)} atau ${percentText(b.persen, locale)}, dengan sisa ${rupiahText(b.sisa, locale)}.`,
    `The revised ${m.year} budget was ${rupiahText(b.pagu, locale)}${b.paguMurni !== null ? ` (original ${rupiahText(b.paguMurni, locale)})` : ''}; ${rupiahText(b.realisasi, locale)} was spent, ${percentText(b.persen, locale)}, leaving ${rupiahText(b.sisa, locale)}.`,
  );
}

function absorptionChart(
  items: readonly BudgetItemMeasurement[],
  locale: Locale,
  caption: string,
): ChartBlock | null {
  const funded = items.filter((p) => p.persen !== null);
  if (funded.length === 0) return null;
  const values = funded.map((p) => p.persen);
  const labels = values.map((v) => (v === null ? '' : formatNumber(v, { decimals: 2, locale })));
  return {
    type: 'chart',
    id: 'grafik-serapan',
    caption,
    categories: funded.map((p) => p.code),
    series: [{ name: pick(locale, 'Serapan (%)', 'Absorption (%)'), values, color: '#1F4E79' }],
    axisLabel: '%',
    labels: [labels],
    alt: funded.map((p, i) => `${p.code} ${p.name}: ${labels[i]} %`).join('; '),
  };
}
