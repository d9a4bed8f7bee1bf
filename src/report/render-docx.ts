/**
 * Word (.docx) renderer, with the `docx` library. Only lays out the model:
 *
 * - Word's own styles: Heading 1-3 for the outline (so users restyle and the
 *   table of contents follows), "Caption Tabel"/"Caption Grafik" for captions
 *   (the lists of tables and charts are TOC fields on those styles);
 * - the three lists are real TOC fields, written with their entries and page
 *   numbers estimated by laying the pages out as Word does (docx/layout, with
 *   Arial's metrics; Liberation Sans, which LibreOffice substitutes, has the
 *   same), so they are right before anyone presses "Update Table", also in
 *   LibreOffice, which does not update fields when it converts;
 * - one section per part: the cover unnumbered, front matter numbered i, ii,
 *   chapters 1, 2, …; a wide table gets a landscape section of its own;
 * - table header rows repeat on each page, rows never split across pages,
 *   numbers right-aligned as printed by the model.
 *
 * Output is reproducible: the time stamps are the model's `createdAt`, and
 * the zip is rewritten with fixed entry dates.
 */
import JSZip from 'jszip';
import { repackZip } from './zip-repack.ts';
import {
  BorderStyle,
  Document,
  Footer,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  VerticalAlignSection,
  type ISectionOptions,
} from 'docx';
import { renderCharts } from './charts.ts';
import { renderBlock, type Child, type TocEntries } from './docx-blocks.ts';
import { A4, LANDSCAPE_MARGIN, LANDSCAPE_WIDTH, MARGIN, PORTRAIT_WIDTH, styles } from './docx-styles.ts';
import { estimatePages, splitByOrientation, type PageEstimate } from './page-estimate.ts';
import type { Block, RenderableDocument } from './model.ts';

export async function renderDocx(doc: RenderableDocument): Promise<Buffer> {
  const charts = await renderCharts(doc.parts.flatMap((p) => p.blocks.filter((b) => b.type === 'chart')));
  const sections = buildSections(doc, charts, estimatePages(doc));
  const created = new Date(doc.meta.createdAt);
  const document = new Document({
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.author,
    title: doc.meta.title,
    subject: doc.meta.subject,
    description: doc.meta.subject,
    styles: styles(),
    features: { updateFields: false },
    sections,
  });
  const packed = await Packer.toBuffer(document);
  return normalizeZip(packed, created);
}

/** Rewrites the zip with fixed dates and core.xml time stamps, so equal models give equal bytes. */
async function normalizeZip(bytes: Buffer, created: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const iso = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string'))
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${iso}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    zip.file('docProps/core.xml', xml);
  }
  // docx numbers drawings with a counter that lives as long as the process: renumber from 1.
  const body = zip.file('word/document.xml');
  if (body) {
    let id = 0;
    zip.file(
      'word/document.xml',
      (await body.async('string')).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++id}"`),
    );
  }
  return repackZip(zip, created);
}

function buildSections(
  doc: RenderableDocument,
  charts: Map<string, Uint8Array>,
  estimate: PageEstimate,
): ISectionOptions[] {
  const sections: ISectionOptions[] = [];
  let firstFront = true;
  let firstChapter = true;
  const entries = tocEntries(doc, estimate);
  for (const part of doc.parts) {
    const runs = splitByOrientation(part);
    runs.forEach((run, i) => {
      // Front matter i, ii, … from 1; chapters and appendix 1, 2, … from 1; later sections continue.
      const front = part.kind === 'front';
      const restart = i === 0 && ((front && firstFront) || (!front && part.kind !== 'cover' && firstChapter));
      if (i === 0 && front) firstFront = false;
      if (i === 0 && (part.kind === 'chapter' || part.kind === 'appendix')) firstChapter = false;
      const numbering = {
        ...(restart ? { start: 1 } : {}),
        formatType: front ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL,
      };
      const landscape = run.orientation === 'landscape';
      const width = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
      const children =
        part.kind === 'cover'
          ? coverChildren(run.blocks, width, doc, charts, entries)
          : run.blocks.flatMap((b) => renderBlock(b, width, doc, charts, entries));
      if (children.length === 0) children.push(new Paragraph(''));
      sections.push({
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { ...(landscape ? LANDSCAPE_MARGIN : MARGIN), header: 700, footer: 600 },
            pageNumbers: numbering,
          },
          ...(part.kind === 'cover' ? { verticalAlign: VerticalAlignSection.CENTER } : {}),
        },
        ...(part.kind === 'cover' ? {} : { footers: { default: footer(doc.meta.footer, width) } }),
        children,
      });
    });
  }
  return sections;
}

/** The cover: its lines spread down the page (LibreOffice ignores a section's vertical centring). */
function coverChildren(
  blocks: Block[],
  width: number,
  doc: RenderableDocument,
  charts: Map<string, Uint8Array>,
  entries: TocEntries,
): Child[] {
  const out: Child[] = [new Paragraph({ spacing: { before: 1700, after: 0 }, children: [] })];
  blocks.forEach((b, i) => {
    if (i === blocks.length - 1)
      out.push(new Paragraph({ spacing: { before: 5200, after: 0 }, children: [] }));
    out.push(...renderBlock(b, width, doc, charts, entries));
  });
  return out;
}

function footer(text: string, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({ text, size: 16, color: '555555' }),
          new TextRun({ children: ['\t', PageNumber.CURRENT], size: 18 }),
        ],
      }),
    ],
  });
}

/** The entries of the three lists with their estimated pages. */
function tocEntries(doc: RenderableDocument, estimate: PageEstimate): TocEntries {
  const out: TocEntries = { headings: [], tables: [], charts: [] };
  for (const part of doc.parts)
    for (const b of part.blocks) {
      const page =
        estimate.pages.get(b.type === 'heading' || b.type === 'table' || b.type === 'chart' ? b.id : '') ??
        '';
      if (b.type === 'heading') out.headings.push({ text: b.text, level: b.level, page });
      if (b.type === 'table') out.tables.push({ text: b.caption, level: 1, page });
      if (b.type === 'chart') out.charts.push({ text: b.caption, level: 1, page });
    }
  return out;
}
