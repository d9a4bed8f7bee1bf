/**
 * LKjIP BAB III C: the analysis of each sasaran — its indicators year by
 * year (table and chart), comparison with the Renstra end target and
 * national/provincial figures, the narratives, and the budget that supports
 * it with its efficiency.
 */
import { rollUpBudget, type BudgetNode } from '../../domain/budget-rollup.ts';
import { computeEfficiency, type Efficiency } from '../../domain/efficiency.ts';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import { budgetNodesOf, type SasaranMeasurement } from '../../domain/report-data/measure-report.ts';
import type { ReportData } from '../../domain/report-data/schema.ts';
import { DASH, percentCell, percentText, pick, rupiahCell, textCell, valueCell } from '../format.ts';
import type { Block, ChartBlock, TableBlock, TableRow } from '../model.ts';
import { defaultSasaranAnalysis, defaultSasaranCauses } from '../sasaran-narrative-defaults.ts';
import type { LkjipContext } from './build-context.ts';
import { efficiencySentence } from './efficiency-text.ts';
import { budgetColumns, ROMAN } from './table-parts.ts';

/** Each sasaran's efficiency against its supporting budget (null without one), for BAB III's efficiency table. */
export type SasaranEfficiency = { s: SasaranMeasurement; e: Efficiency | null };

export function buildBab3Sasaran(ctx: LkjipContext): {
  blocks: Block[];
  sasaranEfficiency: SasaranEfficiency[];
} {
  const { src, data, m, locale, L, heading, para, table, chartCaption, narrative, col } = ctx;
  const budget = m.budget;
  const bab3: Block[] = [];
  const sasaranEfficiency: SasaranEfficiency[] = [];
  bab3.push(heading(2, L('C. Analisis Capaian Kinerja per Sasaran', 'C. Analysis by Objective')));
  m.sasaran.forEach((s, si) => {
    bab3.push(
      heading(3, `${si + 1}. ${L('Sasaran Strategis', 'Objective')} ${ROMAN[si] ?? si + 1}: ${s.name}`),
    );
    bab3.push(
      para(
        L(
          `Sasaran ini diukur dengan ${s.indikator.length} indikator; rata-rata capaian ${percentText(s.capaian, locale)} (${s.predikat?.label ?? DASH}).`,
          `This objective has ${s.indikator.length} ${s.indikator.length === 1 ? 'indicator' : 'indicators'}; average ${percentText(s.capaian, locale)} (${s.predikat?.labelEn ?? DASH}).`,
        ),
      ),
    );
    bab3.push(historyTable(ctx, s, si));
    const chart = sasaranChart(
      s,
      m.year,
      locale,
      chartCaption(
        '3',
        L(
          `Target dan Realisasi Sasaran ${ROMAN[si] ?? si + 1}`,
          `Targets and Results, Objective ${ROMAN[si] ?? si + 1}`,
        ),
      ),
    );
    if (chart) bab3.push(chart);
    const comparisons = comparisonRows(s, locale);
    if (comparisons.length > 0)
      bab3.push(
        table(
          '3',
          L(
            `Perbandingan dengan Target Akhir Renstra dan Angka Nasional/Provinsi, Sasaran ${ROMAN[si] ?? si + 1}`,
            `Against the Renstra End Target and National/Provincial Figures, Objective ${ROMAN[si] ?? si + 1}`,
          ),
          [
            col(L('Indikator', 'Indicator'), 5),
            col(`${L('Realisasi', 'Actual')} ${m.year}`, 1.8, 'right'),
            col(L('Target Akhir Renstra', 'Renstra End Target'), 1.8, 'right'),
            col(L('Kemajuan (%)', 'Progress (%)'), 1.8, 'right'),
            col(L('Nasional', 'National'), 1.6, 'right'),
            col(L('Provinsi', 'Provincial'), 1.6, 'right'),
          ],
          comparisons,
        ),
      );
    else
      bab3.push(
        para(
          L(
            'Target akhir Renstra, angka nasional dan angka provinsi untuk indikator sasaran ini belum dicatat, sehingga perbandingannya belum dapat disajikan.',
            'No Renstra end target or national/provincial figure is recorded for these indicators, so no comparison can be shown.',
          ),
          { italic: true },
        ),
      );
    bab3.push(narrative(`sasaran.${s.id}.analysis`, () => defaultSasaranAnalysis(s, locale)));
    bab3.push(heading(3, L(`Penyebab Keberhasilan/Kegagalan dan Solusi`, `Causes and Solutions`)));
    bab3.push(narrative(`sasaran.${s.id}.causes`, () => defaultSasaranCauses(s, locale)));
    // Supporting programs and efficiency.
    const link = src.sasaranPrograms?.find((l) => l.sasaranId === s.id);
    let efficiency: Efficiency | null = null;
    if (link && budget) {
      const nodes = supportNodes(data, link.codes);
      if (nodes.length > 0) {
        const rolled = rollUpBudget(nodes);
        efficiency = rolled.total.persen !== null ? computeEfficiency(s.capaian, rolled.total.persen) : null;
        bab3.push(heading(3, L('Program dan Kegiatan Pendukung', 'Supporting Programs')));
        const rows: TableRow[] = [];
        const walk = (n: (typeof rolled.items)[number], depth: number) => {
          rows.push({
            emphasis: depth === 0 ? 'group' : undefined,
            cells: [
              textCell(n.code),
              textCell(n.name, { indent: depth }),
              rupiahCell(n.pagu, locale),
              rupiahCell(n.realisasi, locale),
              percentCell(n.persen, locale),
            ],
          } as TableRow);
          n.children.forEach((c) => walk(c, depth + 1));
        };
        rolled.items.forEach((n) => walk(n, 0));
        rows.push({
          emphasis: 'total',
          cells: [
            textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
            rupiahCell(rolled.total.pagu, locale),
            rupiahCell(rolled.total.realisasi, locale),
            percentCell(rolled.total.persen, locale),
          ],
        });
        bab3.push(
          table(
            '3',
            L(
              `Anggaran Pendukung Sasaran ${ROMAN[si] ?? si + 1}`,
              `Budget Supporting Objective ${ROMAN[si] ?? si + 1}`,
            ),
            budgetColumns(locale, false),
            rows,
            {
              landscape: true,
              note: L(
                'Satu sub kegiatan dapat mendukung lebih dari satu sasaran; anggarannya tidak dijumlahkan antarsasaran.',
                'A sub-activity may support several objectives; its budget is not added up across objectives.',
              ),
            },
          ),
        );
        bab3.push(para(efficiencySentence(s, efficiency, locale)));
      }
    }
    sasaranEfficiency.push({ s, e: efficiency });
  });
  return { blocks: bab3, sasaranEfficiency };
}

