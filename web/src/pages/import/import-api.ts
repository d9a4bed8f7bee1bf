/**
 * The import's calls: the template is a plain download link; the upload
 * (preview or confirm) sends the file's bytes and starts a background job
 * (202 {jobId}); the job is polled with useJob (reports/report-jobs.ts) and
 * its result, the ImportOutcome, is read as JSON from /jobs/:jobId/result.
 */
import { api, uploadFile } from '../../api/client.ts';
import type { ImportKind } from '../../../../src/services/import/import-kinds.ts';
import type { ImportOutcome } from '../../../../src/services/import/import-outcome.ts';

export type { ImportKind, ImportOutcome };

export const IMPORT_KINDS: readonly ImportKind[] = [
  'realisasi',
  'renstra',
  'anggaran',
  'sosial',
  'ikm',
  'report-data',
];

/** The page that shows what an import of the kind wrote (agencyPath's page); realisations otherwise. */
export const IMPORT_RESULT_PAGES: Partial<Record<ImportKind, string>> = {
  anggaran: 'anggaran',
  ikm: 'ikm',
  sosial: 'data-sosial',
  renstra: 'renstra',
  'report-data': 'realisasi',
};

/** Kinds whose workbook has several data sheets (a change names its sheet as well as its row). */
export const MULTI_SHEET_KINDS: readonly ImportKind[] = ['sosial', 'renstra'];

/** Kinds read from a JSON file (no Excel template; the export writes their file). */
export const JSON_KINDS: readonly ImportKind[] = ['report-data'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The agency-year as an akuntabel/report-data@1 file (a download; anyone who may read the agency). */
export const reportDataExportUrl = (agencyId: string, year: number) =>
  `/api/agencies/${agencyId}/report-data?year=${year}`;

export const templateUrl = (agencyId: string, kind: ImportKind, year: number) =>
  `/api/agencies/${agencyId}/import-templates/${kind}?year=${year}`;

/** Uploads the file to preview it, or to save it (with the preview's digest); resolves to the job's id. */
export async function startImport(
  agencyId: string,
  kind: ImportKind,
  year: number,
  mode: 'preview' | 'confirm',
  file: File,
  digest?: string,
): Promise<string> {
  const started = await uploadFile<{ jobId: string }>(
    `/agencies/${agencyId}/imports/${kind}/${year}/${mode}`,
    file,
    {
      headers: {
        'content-type': file.type === XLSX ? XLSX : 'application/octet-stream',
        ...(digest ? { 'x-import-digest': digest } : {}),
      },
    },
  );
  return started.jobId;
}

export function importOutcome(jobId: string): Promise<ImportOutcome> {
  return api.get<ImportOutcome>(`/jobs/${jobId}/result`);
}
