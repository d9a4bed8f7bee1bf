/**
 * Builds the `akuntabel/report-data@1` object (ReportData) of one loaded
 * agency-year (`agencyReportData`), for measure-agencies.ts and for the
 * report-data export (export-report-data.ts): the scale, polarity, target and
 * year's realisation of each indicator (derived from components where the
 * formula says so, then rolled up from its periods), earlier years as
 * history, and the budget tree. One builder, so an exported file measures
 * exactly as the app measures the year.
 *
 * The target is the one measurement uses: the latest signed PK version of the
 * top unit (a perubahan replaces the original), else the Renstra target of
 * the year (the rule of `yearTargetSql`, measurement-data-targets.ts).
 */
import { deriveRealisasi, type Derivation } from '../../domain/derived-realisasi.ts';
import { derivationFromFormula } from '../../domain/formula-derivation.ts';
import { indicatorYearValue, type IndicatorYearValue } from '../../domain/indicator-year-value.ts';
import type { PeriodAggregation as DomainPeriodAggregation } from '../../domain/period-aggregation.ts';
import type { BudgetItemInput, IndikatorData, ReportData } from '../../domain/report-data/schema.ts';
import type { PeriodAggregation, Polarity, SpendingType } from '../../store/schema/enums.ts';
import type {
  AgencyData,
  StoredBudgetLine,
  StoredIndicator,
  StoredSetting,
  StoredTarget,
} from './measurement-data.ts';

const PRESET_IDS = {
  permendagri_86_2017: 'permendagri-86-2017',
  baik_4: 'baik-4',
  lan_239_2003: 'lan-239-2003',
} as const;

const STORE_TO_DOMAIN_AGGREGATION: Record<PeriodAggregation, DomainPeriodAggregation> = {
  cumulative: 'cumulative',
  last: 'stock',
  average: 'average',
};

const SPENDING: Record<SpendingType, BudgetItemInput['spendingType']> = {
  pegawai: 'pegawai',
  barang_jasa: 'barang-jasa',
  modal: 'modal',
  hibah: 'lainnya',
  bantuan_sosial: 'lainnya',
  tidak_terduga: 'lainnya',
  lainnya: 'lainnya',
};

export function scaleOf(setting: StoredSetting): ReportData['scale'] {
  if (setting.scalePreset !== 'custom') return PRESET_IDS[setting.scalePreset];
  const bands = [...(setting.customScale ?? [])].sort(
    (a, b) => (b.min === null ? -Infinity : Number(b.min)) - (a.min === null ? -Infinity : Number(a.min)),
  );
  return {
    levels: bands.map((band) => ({
      label: band.label,
      min: band.min === null ? null : Number(band.min),
      minInclusive: band.minInclusive,
      max: band.max === null ? null : Number(band.max),
      maxInclusive: band.maxInclusive,
    })),
  };
}

export function formatPolarity(polarity: Polarity): IndikatorData['polarity'] {
  return polarity === 'range' ? 'positive' : polarity;
}

export function formatTarget(
  indicator: StoredIndicator,
  target: StoredTarget | undefined,
): IndikatorData['target'] {
  if (!target) return null;
  if (indicator.polarity === 'ordinal') return target.grade;
  if (target.value !== null) return target.value;
  if (target.low !== null && target.high !== null) return { min: target.low, max: target.high };
  return null;
}

export type YearValue = IndicatorYearValue & { derivedPeriods: number };

export function yearValue(
  indicator: StoredIndicator,
  year: number,
  derivation: Derivation | null,
): YearValue {
  let derivedPeriods = 0;
  const rows = (indicator.periods.get(year) ?? []).map((p) => {
    let value = p.value;
    const components = indicator.components.get(p.realisationId);
    if (derivation && components) {
      const derived = deriveRealisasi(derivation, components);
      if (derived.value !== null) {
        value = derived.value;
        derivedPeriods++;
      }
    }
    return { kind: p.kind, no: p.no, value, grade: p.grade };
  });
  const rolled = indicatorYearValue(
    rows,
    STORE_TO_DOMAIN_AGGREGATION[indicator.periodAggregation],
    indicator.reportingFrequency,
  );
  return { ...rolled, derivedPeriods };
}

export function realisasiOf(indicator: StoredIndicator, value: YearValue): IndikatorData['realisasi'] {
  return indicator.polarity === 'ordinal' ? value.grade : value.value;
}

