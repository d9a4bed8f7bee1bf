/**
 * Measures a report-data file: every number that can be computed from what
 * was promised, achieved and spent. Pure: the same file always gives the same
 * measurement, at full precision (rounding is for display only).
 */
import { aggregate, type AggregationMethod, type AverageResult } from '../aggregation.ts';
import { rollUpBudget, type BudgetNode, type RolledUpNode } from '../budget-rollup.ts';
import { computeCapaian, type CapaianPolicy, type CapaianReason, type Target } from '../capaian.ts';
import {
  compareWithBenchmark,
  compareWithPreviousYear,
  progressToEndTarget,
  type BenchmarkComparison,
  type EndTargetProgress,
  type YearOnYear,
} from '../comparisons.ts';
import { classify, type Scale } from '../scales.ts';
import { statusOf, type StatusBand } from '../status-bands.ts';
import { readMoney, readNumber, readTarget, valueOf } from './read-values.ts';
import { resolveReportScale } from './report-scale.ts';
import type { BudgetItemInput, IndikatorData, ReportData } from './schema.ts';

export type MeasureReason = CapaianReason | 'malformed-number';

export type Predikat = { label: string; labelEn: string };

export type HistoryMeasurement = {
  year: number;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
};

export type IndicatorMeasurement = {
  id: string;
  name: string;
  unit: string | null;
  polarity: IndikatorData['polarity'];
  target: Target | null;
  realisasi: number | string | null;
  capaian: number | null;
  reason?: MeasureReason;
  predikat: Predikat | null;
  status: StatusBand;
  previousYear: YearOnYear | null;
  endTarget: EndTargetProgress | null;
  national: BenchmarkComparison | null;
  provincial: BenchmarkComparison | null;
  history: HistoryMeasurement[];
};

export type SasaranMeasurement = {
  id: string;
  name: string;
  capaian: number | null;
  predikat: Predikat | null;
  count: number;
  indikator: IndicatorMeasurement[];
};

export type BudgetItemMeasurement = {
  code: string;
  level: BudgetItemInput['level'];
  name: string;
  pagu: number | null;
  paguMurni: number | null;
  realisasi: number | null;
  persen: number | null;
  sisa: number | null;
  children: BudgetItemMeasurement[];
};

export type BudgetMeasurement = {
  pagu: number | null;
  paguMurni: number | null;
  realisasi: number | null;
  persen: number | null;
  sisa: number | null;
  items: BudgetItemMeasurement[];
};

export type ReportMeasurement = {
  agency: ReportData['agency'];
  year: number;
  scale: { id: string; name: string };
  aggregation: AggregationMethod;
  sasaran: SasaranMeasurement[];
  overall: { capaian: number | null; predikat: Predikat | null; count: number; excluded: number };
  budget: BudgetMeasurement | null;
};

/** The capaian policy a file declares; what it leaves out takes the engine's defaults. */
export function capaianPolicyOf(data: ReportData): Partial<CapaianPolicy> {
  const { negativeFormula, targetZero, floorAtZero } = data.policy ?? {};
  return {
    ...(negativeFormula ? { negativeFormula } : {}),
    ...(targetZero ? { targetZero } : {}),
    ...(floorAtZero !== undefined ? { floorAtZero } : {}),
  };
}

function predikatOf(value: number | null, scale: Scale): Predikat | null {
  if (value === null) return null;
  const level = classify(value, scale);
  return { label: level.label, labelEn: level.labelEn };
}

/** Capaian of one indicator-year, with the reason when it cannot be computed. */
export function measureIndicatorYear(
  indikator: IndikatorData,
  target: IndikatorData['target'],
  realisasi: IndikatorData['realisasi'],
  policy: Partial<CapaianPolicy>,
): {
  capaian: number | null;
  reason?: MeasureReason;
  target: Target | null;
  realisasi: number | string | null;
} {
  const readT = readTarget({ polarity: indikator.polarity, target });
  if (readT.state === 'malformed')
    return { capaian: null, reason: 'malformed-number', target: null, realisasi: null };
  const t = readT.state === 'ok' ? readT.target : null;
  let r: number | string | null = null;
  if (realisasi !== undefined && realisasi !== null) {
    if (indikator.polarity === 'ordinal') r = String(realisasi).trim();
    else {
      const read = readNumber(realisasi);
      if (read.state === 'malformed')
        return { capaian: null, reason: 'malformed-number', target: t, realisasi: null };
      r = valueOf(read);
    }
  }
  const result = computeCapaian(
    {
      polarity: indikator.polarity,
      target: t,
      realisasi: r,
      ...(indikator.grades ? { grades: indikator.grades } : {}),
    },
    policy,
  );
  return result.value === null
    ? { capaian: null, reason: result.reason, target: t, realisasi: r }
    : { capaian: result.value, target: t, realisasi: r };
}

