/**
 * What the budget table allows a narrative to say (check-narrative.ts): every
 * amount of the table (printed, summed, and the values the budget check
 * corrected slips to) with where it stands, the absorption rates of every
 * row and of the total, and how many programs, kegiatan and sub kegiatan it
 * has (all, and those that still have a budget).
 */
import type { Finding } from './findings.ts';
import type { ReportMeasurement } from './measure-report.ts';
import { readMoney, readNumber } from './read-values.ts';
import type { BudgetItemInput, ReportData } from './schema.ts';

type Texts = { id: string; en: string };

export type BudgetFacts = {
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

export function budgetFacts(data: ReportData, measurement: ReportMeasurement, earlier: readonly Finding[]) {
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
