/**
 * PDF renderer, with pdfmake and the shipped Liberation Sans files. Chosen
 * over converting the .docx with LibreOffice because it needs no external
 * program (LibreOffice is a 300 MB install and a second process per request);
 * LibreOffice stays the tool the tests use to check the .docx.
 *
 * - The table of contents and the lists of tables and charts are pdfmake TOCs:
 *   their page numbers are exact (resolved after layout).
 * - Page numbers run through the whole file (the cover counts as page 1 and
 *   shows none), so they match the PDF viewer's page numbers; the .docx
 *   numbers front matter i, ii, … and chapters from 1, as Word users expect.
 * - Wide tables get landscape pages; header rows repeat; rows never split.
 * - Charts are embedded as vectors (the ECharts SVG, its text in Liberation
 *   Sans), so they stay sharp at any zoom.
 * - Reproducible: creation date and the file ID come from the model's
 *   `createdAt`, so equal models give equal bytes.
 */
import pdfmake from 'pdfmake';
import { chartSvg, CHART_HEIGHT_CM, CHART_WIDTH_CM } from './charts.ts';
import { FONT_DIR, FONT_FACES, FONT_FAMILY } from './fonts.ts';
import type { Block, RenderableDocument, Signatory, TableBlock } from './model.ts';

type Node = Record<string, unknown>;

const PT = 72 / 2.54;
const PORTRAIT_MARGINS = [3 * PT, 2.5 * PT, 2.5 * PT, 2.5 * PT];

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: FONT_DIR + FONT_FACES.normal,
      bold: FONT_DIR + FONT_FACES.bold,
      italics: FONT_DIR + FONT_FACES.italics,
      bolditalics: FONT_DIR + FONT_FACES.bolditalics,
    },
  });
  // Only the shipped fonts may be read from disk, nothing from the network.
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONT_DIR));
  pdfmake.setUrlAccessPolicy(() => false);
  configured = true;
}

export async function renderPdf(doc: RenderableDocument): Promise<Buffer> {
  configure();
  const created = new Date(doc.meta.createdAt);
  const content: Node[] = [];
  let orientation: 'portrait' | 'landscape' = 'portrait';
  let first = true;
  for (const part of doc.parts) {
    let startOfPart = true;
    for (const block of part.blocks) {
      const nodes = renderBlock(block, doc);
      if (nodes.length === 0) continue;
      const wanted = block.type === 'table' && block.landscape ? 'landscape' : 'portrait';
      const head = nodes[0]!;
      if (!first && (startOfPart || wanted !== orientation)) {
        head['pageBreak'] = 'before';
        head['pageOrientation'] = wanted;
      }
      orientation = wanted;
      // A heading that ends up alone before a landscape table moves with it.
      if (wanted === 'landscape' && !startOfPart) {
        const prev = content[content.length - 1];
        if (
          prev &&
          prev['style'] &&
          String(prev['style']).startsWith('h') &&
          prev['pageBreak'] === undefined
        ) {
          content.pop();
          delete head['pageBreak'];
          delete head['pageOrientation'];
          prev['pageBreak'] = 'before';
          prev['pageOrientation'] = 'landscape';
          nodes.unshift(prev);
        }
      }
      content.push(...nodes);
      startOfPart = false;
      first = false;
    }
  }
  const docDefinition = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PORTRAIT_MARGINS,
    info: {
      title: doc.meta.title,
      author: doc.meta.author,
      subject: doc.meta.subject,
      creator: 'Akuntabel',
      producer: 'Akuntabel (pdfmake)',
      creationDate: created,
      modDate: created,
    },
    content,
    footer: (currentPage: number, _pageCount: number, pageSize: { width: number }) =>
      currentPage === 1
        ? null
        : {
            margin: [PORTRAIT_MARGINS[0], 10, PORTRAIT_MARGINS[2], 0],
            columns: [
              { text: doc.meta.footer, fontSize: 8, color: '#555555' },
              { text: String(currentPage), alignment: 'right', fontSize: 9, width: 40 },
            ],
            width: pageSize.width,
          },
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 16] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 9, 0, 6] },
      caption: { fontSize: 10.5, bold: true, alignment: 'center', margin: [0, 10, 0, 5] },
      cell: { fontSize: 8.5, lineHeight: 1.05 },
      headerCell: { fontSize: 8.5, bold: true, alignment: 'center', lineHeight: 1.05 },
      note: { fontSize: 8.5, italics: true, color: '#444444', margin: [0, 3, 0, 10] },
      mark: { fontSize: 8, italics: true, color: '#9C5700', margin: [0, 4, 0, 2] },
      tocTitle: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
    },
  };
  const pdf = pdfmake.createPdf(docDefinition, { fontLayoutCache: true });
  const buffer: Buffer = await pdf.getBuffer();
  return fixFileId(buffer, doc.meta.createdAt);
}