function measureIndicator(
  indikator: IndikatorData,
  data: ReportData,
  scale: Scale,
  policy: Partial<CapaianPolicy>,
): IndicatorMeasurement {
  const now = measureIndicatorYear(indikator, indikator.target, indikator.realisasi, policy);
  const direction = indikator.polarity === 'negative' ? 'negative' : 'positive';
  const numericRealisasi = typeof now.realisasi === 'number' ? now.realisasi : null;
  const history: HistoryMeasurement[] = (indikator.history ?? [])
    .map((h) => {
      const m = measureIndicatorYear(indikator, h.target, h.realisasi, policy);
      return {
        year: h.year,
        target: m.target?.kind === 'value' ? m.target.value : null,
        realisasi: typeof m.realisasi === 'number' ? m.realisasi : null,
        capaian: m.capaian,
      };
    })
    .sort((a, b) => a.year - b.year);
  const previous = history.find((h) => h.year === data.year - 1);
  const comparable = indikator.polarity !== 'ordinal' && numericRealisasi !== null;
  const benchmark = (value: IndikatorData['national'], name: { id: string; en: string }) => {
    const ref = valueOf(readNumber(value));
    return comparable && ref !== null ? compareWithBenchmark(numericRealisasi, ref, direction, name) : null;
  };
  return {
    id: indikator.id,
    name: indikator.name,
    unit: indikator.unit ?? null,
    polarity: indikator.polarity,
    target: now.target,
    realisasi: now.realisasi,
    capaian: now.capaian,
    ...(now.reason ? { reason: now.reason } : {}),
    predikat: predikatOf(now.capaian, scale),
    status: statusOf(now.capaian),
    previousYear:
      comparable && previous
        ? compareWithPreviousYear(
            { year: data.year, value: numericRealisasi },
            { year: previous.year, value: previous.realisasi },
            direction,
          )
        : null,
    endTarget: comparable
      ? progressToEndTarget(
          numericRealisasi,
          valueOf(readNumber(indikator.endTarget)),
          direction,
          valueOf(readNumber(indikator.baseline)),
        )
      : null,
    national: benchmark(indikator.national, { id: 'nasional', en: 'national' }),
    provincial: benchmark(indikator.provincial, { id: 'provinsi', en: 'provincial' }),
    history,
  };
}

/** Converts the file's budget items into the engine's tree; malformed amounts become unknown. */
export function budgetNodesOf(items: readonly BudgetItemInput[]): BudgetNode[] {
  return items.map((item) => ({
    code: item.code,
    level: item.level,
    name: item.name,
    pagu: valueOf(readMoney(item.pagu)),
    paguMurni: valueOf(readMoney(item.paguMurni)),
    realisasi: valueOf(readMoney(item.realisasi)),
    ...(item.spendingType ? { spendingType: item.spendingType } : {}),
    children: budgetNodesOf(item.children),
  }));
}

function budgetItemOf(node: RolledUpNode): BudgetItemMeasurement {
  return {
    code: node.code,
    level: node.level,
    name: node.name,
    pagu: node.pagu,
    paguMurni: node.paguMurni,
    realisasi: node.realisasi,
    persen: node.persen,
    sisa: node.sisa,
    children: node.children.map(budgetItemOf),
  };
}

function averageOf(result: AverageResult | undefined): { value: number | null; count: number } {
  return result ? { value: result.value, count: result.count } : { value: null, count: 0 };
}

/** Measures a validated report-data file. */
export function measureReport(data: ReportData): ReportMeasurement {
  const scale = resolveReportScale(data.scale);
  const policy = capaianPolicyOf(data);
  const measured = data.sasaran.map((s) => ({
    sasaran: s,
    indikator: s.indikator.map((ind) => measureIndicator(ind, data, scale, policy)),
  }));
  const aggregation = aggregate(
    measured.flatMap(({ sasaran, indikator }) =>
      indikator.map((m, i) => ({
        sasaranId: sasaran.id,
        indicatorId: m.id,
        capaian: m.capaian,
        ...(sasaran.indikator[i]?.weight !== undefined ? { weight: sasaran.indikator[i].weight } : {}),
      })),
    ),
    data.aggregation,
    { scale, cap: data.policy?.cap ?? null },
  );
  let budget: BudgetMeasurement | null = null;
  if (data.budget) {
    const rolled = rollUpBudget(budgetNodesOf(data.budget.items));
    budget = { ...rolled.total, items: rolled.items.map(budgetItemOf) };
  }
  return {
    agency: data.agency,
    year: data.year,
    scale: { id: scale.id, name: scale.name },
    aggregation: data.aggregation,
    sasaran: measured.map(({ sasaran, indikator }) => {
      const avg = averageOf(aggregation.perSasaran.get(sasaran.id));
      return {
        id: sasaran.id,
        name: sasaran.name,
        capaian: avg.value,
        predikat: predikatOf(avg.value, scale),
        count: avg.count,
        indikator,
      };
    }),
    overall: {
      capaian: aggregation.overall.value,
      predikat: predikatOf(aggregation.overall.value, scale),
      count: aggregation.overall.count,
      excluded: aggregation.overall.excluded,
    },
    budget,
  };
}
