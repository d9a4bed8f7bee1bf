/** Prints a measurement as plain-text tables for the terminal. */
import { formatNumber, formatPercent, type Locale } from '../domain/numbers.ts';
import { reasonText } from '../domain/report-data/findings.ts';
import type {
  BudgetItemMeasurement,
  IndicatorMeasurement,
  ReportMeasurement,
} from '../domain/report-data/measure-report.ts';

type Row = string[];

function renderTable(header: Row, rows: Row[], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: Row) =>
    cells
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function targetText(m: IndicatorMeasurement, locale: Locale): string {
  const t = m.target;
  if (!t) return '-';
  if (t.kind === 'value')
    return formatNumber(t.value, { locale, decimals: Number.isInteger(t.value) ? 0 : 2 });
  if (t.kind === 'range') return `${formatNumber(t.min, { locale })}–${formatNumber(t.max, { locale })}`;
  return t.grade;
}

function realisasiText(m: IndicatorMeasurement, locale: Locale): string {
  if (m.realisasi === null) return '-';
  if (typeof m.realisasi === 'string') return m.realisasi;
  return formatNumber(m.realisasi, { locale, decimals: Number.isInteger(m.realisasi) ? 0 : 2 });
}

function capaianText(value: number | null, reason: string | undefined, locale: Locale): string {
  if (value !== null) return formatNumber(value, { decimals: 2, locale });
  if (reason === undefined) return '-';
  const text = reasonText(reason);
  return `(${locale === 'id' ? text.id : text.en})`;
}

export function renderMeasurement(m: ReportMeasurement, locale: Locale): string {
  const id = locale === 'id';
  const label = (p: { label: string; labelEn: string } | null) => (p ? (id ? p.label : p.labelEn) : '-');
  const out: string[] = [];
  out.push(`${m.agency.name} — ${id ? 'Tahun' : 'Year'} ${m.year}`);
  out.push(`${id ? 'Skala' : 'Scale'}: ${m.scale.name}; ${id ? 'rata-rata' : 'average'}: ${m.aggregation}`);
  out.push('');
  const rows: Row[] = [];
  m.sasaran.forEach((s, si) => {
    rows.push([
      `${si + 1}`,
      truncate(s.name, 60),
      '',
      '',
      capaianText(s.capaian, undefined, locale),
      label(s.predikat),
    ]);
    for (const ind of s.indikator) {
      rows.push([
        '',
        `  ${truncate(ind.name, 58)}`,
        targetText(ind, locale),
        realisasiText(ind, locale),
        capaianText(ind.capaian, ind.reason, locale),
        label(ind.predikat),
      ]);
    }
  });
  rows.push([
    '',
    id ? `Rata-rata (${m.overall.count} indikator)` : `Average (${m.overall.count} indicators)`,
    '',
    '',
    capaianText(m.overall.capaian, undefined, locale),
    label(m.overall.predikat),
  ]);
  out.push(
    renderTable(
      [
        'No',
        id ? 'Sasaran / Indikator' : 'Objective / Indicator',
        'Target',
        id ? 'Realisasi' : 'Actual',
        id ? '% Capaian' : '% Achieved',
        id ? 'Predikat' : 'Category',
      ],
      rows,
      new Set([2, 3, 4]),
    ),
  );
  if (m.budget) {
    out.push('');
    const money = (v: number | null) => (v === null ? '-' : formatNumber(v, { decimals: 0, locale }));
    const pct = (v: number | null) => (v === null ? '-' : formatPercent(v, { locale }));
    const budgetRows: Row[] = [];
    const walk = (items: readonly BudgetItemMeasurement[], depth: number) => {
      for (const item of items) {
        budgetRows.push([
          item.code,
          truncate(`${'  '.repeat(depth)}${item.name}`, 56),
          money(item.pagu),
          money(item.realisasi),
          pct(item.persen),
        ]);
        walk(item.children, depth + 1);
      }
    };
    walk(m.budget.items, 0);
    budgetRows.push([
      '',
      id ? 'Jumlah' : 'Total',
      money(m.budget.pagu),
      money(m.budget.realisasi),
      pct(m.budget.persen),
    ]);
    out.push(
      renderTable(
        [
          id ? 'Kode' : 'Code',
          id ? 'Program / Kegiatan / Sub Kegiatan' : 'Program / Activity',
          'Pagu',
          id ? 'Realisasi' : 'Spent',
          '%',
        ],
        budgetRows,
        new Set([2, 3, 4]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
