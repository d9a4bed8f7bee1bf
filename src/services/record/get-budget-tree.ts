/**
 * An agency's budget of one year as the entry grid needs it: program →
 * kegiatan → sub kegiatan with codes, each sub kegiatan with its budget lines
 * (one per spending type: pagu murni, pagu perubahan, version) and every
 * recorded realisation period of each line, and the physical progress per
 * period. The programs are those of the Renstra period covering the year,
 * plus any program with a budget line in the year; a sub kegiatan without a
 * line is listed (its pagu can be entered). Amounts are as stored: totals and
 * absorption are the domain's (budget-rollup.ts), not computed here.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { PeriodKind, SpendingType } from '../../store/schema/enums.ts';
import {
  budgetLine,
  budgetRealisation,
  kegiatan,
  program,
  renstraPeriod,
  subKegiatan,
  subKegiatanProgress,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { yearInput } from './record-inputs.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

export const getBudgetTreeInput = z.object({ agencyId: z.uuid(), year: yearInput });
export type GetBudgetTreeInput = z.input<typeof getBudgetTreeInput>;

export type BudgetPeriodAmount = {
  id: string;
  periodKind: PeriodKind;
  periodNo: number;
  amount: number;
  note: string | null;
  version: number;
};

export type BudgetProgressEntry = {
  id: string;
  periodKind: PeriodKind;
  periodNo: number;
  /** Cumulative physical progress in percent, as exact decimal text ("62.5"). */
  percent: string;
  note: string | null;
  version: number;
};

export type BudgetTreeLine = {
  id: string;
  spendingType: SpendingType;
  paguMurni: number;
  paguPerubahan: number | null;
  version: number;
  /** What was spent per period (not cumulative), in period order. */
  realisations: BudgetPeriodAmount[];
};

export type BudgetTreeSubKegiatan = {
  id: string;
  code: string;
  name: string;
  lines: BudgetTreeLine[];
  progress: BudgetProgressEntry[];
};
export type BudgetTreeKegiatan = {
  id: string;
  code: string;
  name: string;
  subKegiatan: BudgetTreeSubKegiatan[];
};
export type BudgetTreeProgram = { id: string; code: string; name: string; kegiatan: BudgetTreeKegiatan[] };

export type BudgetTree = {
  agencyId: string;
  year: number;
  programs: BudgetTreeProgram[];
  /** Every year of the agency that has budget lines, ascending. */
  yearsWithBudget: number[];
};

const PERIOD_ORDER: Readonly<Record<PeriodKind, number>> = { year: 0, semester: 1, quarter: 2, month: 3 };

export async function getBudgetTree(ctx: ServiceContext, input: unknown): Promise<BudgetTree> {
  const { agencyId, year } = parseInput(getBudgetTreeInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', agencyId);
    const lines = await tx
      .select()
      .from(budgetLine)
      .where(and(eq(budgetLine.agencyId, agencyId), eq(budgetLine.year, year)))
      .orderBy(asc(budgetLine.spendingType));
    const lineIds = lines.map((l) => l.id);
    const spent =
      lineIds.length === 0
        ? []
        : await tx
            .select()
            .from(budgetRealisation)
            .where(
              and(eq(budgetRealisation.agencyId, agencyId), inArray(budgetRealisation.budgetLineId, lineIds)),
            );
    const progress = await tx
      .select()
      .from(subKegiatanProgress)
      .where(and(eq(subKegiatanProgress.agencyId, agencyId), eq(subKegiatanProgress.year, year)));

    const subIdsWithLines = [...new Set(lines.map((l) => l.subKegiatanId))];
    const programsOfLines =
      subIdsWithLines.length === 0
        ? []
        : await tx
            .selectDistinct({ id: kegiatan.programId })
            .from(subKegiatan)
            .innerJoin(kegiatan, eq(kegiatan.id, subKegiatan.kegiatanId))
            .where(inArray(subKegiatan.id, subIdsWithLines));
    const covering = await tx
      .select({ id: renstraPeriod.id })
      .from(renstraPeriod)
      .where(and(eq(renstraPeriod.agencyId, agencyId), periodCoversYear(year)));
    const programFilter = or(
      covering.length > 0
        ? inArray(
            program.renstraPeriodId,
            covering.map((c) => c.id),
          )
        : undefined,
      programsOfLines.length > 0
        ? inArray(
            program.id,
            programsOfLines.map((p) => p.id),
          )
        : undefined,
    );
    const programs = programFilter
      ? await tx
          .select({ id: program.id, code: program.code, name: program.name })
          .from(program)
          .where(and(eq(program.agencyId, agencyId), programFilter))
          .orderBy(asc(program.code))
      : [];
    const programIds = programs.map((p) => p.id);
    const kegiatanRows =
      programIds.length === 0
        ? []
        : await tx
            .select({
              id: kegiatan.id,
              programId: kegiatan.programId,
              code: kegiatan.code,
              name: kegiatan.name,
            })
            .from(kegiatan)
            .where(inArray(kegiatan.programId, programIds))
            .orderBy(asc(kegiatan.code));
    const kegiatanIds = kegiatanRows.map((k) => k.id);
    const subRows =
      kegiatanIds.length === 0
        ? []
        : await tx
            .select({
              id: subKegiatan.id,
              kegiatanId: subKegiatan.kegiatanId,
              code: subKegiatan.code,
              name: subKegiatan.name,
            })
            .from(subKegiatan)
            .where(inArray(subKegiatan.kegiatanId, kegiatanIds))
            .orderBy(asc(subKegiatan.code));
    const years = await tx
      .selectDistinct({ year: budgetLine.year })
      .from(budgetLine)
      .where(eq(budgetLine.agencyId, agencyId))
      .orderBy(asc(budgetLine.year));

    const byPeriod = <T extends { periodKind: PeriodKind; periodNo: number }>(a: T, b: T) =>
      PERIOD_ORDER[a.periodKind] - PERIOD_ORDER[b.periodKind] || a.periodNo - b.periodNo;
    const spentByLine = groupBy(spent, (r) => r.budgetLineId);
    const linesBySub = groupBy(lines, (l) => l.subKegiatanId);
    const progressBySub = groupBy(progress, (p) => p.subKegiatanId);
    const subsByKegiatan = groupBy(subRows, (s) => s.kegiatanId);
    const kegiatanByProgram = groupBy(kegiatanRows, (k) => k.programId);

    return {
      agencyId,
      year,
      yearsWithBudget: years.map((y) => y.year),
      programs: programs.map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        kegiatan: (kegiatanByProgram.get(p.id) ?? []).map((k) => ({
          id: k.id,
          code: k.code,
          name: k.name,
          subKegiatan: (subsByKegiatan.get(k.id) ?? []).map((s) => ({
            id: s.id,
            code: s.code,
            name: s.name,
            lines: (linesBySub.get(s.id) ?? []).map((l) => ({
              id: l.id,
              spendingType: l.spendingType,
              paguMurni: l.paguMurni,
              paguPerubahan: l.paguPerubahan,
              version: l.version,
              realisations: (spentByLine.get(l.id) ?? []).sort(byPeriod).map((r) => ({
                id: r.id,
                periodKind: r.periodKind,
                periodNo: r.periodNo,
                amount: r.amount,
                note: r.note,
                version: r.version,
              })),
            })),
            progress: (progressBySub.get(s.id) ?? []).sort(byPeriod).map((g) => ({
              id: g.id,
              periodKind: g.periodKind,
              periodNo: g.periodNo,
              percent: g.physicalProgressPercent,
              note: g.note,
              version: g.version,
            })),
          })),
        })),
      })),
    };
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
