/**
 * An LKjIP with its review comments, by id or by agency and year (anyone who
 * may read the agency). A final report carries its frozen snapshot and
 * whether the snapshot still matches its SHA-256 (`snapshotIntact`).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { lkjipReport } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import {
  canonicalJson,
  commentResult,
  commentsOf,
  loadReport,
  REPORT_TEXTS,
  reportResult,
  sha256Hex,
  type CommentResult,
  type ReportResult,
} from './lkjip-report.ts';

export const getLkjipInput = z.union([
  z.strictObject({ reportId: z.uuid() }),
  z.strictObject({ agencyId: z.uuid(), year: z.number().int().min(2000).max(2100) }),
]);
export type GetLkjipInput = z.input<typeof getLkjipInput>;

export type LkjipWithComments = ReportResult & {
  snapshot: unknown;
  snapshotIntact: boolean | null;
  comments: CommentResult[];
};

export async function getLkjip(ctx: ServiceContext, input: unknown): Promise<LkjipWithComments> {
  const data = parseInput(getLkjipInput, input);
  return inTransaction(ctx, async (tx) => {
    let report;
    if ('reportId' in data) {
      report = await loadReport(tx, ctx, 'agency.read', data.reportId);
    } else {
      await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
      [report] = await tx
        .select()
        .from(lkjipReport)
        .where(and(eq(lkjipReport.agencyId, data.agencyId), eq(lkjipReport.year, data.year)));
      if (!report) throw notFound(REPORT_TEXTS);
    }
    const comments = await commentsOf(tx, report.id);
    return {
      ...reportResult(report),
      snapshot: report.snapshot,
      snapshotIntact:
        report.contentSha256 === null
          ? null
          : sha256Hex(canonicalJson(report.snapshot)) === report.contentSha256,
      comments: comments.map(commentResult),
    };
  });
}
