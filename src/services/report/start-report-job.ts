/**
 * Starts generating a report (the LKjIP or the Perjanjian Kinerja of an
 * agency-year, as .docx, .pdf or .xlsx) as a background job: the caller gets
 * the job id at once, follows the progress with getJob and downloads the
 * file with getJobResult (jobs/job-runner.ts). Who may start it: anyone who
 * may read the agency ('agency.read', checked before the job exists); the
 * job reads the records as that user (loadLkjipSource, loadPkDocumentSource),
 * so a final LKjIP comes from its frozen snapshot.
 */
import { z } from 'zod';
import { buildLkjipModel } from '../../report/build-lkjip.ts';
import { buildPkDocumentModel } from '../../report/build-pk.ts';
import type { RenderableDocument } from '../../report/model.ts';
import { REPORT_FORMATS } from '../../report/render.ts';
import { renderReport } from '../../report/render-process.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { startJob, type JobFile, type JobUpdate } from '../jobs/job-runner.ts';
import { parseInput } from '../validate.ts';
import { loadLkjipSource } from './load-lkjip-source.ts';
import { loadPkDocumentSource } from './load-pk-document-source.ts';
import { REPORT_MIME_TYPES, reportFileName } from './report-file.ts';

export const startReportJobInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(['lkjip', 'pk']),
  format: z.enum(REPORT_FORMATS),
  lang: z.enum(['id', 'en']).optional(),
});
export type StartReportJobInput = z.input<typeof startReportJobInput>;

export type StartReportJobOptions = {
  /** Each persisted status change (server-sent events). */
  onUpdate?: (update: JobUpdate) => void;
  /** Resolves when the job has finished (tests, the CLI). */
  onDone?: (done: Promise<unknown>) => void;
};

export async function startReportJob(
  ctx: ServiceContext,
  input: unknown,
  options: StartReportJobOptions = {},
): Promise<{ jobId: string }> {
  const data = parseInput(startReportJobInput, input);
  const locale = data.lang ?? 'id';
  const scope = await inTransaction(ctx, (tx) => authorizeForAgency(tx, ctx, 'agency.read', data.agencyId));
  const run = async (progress: (percent: number, message?: string) => void): Promise<JobFile> => {
    progress(5, 'Membaca data');
    let doc: RenderableDocument;
    let fileName: string;
    if (data.kind === 'lkjip') {
      const loaded = await loadLkjipSource(ctx, { agencyId: data.agencyId, year: data.year, locale });
      progress(35, loaded.from === 'snapshot' ? 'Menyusun LKjIP final dari snapshot' : 'Menyusun LKjIP');
      doc = buildLkjipModel(loaded.source);
      fileName = reportFileName(
        { kind: 'lkjip', year: data.year, agencyName: loaded.source.agency.name },
        data.format,
        locale,
      );
    } else {
      const loaded = await loadPkDocumentSource(ctx, { agencyId: data.agencyId, year: data.year });
      progress(35, 'Menyusun Perjanjian Kinerja');
      doc = buildPkDocumentModel(loaded.source, locale, loaded.createdAt);
      fileName = reportFileName(
        {
          kind: 'pk',
          year: data.year,
          agencyName: loaded.source.agencyName,
          pkVersion: loaded.version.kind,
        },
        data.format,
        locale,
      );
    }
    progress(50, `Membuat berkas ${data.format}`);
    // in the renderer process: the server never holds a render's memory (decision 0013)
    const bytes = await renderReport(doc, data.format);
    progress(95, 'Menyimpan berkas');
    return { bytes: new Uint8Array(bytes), fileName, mimeType: REPORT_MIME_TYPES[data.format] };
  };
  const handle = await startJob(ctx.db, {
    kind: `report.${data.kind}_${data.format}`,
    ownerUserId: ctx.actor.userId,
    agencyId: data.agencyId,
    regionId: scope.regionId,
    run,
    now: ctx.now,
    ...(options.onUpdate ? { onUpdate: options.onUpdate } : {}),
  });
  options.onDone?.(handle.done);
  return { jobId: handle.id };
}
