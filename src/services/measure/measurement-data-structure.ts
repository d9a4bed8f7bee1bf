/**
 * The agencies of a selection and the Renstra structure active in the year
 * (sasaran and their indicators), for measurement-data.ts.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';
import type {
  PeriodAggregation,
  Polarity,
  RegionKind,
  ReportingFrequency,
} from '../../store/schema/enums.ts';
import type { AgencyData, AgencySelection, StoredIndicator, StoredSasaran } from './measurement-data.ts';
import { DEFAULT_SETTING } from './measurement-data-settings.ts';
import { decimalOrNull, inSelection } from './measurement-data-sql.ts';

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

/** The selected agencies by id (in code order), each with nothing loaded yet. */
export async function loadAgencies(
  tx: Database,
  selection: AgencySelection,
): Promise<Map<string, AgencyData>> {
  const agencyRows = await queryRows<AgencyRow>(
    tx,
    sql`select a.id, a.code, a.name, a.short_name, a.region_id, r.name as region_name, r.kind as region_kind
        from agency a join region r on r.id = a.region_id
        where ${inSelection(sql`a.id`, selection)}
        order by a.code`,
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
  return agencies;
}

/**
 * Sasaran and their indicators in the Renstra period covering the year, added
 * to `agencies`; returns the indicators and sasaran read, by id.
 */
export async function loadStructure(
  tx: Database,
  selection: AgencySelection,
  year: number,
  agencies: Map<string, AgencyData>,
): Promise<{ indicators: Map<string, StoredIndicator>; sasaranById: Map<string, StoredSasaran> }> {
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
  return { indicators, sasaranById };
}
