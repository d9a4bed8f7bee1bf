/**
 * Checks what a report says in words against its own tables: counts and sums
 * quoted in the narrative (`narrative[]` of report-data@1). Reports get these
 * wrong as often as the tables (DOMAIN.md §6: "text contradicting tables").
 *
 * Each rule recognises one kind of claim and reports it only when it is
 * checkable and contradicts every reading the tables allow, so that correct
 * text gives no finding (tested on the LKjIP 2023 of Dinas Sosial Kabupaten
 * Lima Puluh Kota):
 *
 * - counts: "3 (tiga) Indikator", "3 Sasaran Strategis", "4 Program, 10
 *   kegiatan dan 25 Sub Kegiatan" (all rows, or the rows that still have a
 *   budget after the revision), "dari 5 indikator, 4 tercapai", "semua
 *   indikator … dapat diwujudkan 100 %";
 * - the average: "rata-rata capaian … 104,07 %" (the overall average or one
 *   sasaran's);
 * - amounts: an amount in Rupiah that is one typing slip away from an amount
 *   of the budget table (and equal to none) — the table or the text is wrong;
 * - percentages of spending: "realisasi keuangan sebesar Rp R … persentase
 *   sebesar P %" must be R ÷ (an allocation quoted beside it) × 100; a
 *   "serapan anggaran sebesar P %" without amounts must be the absorption of
 *   the total or of a row;
 * - history in a sasaran's analysis: "tahun 2022 target 72 % dan realisasi
 *   78 %" must match the indicator's target and realisation of that year.
 *
 * Numbers are compared at the precision the text prints (half-up).
 */
import { digitSlipCandidates } from '../digit-slips.ts';
import { equalAtPrecision, formatNumber } from '../numbers.ts';
import type { FindingCollector } from './check-context.ts';
import type { Finding } from './findings.ts';
import type { ReportMeasurement } from './measure-report.ts';
import { readMoney, readNumber, readTarget } from './read-values.ts';
import type { BudgetItemInput, ReportData } from './schema.ts';

export type NarrativePassage = NonNullable<ReportData['narrative']>[number];

type Texts = { id: string; en: string };

/** A number quoted in the text, with where it stands. */
type Quoted = { value: number; decimals: number; text: string; index: number };

const COUNT_WORD = String.raw`(\d{1,3})\s*(?:\(\s*[a-z ]+\s*\)\s*)?`;

/** Amounts written with thousands dots: "6.420.276.477", "Rp. 177.880.628,-". */
function amountsIn(text: string): Quoted[] {
  return [...text.matchAll(/(?<!\d|,|\d\.)(\d{1,3}(?:\.\d{3}){2,})(?!\d|,\d)/g)].map((m) => ({
    value: Number(m[1]!.replaceAll('.', '')),
    decimals: 0,
    text: m[1]!,
    index: m.index,
  }));
}

/** Percentages: "95,29 %", "78,65%", and "95.29 %" (a dot for a comma still reads as the decimal). */
function percentsIn(text: string): Quoted[] {
  return [...text.matchAll(/(?<!\d|,|\d\.)(\d{1,3}(?:[.,]\d{1,2})?)\s*%/g)].map((m) => {
    const digits = m[1]!;
    const sep = digits.search(/[.,]/);
    return {
      value: Number(digits.replace(',', '.')),
      decimals: sep < 0 ? 0 : digits.length - sep - 1,
      text: m[0],
      index: m.index,
    };
  });
}

/** Paragraphs of a passage (blank-line separated), each checked on its own. */
function paragraphsOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const re = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  for (const m of text.matchAll(re)) out.push({ text: m[0], offset: m.index });
  return out;
}

