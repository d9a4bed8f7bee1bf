/**
 * Renders a document to the requested formats and writes the files: the one
 * entry point the CLI (and later the API) calls.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderableDocument } from './model.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';
import { renderXlsx } from './render-xlsx.ts';

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderFormat(doc: RenderableDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return renderPdf(doc);
    case 'xlsx':
      return renderXlsx(doc);
  }
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

/** Writes `<dir>/<baseName>.<format>` for each format; returns the paths written. */
export async function writeDocument(
  doc: RenderableDocument,
  formats: readonly ReportFormat[],
  dir: string,
  baseName: string,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    const bytes = await renderFormat(doc, format);
    const path = join(dir, `${baseName}.${format}`);
    await writeFile(path, bytes);
    written.push(path);
  }
  return written;
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
