/**
 * Measures loaded agency data through the domain, by one path shared with
 * report files: each agency-year becomes an `akuntabel/report-data@1` object
 * (ReportData) and goes through `measureReport` (capaian, predikat, averages,
 * comparisons, budget roll-up). What the file format cannot say is resolved
 * here first, each step by a domain function:
 *
 * - the target: the latest signed PK version of the top unit (a perubahan
 *   replaces the original), else the Renstra target of the year;
 * - the realisation: per period derived from its components where the
 *   indicator's formula names them (formula-derivation.ts, derived-realisasi.ts),
 *   else the value entered; then the periods rolled up to the year
 *   (indicator-year-value.ts over period-aggregation.ts `rollUpYear`; the
 *   store's 'last' is the domain's 'stock');
 * - store enumerations mapped to the format's names (scale preset, aggregation,
 *   negative formula, cap); a 'range' indicator is measured as positive with a
 *   range target (inside → 100; outside → against the nearer bound).
 *
 * Building the report-data parts is in measure-agencies-report-data.ts; this
 * file measures and shapes the result.
 */
import { rollUpBudget, type BudgetNode } from '../../domain/budget-rollup.ts';
import type { Derivation } from '../../domain/derived-realisasi.ts';
import { computeEfficiency, type Efficiency } from '../../domain/efficiency.ts';
import type { IndicatorYearValue } from '../../domain/indicator-year-value.ts';
import {
  budgetNodesOf,
  measureReport,
  type BudgetItemMeasurement,
  type IndicatorMeasurement,
  type Predikat,
  type ReportMeasurement,
} from '../../domain/report-data/measure-report.ts';
import { resolveReportScale } from '../../domain/report-data/report-scale.ts';
import type { ReportData } from '../../domain/report-data/schema.ts';
import type { Scale } from '../../domain/scales.ts';
import type { PeriodAggregation, Polarity } from '../../store/schema/enums.ts';
import { invalidState } from '../errors.ts';
import { agencyReportData } from './measure-agencies-report-data.ts';
import type { AgencyData, StoredSetting } from './measurement-data.ts';

export type { Predikat } from '../../domain/report-data/measure-report.ts';

export type TargetSource = 'pk' | 'renstra';

export type MeasuredIndicator = IndicatorMeasurement & {
  code: string;
  isIku: boolean;
  /** The polarity as stored ('range' is measured as positive against a range target). */
  storedPolarity: Polarity;
  periodAggregation: PeriodAggregation;
  /** Where the target came from; null when there is none. */
  targetSource: TargetSource | null;
  /** How the year's realisation was rolled up from its periods. */
  periods: Omit<IndicatorYearValue, 'value' | 'grade'>;
  /** The derivation the formula states over the components, when it states one. */
  derivation: Derivation | null;
  /** Periods whose value was computed from components (rather than taken as entered). */
  derivedPeriods: number;
};

export type MeasuredSasaran = {
  id: string;
  code: string;
  statement: string;
  capaian: number | null;
  predikat: Predikat | null;
  count: number;
  indicators: MeasuredIndicator[];
  /** Programs linked to the sasaran (sasaran_program_link) that have a budget this year. */
  programs: { id: string; code: string; name: string }[];
  /** Capaian of the sasaran against the serapan of its programs; null when budgets were not read. */
  efficiency: Efficiency | null;
};

export type PredikatCount = { label: string; labelEn: string; count: number };

export type MeasurementSettings = {
  source: StoredSetting['source'];
  fromYear: number | null;
  scale: { id: string; name: string; levels: { label: string; labelEn: string }[] };
  aggregation: ReportData['aggregation'];
  negativeFormula: 'two-minus-ratio' | 'inverse-ratio';
  cap: number | null;
};

export type MeasuredAgency = {
  agency: AgencyData;
  settings: MeasurementSettings;
  sasaran: MeasuredSasaran[];
  overall: ReportMeasurement['overall'];
  /** Indicators per predikat, in scale order (highest first), then those not measured. */
  predikatCounts: PredikatCount[];
  unmeasured: number;
  indicatorCount: number;
  /** Indicators with no realisation for the year. */
  missingRealisasi: number;
  /** Indicators with a realisation but not every period of the year reported. */
  incomplete: number;
  budget: ReportMeasurement['budget'];
};