function historyTable(ctx: LkjipContext, s: SasaranMeasurement, index: number): TableBlock {
  const { locale, L } = ctx;
  const year = ctx.m.year;
  const rows: TableRow[] = [];
  for (const ind of s.indikator) {
    const years = [
      ...ind.history.filter((h) => h.year < year),
      {
        year,
        target: ind.target?.kind === 'value' ? ind.target.value : null,
        realisasi: typeof ind.realisasi === 'number' ? ind.realisasi : null,
        capaian: ind.capaian,
      },
    ];
    rows.push({ emphasis: 'group', cells: [textCell(ind.name, { colSpan: 4 })] });
    for (const h of years)
      rows.push({
        cells: [
          textCell(String(h.year)),
          valueCell(h.target, locale),
          valueCell(h.realisasi, locale),
          percentCell(h.capaian, locale),
        ],
      });
  }
  return ctx.table(
    '3',
    L(
      `Capaian Sasaran Strategis ${ROMAN[index] ?? index + 1} dari Tahun ke Tahun`,
      `Objective ${ROMAN[index] ?? index + 1} Year by Year`,
    ),
    [
      { header: L('Indikator / Tahun', 'Indicator / Year'), width: 6, align: 'left' },
      { header: 'Target', width: 2, align: 'right' },
      { header: L('Realisasi', 'Actual'), width: 2, align: 'right' },
      { header: L('% Capaian', '% Achieved'), width: 2, align: 'right' },
    ],
    rows,
  );
}

