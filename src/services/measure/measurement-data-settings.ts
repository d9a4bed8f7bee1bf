/**
 * Measurement settings for measurement-data.ts: the agency's own row
 * overrides the region's; the latest from_year not after the year; else the
 * default.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { CustomScaleBand } from '../../store/schema/settings.ts';
import type { NegativeFormula, SasaranAggregation, ScalePreset } from '../../store/schema/enums.ts';
import type { AgencyData, AgencySelection, StoredSetting } from './measurement-data.ts';
import { decimalOrNull, inSelection } from './measurement-data-sql.ts';

export const DEFAULT_SETTING: StoredSetting = Object.freeze({
  source: 'default',
  fromYear: null,
  scalePreset: 'permendagri_86_2017',
  customScale: null,
  sasaranAggregation: 'mean',
  capaianCap: null,
  negativeFormula: 'two_minus_ratio',
});

type SettingRow = {
  agency_id: string | null;
  region_id: string | null;
  from_year: number;
  scale_preset: ScalePreset;
  custom_scale: CustomScaleBand[] | string | null;
  sasaran_aggregation: SasaranAggregation;
  capaian_cap: string | null;
  negative_formula: NegativeFormula;
};

function settingOf(row: SettingRow, source: 'agency' | 'region'): StoredSetting {
  return {
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
  };
}

/** Sets each agency's setting for the year (left at DEFAULT_SETTING when none applies). */
export async function loadSettings(
  tx: Database,
  selection: AgencySelection,
  year: number,
  agencies: Map<string, AgencyData>,
): Promise<void> {
  const regionIds = [...new Set([...agencies.values()].map((a) => a.regionId))];
  const settings = await queryRows<SettingRow>(
    tx,
    sql`select agency_id, region_id, from_year, scale_preset, custom_scale, sasaran_aggregation,
               capaian_cap::text as capaian_cap, negative_formula
        from measurement_setting
        where from_year <= ${year}
          and (${inSelection(sql`agency_id`, selection)}
               or region_id in (${sql.join(
                 regionIds.map((id) => sql`${id}::uuid`),
                 sql`, `,
               )}))
        order by from_year desc`,
  );
  for (const agency of agencies.values()) {
    const own = settings.find((s) => s.agency_id === agency.id);
    const regional = settings.find((s) => s.region_id === agency.regionId);
    if (own) agency.setting = settingOf(own, 'agency');
    else if (regional) agency.setting = settingOf(regional, 'region');
  }
}
