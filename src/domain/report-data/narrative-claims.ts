/**
 * The narrative checker's comparisons with the tables (check-narrative.ts):
 * counts of indicators, sasaran, met indicators, programs, kegiatan and sub
 * kegiatan; the average achievement; amounts one typing slip away from the
 * budget table and percentages of spending; a sasaran's history. Each reports
 * a claim only when it contradicts every reading the tables allow.
 */
import { digitSlipCandidates } from '../digit-slips.ts';
import { equalAtPrecision, formatNumber } from '../numbers.ts';
import type { FindingCollector } from './check-context.ts';
import type { NarrativePassage } from './check-narrative.ts';
import type { ReportMeasurement } from './measure-report.ts';
import type { BudgetFacts } from './narrative-budget-facts.ts';
import {
  COUNT_WORD,
  amountsIn,
  percentsIn,
  quoteAround,
  roleOf,
  significantDigits,
} from './narrative-text.ts';
import { readNumber, readTarget } from './read-values.ts';
import type { BudgetItemInput, ReportData } from './schema.ts';

type Texts = { id: string; en: string };

export type Context = {
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

export function checkCounts(ctx: Context, text: string, budget: BudgetFacts): void {
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

export function checkAverage(ctx: Context, text: string): void {
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

export function checkAmounts(ctx: Context, text: string, budget: BudgetFacts): void {
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
export function checkHistory(ctx: Context, text: string): void {
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