/** The sentence around a quoted claim (dots inside numbers and after "Rp" do not end it). */
function quoteAround(text: string, start: number, end: number): string {
  const endsSentence = (i: number) =>
    /[.!?\n]/.test(text[i] ?? '') &&
    /\s/.test(text[i + 1] ?? ' ') &&
    !/rp$/i.test(text.slice(Math.max(0, i - 2), i));
  let from = start;
  while (from > 0 && start - from < 160 && !endsSentence(from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < 80 && !endsSentence(to)) to++;
  const quote = text
    .slice(from, to + 1)
    .replace(/\s+/g, ' ')
    .trim();
  return quote.length > 220 ? `${quote.slice(0, 217)}…` : quote;
}

type BudgetFacts = {
  /** Every amount of the budget table (printed, summed, and the values slips were corrected to). */
  amounts: Set<number>;
  /** Where each amount stands, for the message. */
  where: Map<number, Texts>;
  /** Printed or computed realisasi ÷ pagu × 100 of every row and of the total. */
  persen: number[];
  totalPersen: number | null;
  counts: Record<BudgetItemInput['level'], { all: number; funded: number }>;
};

const FIELD: Record<'pagu' | 'paguMurni' | 'realisasi', Texts> = {
  pagu: { id: 'pagu', en: 'budget' },
  paguMurni: { id: 'pagu murni', en: 'original budget' },
  realisasi: { id: 'realisasi', en: 'realisation' },
};

function budgetFacts(data: ReportData, measurement: ReportMeasurement, earlier: readonly Finding[]) {
  const facts: BudgetFacts = {
    amounts: new Set(),
    where: new Map(),
    persen: [],
    totalPersen: measurement.budget?.persen ?? null,
    counts: {
      program: { all: 0, funded: 0 },
      kegiatan: { all: 0, funded: 0 },
      subkegiatan: { all: 0, funded: 0 },
    },
  };
  const note = (value: number | null, where: Texts) => {
    if (value === null || value <= 0) return;
    facts.amounts.add(value);
    if (!facts.where.has(value)) facts.where.set(value, where);
  };
  const walk = (items: readonly BudgetItemInput[]) => {
    for (const item of items) {
      const count = facts.counts[item.level];
      count.all++;
      const pagu = readMoney(item.pagu);
      if (pagu.state !== 'ok' || pagu.value > 0) count.funded++;
      for (const field of ['pagu', 'paguMurni', 'realisasi'] as const) {
        const read = readMoney(item[field]);
        note(read.state === 'ok' ? read.value : null, {
          id: `${FIELD[field].id} ${item.code}`,
          en: `${FIELD[field].en} of ${item.code}`,
        });
      }
      const r = readMoney(item.realisasi);
      if (pagu.state === 'ok' && r.state === 'ok' && pagu.value > 0)
        facts.persen.push((r.value / pagu.value) * 100);
      const printed = readNumber(item.printed?.persen);
      if (printed.state === 'ok') facts.persen.push(printed.value);
      walk(item.children);
    }
  };
  walk(data.budget?.items ?? []);
  const total = measurement.budget;
  if (total) {
    note(total.pagu, { id: 'total pagu', en: 'total budget' });
    note(total.paguMurni, { id: 'total pagu murni', en: 'total original budget' });
    note(total.realisasi, { id: 'total realisasi', en: 'total realisation' });
    if (total.persen !== null) facts.persen.push(total.persen);
  }
  for (const field of ['pagu', 'paguMurni', 'realisasi'] as const) {
    const read = readMoney(data.budget?.printed?.[field]);
    note(read.state === 'ok' ? read.value : null, {
      id: `total ${FIELD[field].id}`,
      en: `total ${FIELD[field].en}`,
    });
  }
  // Values the budget check already named as the right ones (a digit slip, a sum) are amounts of the table too.
  for (const f of earlier) {
    if ((f.kind === 'digit-slip' || f.kind === 'sum-mismatch') && f.expected !== null) {
      const value = Number(f.expected.replace(/\D/g, ''));
      if (Number.isSafeInteger(value) && value > 0) facts.amounts.add(value);
    }
  }
  return facts;
}

/** Significant digits of an amount (trailing zeros dropped): round sums such as 3.000.000 are not compared. */
function significantDigits(value: number): number {
  return String(value).replace(/0+$/, '').length;
}

type Context = {
  c: FindingCollector;
  data: ReportData;
  m: ReportMeasurement;
  passage: NarrativePassage;
  path: string;
  lines: number[] | undefined;
};

function report(ctx: Context, quoted: string, printed: string, expected: string, what: Texts): void {
  const name = ctx.passage.title ?? ctx.passage.id ?? ctx.path;
  ctx.c.add(
    'narrative',
    ctx.path,
    printed,
    expected,
    { kind: 'narrative', passage: name, quoted, printed, expected, what },
    ctx.lines,
  );
}

function count(n: number): string {
  return String(n);
}

function allIndicators(data: ReportData) {
  return data.sasaran.flatMap((s) => s.indikator);
}

function checkCounts(ctx: Context, text: string, budget: BudgetFacts): void {
  const { data, m } = ctx;
  const indicatorTotals = new Set([
    allIndicators(data).length,
    m.overall.count,
    ...data.sasaran.map((s) => s.indikator.length),
  ]);
  const measured = m.sasaran.flatMap((s) => s.indikator).filter((i) => i.capaian !== null);
  const met = measured.filter((i) => roundCapaian(i.capaian!) >= 100).length;

  for (const match of text.matchAll(new RegExp(`${COUNT_WORD}indikator`, 'gi'))) {
    const n = Number(match[1]);
    if (indicatorTotals.has(n)) continue;
    // "4 indikator tercapai" counts the met ones: checked below.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (
      /^\s*(?:kinerja\s+)?(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:tercapai|mencapai|memenuhi|berhasil|tidak|belum)/i.test(
        after,
      )
    )
      continue;
    report(
      ctx,
      quoteAround(text, match.index, match.index + match[0].length),
      match[0].trim(),
      count(allIndicators(data).length),
      {
        id: 'jumlah indikator',
        en: 'the number of indicators',
      },
    );
  }

  const sasaranCounts = new Set([data.sasaran.length, m.sasaran.filter((s) => s.count > 0).length]);
  for (const match of text.matchAll(new RegExp(`${COUNT_WORD}sasaran`, 'gi'))) {
    const n = Number(match[1]);
    if (sasaranCounts.has(n) || data.sasaran.length === 0) continue;
    report(
      ctx,
      quoteAround(text, match.index, match.index + match[0].length),
      match[0].trim(),
      count(data.sasaran.length),
      {
        id: 'jumlah sasaran',
        en: 'the number of objectives',
      },
    );
  }

  // "dari 5 indikator, 4 tercapai", "4 indikator tercapai", "1 indikator tidak tercapai"
  const metRe = new RegExp(
    `${COUNT_WORD}(?:indikator\\s*(?:kinerja\\s*)?)?(?:yang\\s+)?(?:telah\\s+|sudah\\s+)?(tidak\\s+|belum\\s+)?(tercapai|mencapai target|memenuhi target|berhasil dicapai)`,
    'gi',
  );
  if (measured.length > 0) {
    for (const match of text.matchAll(metRe)) {
      const n = Number(match[1]);
      const negative = match[2] !== undefined;
      const right = negative ? measured.length - met : met;
      if (n === right) continue;
      report(
        ctx,
        quoteAround(text, match.index, match.index + match[0].length),
        match[0].trim(),
        count(right),
        {
          id: negative
            ? 'jumlah indikator yang belum mencapai target'
            : 'jumlah indikator yang mencapai target',
          en: negative
            ? 'the number of indicators below target'
            : 'the number of indicators that met the target',
        },
      );
    }
    // "semua indikator … tercapai / dapat diwujudkan 100 %"
    const allRe =
      /(?:semua|seluruh)\s+indikator[^.;\n]{0,120}?(tercapai|terwujud|diwujudkan|mencapai target|memenuhi target)/gi;
    for (const match of text.matchAll(allRe)) {
      if (met === measured.length) continue;
      report(
        ctx,
        quoteAround(text, match.index, match.index + match[0].length),
        match[0].trim(),
        `${met} / ${measured.length}`,
        {
          id: 'indikator yang mencapai target',
          en: 'the indicators that met the target',
        },
      );
    }
  }

  if (!ctx.data.budget) return;
  const levels: { re: RegExp; level: BudgetItemInput['level']; what: Texts }[] = [
    {
      re: new RegExp(`${COUNT_WORD}program\\b`, 'gi'),
      level: 'program',
      what: { id: 'jumlah program', en: 'the number of programs' },
    },
    {
      re: new RegExp(`${COUNT_WORD}kegiatan\\b`, 'gi'),
      level: 'kegiatan',
      what: { id: 'jumlah kegiatan', en: 'the number of activities' },
    },
    {
      re: new RegExp(`${COUNT_WORD}sub\\s*kegiatan\\b`, 'gi'),
      level: 'subkegiatan',
      what: { id: 'jumlah sub kegiatan', en: 'the number of sub-activities' },
    },
  ];
  for (const { re, level, what } of levels) {
    const { all, funded } = budget.counts[level];
    if (all === 0) continue;
    for (const match of text.matchAll(re)) {
      const n = Number(match[1]);
      if (n === all || n === funded) continue;
      report(
        ctx,
        quoteAround(text, match.index, match.index + match[0].length),
        match[0].trim(),
        count(funded),
        what,
      );
    }
  }
}

