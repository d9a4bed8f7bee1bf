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
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LeaderType,
  LineRuleType,
  NumberFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  StyleLevel,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignSection,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { CHART_HEIGHT_CM, CHART_WIDTH_CM, renderCharts } from './charts.ts';
import { DOCX_FONT } from './fonts.ts';
import { estimatePages, splitByOrientation, type PageEstimate } from './page-estimate.ts';
import type {
  Block,
  ChartBlock,
  ContentsBlock,
  ListBlock,
  NarrativeBlock,
  ParagraphBlock,
  RenderableDocument,
  Signatory,
  SignatureBlock,
  TableBlock,
} from './model.ts';

/** twips per cm */
const CM = 567;
const A4 = { width: Math.round(21 * CM), height: Math.round(29.7 * CM) };
const MARGIN = {
  top: Math.round(2.5 * CM),
  bottom: Math.round(2.5 * CM),
  left: Math.round(3 * CM),
  right: Math.round(2.5 * CM),
};
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_MARGIN = {
  top: Math.round(2.5 * CM),
  bottom: Math.round(2 * CM),
  left: Math.round(2.5 * CM),
  right: Math.round(2.5 * CM),
};
const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

export const STYLE_CAPTION_TABLE = 'Caption Tabel';
export const STYLE_CAPTION_CHART = 'Caption Grafik';
const STYLE_CAPTION_TABLE_ID = 'CaptionTabel';
const STYLE_CAPTION_CHART_ID = 'CaptionGrafik';

const BODY_SIZE = 24; // half-points: 12 pt, as the reports print
const TABLE_SIZE = 18; // 9 pt
const GREY = 'F2F2F2';
const BLUE = 'DCE6F1';

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

function styles() {
  const heading = (
    id: string,
    name: string,
    size: number,
    options: { center?: boolean; before: number; after: number },
  ) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: DOCX_FONT, size, bold: true, color: '000000' },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before: options.before, after: options.after },
      ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    },
  });
  return {
    default: {
      document: {
        run: { font: DOCX_FONT, size: BODY_SIZE },
        paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading('Heading1', 'heading 1', 28, { center: true, before: 0, after: 360 }),
      heading2: heading('Heading2', 'heading 2', 24, { before: 240, after: 120 }),
      heading3: heading('Heading3', 'heading 3', 24, { before: 180, after: 120 }),
    },
    paragraphStyles: [
      {
        id: STYLE_CAPTION_TABLE_ID,
        name: STYLE_CAPTION_TABLE,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: DOCX_FONT, size: 22, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          spacing: { before: 200, after: 100 },
        },
      },
      {
        id: STYLE_CAPTION_CHART_ID,
        name: STYLE_CAPTION_CHART,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: DOCX_FONT, size: 22, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          spacing: { before: 200, after: 100 },
        },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: DOCX_FONT, size: 22, bold: level === 1 },
        paragraph: { indent: { left: (level - 1) * 340, hanging: 0 }, spacing: { before: 0, after: 60 } },
      })),
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: TABLE_SIZE },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: 18, italics: true, color: '444444' },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      {
        id: 'GeneratedMark',
        name: 'Generated Mark',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: 16, italics: true, color: '9C5700' },
        paragraph: { keepNext: true, spacing: { before: 60, after: 40 } },
      },
    ],
  };
}

type Child = Paragraph | Table | TableOfContents;

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

type TocEntries = Record<ContentsBlock['of'], { text: string; level: number; page: string }[]>;

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

/** A TOC field written with its entries (style TOC n, dot leader to the page number at the right margin). */
function contents(block: ContentsBlock, width: number, entries: TocEntries): Child[] {
  const list = entries[block.of];
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 240 },
    children: [new TextRun({ text: block.title, bold: true, size: 28 })],
  });
  const children = list.map(
    (e) =>
      new Paragraph({
        style: `TOC${e.level}`,
        tabStops: [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }],
        children: [new TextRun(`${e.text}\t${e.page}`)],
      }),
  );
  const field =
    block.of === 'headings'
      ? new TableOfContents(block.title, {
          headingStyleRange: '1-3',
          beginDirty: false,
          contentChildren: children,
        })
      : new TableOfContents(block.title, {
          beginDirty: false,
          stylesWithLevels: [
            new StyleLevel(block.of === 'tables' ? STYLE_CAPTION_TABLE : STYLE_CAPTION_CHART, 1),
          ],
          contentChildren: children,
        });
  const out: Child[] = [
    title,
    list.length > 0 ? field : new Paragraph({ style: 'Note', children: [new TextRun('-')] }),
  ];
  if (block.of !== 'charts') out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

function renderBlock(
  block: Block,
  width: number,
  doc: RenderableDocument,
  charts: Map<string, Uint8Array>,
  entries: TocEntries,
): Child[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? 'Heading1' : block.level === 2 ? 'Heading2' : 'Heading3',
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [paragraph(block)];
    case 'narrative':
      return narrative(block, doc.meta.generatedMark);
    case 'list':
      return list(block);
    case 'table':
      return table(block, width);
    case 'chart':
      return chart(block, charts.get(block.id)!);
    case 'signature':
      return signature(block, width);
    case 'contents':
      return contents(block, width, entries);
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: block.format,
              data: block.data,
              transformation: { width: cmToPx(block.widthCm), height: cmToPx(block.heightCm) },
            }),
          ],
        }),
      ];
  }
}

function cmToPx(cm: number): number {
  return Math.round((cm / 2.54) * 96);
}

