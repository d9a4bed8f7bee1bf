/**
 * The import's calls: the template is a plain download link; the upload
 * (preview or confirm) sends the file's bytes and starts a background job
 * (202 {jobId}); the job is polled with useJob (reports/report-jobs.ts) and
 * its result, the ImportOutcome, is read as JSON from /jobs/:jobId/result.
 */
import { ApiError, problemOf, requestHeaders } from '../../api/client.ts';
import i18n from '../../i18n/i18n.ts';
import type { ImportKind, ImportOutcome } from '../../../../src/services/import/import-outcome.ts';

export type { ImportKind, ImportOutcome };

export const IMPORT_KINDS: readonly ImportKind[] = ['realisasi'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const templateUrl = (agencyId: string, kind: ImportKind, year: number) =>
  `/api/agencies/${agencyId}/import-templates/${kind}?year=${year}`;

async function fetchOrFail(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiError(0, { title: i18n.t('common:network.title'), detail: i18n.t('common:network.detail') });
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** Uploads the file to preview it, or to save it (with the preview's digest); resolves to the job's id. */
export async function startImport(
  agencyId: string,
  kind: ImportKind,
  year: number,
  mode: 'preview' | 'confirm',
  file: File,
  digest?: string,
): Promise<string> {
  const response = await fetchOrFail(`/api/agencies/${agencyId}/imports/${kind}/${year}/${mode}`, {
    method: 'POST',
    headers: {
      ...requestHeaders('POST', false),
      'content-type': file.type === XLSX ? XLSX : 'application/octet-stream',
      ...(digest ? { 'x-import-digest': digest } : {}),
    },
    body: file,
  });
  return ((await response.json()) as { jobId: string }).jobId;
}

export async function importOutcome(jobId: string): Promise<ImportOutcome> {
  const response = await fetchOrFail(`/api/jobs/${jobId}/result`, {
    headers: requestHeaders('GET', false),
  });
  return (await response.json()) as ImportOutcome;
}
