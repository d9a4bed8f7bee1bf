/**
 * What every part of the LKjIP builder shares: the source and its
 * measurement, and the block factories that number as they go (heading ids,
 * table and chart captions per chapter, Excel sheet names) and record which
 * narratives were generated. One context per model; the parts must be built
 * in document order, since the numbering follows the calls.
 */
import type { Locale } from '../../domain/numbers.ts';
import type { ReportMeasurement } from '../../domain/report-data/measure-report.ts';
import type { ReportData } from '../../domain/report-data/schema.ts';
import type { LkjipSource } from '../build-lkjip.ts';
import { pick } from '../format.ts';
import type { Block, TableBlock, TableColumn, TableRow } from '../model.ts';
import type { NarrativeContext } from '../narrative-defaults.ts';

export type TableOptions = { landscape?: boolean; note?: string; id?: string };

export type LkjipContext = {
  src: LkjipSource;
  data: ReportData;
  locale: Locale;
  m: ReportMeasurement;
  /** The figures the default texts are written from. */
  narrativeContext: NarrativeContext;
  /** Keys of the narratives written from the data, in document order. */
  generated: string[];
  L: (id: string, en: string) => string;
  heading: (level: 1 | 2 | 3, text: string) => Block;
  para: (text: string, extra?: Partial<Extract<Block, { type: 'paragraph' }>>) => Block;
  table: (
    chapter: string,
    title: string,
    columns: TableColumn[],
    rows: TableRow[],
    options?: TableOptions,
  ) => TableBlock;
  /** The next chart caption of a chapter: "Grafik 3.1 …". */
  chartCaption: (chapter: string, title: string) => string;
  /** The agency's text for `key`, else `fallback()` marked as generated. */
  narrative: (key: string, fallback: () => string[]) => Block;
  col: (header: string, width: number, align?: TableColumn['align']) => TableColumn;
};

export function createLkjipContext(
  src: LkjipSource,
  m: ReportMeasurement,
  narrativeContext: NarrativeContext,
): LkjipContext {
  const { locale, data } = src;
  const L = (id: string, en: string) => pick(locale, id, en);
  const captions = new Captions(locale);
  const sheetNames = new Set<string>();
  const generated: string[] = [];
  let headingSeq = 0;

  const heading = (level: 1 | 2 | 3, text: string): Block => ({
    type: 'heading',
    level,
    text,
    id: `h${++headingSeq}`,
  });
  const para = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
    type: 'paragraph',
    text,
    align: 'justify',
    ...extra,
  });
  const table = (
    chapter: string,
    title: string,
    columns: TableColumn[],
    rows: TableRow[],
    options: TableOptions = {},
  ): TableBlock => {
    const caption = captions.next('table', chapter, title);
    return {
      type: 'table',
      id: options.id ?? `tabel-${caption.split(' ')[1]!.replace('.', '-')}`,
      caption,
      sheetName: sheetNameOf(caption, sheetNames),
      columns,
      rows,
      landscape: options.landscape ?? false,
      ...(options.note ? { note: options.note } : {}),
    };
  };
  const narrative = (key: string, fallback: () => string[]): Block => {
    const given = src.narratives[key];
    if (given && given.length > 0)
      return { type: 'narrative', key, paragraphs: [...given], generated: false };
    generated.push(key);
    return { type: 'narrative', key, paragraphs: fallback(), generated: true };
  };
  const col = (header: string, width: number, align: TableColumn['align'] = 'left'): TableColumn => ({
    header,
    width,
    align,
  });
  return {
    src,
    data,
    locale,
    m,
    narrativeContext,
    generated,
    L,
    heading,
    para,
    table,
    chartCaption: (chapter, title) => captions.next('chart', chapter, title),
    narrative,
    col,
  };
}

/** Numbers captions per chapter: Tabel 3.2, Grafik 3.1. */
class Captions {
  private readonly counts = new Map<string, number>();
  constructor(private readonly locale: Locale) {}
  next(kind: 'table' | 'chart', chapter: string, title: string): string {
    const key = `${kind}:${chapter}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    const word =
      kind === 'table' ? pick(this.locale, 'Tabel', 'Table') : pick(this.locale, 'Grafik', 'Chart');
    return `${word} ${chapter}.${n} ${title}`;
  }
}

function sheetNameOf(caption: string, used: Set<string>): string {
  const m = /^\S+ (\d+\.\d+) (.*)$/.exec(caption);
  const base = (m ? `${m[1]} ${m[2]}` : caption)
    .replace(/[\\/?*[\]:]/g, ' ')
    .slice(0, 31)
    .trim();
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
  used.add(name.toLowerCase());
  return name;
}
