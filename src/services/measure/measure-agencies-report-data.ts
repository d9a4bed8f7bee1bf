/**
 * Builds the parts of an `akuntabel/report-data@1` object (ReportData) from
 * loaded agency data, for measure-agencies.ts: the scale, polarity, target and
 * year's realisation of each indicator (derived from components where the
 * formula says so, then rolled up from its periods), and the budget tree.
 */
import { deriveRealisasi, type Derivation } from '../../domain/derived-realisasi.ts';
import { indicatorYearValue, type IndicatorYearValue } from '../../domain/indicator-year-value.ts';
import type { PeriodAggregation as DomainPeriodAggregation } from '../../domain/period-aggregation.ts';
import type { BudgetItemInput, IndikatorData, ReportData } from '../../domain/report-data/schema.ts';
import type { PeriodAggregation, Polarity, SpendingType } from '../../store/schema/enums.ts';
import type { StoredBudgetLine, StoredIndicator, StoredSetting, StoredTarget } from './measurement-data.ts';

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