function roundCapaian(value: number): number {
  return Math.round(value * 100) / 100;
}

function checkAverage(ctx: Context, text: string): void {
  const { m, c } = ctx;
  const candidates = [m.overall.capaian, ...m.sasaran.map((s) => s.capaian)].filter(
    (v): v is number => v !== null,
  );
  if (m.overall.capaian === null) return;
  for (const match of text.matchAll(
    /rata-rata\s+capaian[^%\n]{0,120}?(?<!\d|,|\d\.)(\d{1,3}(?:[.,]\d{1,2})?)\s*%/gi,
  )) {
    const digits = match[1]!;
    const sep = digits.search(/[.,]/);
    const value = Number(digits.replace(',', '.'));
    const decimals = sep < 0 ? 0 : digits.length - sep - 1;
    if (candidates.some((v) => equalAtPrecision(v, value, decimals))) continue;
    const expected = formatNumber(m.overall.capaian, { decimals, locale: c.locale });
    report(
      ctx,
      quoteAround(text, match.index, match.index + match[0].length),
      `${digits} %`,
      `${expected} %`,
      {
        id: 'rata-rata capaian',
        en: 'the average achievement',
      },
    );
  }
}

/** What a quoted amount is, by the nearest keyword before it. */
function roleOf(text: string, index: number): 'realisasi' | 'alokasi' | null {
  const window = text
    .slice(Math.max(0, index - 90), index)
    .toLowerCase()
    .replace(/realisasi\s+anggaran/g, 'realisasi')
    .replace(/tahun\s+anggaran/g, 'tahun');
  const realisasi = window.lastIndexOf('realisasi');
  const alokasi = Math.max(
    ...['anggaran', 'alokasi', 'dialokasikan', 'pagu', 'dana'].map((k) => window.lastIndexOf(k)),
  );
  if (realisasi < 0 && alokasi < 0) return null;
  return realisasi > alokasi ? 'realisasi' : 'alokasi';
}