function comparisonRows(s: SasaranMeasurement, locale: Locale): TableRow[] {
  return s.indikator
    .filter((i) => i.endTarget || i.national || i.provincial)
    .map((i) => ({
      cells: [
        textCell(i.name),
        valueCell(typeof i.realisasi === 'number' ? i.realisasi : null, locale),
        valueCell(i.endTarget?.endTarget ?? null, locale),
        percentCell(i.endTarget?.progressPercent ?? null, locale),
        valueCell(i.national?.reference ?? null, locale),
        valueCell(i.provincial?.reference ?? null, locale),
      ],
    }));
}

const TARGET_COLORS = ['#9DB7D5', '#F2C48D', '#B9D7A8', '#D9A7C7'];
const ACTUAL_COLORS = ['#1F4E79', '#C55A11', '#3B7D23', '#7B2C63'];

function sasaranChart(
  s: SasaranMeasurement,
  year: number,
  locale: Locale,
  caption: string,
): ChartBlock | null {
  const L = (id: string, en: string) => pick(locale, id, en);
  const years = new Set<number>([year]);
  for (const ind of s.indikator) for (const h of ind.history) if (h.year < year) years.add(h.year);
  const categories = [...years].sort((a, b) => a - b);
  const series: ChartBlock['series'] = [];
  const labels: string[][] = [];
  const multi = s.indikator.length > 1;
  s.indikator.forEach((ind, i) => {
    const byYear = new Map(ind.history.map((h) => [h.year, h]));
    const t = categories.map((y) =>
      y === year ? (ind.target?.kind === 'value' ? ind.target.value : null) : (byYear.get(y)?.target ?? null),
    );
    const r = categories.map((y) =>
      y === year
        ? typeof ind.realisasi === 'number'
          ? ind.realisasi
          : null
        : (byYear.get(y)?.realisasi ?? null),
    );
    const short = shortName(ind.name);
    series.push({ name: multi ? `Target ${short}` : 'Target', values: t, color: TARGET_COLORS[i % 4]! });
    series.push({
      name: multi ? `${L('Realisasi', 'Actual')} ${short}` : L('Realisasi', 'Actual'),
      values: r,
      color: ACTUAL_COLORS[i % 4]!,
    });
    labels.push(t.map((v) => (v === null ? '' : formatNumber(v, { locale }))));
    labels.push(r.map((v) => (v === null ? '' : formatNumber(v, { locale }))));
  });
  if (series.every((se) => se.values.every((v) => v === null))) return null;
  const units = new Set(s.indikator.map((i) => i.unit ?? ''));
  const alt = s.indikator
    .map(
      (ind, i) =>
        `${ind.name}: ${categories
          .map((y, k) => `${y} ${labels[i * 2]![k] || DASH}/${labels[i * 2 + 1]![k] || DASH}`)
          .join(', ')}`,
    )
    .join('; ');
  return {
    type: 'chart',
    id: `grafik-${s.id.toLowerCase()}`,
    caption,
    categories: categories.map(String),
    series,
    axisLabel: units.size === 1 && units.has('%') ? '%' : L('Nilai', 'Value'),
    labels,
    alt: `${L('Target/realisasi', 'Target/actual')} — ${alt}`,
  };
}

function shortName(name: string): string {
  const abbr = /\(([A-Z]{2,})\)/.exec(name);
  if (abbr) return abbr[1]!;
  return name.length > 24 ? `${name.slice(0, 22)}…` : name;
}

/**
 * The budget subtree supporting a sasaran: each listed program whole, or
 * pruned to the listed sub kegiatan (with their kegiatan), as engine nodes.
 */
function supportNodes(data: ReportData, codes: readonly string[]): BudgetNode[] {
  const all = budgetNodesOf(data.budget?.items ?? []);
  const wanted = new Set(codes);
  const prune = (n: BudgetNode): BudgetNode | null => {
    if (wanted.has(n.code)) return n;
    const children = n.children.map(prune).filter((c): c is BudgetNode => c !== null);
    if (children.length === 0) return null;
    // A kegiatan/program kept for some of its rows: its amounts are the sum of those rows.
    return { ...n, pagu: null, paguMurni: null, realisasi: null, children };
  };
  return all.map(prune).filter((n): n is BudgetNode => n !== null);
}
