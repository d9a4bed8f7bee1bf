/**
 * Estimates the page each heading, table and chart of the Word file starts
 * on, for the table of contents and the lists of tables and charts written
 * into the .docx (Word recomputes them exactly on "Update Table"; LibreOffice
 * does not update fields when it opens or converts a file, so the written
 * numbers are what its PDF shows).
 *
 * Why not docx's own layout (`docx/layout`, which lays pages out as Word
 * does): on the 2-core benchmark machine it takes about 8 s for the demo
 * report, against a goal of 1 s for the whole .docx. This estimate walks the
 * model once with the same page sizes, margins, font sizes and spacing as
 * render-docx.ts, wraps text by the advance widths of Liberation Sans (metrics
 * of Arial, the font the .docx names; table below, taken from the shipped TTF
 * files: units per em 2048, ascent 1854, descent 434, line gap 67), never
 * splits a table row, repeats table headers and keeps headings and captions
 * with what follows. It is an estimate: a page number may be off by one where
 * a block lands near a page end.
 */
import type { Block, RenderableDocument, ReportPart, TableBlock } from './model.ts';

const UNITS = 2048;
/** Advance widths of code points 32-126 (Liberation Sans Regular, then Bold). */
const WIDTHS = {
  regular: [
    569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479,
    1366, 1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366,
    1933, 1366, 1366, 1251, 569, 569, 569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455,
    455, 1024, 455, 1706, 1139, 1139, 1139, 1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684,
    532, 684, 1196,
  ],
  bold: [
    569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 682, 682, 1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479, 1479,
    1366, 1251, 1593, 1479, 569, 1139, 1479, 1251, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366,
    1933, 1366, 1366, 1251, 682, 569, 682, 1196, 1139, 682, 1139, 1251, 1139, 1251, 1139, 682, 1251, 1251,
    569, 569, 1139, 569, 1821, 1251, 1251, 1251, 1251, 797, 1139, 682, 1251, 1139, 1593, 1139, 1139, 1024,
    797, 573, 797, 1196,
  ],
} as const;
/** (ascent + descent + line gap) / units per em: a single line is 1,149 × the font size. */
const LINE = (1854 + 434 + 67) / UNITS;

/** Points per cm. */
const PT = 72 / 2.54;

/** Page geometry in points, the same as render-docx.ts (A4; portrait margins 2,5/2,5/3/2,5 cm). */
export const PAGE = {
  portrait: { width: 21 * PT - 5.5 * PT, height: 29.7 * PT - 5 * PT },
  landscape: { width: 29.7 * PT - 5 * PT, height: 21 * PT - 4.5 * PT },
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Width of a text in points. */
export function textWidth(text: string, sizePt: number, bold = false): number {
  const table = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? table[code - 32]! : 1139;
  }
  return (units / UNITS) * sizePt;
}

/** Lines a text wraps into at a width (greedy, by words, as Word breaks). */
export function lineCount(
  text: string,
  sizePt: number,
  widthPt: number,
  bold = false,
  firstIndentPt = 0,
): number {
  if (text === '') return 1;
  const space = textWidth(' ', sizePt, bold);
  let lines = 1;
  let x = firstIndentPt;
  for (const word of text.split(/\s+/)) {
    const w = textWidth(word, sizePt, bold);
    if (x > 0 && x + w > widthPt) {
      lines++;
      x = 0;
    }
    // A word longer than the line breaks by characters.
    if (w > widthPt) {
      lines += Math.floor(w / widthPt);
      x = w % widthPt;
    } else x += w;
    x += space;
  }
  return lines;
}