function checkAmounts(ctx: Context, text: string, budget: BudgetFacts): void {
  const { c } = ctx;
  for (const q of amountsIn(text)) {
    if (budget.amounts.has(q.value) || significantDigits(q.value) < 4) continue;
    const near = digitSlipCandidates(q.value).filter(
      (v) => budget.amounts.has(v) && significantDigits(v) >= 4,
    );
    if (near.length !== 1) continue;
    const right = near[0]!;
    const where = budget.where.get(right);
    report(
      ctx,
      quoteAround(text, q.index, q.index + q.text.length),
      q.text,
      formatNumber(right, { decimals: 0, locale: c.locale }),
      where
        ? { id: `angka tabel anggaran (${where.id})`, en: `the budget table's figure (${where.en})` }
        : { id: 'angka tabel anggaran', en: "the budget table's figure" },
    );
  }

  const amounts = amountsIn(text).map((q) => ({ ...q, role: roleOf(text, q.index) }));
  const allocations = amounts.filter((a) => a.role === 'alokasi');
  for (const p of percentsIn(text)) {
    const before = text.slice(Math.max(0, p.index - 60), p.index).toLowerCase();
    if (/fisik/.test(before.slice(-35))) continue;
    if (!/(keuangan|serapan|persentase|atau|mencapai|sebesar)\W*(?:\w+\W*){0,3}$/.test(before)) continue;
    const realisation = amounts
      .filter((a) => a.role === 'realisasi' && a.index < p.index && p.index - a.index < 400)
      .at(-1);
    if (realisation) {
      if (allocations.length === 0) continue;
      const ratios = allocations.filter((a) => a.value > 0).map((a) => (realisation.value / a.value) * 100);
      if (ratios.some((r) => equalAtPrecision(r, p.value, p.decimals))) continue;
      if (budget.persen.some((r) => equalAtPrecision(r, p.value, p.decimals))) continue;
      const base = allocations.filter((a) => a.index < realisation.index).at(-1) ?? allocations[0]!;
      const expected = formatNumber((realisation.value / base.value) * 100, {
        decimals: p.decimals,
        locale: c.locale,
      });
      report(ctx, quoteAround(text, p.index, p.index + p.text.length), p.text, `${expected} %`, {
        id: `persentase realisasi ${realisation.text} terhadap ${base.text}`,
        en: `the percentage of ${realisation.text} against ${base.text}`,
      });
    } else if (
      amounts.length === 0 &&
      /(serapan|realisasi keuangan|% keuangan|persentase keuangan)/i.test(
        text.slice(Math.max(0, p.index - 120), p.index),
      )
    ) {
      if (budget.totalPersen === null) continue;
      // A rate said of a program or kegiatan may be any row's; otherwise it is the total's.
      const sentence = quoteAround(text, p.index, p.index + p.text.length);
      const rates = /\b(program|kegiatan)\b/i.test(sentence) ? budget.persen : [budget.totalPersen];
      if (rates.some((r) => equalAtPrecision(r, p.value, p.decimals))) continue;
      const expected = formatNumber(budget.totalPersen, { decimals: p.decimals, locale: c.locale });
      report(ctx, quoteAround(text, p.index, p.index + p.text.length), p.text, `${expected} %`, {
        id: 'serapan anggaran (total tabel anggaran)',
        en: 'the budget absorption (total of the budget table)',
      });
    }
  }
}

