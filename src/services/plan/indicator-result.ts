/** An indicator as the plan use cases return it: plain values, no Drizzle rows. */
import type { indicator, indicatorComponent } from '../../store/schema/index.ts';
import type { IndicatorFeed, SocialComponentSource } from '../../store/schema/enums.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';

export type IndicatorComponentResult = {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  /** The Data Sosial figure the component takes (indicator feed `social`), or null when typed. */
  source: SocialComponentSource | null;
};

export type IndicatorResult = {
  id: string;
  agencyId: string;
  renstraPeriodId: string;
  owner: { kind: 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'subKegiatan'; id: string };
  orgUnitId: string | null;
  code: string;
  name: string;
  definition: string | null;
  formula: string | null;
  unit: string;
  polarity: (typeof indicator.$inferSelect)['polarity'];
  ordinalScale: OrdinalScale | null;
  periodAggregation: (typeof indicator.$inferSelect)['periodAggregation'];
  reportingFrequency: (typeof indicator.$inferSelect)['reportingFrequency'];
  resultKind: (typeof indicator.$inferSelect)['resultKind'];
  dataSource: string | null;
  /** Set when the yearly realisation is computed by another module (IKM, AKIP, Data Sosial), not typed. */
  feed: IndicatorFeed | null;
  isIku: boolean;
  baseline: { year: number | null; value: string | null; grade: string | null };
  endTarget: { value: string | null; low: string | null; high: string | null; grade: string | null };
  components: IndicatorComponentResult[];
  sortOrder: number;
  version: number;
};

export function indicatorOwner(row: typeof indicator.$inferSelect): IndicatorResult['owner'] {
  if (row.sasaranStrategisId) return { kind: 'sasaran', id: row.sasaranStrategisId };
  if (row.renstraTujuanId) return { kind: 'tujuan', id: row.renstraTujuanId };
  if (row.programId) return { kind: 'program', id: row.programId };
  if (row.kegiatanId) return { kind: 'kegiatan', id: row.kegiatanId };
  return { kind: 'subKegiatan', id: row.subKegiatanId! };
}

export function indicatorResult(
  row: typeof indicator.$inferSelect,
  components: readonly (typeof indicatorComponent.$inferSelect)[],
): IndicatorResult {
  return {
    id: row.id,
    agencyId: row.agencyId,
    renstraPeriodId: row.renstraPeriodId,
    owner: indicatorOwner(row),
    orgUnitId: row.orgUnitId,
    code: row.code,
    name: row.name,
    definition: row.definition,
    formula: row.formula,
    unit: row.unit,
    polarity: row.polarity,
    ordinalScale: row.ordinalScale,
    periodAggregation: row.periodAggregation,
    reportingFrequency: row.reportingFrequency,
    resultKind: row.resultKind,
    dataSource: row.dataSource,
    feed: row.feed,
    isIku: row.isIku,
    baseline: { year: row.baselineYear, value: row.baselineValue, grade: row.baselineGrade },
    endTarget: {
      value: row.endTargetValue,
      low: row.endTargetLow,
      high: row.endTargetHigh,
      grade: row.endTargetGrade,
    },
    components: [...components]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c) => ({ id: c.id, code: c.code, name: c.name, unit: c.unit, source: c.source })),
    sortOrder: row.sortOrder,
    version: row.version,
  };
}
