/**
 * What a report-data@1 import is checked against, read in a fixed number of
 * queries for the whole agency: the Renstra period covering the year (the
 * latest start, as measurement chooses it), its sasaran, indicators (with
 * components), Renstra targets and realisations of every year, the period
 * locks, the budget structure and the year's budget lines with what was
 * spent; and the agency as measurement reads it (loadMeasurementData, every
 * status), so that a value equal to what the app measures is unchanged.
 */
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import {
  budgetLine,
  budgetRealisation,
  indicator,
  indicatorComponent,
  indicatorTarget,
  kegiatan,
  periodLock,
  program,
  realisation,
  renstraPeriod,
  sasaranStrategis,
  subKegiatan,
} from '../../store/schema/index.ts';
import { ALL_STATUSES } from '../measure/measure-agency-year.ts';
import { loadMeasurementData, type AgencyData } from '../measure/measurement-data.ts';
import type { RealisationRow } from '../record/realisation-facts.ts';
import type { IndicatorRow } from '../record/realisation-input.ts';
import { yearInput } from '../record/record-inputs.ts';

export type RdIndicator = IndicatorRow & {
  code: string;
  unit: string;
  version: number;
  sasaranId: string | null;
  endTargetValue: string | null;
  endTargetLow: string | null;
  endTargetHigh: string | null;
  endTargetGrade: string | null;
  baselineValue: string | null;
  baselineGrade: string | null;
  components: { id: string; code: string }[];
};

export type RdTargetRow = typeof indicatorTarget.$inferSelect;
export type RdBudgetLine = typeof budgetLine.$inferSelect;
export type RdBudgetRealisation = typeof budgetRealisation.$inferSelect;

export type ReportDataImportFacts = {
  period: { id: string; startYear: number; endYear: number } | null;
  /** The agency as measurement reads it, every realisation status. */
  measured: AgencyData | null;
  sasaranByCode: Map<string, { id: string; code: string; statement: string }>;
  maxSasaranSort: number;
  indicatorsByCode: Map<string, RdIndicator>;
  maxIndicatorSort: number;
  /** Renstra targets: indicator id → year → row. */
  targets: Map<string, Map<number, RdTargetRow>>;
  /** Realisations: indicator id → year → rows (every period kind). */
  realisations: Map<string, Map<number, RealisationRow[]>>;
  locks: { agencyId: string | null; year: number; periodNo: number | null; reopenedAt: Date | null }[];
  programs: Map<string, { id: string; code: string }>;
  /** By program id, then code. */
  kegiatan: Map<string, { id: string; code: string; programId: string }>;
  /** By kegiatan id, then code. */
  subs: Map<string, { id: string; code: string; kegiatanId: string }>;
  /** The year's budget lines by sub kegiatan id. */
  lines: Map<string, RdBudgetLine[]>;
  /** Budget realisations by line id. */
  spent: Map<string, RdBudgetRealisation[]>;
};

