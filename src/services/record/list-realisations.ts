/**
 * The realisation grid of one agency-year: the sasaran of the Renstra period
 * covering the year with their indicators (definition the grid needs to
 * compute capaian live: polarity, period aggregation, period kind, ordinal
 * grades, formula and components, the year's Renstra target), every
 * realisation of the year (id, version, status, value or grade, components,
 * note, return comment, evidence count), the periods that are locked, and the
 * scale and negative formula the agency measures with — so the web app
 * computes capaian and predikat while the user types with the same domain
 * engine as saveRealisation (realisation-measure.ts), without a round trip.
 *
 * Decisions:
 * - Indicators are those of the sasaran (as the measurement reads them); the
 *   target is the one the measurement uses (the signed PK's, else the Renstra's), the one saveRealisation measures
 *   against.
 * - The period kind of an indicator in the year is the kind it is already
 *   recorded in that year (one kind per year; the save enforces it), else the
 *   kind of its reporting frequency.
 * - Draft and returned realisations are an agency's unsubmitted work: only
 *   the agency's own users see them (as with the measurement's drafts);
 *   everyone else who may read the agency sees submitted and verified ones.
 * - A period is locked when the lock of the quarter whose deadline covers it
 *   (period-lock.ts `quarterOf`) is in force; `lockedPeriods` lists, per
 *   period kind, the period numbers that are locked.
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { NegativeFormula } from '../../domain/capaian.ts';
import type { Scale } from '../../domain/scales.ts';
import {
  PERIOD_KINDS,
  type IndicatorFeed,
  type PeriodAggregation,
  type PeriodKind,
  type Polarity,
  type RealisationStatus,
  type ReportingFrequency,
} from '../../store/schema/enums.ts';
import {
  evidenceFile,
  indicator,
  indicatorComponent,
  realisation,
  realisationComponent,
  renstraPeriod,
  sasaranStrategis,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { lockInForce, quarterOf } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { indicatorYearTargetSql, type YearTargetJson } from '../measure/measurement-data-targets.ts';
import { measurementPolicy } from './realisation-measure.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

export const listRealisationsInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type ListRealisationsInput = z.input<typeof listRealisationsInput>;

export type ListedRealisation = {
  id: string;
  periodKind: PeriodKind;
  periodNo: number;
  /** Exact decimal text; null = not known yet (never 0). */
  value: string | null;
  grade: string | null;
  /** The note, or the explanation given when a low realisation was submitted. */
  note: string | null;
  status: RealisationStatus;
  version: number;
  /** Component code → stored value (computed indicators); null when the indicator has none. */
  components: Record<string, string> | null;
  submittedAt: Date | null;
  verifiedAt: Date | null;
  returnedAt: Date | null;
  /** The verifier's comment when the realisation was returned. */
  returnReason: string | null;
  updatedAt: Date;
  evidenceCount: number;
};

export type ListedIndicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  periodAggregation: PeriodAggregation;
  reportingFrequency: ReportingFrequency;
  /** The period kind the indicator is recorded in this year. */
  periodKind: PeriodKind;
  isIku: boolean;
  formula: string | null;
  /** Set when the realisation is computed by IKM, AKIP or the Data Sosial: the grid shows it read-only. */
  feed: IndicatorFeed | null;
  /** Ordinal indicators: their grades, best first; null otherwise. */
  grades: string[] | null;
  components: { code: string; name: string; unit: string | null }[];
  /** The target the year is measured against (the signed PK's, else the Renstra's); null when none is set. */
  target: YearTargetJson | null;
  realisations: ListedRealisation[];
};

export type ListedSasaran = { id: string; code: string; statement: string; indicators: ListedIndicator[] };

export type RealisationGrid = {
  agencyId: string;
  year: number;
  /** Whether draft and returned realisations are listed (the agency's own users). */
  includesDrafts: boolean;
  renstra: { id: string; startYear: number; endYear: number } | null;
  /** How capaian and predikat are computed for the year (realisation-measure.ts measurementPolicy). */
  policy: { scale: Scale; negativeFormula: NegativeFormula };
  /** Per period kind, the period numbers whose reporting period is locked. */
  lockedPeriods: Record<PeriodKind, number[]>;
  sasaran: ListedSasaran[];
};

const FREQUENCY_KIND: Readonly<Record<ReportingFrequency, PeriodKind>> = {
  monthly: 'month',
  quarterly: 'quarter',
  semester: 'semester',
  yearly: 'year',
};

const PERIODS_OF: Readonly<Record<PeriodKind, number>> = { month: 12, quarter: 4, semester: 2, year: 1 };

const OWN_ONLY: readonly RealisationStatus[] = ['draft', 'returned'];
const PUBLIC: readonly RealisationStatus[] = ['submitted', 'verified'];

