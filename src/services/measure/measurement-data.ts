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
 * Recap indexes used (docs/data-model.md): realisation_agency_year_idx,
 * indicator_target_agency_year_idx, perjanjian_kinerja_agency_year_idx,
 * budget_line_agency_year_idx, agency_region_idx.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { OrdinalScale } from '../../store/schema/renstra.ts';
import type { CustomScaleBand } from '../../store/schema/settings.ts';
import type {
  NegativeFormula,
  PeriodAggregation,
  PeriodKind,
  Polarity,
  RealisationStatus,
  RegionKind,
  ReportingFrequency,
  SasaranAggregation,
  ScalePreset,
  SpendingType,
} from '../../store/schema/enums.ts';

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

export const DEFAULT_SETTING: StoredSetting = Object.freeze({
  source: 'default',
  fromYear: null,
  scalePreset: 'permendagri_86_2017',
  customScale: null,
  sasaranAggregation: 'mean',
  capaianCap: null,
  negativeFormula: 'two_minus_ratio',
});

function decimalOrNull(text: string | null): number | null {
  return text === null ? null : Number(text);
}

function rupiahOf(text: string | null, what: string): number {
  const value = text === null ? 0 : Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} is not a safe integer Rupiah: ${text}`);
  return value;
}

function targetOf(row: {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
}): StoredTarget {
  return {
    value: decimalOrNull(row.value),
    low: decimalOrNull(row.low),
    high: decimalOrNull(row.high),
    grade: row.grade,
  };
}

/**
 * `column` is one of the selection's agencies. For a region, `= any(array(...))`
 * rather than `in (select ...)`: the array is computed first and becomes an
 * index condition, so each (agency_id, year) index is probed once per agency
 * (≈ 40 range scans) instead of reading the year of every region and
 * hash-joining (bench/README.md, section "Store").
 */
function inSelection(column: SQL, selection: AgencySelection): SQL {
  return 'agencyId' in selection
    ? sql`${column} = ${selection.agencyId}`
    : sql`${column} = any(array(select id from agency where region_id = ${selection.regionId}))`;
}

function uuidList(ids: readonly string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

type AgencyRow = {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  region_id: string;
  region_name: string;
  region_kind: RegionKind;
};

type StructureRow = {
  agency_id: string;
  renstra_id: string;
  start_year: number;
  end_year: number;
  sasaran_id: string;
  sasaran_code: string;
  statement: string;
  indicator_id: string | null;
  code: string | null;
  name: string | null;
  unit: string | null;
  polarity: Polarity | null;
  period_aggregation: PeriodAggregation | null;
  reporting_frequency: ReportingFrequency | null;
  is_iku: boolean | null;
  formula: string | null;
  ordinal_scale: OrdinalScale | string | null;
  baseline_value: string | null;
  end_target_value: string | null;
};

/** Reads everything the measurement of `options.year` needs for the selected agencies. */
export async function loadMeasurementData(
  tx: Database,
  selection: AgencySelection,
  options: LoadOptions,
): Promise<AgencyData[]> {
  const { year } = options;
  const fromYear = year - options.historyYears;

  const agencyRows = await queryRows<AgencyRow>(
    tx,
    sql`select a.id, a.code, a.name, a.short_name, a.region_id, r.name as region_name, r.kind as region_kind
        from agency a join region r on r.id = a.region_id
        where ${inSelection(sql`a.id`, selection)}
        order by a.code`,
  );
  if (agencyRows.length === 0) return [];

  // Sasaran and their indicators in the Renstra period covering the year.
  const structure = await queryRows<StructureRow>(
    tx,
    sql`select rp.agency_id, rp.id as renstra_id, rp.start_year, rp.end_year,
               s.id as sasaran_id, s.code as sasaran_code, s.statement,
               i.id as indicator_id, i.code, i.name, i.unit, i.polarity, i.period_aggregation,
               i.reporting_frequency, i.is_iku, i.formula, i.ordinal_scale,
               i.baseline_value::text as baseline_value, i.end_target_value::text as end_target_value
        from renstra_period rp
        join sasaran_strategis s on s.renstra_period_id = rp.id
        left join indicator i on i.sasaran_strategis_id = s.id
        where ${inSelection(sql`rp.agency_id`, selection)}
          and rp.start_year <= ${year} and rp.end_year >= ${year}
        order by rp.agency_id, rp.start_year desc, s.sort_order, s.code, i.sort_order, i.code`,
  );

  const agencies = new Map<string, AgencyData>();
  for (const a of agencyRows) {
    agencies.set(a.id, {
      id: a.id,
      code: a.code,
      name: a.name,
      shortName: a.short_name,
      regionId: a.region_id,
      regionName: a.region_name,
      regionKind: a.region_kind,
      renstra: null,
      sasaran: [],
      pk: new Map(),
      setting: DEFAULT_SETTING,
      sasaranPrograms: new Map(),
      budgetLines: [],
      budgetTotals: null,
    });
  }
  const indicators = new Map<string, StoredIndicator>();
  const sasaranById = new Map<string, StoredSasaran>();
  for (const row of structure) {
    const agency = agencies.get(row.agency_id);
    if (!agency) continue;
    // Overlapping Renstra periods: the latest start wins (rows come latest first).
    agency.renstra ??= { id: row.renstra_id, startYear: row.start_year, endYear: row.end_year };
    if (agency.renstra.id !== row.renstra_id) continue;
    let sasaran = sasaranById.get(row.sasaran_id);
    if (!sasaran) {
      sasaran = { id: row.sasaran_id, code: row.sasaran_code, statement: row.statement, indicators: [] };
      sasaranById.set(row.sasaran_id, sasaran);
      agency.sasaran.push(sasaran);
    }
    if (row.indicator_id === null) continue;
    const indicator: StoredIndicator = {
      id: row.indicator_id,
      code: row.code!,
      name: row.name!,
      unit: row.unit!,
      polarity: row.polarity!,
      periodAggregation: row.period_aggregation!,
      reportingFrequency: row.reporting_frequency!,
      isIku: row.is_iku!,
      formula: row.formula,
      ordinalScale:
        typeof row.ordinal_scale === 'string'
          ? (JSON.parse(row.ordinal_scale) as OrdinalScale)
          : row.ordinal_scale,
      baselineValue: decimalOrNull(row.baseline_value),
      endTargetValue: decimalOrNull(row.end_target_value),
      componentCodes: [],
      renstraTargets: new Map(),
      periods: new Map(),
      components: new Map(),
    };
    indicators.set(indicator.id, indicator);
    sasaran.indicators.push(indicator);
  }

  if (indicators.size > 0) {
    const targets = await queryRows<{
      indicator_id: string;
      year: number;
      value: string | null;
      low: string | null;
      high: string | null;
      grade: string | null;
    }>(
      tx,
      sql`select indicator_id, year, value::text as value, low::text as low, high::text as high, grade
          from indicator_target
          where ${inSelection(sql`agency_id`, selection)} and year between ${fromYear} and ${year}`,
    );
    for (const t of targets) indicators.get(t.indicator_id)?.renstraTargets.set(t.year, targetOf(t));

    const realisations = await queryRows<{
      id: string;
      indicator_id: string;
      year: number;
      period_kind: PeriodKind;
      period_no: number;
      value: string | null;
      grade: string | null;
      status: RealisationStatus;
    }>(
      tx,
      sql`select id, indicator_id, year, period_kind, period_no, value::text as value, grade, status
          from realisation
          where ${inSelection(sql`agency_id`, selection)} and year between ${fromYear} and ${year}
            and status in (${sql.join(
              options.statuses.map((s) => sql`${s}`),
              sql`, `,
            )})`,
    );
    for (const r of realisations) {
      const indicator = indicators.get(r.indicator_id);
      if (!indicator) continue;
      const list = indicator.periods.get(r.year) ?? [];
      list.push({
        realisationId: r.id,
        year: r.year,
        kind: r.period_kind,
        no: r.period_no,
        value: decimalOrNull(r.value),
        grade: r.grade,
        status: r.status,
      });
      indicator.periods.set(r.year, list);
    }

    // Component codes of indicators with a formula; values only for those.
    const withFormula = [...indicators.values()].filter((i) => i.formula !== null).map((i) => i.id);
    if (withFormula.length > 0) {
      const codes = await queryRows<{ indicator_id: string; code: string }>(
        tx,
        sql`select indicator_id, code from indicator_component
            where indicator_id in (${uuidList(withFormula)}) order by sort_order, code`,
      );
      for (const c of codes) indicators.get(c.indicator_id)?.componentCodes.push(c.code);
      const withComponents = withFormula.filter((id) => indicators.get(id)!.componentCodes.length > 0);
      if (withComponents.length > 0) {
        const values = await queryRows<{
          realisation_id: string;
          indicator_id: string;
          code: string;
          value: string;
        }>(
          tx,
          sql`select rc.realisation_id, r.indicator_id, ic.code, rc.value::text as value
              from realisation r
              join realisation_component rc on rc.realisation_id = r.id
              join indicator_component ic on ic.id = rc.indicator_component_id
              where r.indicator_id in (${uuidList(withComponents)})
                and r.year between ${fromYear} and ${year}`,
        );
        for (const v of values) {
          const indicator = indicators.get(v.indicator_id);
          if (!indicator) continue;
          const record = indicator.components.get(v.realisation_id) ?? {};
          record[v.code] = Number(v.value);
          indicator.components.set(v.realisation_id, record);
        }
      }
    }
  }

  // The latest signed version of the PK of each agency's top unit (eselon II), per year.
  const pkRows = await queryRows<{
    agency_id: string;
    year: number;
    version_id: string;
    number: number;
    kind: 'original' | 'perubahan';
    signed_on: string | null;
    indicator_id: string | null;
    value: string | null;
    low: string | null;
    high: string | null;
    grade: string | null;
  }>(
    tx,
    sql`with latest as (
          select distinct on (pk.agency_id, pk.year)
                 pk.agency_id, pk.year, v.id as version_id, v.number, v.kind, v.signed_on::text as signed_on
          from perjanjian_kinerja pk
          join org_unit u on u.id = pk.org_unit_id and u.agency_id = pk.agency_id
          join pk_version v on v.perjanjian_kinerja_id = pk.id and v.status = 'signed'
          where ${inSelection(sql`pk.agency_id`, selection)} and pk.year between ${fromYear} and ${year}
            and u.echelon = 'II'
          order by pk.agency_id, pk.year, (u.parent_id is null) desc, v.number desc
        )
        select l.agency_id, l.year, l.version_id, l.number, l.kind, l.signed_on,
               t.indicator_id, t.value::text as value, t.low::text as low, t.high::text as high, t.grade
        from latest l left join pk_target t on t.pk_version_id = l.version_id`,
  );
  for (const row of pkRows) {
    const agency = agencies.get(row.agency_id);
    if (!agency) continue;
    let pk = agency.pk.get(row.year);
    if (!pk) {
      pk = {
        year: row.year,
        versionId: row.version_id,
        number: row.number,
        kind: row.kind,
        signedOn: row.signed_on,
        targets: new Map(),
      };
      agency.pk.set(row.year, pk);
    }
    if (row.indicator_id !== null) pk.targets.set(row.indicator_id, targetOf(row));
  }

  // Settings: the agency's own row overrides the region's; the latest from_year not after the year.
  const settings = await queryRows<{
    agency_id: string | null;
    region_id: string | null;
    from_year: number;
    scale_preset: ScalePreset;
    custom_scale: CustomScaleBand[] | string | null;
    sasaran_aggregation: SasaranAggregation;
    capaian_cap: string | null;
    negative_formula: NegativeFormula;
  }>(
    tx,
    sql`select agency_id, region_id, from_year, scale_preset, custom_scale, sasaran_aggregation,
               capaian_cap::text as capaian_cap, negative_formula
        from measurement_setting
        where from_year <= ${year}
          and (${inSelection(sql`agency_id`, selection)}
               or region_id in (${sql.join(
                 [...new Set(agencyRows.map((a) => a.region_id))].map((id) => sql`${id}::uuid`),
                 sql`, `,
               )}))
        order by from_year desc`,
  );
  const settingOf = (row: (typeof settings)[number], source: 'agency' | 'region'): StoredSetting => ({
    source,
    fromYear: row.from_year,
    scalePreset: row.scale_preset,
    customScale:
      typeof row.custom_scale === 'string'
        ? (JSON.parse(row.custom_scale) as CustomScaleBand[])
        : row.custom_scale,
    sasaranAggregation: row.sasaran_aggregation,
    capaianCap: decimalOrNull(row.capaian_cap),
    negativeFormula: row.negative_formula,
  });
  for (const agency of agencies.values()) {
    const own = settings.find((s) => s.agency_id === agency.id);
    const regional = settings.find((s) => s.region_id === agency.regionId);
    if (own) agency.setting = settingOf(own, 'agency');
    else if (regional) agency.setting = settingOf(regional, 'region');
  }

  if (options.budget === 'tree') {
    const lines = await queryRows<{
      agency_id: string;
      program_id: string;
      program_code: string;
      program_name: string;
      kegiatan_id: string;
      kegiatan_code: string;
      kegiatan_name: string;
      sub_kegiatan_id: string;
      sub_kegiatan_code: string;
      sub_kegiatan_name: string;
      spending_type: SpendingType;
      pagu_murni: string;
      pagu_perubahan: string | null;
      realisasi: string;
    }>(
      tx,
      sql`select bl.agency_id, p.id as program_id, p.code as program_code, p.name as program_name,
                 k.id as kegiatan_id, k.code as kegiatan_code, k.name as kegiatan_name,
                 sk.id as sub_kegiatan_id, sk.code as sub_kegiatan_code, sk.name as sub_kegiatan_name,
                 bl.spending_type, bl.pagu_murni::text as pagu_murni, bl.pagu_perubahan::text as pagu_perubahan,
                 (select coalesce(sum(br.amount), 0) from budget_realisation br
                   where br.budget_line_id = bl.id)::text as realisasi
          from budget_line bl
          join sub_kegiatan sk on sk.id = bl.sub_kegiatan_id
          join kegiatan k on k.id = sk.kegiatan_id
          join program p on p.id = k.program_id
          where ${inSelection(sql`bl.agency_id`, selection)} and bl.year = ${year}
          order by p.code, k.code, sk.code, bl.spending_type`,
    );
    for (const l of lines) {
      agencies.get(l.agency_id)?.budgetLines.push({
        programId: l.program_id,
        programCode: l.program_code,
        programName: l.program_name,
        kegiatanId: l.kegiatan_id,
        kegiatanCode: l.kegiatan_code,
        kegiatanName: l.kegiatan_name,
        subKegiatanId: l.sub_kegiatan_id,
        subKegiatanCode: l.sub_kegiatan_code,
        subKegiatanName: l.sub_kegiatan_name,
        spendingType: l.spending_type,
        paguMurni: rupiahOf(l.pagu_murni, 'pagu murni'),
        paguPerubahan: l.pagu_perubahan === null ? null : rupiahOf(l.pagu_perubahan, 'pagu perubahan'),
        realisasi: rupiahOf(l.realisasi, 'realisasi'),
      });
    }
    const sasaranIds = [...sasaranById.keys()];
    if (sasaranIds.length > 0) {
      const links = await queryRows<{ sasaran_strategis_id: string; program_id: string; agency_id: string }>(
        tx,
        sql`select sasaran_strategis_id, program_id, agency_id from sasaran_program_link
            where sasaran_strategis_id in (${uuidList(sasaranIds)})`,
      );
      for (const link of links) {
        const map = agencies.get(link.agency_id)?.sasaranPrograms;
        if (!map) continue;
        map.set(link.sasaran_strategis_id, [...(map.get(link.sasaran_strategis_id) ?? []), link.program_id]);
      }
    }
  } else if (options.budget === 'totals') {
    const totals = await queryRows<{
      agency_id: string;
      pagu: string;
      pagu_murni: string;
      realisasi: string | null;
      lines: number;
    }>(
      tx,
      sql`with lines as (
            select id, agency_id, pagu_murni, coalesce(pagu_perubahan, pagu_murni) as pagu
            from budget_line
            where ${inSelection(sql`agency_id`, selection)} and year = ${year}
          ), spent as (
            -- budget_realisation has no year: narrow it by agency (its agency index), then to the year's lines
            select l.agency_id, sum(br.amount) as realisasi
            from budget_realisation br join lines l on l.id = br.budget_line_id
            where ${inSelection(sql`br.agency_id`, selection)}
            group by l.agency_id
          )
          select l.agency_id, sum(l.pagu)::text as pagu, sum(l.pagu_murni)::text as pagu_murni,
                 max(s.realisasi)::text as realisasi, count(*)::int as lines
          from lines l left join spent s on s.agency_id = l.agency_id
          group by l.agency_id`,
    );
    for (const t of totals) {
      const agency = agencies.get(t.agency_id);
      if (!agency) continue;
      agency.budgetTotals = {
        pagu: rupiahOf(t.pagu, 'pagu'),
        paguMurni: rupiahOf(t.pagu_murni, 'pagu murni'),
        realisasi: rupiahOf(t.realisasi, 'realisasi'),
        lines: t.lines,
      };
    }
  }

  return [...agencies.values()];
}
