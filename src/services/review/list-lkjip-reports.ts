/**
 * The history of an agency's LKjIP, newest year first: each year's report
 * with its status (draft → in_review → final), its review comments counted by
 * state, and the sections an evaluator comments on for that year
 * (lkjip-sections.ts: one `bab3-sasaran-<id>` per sasaran strategis of the
 * Renstra period covering the year, in the report's order). Anyone who may
 * read the agency.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  lkjipReport,
  lkjipReviewComment,
  renstraPeriod,
  sasaranStrategis,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { reportResult, type ReportResult } from './lkjip-report.ts';
import { LKJIP_SECTIONS } from './lkjip-sections.ts';

export const listLkjipReportsInput = z.strictObject({ agencyId: z.uuid() });
export type ListLkjipReportsInput = z.input<typeof listLkjipReportsInput>;

export type LkjipSection = {
  key: string;
  /** Set for a `bab3-sasaran-<id>` section. */
  sasaran: { id: string; code: string; statement: string } | null;
};

export type LkjipReportSummary = ReportResult & {
  comments: {
    total: number;
    /** Neither answered nor resolved: the agency has to act. */
    open: number;
    /** Answered by the agency, not yet resolved by the evaluator. */
    answered: number;
    resolved: number;
  };
  sections: LkjipSection[];
};

/** The sections in report order: BAB III's per-sasaran sections after the measurement, before the budget. */
function sectionsOf(sasaran: { id: string; code: string; statement: string }[]): LkjipSection[] {
  const sections: LkjipSection[] = [];
  for (const key of LKJIP_SECTIONS) {
    if (key === 'bab3-anggaran') {
      for (const s of sasaran) sections.push({ key: `bab3-sasaran-${s.id}`, sasaran: s });
    }
    sections.push({ key, sasaran: null });
  }
  return sections;
}

export async function listLkjipReports(
  ctx: ServiceContext,
  input: unknown,
): Promise<{ reports: LkjipReportSummary[] }> {
  const data = parseInput(listLkjipReportsInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const reports = await tx
      .select()
      .from(lkjipReport)
      .where(eq(lkjipReport.agencyId, data.agencyId))
      .orderBy(desc(lkjipReport.year));
    const comments =
      reports.length === 0
        ? []
        : await tx
            .select({
              reportId: lkjipReviewComment.reportId,
              respondedAt: lkjipReviewComment.respondedAt,
              resolvedAt: lkjipReviewComment.resolvedAt,
            })
            .from(lkjipReviewComment)
            .where(
              inArray(
                lkjipReviewComment.reportId,
                reports.map((r) => r.id),
              ),
            );
    const periods = await tx.select().from(renstraPeriod).where(eq(renstraPeriod.agencyId, data.agencyId));
    const sasaran = await tx
      .select({
        id: sasaranStrategis.id,
        code: sasaranStrategis.code,
        statement: sasaranStrategis.statement,
        periodId: sasaranStrategis.renstraPeriodId,
        sortOrder: sasaranStrategis.sortOrder,
      })
      .from(sasaranStrategis)
      .where(eq(sasaranStrategis.agencyId, data.agencyId));
    sasaran.sort(
      (x, y) => x.sortOrder - y.sortOrder || x.code.localeCompare(y.code, 'en', { numeric: true }),
    );
    const sasaranOfYear = (year: number) => {
      const period = periods.find((p) => p.startYear <= year && year <= p.endYear);
      return period
        ? sasaran
            .filter((s) => s.periodId === period.id)
            .map((s) => ({ id: s.id, code: s.code, statement: s.statement }))
        : [];
    };
    return {
      reports: reports.map((row) => {
        const own = comments.filter((c) => c.reportId === row.id);
        const resolved = own.filter((c) => c.resolvedAt !== null).length;
        const answered = own.filter((c) => c.resolvedAt === null && c.respondedAt !== null).length;
        return {
          ...reportResult(row),
          comments: { total: own.length, open: own.length - resolved - answered, answered, resolved },
          sections: sectionsOf(sasaranOfYear(row.year)),
        };
      }),
    };
  });
}
