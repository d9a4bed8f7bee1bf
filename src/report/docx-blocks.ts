/**
 * Rendering of the model's blocks (headings, paragraphs, lists, tables,
 * charts, signatures, TOC fields) to docx paragraphs and tables, for
 * render-docx.ts.
 */
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LeaderType,
  PageBreak,
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
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { CHART_HEIGHT_CM, CHART_WIDTH_CM } from './charts.ts';
import {
  BLUE,
  BODY_SIZE,
  CM,
  GREY,
  STYLE_CAPTION_CHART,
  STYLE_CAPTION_CHART_ID,
  STYLE_CAPTION_TABLE,
  STYLE_CAPTION_TABLE_ID,
} from './docx-styles.ts';
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

export type Child = Paragraph | Table | TableOfContents;

export type TocEntries = Record<ContentsBlock['of'], { text: string; level: number; page: string }[]>;

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

export function renderBlock(
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