/** Key of a code in a map: codes are matched ignoring case and surrounding blanks. */
export const codeKey = (code: string) => code.trim().toUpperCase();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function loadReportDataImportFacts(
  tx: Database,
  scope: { agencyId: string; regionId: string; year: number },
): Promise<ReportDataImportFacts> {
  const { agencyId, year } = scope;
  const [period] = await tx
    .select({ id: renstraPeriod.id, startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
    .from(renstraPeriod)
    .where(
      and(
        eq(renstraPeriod.agencyId, agencyId),
        sql`${renstraPeriod.startYear} <= ${year} and ${renstraPeriod.endYear} >= ${year}`,
      ),
    )
    .orderBy(desc(renstraPeriod.startYear))
    .limit(1);
  const facts: ReportDataImportFacts = {
    period: period ?? null,
    measured: null,
    sasaranByCode: new Map(),
    maxSasaranSort: 0,
    indicatorsByCode: new Map(),
    maxIndicatorSort: 0,
    targets: new Map(),
    realisations: new Map(),
    locks: [],
    programs: new Map(),
    kegiatan: new Map(),
    subs: new Map(),
    lines: new Map(),
    spent: new Map(),
  };
  if (!period) return facts;
  const firstYear = yearInput.minValue ?? 2000;
  [facts.measured = null] = await loadMeasurementData(
    tx,
    { agencyId },
    { year, historyYears: year - firstYear, statuses: ALL_STATUSES, budget: 'none' },
  );
  const sasaranRows = await tx
    .select({
      id: sasaranStrategis.id,
      code: sasaranStrategis.code,
      statement: sasaranStrategis.statement,
      sortOrder: sasaranStrategis.sortOrder,
    })
    .from(sasaranStrategis)
    .where(eq(sasaranStrategis.renstraPeriodId, period.id));
  for (const s of sasaranRows) {
    facts.sasaranByCode.set(codeKey(s.code), s);
    facts.maxSasaranSort = Math.max(facts.maxSasaranSort, s.sortOrder);
  }
  const indicatorRows = await tx
    .select()
    .from(indicator)
    .where(and(eq(indicator.agencyId, agencyId), eq(indicator.renstraPeriodId, period.id)));
  const components = await tx
    .select({
      id: indicatorComponent.id,
      indicatorId: indicatorComponent.indicatorId,
      code: indicatorComponent.code,
    })
    .from(indicatorComponent)
    .innerJoin(indicator, eq(indicator.id, indicatorComponent.indicatorId))
    .where(and(eq(indicator.agencyId, agencyId), eq(indicator.renstraPeriodId, period.id)))
    .orderBy(indicatorComponent.sortOrder, indicatorComponent.code);
  const componentsOf = new Map<string, { id: string; code: string }[]>();
  for (const c of components) push(componentsOf, c.indicatorId, { id: c.id, code: c.code });
  for (const i of indicatorRows) {
    facts.indicatorsByCode.set(codeKey(i.code), {
      ...i,
      sasaranId: i.sasaranStrategisId,
      components: componentsOf.get(i.id) ?? [],
    });
    facts.maxIndicatorSort = Math.max(facts.maxIndicatorSort, i.sortOrder);
  }
  const ids = indicatorRows.map((i) => i.id);
  if (ids.length > 0) {
    for (const t of await tx
      .select()
      .from(indicatorTarget)
      .where(inArray(indicatorTarget.indicatorId, ids))) {
      const byYear = facts.targets.get(t.indicatorId) ?? new Map<number, RdTargetRow>();
      byYear.set(t.year, t);
      facts.targets.set(t.indicatorId, byYear);
    }
    for (const r of await tx.select().from(realisation).where(inArray(realisation.indicatorId, ids))) {
      const byYear = facts.realisations.get(r.indicatorId) ?? new Map<number, RealisationRow[]>();
      push(byYear, r.year, r);
      facts.realisations.set(r.indicatorId, byYear);
    }
  }
  facts.locks = await tx
    .select({
      agencyId: periodLock.agencyId,
      year: periodLock.year,
      periodNo: periodLock.periodNo,
      reopenedAt: periodLock.reopenedAt,
    })
    .from(periodLock)
    .where(
      and(
        eq(periodLock.regionId, scope.regionId),
        eq(periodLock.kind, 'realisation_quarter'),
        or(eq(periodLock.agencyId, agencyId), isNull(periodLock.agencyId)),
      ),
    );
  for (const p of await tx
    .select({ id: program.id, code: program.code })
    .from(program)
    .where(eq(program.renstraPeriodId, period.id)))
    facts.programs.set(codeKey(p.code), p);
  const programIds = [...facts.programs.values()].map((p) => p.id);
  if (programIds.length > 0) {
    for (const k of await tx
      .select({ id: kegiatan.id, code: kegiatan.code, programId: kegiatan.programId })
      .from(kegiatan)
      .where(inArray(kegiatan.programId, programIds)))
      facts.kegiatan.set(`${k.programId}|${codeKey(k.code)}`, k);
    const kegiatanIds = [...facts.kegiatan.values()].map((k) => k.id);
    if (kegiatanIds.length > 0)
      for (const s of await tx
        .select({ id: subKegiatan.id, code: subKegiatan.code, kegiatanId: subKegiatan.kegiatanId })
        .from(subKegiatan)
        .where(inArray(subKegiatan.kegiatanId, kegiatanIds)))
        facts.subs.set(`${s.kegiatanId}|${codeKey(s.code)}`, s);
  }
  const lines = await tx
    .select()
    .from(budgetLine)
    .where(and(eq(budgetLine.agencyId, agencyId), eq(budgetLine.year, year)));
  for (const l of lines) push(facts.lines, l.subKegiatanId, l);
  if (lines.length > 0)
    for (const r of await tx
      .select()
      .from(budgetRealisation)
      .where(
        and(
          eq(budgetRealisation.agencyId, agencyId),
          inArray(
            budgetRealisation.budgetLineId,
            lines.map((l) => l.id),
          ),
        ),
      ))
      push(facts.spent, r.budgetLineId, r);
  return facts;
}
