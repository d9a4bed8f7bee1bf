/** The report's key figures (model.ts `LkjipKeyFigures`) and the budget counts the texts cite. */
import type { Efficiency } from '../../domain/efficiency.ts';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import type {
  BudgetItemMeasurement,
  IndicatorMeasurement,
  ReportMeasurement,
} from '../../domain/report-data/measure-report.ts';
import { DASH, pick, rupiahText } from '../format.ts';
import type { LkjipKeyFigures } from '../model.ts';
import { predikatCounts, type BudgetCounts } from '../narrative-defaults.ts';
import { efficiencyLabel } from './efficiency-text.ts';

export function keyFigures(
  m: ReportMeasurement,
  locale: Locale,
  overallEfficiency: Efficiency | null,
): LkjipKeyFigures {
  const L = (id: string, en: string) => pick(locale, id, en);
  const budget = m.budget;
  const predikatLabel = (p: IndicatorMeasurement['predikat']) => (p ? L(p.label, p.labelEn) : null);
  return {
    indicatorCount: m.sasaran.reduce((a, s) => a + s.indikator.length, 0),
    overallCapaian: fig(m.overall.capaian, locale),
    overallPredikat: predikatLabel(m.overall.predikat),
    sasaranCapaian: m.sasaran.map((s) => ({
      id: s.id,
      name: s.name,
      capaian: fig(s.capaian, locale),
      predikat: predikatLabel(s.predikat),
      count: s.count,
    })),
    indicatorCapaian: m.sasaran.flatMap((s) =>
      s.indikator.map((i) => ({
        id: i.id,
        name: i.name,
        capaian: fig(i.capaian, locale),
        predikat: predikatLabel(i.predikat),
      })),
    ),
    predikatCounts: predikatCounts(m, locale),
    pagu: { value: budget?.pagu ?? null, text: budget ? rupiahText(budget.pagu, locale) : DASH },
    realisasi: {
      value: budget?.realisasi ?? null,
      text: budget ? rupiahText(budget.realisasi, locale) : DASH,
    },
    serapan: fig(budget?.persen ?? null, locale),
    efficiency: overallEfficiency ? efficiencyLabel(overallEfficiency, locale) : null,
  };
}

function fig(value: number | null, locale: Locale): { value: number | null; text: string } {
  return { value, text: value === null ? DASH : formatNumber(value, { decimals: 2, locale }) };
}

/** Programs, kegiatan and sub kegiatan with a budget (pagu > 0). */
export function countBudget(items: readonly BudgetItemMeasurement[]): BudgetCounts {
  const funded = (n: BudgetItemMeasurement) => (n.pagu ?? 0) > 0;
  const programs = items.filter(funded);
  const kegiatan = programs.flatMap((p) => p.children.filter(funded));
  const subKegiatan = kegiatan.flatMap((k) => k.children.filter(funded));
  return { programs: programs.length, kegiatan: kegiatan.length, subKegiatan: subKegiatan.length };
}
