/**
 * Shared pieces of the Inspektorat's reviu (review_record): the stored
 * finding (the checker's finding in both languages, the LKjIP section it
 * belongs to, and the review comment it became), loading a record with the
 * actor's right to it, and the result the API returns (each finding with the
 * comment's answer and status).
 */
import { eq, inArray } from 'drizzle-orm';
import type { Finding, FindingKind, Severity } from '../../domain/report-data/findings.ts';
import type { Database } from '../../store/database.ts';
import { appUser, lkjipReviewComment, reviewRecord, type ReviewSource } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import type { Action } from '../authorization.ts';
import type { ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';

export const REVIEW_TEXTS = { id: 'Reviu', en: 'Review' };

export type Texts = { id: string; en: string };

export type StoredFinding = {
  path: string;
  kind: FindingKind;
  severity: Severity;
  printed: string | number;
  expected: Texts | null;
  message: Texts;
  lines?: number[];
  /** The LKjIP section a comment on it goes to (lkjip-sections.ts). */
  section: string;
  commentId: string | null;
};

export type ReviewRow = typeof reviewRecord.$inferSelect;

/** The LKjIP section a finding's location belongs to. `sasaranIds` maps the file's sasaran ids to the agency's. */
export function sectionOf(path: string, sasaranIds: ReadonlyMap<string, string>): string {
  const narrative = /^narrative\[([^\]]+)\]/.exec(path)?.[1];
  if (narrative !== undefined) {
    const sasaran = /^sasaran\.([^.]+)\./.exec(narrative)?.[1];
    if (sasaran !== undefined) {
      const id = sasaranIds.get(sasaran);
      return id ? `bab3-sasaran-${id}` : 'bab3-pengukuran';
    }
    if (/^(ikhtisar|kataPengantar)/i.test(narrative)) return 'ikhtisar';
    if (/^(kesimpulan|langkahKeDepan|bab4)/i.test(narrative)) return 'bab4';
    if (/^(latarBelakang|tugasFungsi|isuStrategis|bab1)/i.test(narrative)) return 'bab1';
    if (/anggaran/i.test(narrative)) return 'bab3-anggaran';
    return 'bab3-pengukuran';
  }
  if (path.startsWith('budget')) return 'bab3-anggaran';
  return 'bab3-pengukuran';
}

/** Pairs the checker's findings in Indonesian and English (same run, same order) into stored findings. */
export function storedFindings(
  id: readonly Finding[],
  en: readonly Finding[],
  sasaranIds: ReadonlyMap<string, string>,
): StoredFinding[] {
  return id.map((f, i) => {
    const other = en[i]!;
    return {
      path: f.path,
      kind: f.kind,
      severity: f.severity,
      printed: f.printed,
      expected: f.expected === null ? null : { id: f.expected, en: other.expected ?? f.expected },
      message: { id: f.message, en: other.message },
      ...(f.lines ? { lines: f.lines } : {}),
      section: sectionOf(f.path, sasaranIds),
      commentId: null,
    };
  });
}

/** Loads a review and checks the actor may perform `action` on its agency. */
export async function loadReview(
  tx: Database,
  ctx: ServiceContext,
  action: Action,
  reviewId: string,
): Promise<ReviewRow> {
  const [row] = await tx.select().from(reviewRecord).where(eq(reviewRecord.id, reviewId));
  if (!row) throw notFound(REVIEW_TEXTS);
  await authorizeForAgency(tx, ctx, action, row.agencyId);
  return row;
}

export type CommentState = 'none' | 'open' | 'answered' | 'resolved';

export type ReviewFinding = StoredFinding & {
  index: number;
  comment: {
    id: string;
    version: number;
    body: string;
    response: string | null;
    respondedAt: Date | null;
    resolvedAt: Date | null;
  } | null;
  state: CommentState;
};

export type ReviewResult = {
  id: string;
  agencyId: string;
  year: number;
  source: ReviewSource;
  fileName: string | null;
  reviewer: string | null;
  createdAt: Date;
  version: number;
  agencyName: string;
  counts: { errors: number; warnings: number; commented: number; answered: number; resolved: number };
  findings: ReviewFinding[];
};

export function findingsOf(row: ReviewRow): StoredFinding[] {
  return Array.isArray(row.findings) ? (row.findings as StoredFinding[]) : [];
}

/** The review with each finding's comment (answer, status), as the API and the worksheet show it. */
export async function reviewResult(tx: Database, row: ReviewRow, agencyName: string): Promise<ReviewResult> {
  const stored = findingsOf(row);
  const ids = stored.map((f) => f.commentId).filter((id): id is string => id !== null);
  const comments =
    ids.length === 0
      ? []
      : await tx.select().from(lkjipReviewComment).where(inArray(lkjipReviewComment.id, ids));
  const byId = new Map(comments.map((c) => [c.id, c]));
  const [reviewer] = row.reviewerUserId
    ? await tx
        .select({ name: appUser.displayName, username: appUser.username })
        .from(appUser)
        .where(eq(appUser.id, row.reviewerUserId))
    : [];
  const findings: ReviewFinding[] = stored.map((f, index) => {
    const c = f.commentId ? byId.get(f.commentId) : undefined;
    const state: CommentState = !c
      ? 'none'
      : c.resolvedAt
        ? 'resolved'
        : c.responseText !== null
          ? 'answered'
          : 'open';
    return {
      ...f,
      index,
      comment: c
        ? {
            id: c.id,
            version: c.version,
            body: c.body,
            response: c.responseText,
            respondedAt: c.respondedAt,
            resolvedAt: c.resolvedAt,
          }
        : null,
      state,
    };
  });
  return {
    id: row.id,
    agencyId: row.agencyId,
    year: row.year,
    source: row.source,
    fileName: row.fileName,
    reviewer: reviewer ? reviewer.name || reviewer.username : null,
    createdAt: row.createdAt,
    version: row.version,
    agencyName,
    counts: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      commented: findings.filter((f) => f.state !== 'none').length,
      answered: findings.filter((f) => f.state === 'answered').length,
      resolved: findings.filter((f) => f.state === 'resolved').length,
    },
    findings,
  };
}