function settingsOf(setting: StoredSetting, scale: Scale): MeasurementSettings {
  return {
    source: setting.source,
    fromYear: setting.fromYear,
    scale: {
      id: scale.id,
      name: scale.name,
      levels: scale.levels.map((l) => ({ label: l.label, labelEn: l.labelEn })),
    },
    aggregation: setting.sasaranAggregation === 'group_mean' ? 'group-mean' : 'mean',
    negativeFormula: setting.negativeFormula === 'inverse_ratio' ? 'inverse-ratio' : 'two-minus-ratio',
    cap: setting.capaianCap,
  };
}

export type MeasureOptions = {
  year: number;
  /** Years before `year` to compare with (history, previous year). */
  historyYears: number;
  /** Efficiency per sasaran (needs the budget tree and the sasaran-program links loaded). */
  efficiency: boolean;
};

/** Measures one loaded agency for the year. */
export function measureAgency(agency: AgencyData, options: MeasureOptions): MeasuredAgency {
  const { data, details, programIds } = agencyReportData(agency, { ...options, ids: 'id' });

  let scale: Scale;
  let report: ReportMeasurement;
  try {
    scale = resolveReportScale(data.scale);
    report = measureReport(data);
  } catch (error) {
    throw invalidState({
      id: `Pengaturan pengukuran ${agency.name} tidak dapat dipakai: ${error instanceof Error ? error.message : String(error)}`,
      en: `The measurement settings of ${agency.name} cannot be used: ${error instanceof Error ? error.message : String(error)}`,
    });
  }

  // Efficiency per sasaran: its capaian against the serapan of the programs linked to it.
  const budgetByProgram = new Map<string, { node: BudgetNode; code: string; name: string }>();
  if (data.budget) {
    budgetNodesOf(data.budget.items).forEach((node, i) =>
      budgetByProgram.set(programIds[i]!, { node, code: node.code, name: node.name }),
    );
  }

  const counts = new Map(
    scale.levels.map((l) => [l.label, { label: l.label, labelEn: l.labelEn, count: 0 }]),
  );
  let unmeasured = 0;
  let missingRealisasi = 0;
  let incomplete = 0;
  const measured: MeasuredSasaran[] = report.sasaran.map((s, si) => {
    const stored = agency.sasaran[si]!;
    const indicators = s.indikator.map((m): MeasuredIndicator => {
      const d = details.get(m.id)!;
      if (m.predikat) counts.get(m.predikat.label)!.count++;
      else unmeasured++;
      if (m.realisasi === null) missingRealisasi++;
      else if (!d.value.complete) incomplete++;
      const { periodKind, periodsReported, periodsExpected, complete, ignoredRows, derivedPeriods } = d.value;
      const periods = { periodKind, periodsReported, periodsExpected, complete, ignoredRows };
      return {
        ...m,
        code: d.indicator.code,
        isIku: d.indicator.isIku,
        storedPolarity: d.indicator.polarity,
        periodAggregation: d.indicator.periodAggregation,
        targetSource: d.targetSource,
        periods,
        derivation: d.derivation,
        derivedPeriods,
      };
    });
    const programs = (agency.sasaranPrograms.get(stored.id) ?? [])
      .map((id) => ({ id, entry: budgetByProgram.get(id) }))
      .filter((p) => p.entry !== undefined)
      .map((p) => ({ id: p.id, code: p.entry!.code, name: p.entry!.name, node: p.entry!.node }))
      .sort((a, b) => a.code.localeCompare(b.code));
    const serapan = programs.length > 0 ? rollUpBudget(programs.map((p) => p.node)).total.persen : null;
    return {
      id: s.id,
      code: stored.code,
      statement: stored.statement,
      capaian: s.capaian,
      predikat: s.predikat,
      count: s.count,
      indicators,
      programs: programs.map(({ id, code, name }) => ({ id, code, name })),
      efficiency: options.efficiency ? computeEfficiency(s.capaian, serapan) : null,
    };
  });

  return {
    agency,
    settings: settingsOf(agency.setting, scale),
    sasaran: measured,
    overall: report.overall,
    predikatCounts: [...counts.values()],
    unmeasured,
    indicatorCount: details.size,
    missingRealisasi,
    incomplete,
    budget: report.budget,
  };
}

export type { BudgetItemMeasurement };
