/**
 * What a realisations import is checked against, read in a few queries for
 * the whole agency-year (one query per row would take minutes for 50.000
 * rows): the Renstra period covering the year, its indicators with their
 * components, the year's realisations and their component values, and the
 * period locks of the year.
 */
import { and, asc, eq, getTableColumns, isNull, or, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import {
  indicator,
  indicatorComponent,
  periodLock,
  realisation,
  realisationComponent,
} from '../../store/schema/index.ts';
import type { ReportingFrequency } from '../../store/schema/enums.ts';
import type { IndicatorRow } from '../record/realisation-input.ts';
import type { RealisationRow } from '../record/realisation-facts.ts';
import { renstraPeriodOfYear } from '../plan/renstra-period-of-year.ts';

export type ImportIndicator = IndicatorRow & {
  code: string;
  unit: string;
  reportingFrequency: ReportingFrequency;
  /** In the order of the formula's inputs (sort order, then code). */
  components: { id: string; code: string; name: string }[];
};

export type RealisationImportFacts = {
  renstraPeriodId: string | null;
  indicators: ImportIndicator[];
  byCode: Map<string, ImportIndicator>;
  /** The year's realisations per indicator id. */
  realisations: Map<string, RealisationRow[]>;
  /** Stored component values per realisation id: component code → value. */
  componentValues: Map<string, Record<string, string>>;
  locks: QuarterLock[];
};

const REALISATION_COLUMNS = Object.entries(getTableColumns(realisation));

/**
 * The agency-year's realisations, every column, exactly as `tx.select().from(realisation)` maps
 * them (each column's text through the column's own mapFromDriverValue, as drizzle does), read
 * as ONE JSON text: on PGlite, 50.000 rows × 21 columns as result rows took ~1,1 s of CPU (each
 * field decoded from the wire protocol), as one text ~0,5 s.
 */
async function yearRealisations(tx: Database, agencyId: string, year: number): Promise<RealisationRow[]> {
  const texts = sql.join(
    REALISATION_COLUMNS.map(([, column]) => sql`${column}::text`),
    sql`, `,
  );
  const [found] = await queryRows<{ rows: string | null }>(
    tx,
    sql`select json_agg(json_build_array(${texts}))::text as rows from ${realisation}
        where ${realisation.agencyId} = ${agencyId} and ${realisation.year} = ${year}`,
  );
  if (!found?.rows) return [];
  return (JSON.parse(found.rows) as (string | null)[][]).map((values) => {
    const row: Record<string, unknown> = {};
    REALISATION_COLUMNS.forEach(([key, column], i) => {
      const value = values[i] ?? null;
      row[key] = value === null ? null : column.mapFromDriverValue(value);
    });
    return row as RealisationRow;
  });
}

export async function loadRealisationImportFacts(
  tx: Database,
  agencyId: string,
  regionId: string,
  year: number,
): Promise<RealisationImportFacts> {
  const period = await renstraPeriodOfYear(tx, agencyId, year);
  const empty: RealisationImportFacts = {
    renstraPeriodId: null,
    indicators: [],
    byCode: new Map(),
    realisations: new Map(),
    componentValues: new Map(),
    locks: [],
  };
  if (!period) return empty;
  const indicators = await tx
    .select({
      id: indicator.id,
      agencyId: indicator.agencyId,
      name: indicator.name,
      polarity: indicator.polarity,
      periodAggregation: indicator.periodAggregation,
      ordinalScale: indicator.ordinalScale,
      formula: indicator.formula,
      code: indicator.code,
      unit: indicator.unit,
      reportingFrequency: indicator.reportingFrequency,
    })
    .from(indicator)
    .where(and(eq(indicator.agencyId, agencyId), eq(indicator.renstraPeriodId, period.id)))
    .orderBy(asc(indicator.sortOrder), asc(indicator.code));
  const components = await tx
    .select({
      id: indicatorComponent.id,
      indicatorId: indicatorComponent.indicatorId,
      code: indicatorComponent.code,
      name: indicatorComponent.name,
    })
    .from(indicatorComponent)
    .innerJoin(indicator, eq(indicator.id, indicatorComponent.indicatorId))
    .where(and(eq(indicator.agencyId, agencyId), eq(indicator.renstraPeriodId, period.id)))
    .orderBy(asc(indicatorComponent.sortOrder), asc(indicatorComponent.code));
  const componentsOf = new Map<string, { id: string; code: string; name: string }[]>();
  for (const c of components) {
    const list = componentsOf.get(c.indicatorId) ?? [];
    list.push({ id: c.id, code: c.code, name: c.name });
    componentsOf.set(c.indicatorId, list);
  }
  const list: ImportIndicator[] = indicators.map((i) => ({ ...i, components: componentsOf.get(i.id) ?? [] }));
  const rows = await yearRealisations(tx, agencyId, year);
  const realisations = new Map<string, RealisationRow[]>();
  for (const row of rows) {
    const forIndicator = realisations.get(row.indicatorId) ?? [];
    forIndicator.push(row);
    realisations.set(row.indicatorId, forIndicator);
  }
  const values = await tx
    .select({
      realisationId: realisationComponent.realisationId,
      code: indicatorComponent.code,
      value: realisationComponent.value,
    })
    .from(realisationComponent)
    .innerJoin(realisation, eq(realisation.id, realisationComponent.realisationId))
    .innerJoin(indicatorComponent, eq(indicatorComponent.id, realisationComponent.indicatorComponentId))
    .where(and(eq(realisation.agencyId, agencyId), eq(realisation.year, year)));
  const componentValues = new Map<string, Record<string, string>>();
  for (const v of values) {
    const record = componentValues.get(v.realisationId) ?? {};
    record[v.code] = v.value;
    componentValues.set(v.realisationId, record);
  }
  const locks = await loadQuarterLocks(tx, agencyId, regionId, year);
  return {
    renstraPeriodId: period.id,
    indicators: list,
    byCode: new Map(list.map((i) => [i.code.trim().toUpperCase(), i])),
    realisations,
    componentValues,
    locks,
  };
}

export type QuarterLock = { agencyId: string | null; periodNo: number | null; reopenedAt: Date | null };

/** The realisation-quarter locks of the year that may apply to the agency (its own and its region's). */
export async function loadQuarterLocks(
  tx: Database,
  agencyId: string,
  regionId: string,
  year: number,
): Promise<QuarterLock[]> {
  return tx
    .select({
      agencyId: periodLock.agencyId,
      periodNo: periodLock.periodNo,
      reopenedAt: periodLock.reopenedAt,
    })
    .from(periodLock)
    .where(
      and(
        eq(periodLock.regionId, regionId),
        eq(periodLock.year, year),
        eq(periodLock.kind, 'realisation_quarter'),
        or(eq(periodLock.agencyId, agencyId), isNull(periodLock.agencyId)),
      ),
    );
}
