/**
 * What a realisations import is checked against, read in a few queries for
 * the whole agency-year (one query per row would take minutes for 50.000
 * rows): the Renstra period covering the year, its indicators with their
 * components, the year's realisations and their component values, and the
 * period locks of the year.
 */
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import {
  indicator,
  indicatorComponent,
  periodLock,
  realisation,
  realisationComponent,
  renstraPeriod,
} from '../../store/schema/index.ts';
import type { ReportingFrequency } from '../../store/schema/enums.ts';
import type { IndicatorRow } from '../record/realisation-input.ts';
import type { RealisationRow } from '../record/realisation-facts.ts';

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

export async function loadRealisationImportFacts(
  tx: Database,
  agencyId: string,
  regionId: string,
  year: number,
): Promise<RealisationImportFacts> {
  const [period] = await tx
    .select({ id: renstraPeriod.id })
    .from(renstraPeriod)
    .where(
      and(
        eq(renstraPeriod.agencyId, agencyId),
        lte(renstraPeriod.startYear, year),
        gte(renstraPeriod.endYear, year),
      ),
    )
    .orderBy(asc(renstraPeriod.startYear));
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
  const rows = await tx
    .select()
    .from(realisation)
    .where(and(eq(realisation.agencyId, agencyId), eq(realisation.year, year)));
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