export function budgetItemsOf(lines: readonly StoredBudgetLine[]): {
  items: BudgetItemInput[];
  programIds: string[];
} {
  const programs = new Map<string, BudgetItemInput>();
  const kegiatan = new Map<string, BudgetItemInput>();
  const subs = new Map<string, { item: BudgetItemInput; types: Set<SpendingType> }>();
  for (const line of lines) {
    let program = programs.get(line.programId);
    if (!program) {
      program = { code: line.programCode, level: 'program', name: line.programName, children: [] };
      programs.set(line.programId, program);
    }
    let keg = kegiatan.get(line.kegiatanId);
    if (!keg) {
      keg = { code: line.kegiatanCode, level: 'kegiatan', name: line.kegiatanName, children: [] };
      kegiatan.set(line.kegiatanId, keg);
      program.children.push(keg);
    }
    let sub = subs.get(line.subKegiatanId);
    if (!sub) {
      sub = {
        item: {
          code: line.subKegiatanCode,
          level: 'subkegiatan',
          name: line.subKegiatanName,
          pagu: 0,
          paguMurni: 0,
          realisasi: 0,
          children: [],
        },
        types: new Set(),
      };
      subs.set(line.subKegiatanId, sub);
      keg.children.push(sub.item);
    }
    // Amounts of the lines (one per spending type) of a sub kegiatan add up; pagu is the revised one when revised.
    sub.item.pagu = (sub.item.pagu as number) + (line.paguPerubahan ?? line.paguMurni);
    sub.item.paguMurni = (sub.item.paguMurni as number) + line.paguMurni;
    sub.item.realisasi = (sub.item.realisasi as number) + line.realisasi;
    sub.types.add(line.spendingType);
  }
  for (const { item, types } of subs.values()) {
    if (types.size === 1) item.spendingType = SPENDING[[...types][0]!];
  }
  return { items: [...programs.values()], programIds: [...programs.keys()] };
}

export type IndicatorDetail = {
  indicator: StoredIndicator;
  value: YearValue;
  derivation: Derivation | null;
  targetSource: 'pk' | 'renstra' | null;
};

export type AgencyReportData = {
  data: ReportData;
  /** Per indicator, by the id it has in `data`. */
  details: Map<string, IndicatorDetail>;
  /** The stored id of each program of `data.budget.items`, in order. */
  programIds: string[];
};

/**
 * The report-data@1 object of one loaded agency for `options.year`, with
 * `options.historyYears` earlier years as each indicator's history. Ids are
 * the stored ones (`'id'`, for measuring) or the codes (`'code'`, for a file
 * that travels: SS1, SS1.1).
 */
export function agencyReportData(
  agency: AgencyData,
  options: { year: number; historyYears: number; ids: 'id' | 'code' },
): AgencyReportData {
  const { year } = options;
  const targetFor = (indicator: StoredIndicator, y: number) => {
    const fromPk = agency.pk.get(y)?.targets.get(indicator.id);
    if (fromPk) return { target: fromPk, source: 'pk' as const };
    const fromRenstra = indicator.renstraTargets.get(y);
    return fromRenstra ? { target: fromRenstra, source: 'renstra' as const } : null;
  };
  const details = new Map<string, IndicatorDetail>();
  const sasaran: ReportData['sasaran'] = agency.sasaran.map((s) => ({
    id: options.ids === 'id' ? s.id : s.code,
    name: s.statement,
    indikator: s.indicators.map((indicator): IndikatorData => {
      const id = options.ids === 'id' ? indicator.id : indicator.code;
      const derivation = derivationFromFormula(indicator.formula, indicator.componentCodes);
      const value = yearValue(indicator, year, derivation);
      const chosen = targetFor(indicator, year);
      details.set(id, { indicator, value, derivation, targetSource: chosen?.source ?? null });
      const history: NonNullable<IndikatorData['history']> = [];
      for (let y = year - options.historyYears; y < year; y++) {
        const past = yearValue(indicator, y, derivation);
        const pastTarget = formatTarget(indicator, targetFor(indicator, y)?.target);
        const pastRealisasi = realisasiOf(indicator, past);
        if (pastTarget !== null || pastRealisasi !== null)
          history.push({ year: y, target: pastTarget, realisasi: pastRealisasi });
      }
      const grades = indicator.ordinalScale ? [...indicator.ordinalScale.grades].reverse() : undefined;
      return {
        id,
        name: indicator.name,
        unit: indicator.unit,
        polarity: formatPolarity(indicator.polarity),
        ...(grades && indicator.polarity === 'ordinal' ? { grades } : {}),
        target: formatTarget(indicator, chosen?.target),
        realisasi: realisasiOf(indicator, value),
        endTarget: indicator.endTargetValue,
        baseline: indicator.baselineValue,
        history,
      };
    }),
  }));
  const budget = agency.budgetLines.length > 0 ? budgetItemsOf(agency.budgetLines) : null;
  const data: ReportData = {
    format: 'akuntabel/report-data@1',
    agency: { name: agency.name, region: agency.regionName, level: agency.regionKind },
    year,
    scale: scaleOf(agency.setting),
    aggregation: agency.setting.sasaranAggregation === 'group_mean' ? 'group-mean' : 'mean',
    policy: {
      negativeFormula:
        agency.setting.negativeFormula === 'inverse_ratio' ? 'inverse-ratio' : 'two-minus-ratio',
      cap: agency.setting.capaianCap,
    },
    sasaran,
    ...(budget ? { budget: { items: budget.items } } : {}),
  };
  return { data, details, programIds: budget?.programIds ?? [] };
}
