/**
 * The evaluator (Inspektorat) runs the checker on an agency-year and keeps
 * the result as a review (review_record):
 *
 * - `lkjip`: the agency's LKjIP of the year as it would print now — the
 *   report-data@1 object the report is built from (load-lkjip-source.ts:
 *   PK targets, submitted and verified realisations, the budget tree) with
 *   the texts the agency wrote (its narratives). The numbers the system
 *   computes are right by construction, so what a draft can get wrong is its
 *   words: the narrative checks compare them with the tables;
 * - `report_data`: an uploaded `akuntabel/report-data@1` file (a published
 *   report's numbers as printed);
 * - `template`: a filled review template (.xlsx, read-review-template.ts), sent
 *   as base64.
 *
 * Findings are computed in Indonesian and English and stored with the LKjIP
 * section each belongs to, so they can become review comments later
 * (comment-review-findings.ts). A file that cannot be read is refused with
 * every problem named (file path, or sheet/row/column) and nothing stored.
 */
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { checkReport } from '../../domain/report-data/check-report.ts';
import { parseReportData, type ReportData } from '../../domain/report-data/schema.ts';
import type { Database } from '../../store/database.ts';
import { agency, renstraPeriod, reviewRecord, sasaranStrategis } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import type { AppError } from '../errors.ts';
import { validationError } from '../errors.ts';
import { loadLkjipSource } from '../report/load-lkjip-source.ts';
import { parseInput } from '../validate.ts';
import { actingUser } from './lkjip-report.ts';
import { reviewResult, storedFindings, type ReviewResult } from './review-record.ts';
import { readReviewTemplate } from './read-review-template.ts';

/** A filled template is small (tens of kB); 700 kB of .xlsx, sent as base64 within the API's 1 MB body, is far more than any report's tables. */
export const REVIEW_TEMPLATE_MAX_BYTES = 700 * 1024;

export const runReviewInput = z.discriminatedUnion('source', [
  z.strictObject({
    agencyId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    source: z.literal('lkjip'),
  }),
  z.strictObject({
    agencyId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    source: z.literal('report_data'),
    fileName: z.string().trim().min(1).max(200),
    /** The parsed JSON of the file. */
    reportData: z.unknown(),
  }),
  z.strictObject({
    agencyId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    source: z.literal('template'),
    fileName: z.string().trim().min(1).max(200),
    /** The .xlsx file, base64. */
    contentBase64: z
      .string()
      .min(1)
      .max(Math.ceil((REVIEW_TEMPLATE_MAX_BYTES * 4) / 3) + 4),
  }),
]);
export type RunReviewInput = z.input<typeof runReviewInput>;

/** The narratives the agency wrote, as passages of report-data (ids are the report's keys). */
function narrativeOf(
  texts: Readonly<Record<string, readonly string[] | undefined>>,
  sasaranIds: ReadonlySet<string>,
): NonNullable<ReportData['narrative']> {
  return Object.entries(texts)
    .filter((entry): entry is [string, readonly string[]] => entry[1] !== undefined && entry[1].length > 0)
    .map(([key, paragraphs]) => {
      const sasaran = /^sasaran\.([^.]+)\./.exec(key)?.[1];
      return {
        id: key,
        ...(sasaran !== undefined && sasaranIds.has(sasaran) ? { sasaranId: sasaran } : {}),
        text: paragraphs.join('\n\n'),
      };
    });
}

function fileRefused(errors: { path: string; message: { id: string; en: string } }[]): AppError {
  return validationError(errors);
}

async function agencySasaran(tx: Database, agencyId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: sasaranStrategis.id, code: sasaranStrategis.code })
    .from(sasaranStrategis)
    .innerJoin(renstraPeriod, eq(renstraPeriod.id, sasaranStrategis.renstraPeriodId))
    .where(eq(sasaranStrategis.agencyId, agencyId))
    .orderBy(desc(renstraPeriod.startYear));
  const map = new Map<string, string>();
  for (const r of rows) if (!map.has(r.code)) map.set(r.code, r.id);
  return map;
}

export async function runReview(ctx: ServiceContext, input: unknown): Promise<ReviewResult> {
  const data = parseInput(runReviewInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'report.review', data.agencyId);
    const [agencyRow] = await tx
      .select({ name: agency.name })
      .from(agency)
      .where(eq(agency.id, data.agencyId));
    let reportData: ReportData;
    let sasaranIds = await agencySasaran(tx, data.agencyId);
    if (data.source === 'lkjip') {
      const loaded = await loadLkjipSource({ ...ctx, db: tx }, { agencyId: data.agencyId, year: data.year });
      const keys = new Set(loaded.source.data.sasaran.map((s) => s.id));
      reportData = { ...loaded.source.data, narrative: narrativeOf(loaded.source.narratives, keys) };
      sasaranIds = new Map(loaded.sasaran.map((s) => [s.key, s.id]));
    } else if (data.source === 'report_data') {
      const parsed = parseReportData(data.reportData);
      if (!parsed.ok)
        throw fileRefused(
          parsed.errors.map((e) => ({
            path: `reportData.${e.path}`,
            message: { id: `${e.path}: ${e.message}`, en: `${e.path}: ${e.message}` },
          })),
        );
      reportData = parsed.data;
    } else {
      const bytes = Buffer.from(data.contentBase64, 'base64');
      if (bytes.length > REVIEW_TEMPLATE_MAX_BYTES)
        throw fileRefused([
          {
            path: 'contentBase64',
            message: { id: 'berkas lebih dari 700 kB', en: 'the file is larger than 700 kB' },
          },
        ]);
      const read = await readReviewTemplate(bytes);
      if (!read.ok)
        throw fileRefused(
          read.errors.map((e) => ({
            path: `${e.sheet}!${e.column}${e.row > 0 ? `:${e.row}` : ''}`,
            message: {
              id: `Lembar ${e.sheet}${e.row > 0 ? `, baris ${e.row}` : ''}, kolom ${e.column}: nilai "${e.value}", diharapkan ${e.expected.id}.`,
              en: `Sheet ${e.sheet}${e.row > 0 ? `, row ${e.row}` : ''}, column ${e.column}: value "${e.value}", expected ${e.expected.en}.`,
            },
          })),
        );
      reportData = read.data;
    }
    if (reportData.year !== data.year)
      throw fileRefused([
        {
          path: 'year',
          message: {
            id: `berkas ini laporan tahun ${reportData.year}, bukan ${data.year}`,
            en: `this file is the report of ${reportData.year}, not ${data.year}`,
          },
        },
      ]);
    const findings = storedFindings(
      checkReport(reportData, { locale: 'id' }),
      checkReport(reportData, { locale: 'en' }),
      sasaranIds,
    );
    const [row] = await tx
      .insert(reviewRecord)
      .values({
        agencyId: data.agencyId,
        year: data.year,
        source: data.source,
        fileName: data.source === 'lkjip' ? null : data.fileName,
        reviewerUserId: actingUser(ctx),
        reportData,
        findings,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'review_record.created',
      entityTable: 'review_record',
      entityId: row!.id,
      agencyId: data.agencyId,
      after: { ...row!, reportData: undefined },
    });
    return reviewResult(tx, row!, agencyRow?.name ?? '');
  });
}