const SIZES: Record<NonNullable<ParagraphBlock['size']>, number> = {
  small: 20,
  normal: BODY_SIZE,
  large: 28,
  title: 36,
};

function paragraph(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    alignment:
      block.align === 'center'
        ? AlignmentType.CENTER
        : block.align === 'justify'
          ? AlignmentType.JUSTIFIED
          : AlignmentType.LEFT,
    spacing:
      block.size === 'title'
        ? { before: 360, after: 360 }
        : block.size === 'large'
          ? { before: 240, after: 240 }
          : undefined,
    children: [
      new TextRun({
        text: block.text,
        bold: block.bold ?? false,
        italics: block.italic ?? false,
        size: SIZES[block.size ?? 'normal'],
      }),
    ],
  });
}

function narrative(block: NarrativeBlock, mark: string | null): Paragraph[] {
  const out: Paragraph[] = [];
  if (block.generated && mark)
    out.push(new Paragraph({ style: 'GeneratedMark', children: [new TextRun(`[${mark}]`)] }));
  for (const text of block.paragraphs)
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: Math.round(1 * CM) },
        children: [new TextRun(text)],
      }),
    );
  return out;
}

function list(block: ListBlock): Paragraph[] {
  return block.items.map(
    (item, i) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { left: Math.round(0.75 * CM), hanging: Math.round(0.75 * CM) },
        tabStops: [{ type: TabStopType.LEFT, position: Math.round(0.75 * CM) }],
        children: [new TextRun(`${block.ordered ? `${i + 1}.` : '•'}\t${item}`)],
      }),
  );
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

function alignOf(a: 'left' | 'center' | 'right') {
  return a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
}

function table(block: TableBlock, width: number): Child[] {
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * width));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          borders: CELL_BORDERS,
          shading: { type: ShadingType.CLEAR, fill: BLUE, color: 'auto' },
          verticalAlign: VerticalAlignTable.CENTER,
          children: [
            new Paragraph({
              style: 'TableText',
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: c.header, bold: true })],
            }),
          ],
        }),
    ),
  });
  const rows = block.rows.map((row) => {
    let col = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.colSpan ?? 1;
      const column = block.columns[col]!;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const bold = cell.bold ?? row.emphasis !== undefined;
      return new TableCell({
        width: { size: w, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        borders: CELL_BORDERS,
        ...(row.emphasis ? { shading: { type: ShadingType.CLEAR, fill: GREY, color: 'auto' } } : {}),
        children: [
          new Paragraph({
            style: 'TableText',
            alignment: span > 1 && cell.value === undefined ? AlignmentType.LEFT : alignOf(column.align),
            indent: cell.indent ? { left: cell.indent * 170 } : undefined,
            children: [new TextRun({ text: cell.text, bold })],
          }),
        ],
      });
    });
    return new TableRow({ cantSplit: true, children: cells });
  });
  const out: Child[] = [
    new Paragraph({ style: STYLE_CAPTION_TABLE_ID, children: [new TextRun(block.caption)] }),
    new Table({
      rows: [header, ...rows],
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
    }),
  ];
  out.push(new Paragraph({ style: 'Note', children: block.note ? [new TextRun(block.note)] : [] }));
  return out;
}

function chart(block: ChartBlock, png: Uint8Array): Child[] {
  return [
    new Paragraph({ style: STYLE_CAPTION_CHART_ID, children: [new TextRun(block.caption)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: cmToPx(CHART_WIDTH_CM), height: cmToPx(CHART_HEIGHT_CM) },
          altText: { name: block.caption, title: block.caption, description: block.alt },
        }),
      ],
    }),
    new Paragraph({ style: 'Note', children: [] }),
  ];
}

function signatoryParagraphs(s: Signatory | null, placeDate: string | null): Paragraph[] {
  if (!s) return [new Paragraph('')];
  const lines: Paragraph[] = [];
  const center = AlignmentType.CENTER;
  lines.push(
    new Paragraph({
      alignment: center,
      keepNext: true,
      spacing: { after: 0 },
      children: [new TextRun(placeDate ?? ' ')],
    }),
  );
  for (const role of s.roleLines)
    lines.push(
      new Paragraph({
        alignment: center,
        keepNext: true,
        spacing: { after: 0 },
        children: [new TextRun({ text: role, bold: true })],
      }),
    );
  lines.push(new Paragraph({ keepNext: true, spacing: { before: 1100, after: 0 }, children: [] }));
  lines.push(
    new Paragraph({
      alignment: center,
      keepNext: true,
      spacing: { after: 0 },
      children: [new TextRun({ text: s.name, bold: true, underline: {} })],
    }),
  );
  if (s.rank)
    lines.push(
      new Paragraph({
        alignment: center,
        keepNext: true,
        spacing: { after: 0 },
        children: [new TextRun(s.rank)],
      }),
    );
  if (s.nip)
    lines.push(new Paragraph({ alignment: center, spacing: { after: 0 }, children: [new TextRun(s.nip)] }));
  return lines;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

function signature(block: SignatureBlock, width: number): Child[] {
  const half = Math.floor(width / 2);
  return [
    new Paragraph({ spacing: { before: 240 }, keepNext: true, children: [] }),
    new Table({
      width: { size: half * 2, type: WidthType.DXA },
      columnWidths: [half, half],
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: signatoryParagraphs(block.left, ' '),
            }),
            new TableCell({
              width: { size: half, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: signatoryParagraphs(block.right, block.placeDate),
            }),
          ],
        }),
      ],
    }),
  ];
}