/** "tahun 2022 target 72 % dan realisasi 78 %" in a sasaran's analysis, against its indicator's figures. */
function checkHistory(ctx: Context, text: string): void {
  const sasaranId = ctx.passage.sasaranId;
  if (!sasaranId) return;
  const sasaran = ctx.data.sasaran.find((s) => s.id === sasaranId);
  if (sasaran?.indikator.length !== 1) return;
  const ind = sasaran.indikator[0]!;
  const yearValues = new Map<number, { target: unknown; realisasi: unknown }>();
  for (const h of ind.history ?? []) yearValues.set(h.year, { target: h.target, realisasi: h.realisasi });
  yearValues.set(ctx.data.year, { target: ind.target, realisasi: ind.realisasi });
  const re =
    /tahun\s+(\d{4})\s*,?\s*target\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%?\s*,?\s*(?:dan\s+)?(?:realisasi|terealisasi)\s+(?:sebesar\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*%?/gi;
  for (const match of text.matchAll(re)) {
    const year = Number(match[1]);
    const known = yearValues.get(year);
    if (!known) continue;
    const check = (printed: string, value: unknown, what: Texts) => {
      if (typeof value === 'object' && value !== null) return;
      const table = readNumber(value as number | string | null | undefined);
      if (table.state !== 'ok') return;
      const sep = printed.search(/[.,]/);
      const decimals = sep < 0 ? 0 : printed.length - sep - 1;
      if (equalAtPrecision(table.value, Number(printed.replace(',', '.')), decimals)) return;
      const expected = formatNumber(table.value, {
        decimals: Math.max(decimals, table.decimals),
        locale: ctx.c.locale,
      });
      report(ctx, quoteAround(text, match.index, match.index + match[0].length), printed, expected, what);
    };
    check(match[2]!, readTarget(ind).state === 'ok' ? known.target : null, {
      id: `target ${year} indikator "${ind.name}"`,
      en: `the ${year} target of indicator "${ind.name}"`,
    });
    check(match[3]!, known.realisasi, {
      id: `realisasi ${year} indikator "${ind.name}"`,
      en: `the ${year} realisation of indicator "${ind.name}"`,
    });
  }
}

/** Path of a passage: by its id when it has one, else by position. */
export function narrativePath(passage: NarrativePassage, index: number): string {
  return `narrative[${passage.id ?? index}]`;
}

export function checkNarrative(
  c: FindingCollector,
  data: ReportData,
  measurement: ReportMeasurement,
  earlier: readonly Finding[],
): void {
  const passages = data.narrative ?? [];
  if (passages.length === 0) return;
  const budget = budgetFacts(data, measurement, earlier);
  passages.forEach((passage, index) => {
    const ctx: Context = {
      c,
      data,
      m: measurement,
      passage,
      path: narrativePath(passage, index),
      lines: passage.source?.lines,
    };
    for (const paragraph of paragraphsOf(passage.text)) {
      checkCounts(ctx, paragraph.text, budget);
      checkAverage(ctx, paragraph.text);
      if (data.budget) checkAmounts(ctx, paragraph.text, budget);
      checkHistory(ctx, paragraph.text);
    }
  });
}
