/**
 * What a Renstra import is checked against, read in a few queries for the
 * agency's Renstra period covering the year (never a query per row): the
 * period, its tujuan, sasaran strategis (with their RPJMD links, for the
 * audit trail), every indicator of the period (all owners: codes are unique
 * in the period), their components and Renstra targets, and which indicators
 * already have a PK target (their polarity can no longer change).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import {
  indicator,
  indicatorComponent,
  indicatorTarget,
  pkTarget,
  renstraTujuan,
  sasaranRpjmdLink,
  sasaranStrategis,
} from '../../store/schema/index.ts';
import { renstraPeriodOfYear } from '../plan/renstra-period-of-year.ts';

export type TujuanRow = typeof renstraTujuan.$inferSelect;
export type SasaranRow = typeof sasaranStrategis.$inferSelect;
export type IndicatorRow = typeof indicator.$inferSelect;
export type ComponentRow = typeof indicatorComponent.$inferSelect;
export type TargetRow = typeof indicatorTarget.$inferSelect;

export type RenstraImportFacts = {
  period: { id: string; startYear: number; endYear: number } | null;
  tujuan: TujuanRow[];
  sasaran: SasaranRow[];
  indicators: IndicatorRow[];
  /** Components per indicator id (sort order, then code). */
  components: Map<string, ComponentRow[]>;
  /** Renstra targets per indicator id. */
  targets: Map<string, TargetRow[]>;
  /** RPJMD sasaran ids per sasaran id. */
  rpjmdLinks: Map<string, string[]>;
  /** Indicators with a PK target. */
  committed: Set<string>;
};

/** Codes are matched as people type them: trimmed, any case. */
export const codeKey = (code: string) => code.trim().toUpperCase();

function grouped<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}

export async function loadRenstraImportFacts(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<RenstraImportFacts> {
  const period = await renstraPeriodOfYear(tx, agencyId, year);
  const facts: RenstraImportFacts = {
    period: period ?? null,
    tujuan: [],
    sasaran: [],
    indicators: [],
    components: new Map(),
    targets: new Map(),
    rpjmdLinks: new Map(),
    committed: new Set(),
  };
  if (!period) return facts;
  const inPeriod = (table: typeof renstraTujuan | typeof sasaranStrategis | typeof indicator) =>
    and(eq(table.agencyId, agencyId), eq(table.renstraPeriodId, period.id));
  facts.tujuan = await tx
    .select()
    .from(renstraTujuan)
    .where(inPeriod(renstraTujuan))
    .orderBy(asc(renstraTujuan.code));
  facts.sasaran = await tx
    .select()
    .from(sasaranStrategis)
    .where(inPeriod(sasaranStrategis))
    .orderBy(asc(sasaranStrategis.sortOrder), asc(sasaranStrategis.code));
  facts.indicators = await tx
    .select()
    .from(indicator)
    .where(inPeriod(indicator))
    .orderBy(asc(indicator.sortOrder), asc(indicator.code));
  const ids = facts.indicators.map((i) => i.id);
  if (ids.length > 0) {
    const components = await tx
      .select()
      .from(indicatorComponent)
      .where(inArray(indicatorComponent.indicatorId, ids))
      .orderBy(asc(indicatorComponent.sortOrder), asc(indicatorComponent.code));
    facts.components = grouped(components, (c) => c.indicatorId);
    const targets = await tx
      .select()
      .from(indicatorTarget)
      .where(inArray(indicatorTarget.indicatorId, ids))
      .orderBy(asc(indicatorTarget.year));
    facts.targets = grouped(targets, (t) => t.indicatorId);
    const committed = await tx
      .selectDistinct({ id: pkTarget.indicatorId })
      .from(pkTarget)
      .where(inArray(pkTarget.indicatorId, ids));
    facts.committed = new Set(committed.map((c) => c.id));
  }
  const sasaranIds = facts.sasaran.map((s) => s.id);
  if (sasaranIds.length > 0) {
    const links = await tx
      .select({ sasaranId: sasaranRpjmdLink.sasaranStrategisId, id: sasaranRpjmdLink.rpjmdSasaranId })
      .from(sasaranRpjmdLink)
      .where(inArray(sasaranRpjmdLink.sasaranStrategisId, sasaranIds));
    for (const [key, list] of grouped(links, (l) => l.sasaranId))
      facts.rpjmdLinks.set(
        key,
        list.map((l) => l.id),
      );
  }
  return facts;
}
