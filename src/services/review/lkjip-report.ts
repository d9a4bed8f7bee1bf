/**
 * Shared pieces of the LKjIP review workflow:
 *
 *   draft ──submit (kepala)──▶ in_review ──finalize (kepala)──▶ final
 *     ▲                           │
 *     └──return (evaluator)───────┘
 *
 * Evaluators (Inspektorat) comment per section while the report is in review;
 * the agency answers; the evaluator may resolve a comment. Finalising needs
 * every comment answered or resolved and freezes the numbers the report
 * shows (finalize-lkjip.ts). A final report never changes (the use cases
 * refuse it, and a trigger refuses any UPDATE/DELETE of it).
 */
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { lkjipReport, lkjipReviewComment } from '../../store/schema/index.ts';
import type { LkjipStatus } from '../../store/schema/workflow.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import type { Action } from '../authorization.ts';
import type { ServiceContext } from '../context.ts';
import { invalidState, notFound } from '../errors.ts';

export const REPORT_TEXTS = { id: 'LKjIP', en: 'LKjIP' };
export const COMMENT_TEXTS = { id: 'Catatan reviu', en: 'Review comment' };

export type ReportRow = typeof lkjipReport.$inferSelect;
export type CommentRow = typeof lkjipReviewComment.$inferSelect;

const STATUS_TEXT: Readonly<Record<LkjipStatus, { id: string; en: string }>> = {
  draft: { id: 'draf', en: 'draft' },
  in_review: { id: 'dalam reviu', en: 'in review' },
  final: { id: 'final', en: 'final' },
};

/** Loads the report and checks the actor may perform `action` on its agency. */
export async function loadReport(
  tx: Database,
  ctx: ServiceContext,
  action: Action,
  reportId: string,
): Promise<ReportRow> {
  const [row] = await tx.select().from(lkjipReport).where(eq(lkjipReport.id, reportId));
  if (!row) throw notFound(REPORT_TEXTS);
  await authorizeForAgency(tx, ctx, action, row.agencyId);
  return row;
}

/** Refuses the step unless the report is in one of `allowed` statuses. */
export function requireStatus(
  report: ReportRow,
  allowed: readonly LkjipStatus[],
  step: { id: string; en: string },
): void {
  if (allowed.includes(report.status)) return;
  const now = STATUS_TEXT[report.status];
  throw invalidState({
    id: `LKjIP berstatus ${now.id} tidak dapat ${step.id}.`,
    en: `A ${now.en} LKjIP cannot be ${step.en}.`,
  });
}

/** Loads a comment with its report, checking the actor may perform `action` on the report's agency. */
export async function loadComment(
  tx: Database,
  ctx: ServiceContext,
  action: Action,
  commentId: string,
): Promise<{ comment: CommentRow; report: ReportRow }> {
  const [comment] = await tx.select().from(lkjipReviewComment).where(eq(lkjipReviewComment.id, commentId));
  if (!comment) throw notFound(COMMENT_TEXTS);
  const report = await loadReport(tx, ctx, action, comment.reportId);
  return { comment, report };
}

export type CommentResult = {
  id: string;
  reportId: string;
  sectionKey: string;
  authorUserId: string | null;
  body: string;
  createdAt: Date;
  responseText: string | null;
  respondedAt: Date | null;
  respondedByUserId: string | null;
  resolvedAt: Date | null;
  resolvedByUserId: string | null;
  version: number;
};

export function commentResult(row: CommentRow): CommentResult {
  return {
    id: row.id,
    reportId: row.reportId,
    sectionKey: row.sectionKey,
    authorUserId: row.authorUserId,
    body: row.body,
    createdAt: row.createdAt,
    responseText: row.responseText,
    respondedAt: row.respondedAt,
    respondedByUserId: row.respondedByUserId,
    resolvedAt: row.resolvedAt,
    resolvedByUserId: row.resolvedByUserId,
    version: row.version,
  };
}

export type ReportResult = {
  id: string;
  agencyId: string;
  year: number;
  status: LkjipStatus;
  version: number;
  submittedAt: Date | null;
  finalisedAt: Date | null;
  finalisedByUserId: string | null;
  contentSha256: string | null;
};

export function reportResult(row: ReportRow): ReportResult {
  return {
    id: row.id,
    agencyId: row.agencyId,
    year: row.year,
    status: row.status,
    version: row.version,
    submittedAt: row.submittedAt,
    finalisedAt: row.finalisedAt,
    finalisedByUserId: row.finalisedByUserId,
    contentSha256: row.contentSha256,
  };
}

export async function commentsOf(tx: Database, reportId: string): Promise<CommentRow[]> {
  return tx
    .select()
    .from(lkjipReviewComment)
    .where(eq(lkjipReviewComment.reportId, reportId))
    .orderBy(asc(lkjipReviewComment.createdAt), asc(lkjipReviewComment.id));
}

/** The acting user's id for a `*_by_user_id` column (null for the system). */
export function actingUser(ctx: ServiceContext): string | null {
  return ctx.actor.userId === 'system' ? null : ctx.actor.userId;
}

/**
 * JSON with object keys sorted at every level (after a JSON round trip:
 * dates become ISO text, undefined is dropped): the text whose SHA-256 seals
 * a snapshot, reproducible from the stored jsonb.
 */
export function canonicalJson(value: unknown): string {
  const plain: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return Object.fromEntries(entries.map(([k, x]) => [k, sort(x)]));
    }
    return v;
  };
  return JSON.stringify(sort(plain));
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
