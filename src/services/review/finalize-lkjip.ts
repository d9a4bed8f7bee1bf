/**
 * The kepala finalises an LKjIP in review once every review comment is
 * answered or resolved. The numbers the report shows are frozen: the
 * agency-year measurement (measureAgencyYear, submitted and verified
 * realisations only, drafts never) is stored as the report's snapshot with
 * the SHA-256 of its canonical JSON (lkjip-report.ts `canonicalJson`), so
 * the final report can be re-rendered and checked later whatever changes in
 * the records. The measurement runs inside this transaction (a savepoint),
 * so it sees exactly what is being sealed. A final report cannot change.
 */
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { lkjipReport } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { assertDocumentOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, invalidState } from '../errors.ts';
import { measureAgencyYear } from '../measure/measure-agency-year.ts';
import { lkjipSnapshotContent } from '../report/load-lkjip-source.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  actingUser,
  canonicalJson,
  commentsOf,
  loadReport,
  REPORT_TEXTS,
  reportResult,
  requireStatus,
  sha256Hex,
  type ReportResult,
} from './lkjip-report.ts';

export const finalizeLkjipInput = z.strictObject({
  reportId: z.uuid(),
  version: z.number().int().positive(),
});
export type FinalizeLkjipInput = z.input<typeof finalizeLkjipInput>;

export const SNAPSHOT_FORMAT = 'akuntabel/lkjip-snapshot@1';

/** Builds what the report shows, inside the finalising transaction. */
export type SnapshotBuilder = (
  ctx: ServiceContext,
  report: { agencyId: string; year: number },
) => Promise<unknown>;

/** The agency-year measurement alone, from submitted and verified realisations. */
export const measurementSnapshot: SnapshotBuilder = (ctx, report) =>
  measureAgencyYear(ctx, { agencyId: report.agencyId, year: report.year, includeDrafts: false });

/**
 * The default: that measurement plus, under `report`, everything the LKjIP is
 * built from (load-lkjip-source.ts), so the final report is regenerated from
 * the snapshot byte for byte, whatever changes in the records afterwards.
 */
export const reportSnapshot: SnapshotBuilder = lkjipSnapshotContent;

export async function finalizeLkjip(
  ctx: ServiceContext,
  input: unknown,
  options: { buildSnapshot?: SnapshotBuilder } = {},
): Promise<ReportResult> {
  const data = parseInput(finalizeLkjipInput, input);
  const build = options.buildSnapshot ?? reportSnapshot;
  return inTransaction(ctx, async (tx) => {
    const before = await loadReport(tx, ctx, 'report.finalize', data.reportId);
    requireStatus(before, ['in_review'], { id: 'difinalkan', en: 'finalised' });
    // fail before measuring: a stale finalisation must not do the work
    if (before.version !== data.version) throw conflict(REPORT_TEXTS);
    await assertDocumentOpen(tx, before.agencyId, before.year, 'lkjip');
    const open = (await commentsOf(tx, before.id)).filter(
      (c) => c.resolvedAt === null && c.respondedAt === null,
    );
    if (open.length > 0)
      throw invalidState({
        id: `Masih ada ${open.length} catatan reviu yang belum dijawab atau diselesaikan.`,
        en: `${open.length} review comment(s) are neither answered nor resolved.`,
      });
    const content = await build(
      { ...ctx, db: tx as Database },
      { agencyId: before.agencyId, year: before.year },
    );
    const snapshot = {
      format: SNAPSHOT_FORMAT,
      agencyId: before.agencyId,
      year: before.year,
      takenAt: ctx.now().toISOString(),
      content,
    };
    const text = canonicalJson(snapshot);
    const after = await updateVersioned(
      tx,
      lkjipReport,
      before.id,
      data.version,
      {
        status: 'final',
        snapshot: JSON.parse(text) as unknown,
        contentSha256: sha256Hex(text),
        finalisedAt: ctx.now(),
        finalisedByUserId: actingUser(ctx),
      },
      REPORT_TEXTS,
      ctx.now(),
    );
    await recordAudit(tx, ctx, {
      action: 'lkjip_report.finalised',
      entityTable: 'lkjip_report',
      entityId: after.id,
      agencyId: after.agencyId,
      before,
      // the snapshot is in the row; the event records its seal
      after: { ...after, snapshot: undefined },
    });
    return reportResult(after);
  });
}
