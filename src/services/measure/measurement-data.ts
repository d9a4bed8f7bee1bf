/**
 * Reads what measuring an agency-year needs, for one agency or every agency
 * of a region at once, with a fixed number of set-based queries (never one
 * query per agency or per indicator): agencies, the Renstra sasaran and
 * indicators active in the year, Renstra targets, the latest signed PK of
 * each agency's top unit, realisations (and their components where the
 * indicator's formula derives the value from them), the measurement settings,
 * and budget figures. Rows are mapped to plain values here; measuring is left
 * to the domain (see measure-agencies.ts).
 *
 * The queries live by what they read: measurement-data-structure.ts (agencies,
 * sasaran, indicators), -targets.ts (Renstra and PK), -realisations.ts
 * (realisations, components), -settings.ts and -budget.ts.
 *
 * Recap indexes used (docs/data-model.md): realisation_agency_year_idx,
 * indicator_target_agency_year_idx, perjanjian_kinerja_agency_year_idx,
 * budget_line_agency_year_idx, agency_region_idx.
 */
import type { Database } from '../../store/database.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';
import type { CustomScaleBand } from '../../store/schema/settings.ts';
import type {
  PeriodAggregation,
  PeriodKind,
  Polarity,
  RealisationStatus,
  RegionKind,
  ReportingFrequency,
  ScalePreset,
  SasaranAggregation,
  NegativeFormula,
  SpendingType,
} from '../../store/schema/enums.ts';
import { loadBudgetTotals, loadBudgetTree } from './measurement-data-budget.ts';
import { loadRealisations } from './measurement-data-realisations.ts';
import { loadSettings } from './measurement-data-settings.ts';
import { loadAgencies, loadStructure } from './measurement-data-structure.ts';
import { loadPkTargets, loadRenstraTargets } from './measurement-data-targets.ts';

export { DEFAULT_SETTING } from './measurement-data-settings.ts';

export type AgencySelection = { agencyId: string } | { regionId: string };

export type StoredTarget = {
  value: number | null;
  low: number | null;
  high: number | null;
  grade: string | null;
};

export type StoredPeriod = {
  realisationId: string;
  year: number;
  kind: PeriodKind;
  no: number;
  value: number | null;
  grade: string | null;
  status: RealisationStatus;
};

export type StoredIndicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  periodAggregation: PeriodAggregation;
  reportingFrequency: ReportingFrequency;
  isIku: boolean;
  formula: string | null;
  ordinalScale: OrdinalScale | null;
  baselineValue: number | null;
  endTargetValue: number | null;
  /** Component codes declared for the indicator. */
  componentCodes: string[];
  /** Renstra target per year. */
  renstraTargets: Map<number, StoredTarget>;
  /** Realisation rows per year. */
  periods: Map<number, StoredPeriod[]>;
  /** Component values per realisation row id, by component code. */
  components: Map<string, Record<string, number>>;
};

export type StoredSasaran = {
  id: string;
  code: string;
  statement: string;
  indicators: StoredIndicator[];
};

export type StoredPk = {
  year: number;
  versionId: string;
  number: number;
  kind: 'original' | 'perubahan';
  signedOn: string | null;
  /** Targets by indicator id. */
  targets: Map<string, StoredTarget>;
};

export type StoredSetting = {
  source: 'agency' | 'region' | 'default';
  fromYear: number | null;
  scalePreset: ScalePreset;
  customScale: CustomScaleBand[] | null;
  sasaranAggregation: SasaranAggregation;
  capaianCap: number | null;
  negativeFormula: NegativeFormula;
};

export type StoredBudgetLine = {
  programId: string;
  programCode: string;
  programName: string;
  kegiatanId: string;
  kegiatanCode: string;
  kegiatanName: string;
  subKegiatanId: string;
  subKegiatanCode: string;
  subKegiatanName: string;
  spendingType: SpendingType;
  paguMurni: number;
  paguPerubahan: number | null;
  /** Σ budget realisation over the periods of the year (0 when none was recorded). */
  realisasi: number;
};

export type StoredBudgetTotals = { pagu: number; paguMurni: number; realisasi: number; lines: number };

export type AgencyData = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  regionId: string;
  regionName: string;
  regionKind: RegionKind;
  renstra: { id: string; startYear: number; endYear: number } | null;
  sasaran: StoredSasaran[];
  /** Latest signed PK version of the top unit, per year. */
  pk: Map<number, StoredPk>;
  setting: StoredSetting;
  /** Sasaran id → linked program ids (only when asked). */
  sasaranPrograms: Map<string, string[]>;
  budgetLines: StoredBudgetLine[];
  budgetTotals: StoredBudgetTotals | null;
};

export type LoadOptions = {
  year: number;
  /** How many years before `year` to read targets, PKs and realisations for (comparisons). */
  historyYears: number;
  statuses: readonly RealisationStatus[];
  /** 'tree': every budget line of the year (one agency); 'totals': sums per agency (recap); 'none'. */
  budget: 'tree' | 'totals' | 'none';
};

/** Reads everything the measurement of `options.year` needs for the selected agencies. */
export async function loadMeasurementData(
  tx: Database,
  selection: AgencySelection,
  options: LoadOptions,
): Promise<AgencyData[]> {
  const { year } = options;
  const fromYear = year - options.historyYears;

  const agencies = await loadAgencies(tx, selection);
  if (agencies.size === 0) return [];

  const { indicators, sasaranById } = await loadStructure(tx, selection, year, agencies);
  if (indicators.size > 0) {
    await loadRenstraTargets(tx, selection, fromYear, year, indicators);
    await loadRealisations(tx, selection, fromYear, year, options.statuses, indicators);
  }
  await loadPkTargets(tx, selection, fromYear, year, agencies);
  await loadSettings(tx, selection, year, agencies);

  if (options.budget === 'tree') {
    await loadBudgetTree(tx, selection, year, agencies, [...sasaranById.keys()]);
  } else if (options.budget === 'totals') {
    await loadBudgetTotals(tx, selection, year, agencies);
  }

  return [...agencies.values()];
}
