/**
 * Renders a document in this process, and the format helpers. The CLI and the
 * report jobs do not call renderFormat themselves: they render in the
 * renderer process (render-process.ts), which calls it there.
 *
 * Each renderer is imported when its format is first asked for: docx,
 * pdfmake, exceljs and ECharts cost ~100 MB of memory once loaded, and a
 * process that never renders (the server) or renders one format (a CLI run
 * for .xlsx) need not hold them all.
 */
import type { RenderableDocument } from './model.ts';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export async function renderFormat(doc: RenderableDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return (await import('./render-docx.ts')).renderDocx(doc);
    case 'pdf':
      return (await import('./render-pdf.ts')).renderPdf(doc);
    case 'xlsx':
      return (await import('./render-xlsx.ts')).renderXlsx(doc);
  }
}

/** Loads the renderers of these formats ahead of a render (a process that will render soon). */
export async function loadRenderers(formats: readonly ReportFormat[]): Promise<void> {
  await Promise.all(
    formats.map((format) =>
      format === 'docx'
        ? import('./render-docx.ts')
        : format === 'pdf'
          ? import('./render-pdf.ts')
          : import('./render-xlsx.ts'),
    ),
  );
}

/** Parses "docx,pdf" into formats; throws with the Indonesian message on an unknown one. */
export function parseFormats(
  text: string,
  allowed: readonly ReportFormat[] = REPORT_FORMATS,
): ReportFormat[] {
  const formats = text
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  const bad = formats.filter((f) => !(allowed as readonly string[]).includes(f));
  if (formats.length === 0 || bad.length > 0)
    throw new Error(
      `format tidak dikenal: ${bad.join(', ') || '(kosong)'}; pilih dari ${allowed.join(', ')}`,
    );
  return [...new Set(formats)] as ReportFormat[];
}

/** A file name from a title: "lkjip-2023-dinas-sosial-kabupaten-lima-puluh-kota". */
export function fileBaseName(...parts: (string | number)[]): string {
  return parts
    .map((p) => String(p))
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