/** PDFKit writes a random-looking file ID; replace it with one derived from the time stamp (same length). */
function fixFileId(buffer: Buffer, createdAt: string): Buffer {
  const text = buffer.toString('latin1');
  const match = /\/ID \[<([0-9a-f]+)> <([0-9a-f]+)>\]/.exec(text);
  if (!match) return buffer;
  const hex = Buffer.from(
    createdAt.padEnd(match[1]!.length / 2, '0').slice(0, match[1]!.length / 2),
    'latin1',
  ).toString('hex');
  const replaced = text.replace(match[0], `/ID [<${hex}> <${hex}>]`);
  return Buffer.from(replaced, 'latin1');
}

function renderBlock(block: Block, doc: RenderableDocument): Node[] {
  switch (block.type) {
    case 'heading':
      return [
        {
          text: block.text,
          style: `h${block.level}`,
          id: block.id,
          tocItem: true,
          tocStyle: block.level === 1 ? { bold: true } : {},
          tocMargin: [(block.level - 1) * 14, 0, 0, 2],
          headlineLevel: block.level,
        },
      ];
    case 'paragraph':
      return [
        {
          text: block.text,
          alignment: block.align ?? 'left',
          bold: block.bold ?? false,
          italics: block.italic ?? false,
          fontSize: { small: 9, normal: 11, large: 13, title: 17 }[block.size ?? 'normal'],
          margin:
            block.size === 'title' ? [0, 14, 0, 14] : block.size === 'large' ? [0, 10, 0, 10] : [0, 0, 0, 6],
        },
      ];
    case 'narrative': {
      const out: Node[] = [];
      if (block.generated && doc.meta.generatedMark)
        out.push({ text: `[${doc.meta.generatedMark}]`, style: 'mark' });
      for (const p of block.paragraphs)
        out.push({ text: p, alignment: 'justify', leadingIndent: PT, margin: [0, 0, 0, 6] });
      return out;
    }
    case 'list':
      return [
        block.ordered
          ? { ol: block.items.map((i) => ({ text: i, alignment: 'justify' })), margin: [0, 0, 0, 8] }
          : { ul: block.items.map((i) => ({ text: i, alignment: 'justify' })), margin: [0, 0, 0, 8] },
      ];
    case 'table':
      return table(block, doc.kind === 'lkjip');
    case 'chart':
      return [
        {
          stack: [
            { text: block.caption, style: 'caption', tocItem: 'charts', id: block.id },
            {
              svg: chartSvg(block),
              width: CHART_WIDTH_CM * PT,
              height: CHART_HEIGHT_CM * PT,
              alignment: 'center',
            },
          ],
          unbreakable: true,
          margin: [0, 0, 0, 12],
        },
      ];
    case 'signature':
      return [
        {
          columns: [signatory(block.left, ' '), signatory(block.right, block.placeDate)],
          unbreakable: true,
          margin: [0, 18, 0, 0],
        },
      ];
    case 'contents':
      return [
        {
          toc: {
            ...(block.of === 'headings' ? {} : { id: block.of }),
            title: { text: block.title, style: 'tocTitle' },
          },
          ...(block.of === 'headings' ? {} : { pageBreak: 'before' }),
        },
      ];
    case 'image':
      return [
        {
          image: `data:image/${block.format === 'jpg' ? 'jpeg' : 'png'};base64,${Buffer.from(block.data).toString('base64')}`,
          width: block.widthCm * PT,
          height: block.heightCm * PT,
          alignment: 'center',
          margin: [0, 8, 0, 8],
        },
      ];
  }
}

function signatory(s: Signatory | null, placeDate: string): Node {
  if (!s) return { text: '', width: '*' };
  return {
    width: '*',
    alignment: 'center',
    stack: [
      { text: placeDate },
      ...s.roleLines.map((r) => ({ text: r, bold: true })),
      { text: ' ', margin: [0, 0, 0, 48] },
      { text: s.name, bold: true, decoration: 'underline' },
      ...(s.rank ? [{ text: s.rank }] : []),
      ...(s.nip ? [{ text: s.nip }] : []),
    ],
  };
}

function table(block: TableBlock, listed: boolean): Node[] {
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => `${((c.width / total) * 100).toFixed(2)}%`);
  const header = block.columns.map((c) => ({ text: c.header, style: 'headerCell', fillColor: '#DCE6F1' }));
  const body: Node[][] = [header];
  for (const row of block.rows) {
    const cells: Node[] = [];
    let col = 0;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      const column = block.columns[col]!;
      cells.push({
        text: cell.text,
        style: 'cell',
        bold: cell.bold ?? row.emphasis !== undefined,
        alignment: span > 1 && cell.value === undefined ? 'left' : column.align,
        ...(cell.indent ? { margin: [cell.indent * 6, 0, 0, 0] } : {}),
        ...(span > 1 ? { colSpan: span } : {}),
        ...(row.emphasis ? { fillColor: '#F2F2F2' } : {}),
      });
      for (let k = 1; k < span; k++) cells.push({});
      col += span;
    }
    body.push(cells);
  }
  return [
    {
      text: block.caption,
      style: 'caption',
      id: block.id,
      ...(listed ? { tocItem: 'tables' } : {}),
      headlineLevel: 4,
    },
    {
      table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths, body },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        paddingLeft: () => 3,
        paddingRight: () => 3,
        paddingTop: () => 1.5,
        paddingBottom: () => 1.5,
      },
    },
    { text: block.note ?? '', style: 'note' },
  ];
}
