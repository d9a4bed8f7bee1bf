/** Reads and validates an `akuntabel/report-data@1` file for the CLI. */
import { readFile, stat } from 'node:fs/promises';
import { parseReportData, type ReportData } from '../domain/report-data/schema.ts';

/** Larger files are refused: a year of one agency is a few hundred kilobytes at most. */
export const MAX_REPORT_FILE_BYTES = 50 * 1024 * 1024;

export type ReportFileResult = { ok: true; data: ReportData } | { ok: false; message: string };

export async function readReportFile(file: string): Promise<ReportFileResult> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return { ok: false, message: `Berkas ${file} tidak dapat dibaca (tidak ada atau tidak boleh dibaca).` };
  }
  if (size > MAX_REPORT_FILE_BYTES) {
    return {
      ok: false,
      message: `Berkas ${file} terlalu besar (${size} byte; batas ${MAX_REPORT_FILE_BYTES} byte).`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { ok: false, message: `Berkas ${file} bukan JSON yang sah: ${(error as Error).message}` };
  }
  const parsed = parseReportData(json);
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  - ${e.path}: ${e.message}`);
    return {
      ok: false,
      message: `Berkas ${file} bukan akuntabel/report-data@1 yang sah:\n${lines.join('\n')}`,
    };
  }
  return { ok: true, data: parsed.data };
}