/** Splits a part into runs of one orientation: a wide table (with the headings right before it) goes landscape. */
export function splitByOrientation(part: ReportPart): { orientation: Orientation; blocks: Block[] }[] {
  const runs: { orientation: Orientation; blocks: Block[] }[] = [];
  let pending: Block[] = [];
  const push = (orientation: Orientation, blocks: Block[]) => {
    if (blocks.length === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.orientation === orientation) last.blocks.push(...blocks);
    else runs.push({ orientation, blocks });
  };
  for (const block of part.blocks) {
    if (block.type === 'table' && block.landscape) {
      const carried: Block[] = [];
      while (pending.length > 0 && pending[pending.length - 1]!.type === 'heading')
        carried.unshift(pending.pop()!);
      push('portrait', pending);
      pending = [];
      push('landscape', [...carried, block]);
    } else pending.push(block);
  }
  push('portrait', pending);
  if (runs.length === 0) runs.push({ orientation: 'portrait', blocks: [] });
  return runs;
}

/** Line heights (points) of the styles of render-docx.ts, line spacing 1,25 for body text. */
const BODY = 12;
const bodyLine = BODY * LINE * 1.25;
const tableLine = 9 * LINE;

function roman(n: number): string {
  const map: [number, string][] = [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of map)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

export type PageEstimate = {
  /** Printed page number ("iii", "12") of each heading, table and chart, by block id. */
  pages: Map<string, string>;
  /** Estimated number of pages in the document. */
  total: number;
};

type Cursor = { y: number; height: number; width: number; page: number };

/** Where the blocks of a document land, page by page. */
export function estimatePages(doc: RenderableDocument): PageEstimate {
  const pages = new Map<string, string>();
  const counts = countEntries(doc);
  let physical = 0;
  let number = 0;
  let format: 'roman' | 'arabic' | 'none' = 'none';
  let startedFront = false;
  let startedMain = false;
  const label = () => (format === 'roman' ? roman(number) : format === 'arabic' ? String(number) : '');
  for (const part of doc.parts) {
    for (const [r, run] of splitByOrientation(part).entries()) {
      const geometry = PAGE[run.orientation];
      if (r === 0 && part.kind === 'front' && !startedFront) {
        startedFront = true;
        format = 'roman';
        number = 0;
      }
      if (r === 0 && (part.kind === 'chapter' || part.kind === 'appendix') && !startedMain) {
        startedMain = true;
        format = 'arabic';
        number = 0;
      }
      if (part.kind === 'cover') format = 'none';
      const cursor: Cursor = { y: 0, height: geometry.height, width: geometry.width, page: 0 };
      const newPage = () => {
        physical++;
        number++;
        cursor.y = 0;
        cursor.page++;
      };
      newPage();
      const place = (h: number, keep = 0) => {
        if (cursor.y > 0 && cursor.y + h + keep > cursor.height) newPage();
        cursor.y += h;
      };
      run.blocks.forEach((block, i) => {
        const next = run.blocks[i + 1];
        switch (block.type) {
          case 'heading': {
            const size = block.level === 1 ? 14 : 12;
            const h =
              lineCount(block.text, size, cursor.width, true) * size * LINE * 1.25 +
              (block.level === 1 ? 18 : block.level === 2 ? 18 : 15);
            const keep = next ? firstLineHeight(next) : 0;
            if (cursor.y > 0 && cursor.y + h + keep > cursor.height) newPage();
            pages.set(block.id, label());
            cursor.y += h;
            break;
          }
          case 'paragraph': {
            const size = { small: 10, normal: 12, large: 14, title: 18 }[block.size ?? 'normal'];
            const extra = block.size === 'large' || block.size === 'title' ? 24 : 6;
            place(lineCount(block.text, size, cursor.width, block.bold) * size * LINE * 1.25 + extra);
            break;
          }
          case 'narrative':
            if (block.generated && doc.meta.generatedMark) place(8 * LINE * 1.25 + 5, bodyLine);
            for (const p of block.paragraphs) {
              const lines = lineCount(p, BODY, cursor.width, false, PT);
              for (let l = 0; l < lines; l++) place(bodyLine);
              cursor.y += 6;
            }
            break;
          case 'list':
            for (const item of block.items)
              place(lineCount(item, BODY, cursor.width - 0.75 * PT) * bodyLine + 6);
            break;
          case 'table':
            placeTable(block, cursor, place, newPage, () => pages.set(block.id, label()));
            break;
          case 'chart': {
            const caption = lineCount(block.caption, 11, cursor.width, true) * 11 * LINE * 1.25 + 15;
            if (cursor.y > 0 && cursor.y + caption + 8 * PT > cursor.height) newPage();
            pages.set(block.id, label());
            cursor.y += caption + 8 * PT + 20;
            break;
          }
          case 'signature': {
            const lines = 2 + Math.max(signatoryLines(block.left), signatoryLines(block.right));
            place(12 + lines * bodyLine + 55);
            break;
          }
          case 'contents': {
            place(14 * LINE * 1.25 + 12);
            const entries = counts[block.of];
            for (const entry of entries) place(lineCount(entry, BODY, cursor.width - 40) * bodyLine);
            if (block.of !== 'charts') newPage();
            break;
          }
          case 'image':
            place(block.heightCm * PT + 6);
            break;
        }
      });
    }
  }
  return { pages, total: physical };
}

function signatoryLines(s: { roleLines: string[]; rank: string | null; nip: string | null } | null): number {
  return s ? s.roleLines.length + 1 + (s.rank ? 1 : 0) + (s.nip ? 1 : 0) : 0;
}

function firstLineHeight(block: Block): number {
  switch (block.type) {
    case 'table':
      return 11 * LINE * 1.25 + 15 + 3 * (tableLine + 3);
    case 'chart':
      return 11 * LINE * 1.25 + 15 + 8 * PT;
    default:
      return 2 * bodyLine;
  }
}

function placeTable(
  block: TableBlock,
  cursor: Cursor,
  place: (h: number, keep?: number) => void,
  newPage: () => void,
  mark: () => void,
): void {
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * cursor.width - 10.8);
  const rowHeight = (texts: { text: string; span: number; bold: boolean }[]) => {
    let col = 0;
    let lines = 1;
    for (const cell of texts) {
      let w = 0;
      for (let k = 0; k < cell.span; k++) w += (widths[col + k] ?? 0) + (k > 0 ? 10.8 : 0);
      col += cell.span;
      lines = Math.max(lines, lineCount(cell.text, 9, Math.max(w, 10), cell.bold));
    }
    return lines * tableLine + 3;
  };
  const header = rowHeight(block.columns.map((c) => ({ text: c.header, span: 1, bold: true })));
  const caption = lineCount(block.caption, 11, cursor.width, true) * 11 * LINE * 1.25 + 15;
  const rows = block.rows.map((r) =>
    rowHeight(
      r.cells.map((c) => ({ text: c.text, span: c.colSpan ?? 1, bold: c.bold ?? r.emphasis !== undefined })),
    ),
  );
  if (cursor.y > 0 && cursor.y + caption + header + (rows[0] ?? 0) > cursor.height) newPage();
  mark();
  cursor.y += caption + header;
  for (const h of rows) {
    if (cursor.y + h > cursor.height) {
      newPage();
      cursor.y += header;
    }
    cursor.y += h;
  }
  place(block.note ? lineCount(block.note, 9, cursor.width) * 9 * LINE * 1.25 + 13 : 13);
}

/** The entries of the three lists, to size the pages they take. */
function countEntries(doc: RenderableDocument): Record<'headings' | 'tables' | 'charts', string[]> {
  const out = { headings: [] as string[], tables: [] as string[], charts: [] as string[] };
  for (const part of doc.parts)
    for (const b of part.blocks) {
      if (b.type === 'heading') out.headings.push(b.text);
      if (b.type === 'table') out.tables.push(b.caption);
      if (b.type === 'chart') out.charts.push(b.caption);
    }
  return out;
}