export async function listRealisations(ctx: ServiceContext, input: unknown): Promise<RealisationGrid> {
  const { agencyId, year } = parseInput(listRealisationsInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', agencyId);
    const includesDrafts = ctx.actor.agencyId === agencyId;
    const policy = await measurementPolicy(tx, agencyId, year, ctx);

    const lockedQuarters = new Set<number>();
    for (let quarter = 1; quarter <= 4; quarter++)
      if (await lockInForce(tx, agencyId, year, 'realisation_quarter', quarter)) lockedQuarters.add(quarter);
    const lockedPeriods = Object.fromEntries(
      PERIOD_KINDS.map((kind) => [
        kind,
        Array.from({ length: PERIODS_OF[kind] }, (_, i) => i + 1).filter((no) =>
          lockedQuarters.has(quarterOf(kind, no)),
        ),
      ]),
    ) as Record<PeriodKind, number[]>;

    const [renstra] = await tx
      .select({ id: renstraPeriod.id, startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
      .from(renstraPeriod)
      .where(and(eq(renstraPeriod.agencyId, agencyId), periodCoversYear(year)))
      .orderBy(desc(renstraPeriod.startYear))
      .limit(1);
    const grid: RealisationGrid = {
      agencyId,
      year,
      includesDrafts,
      renstra: renstra ?? null,
      policy: { scale: policy.scale, negativeFormula: policy.negativeFormula },
      lockedPeriods,
      sasaran: [],
    };
    if (!renstra) return grid;

    const sasaranRows = await tx
      .select({ id: sasaranStrategis.id, code: sasaranStrategis.code, statement: sasaranStrategis.statement })
      .from(sasaranStrategis)
      .where(eq(sasaranStrategis.renstraPeriodId, renstra.id))
      .orderBy(asc(sasaranStrategis.sortOrder), asc(sasaranStrategis.code));
    const indicatorRows = await tx
      .select()
      .from(indicator)
      .where(and(eq(indicator.renstraPeriodId, renstra.id), eq(indicator.agencyId, agencyId)))
      .orderBy(asc(indicator.sortOrder), asc(indicator.code));
    const ids = indicatorRows.filter((i) => i.sasaranStrategisId !== null).map((i) => i.id);
    if (ids.length === 0) {
      grid.sasaran = sasaranRows.map((s) => ({ ...s, indicators: [] }));
      return grid;
    }

    const components = await tx
      .select({
        indicatorId: indicatorComponent.indicatorId,
        code: indicatorComponent.code,
        name: indicatorComponent.name,
        unit: indicatorComponent.unit,
      })
      .from(indicatorComponent)
      .where(inArray(indicatorComponent.indicatorId, ids))
      .orderBy(asc(indicatorComponent.sortOrder), asc(indicatorComponent.code));
    const targets = await tx
      .select({ indicatorId: indicator.id, target: indicatorYearTargetSql(year) })
      .from(indicator)
      .where(inArray(indicator.id, ids));
    const rows = await tx
      .select()
      .from(realisation)
      .where(
        and(
          eq(realisation.agencyId, agencyId),
          eq(realisation.year, year),
          inArray(realisation.indicatorId, ids),
          inArray(realisation.status, includesDrafts ? [...PUBLIC, ...OWN_ONLY] : [...PUBLIC]),
        ),
      )
      .orderBy(asc(realisation.periodNo));
    const rowIds = rows.map((r) => r.id);
    const storedComponents =
      rowIds.length === 0
        ? []
        : await tx
            .select({
              realisationId: realisationComponent.realisationId,
              code: indicatorComponent.code,
              value: realisationComponent.value,
            })
            .from(realisationComponent)
            .innerJoin(
              indicatorComponent,
              eq(indicatorComponent.id, realisationComponent.indicatorComponentId),
            )
            .where(inArray(realisationComponent.realisationId, rowIds));
    const evidence =
      rowIds.length === 0
        ? []
        : await tx
            .select({ realisationId: evidenceFile.realisationId, files: count() })
            .from(evidenceFile)
            .where(inArray(evidenceFile.realisationId, rowIds))
            .groupBy(evidenceFile.realisationId);

    const componentsOf = groupBy(components, (c) => c.indicatorId);
    const targetOf = new Map(targets.map((t) => [t.indicatorId, t]));
    const storedOf = groupBy(storedComponents, (c) => c.realisationId);
    const evidenceOf = new Map(evidence.map((e) => [e.realisationId, Number(e.files)]));
    const rowsOf = groupBy(rows, (r) => r.indicatorId);

    const bySasaran = new Map<string, ListedIndicator[]>();
    for (const ind of indicatorRows) {
      if (ind.sasaranStrategisId === null) continue;
      const own = rowsOf.get(ind.id) ?? [];
      const declared = componentsOf.get(ind.id) ?? [];
      const target = targetOf.get(ind.id);
      const listed: ListedIndicator = {
        id: ind.id,
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        polarity: ind.polarity,
        periodAggregation: ind.periodAggregation,
        reportingFrequency: ind.reportingFrequency,
        periodKind: own[0]?.periodKind ?? FREQUENCY_KIND[ind.reportingFrequency],
        isIku: ind.isIku,
        formula: ind.formula,
        feed: ind.feed,
        grades: ind.ordinalScale ? [...ind.ordinalScale.grades] : null,
        components: declared.map((c) => ({ code: c.code, name: c.name, unit: c.unit })),
        target: target?.target ?? null,
        realisations: own.map((r) => ({
          id: r.id,
          periodKind: r.periodKind,
          periodNo: r.periodNo,
          value: r.value,
          grade: r.grade,
          note: r.note,
          status: r.status,
          version: r.version,
          components:
            declared.length === 0
              ? null
              : Object.fromEntries((storedOf.get(r.id) ?? []).map((c) => [c.code, c.value])),
          submittedAt: r.submittedAt,
          verifiedAt: r.verifiedAt,
          returnedAt: r.returnedAt,
          returnReason: r.returnReason,
          updatedAt: r.updatedAt,
          evidenceCount: evidenceOf.get(r.id) ?? 0,
        })),
      };
      const list = bySasaran.get(ind.sasaranStrategisId) ?? [];
      list.push(listed);
      bySasaran.set(ind.sasaranStrategisId, list);
    }
    grid.sasaran = sasaranRows.map((s) => ({ ...s, indicators: bySasaran.get(s.id) ?? [] }));
    return grid;
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
