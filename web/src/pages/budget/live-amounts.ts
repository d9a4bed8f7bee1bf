/**
 * The budget's amounts as they stand with what is typed but not saved yet:
 * each cell's valid typed value replaces the stored one, then the domain
 * rolls the tree up (budget-rollup.ts: totals per level, serapan, sisa), the
 * same engine the measurement uses. A sub kegiatan's amounts are those of its
 * lines added up, the pagu in force being the perubahan when there is one (as
 * the server builds the tree for the measurement); a sub kegiatan without a
 * line has no budget and stays out of the totals.
 */
import {
  absorptionPercent,
  rollUpBudget,
  type BudgetNode,
  type BudgetTotal,
  type RolledUpNode,
} from '@domain/budget-rollup.ts';
import type { BudgetTree, BudgetTreeLine, BudgetTreeSubKegiatan } from './budget-api.ts';
import { readPercent, readRupiah } from './cell-value.ts';
import { keys, periodOfKey } from './grid-model.ts';

export type Drafts = ReadonlyMap<string, string>;

export type Amounts = {
  pagu: number | null;
  paguMurni: number | null;
  realisasi: number | null;
  /** realisasi / pagu × 100 (the domain's), null when pagu is 0 or unknown. */
  persen: number | null;
  sisa: number | null;
};

export type LiveBudget = {
  /** Amounts per program, kegiatan, sub kegiatan and line id (and `new:<subId>` for a line being added). */
  amounts: ReadonlyMap<string, Amounts>;
  total: BudgetTotal | null;
};

/** The value a cell counts with: its valid typed text, else what is stored. */
function rupiahOf(drafts: Drafts, key: string, stored: number | null): number | null {
  const text = drafts.get(key);
  if (text === undefined) return stored;
  const read = readRupiah(text);
  return read.problem ? stored : read.value;
}

function lineAmounts(line: BudgetTreeLine, drafts: Drafts, typed: ReadonlyMap<string, number>): Amounts {
  const paguMurni = rupiahOf(drafts, keys.paguMurni(line.id), line.paguMurni) ?? line.paguMurni;
  const paguPerubahan = rupiahOf(drafts, keys.paguPerubahan(line.id), line.paguPerubahan);
  const pagu = paguPerubahan ?? paguMurni;
  const spent = new Map(
    line.realisations.map((r) => [keys.amount(line.id, r.periodKind, r.periodNo), r.amount]),
  );
  for (const [key, value] of typed) if (key.startsWith(`r:${line.id}:`)) spent.set(key, value);
  let realisasi = 0;
  for (const value of spent.values()) realisasi += value;
  return amountsOf(pagu, paguMurni, realisasi);
}

function amountsOf(pagu: number, paguMurni: number, realisasi: number): Amounts {
  return { pagu, paguMurni, realisasi, persen: absorptionPercent(realisasi, pagu), sisa: pagu - realisasi };
}

/** Valid typed realisation amounts by key (an emptied cell keeps its stored amount: it cannot be removed). */
function typedAmounts(drafts: Drafts): Map<string, number> {
  const typed = new Map<string, number>();
  for (const [key, text] of drafts) {
    if (!key.startsWith('r:')) continue;
    const read = readRupiah(text);
    if (!read.problem && read.value !== null) typed.set(key, read.value);
  }
  return typed;
}

export function liveBudget(tree: BudgetTree, drafts: Drafts): LiveBudget {
  const amounts = new Map<string, Amounts>();
  const typed = typedAmounts(drafts);
  const subNode = (s: BudgetTreeSubKegiatan): BudgetNode | null => {
    const lines = s.lines.map((line) => {
      const a = lineAmounts(line, drafts, typed);
      amounts.set(line.id, a);
      return a;
    });
    const newMurni = rupiahOf(drafts, keys.newPaguMurni(s.id), null);
    if (newMurni !== null) {
      const newPerubahan = rupiahOf(drafts, keys.newPaguPerubahan(s.id), null);
      const a = amountsOf(newPerubahan ?? newMurni, newMurni, 0);
      amounts.set(`new:${s.id}`, a);
      lines.push(a);
    }
    if (lines.length === 0) return null;
    let pagu = 0;
    let paguMurni = 0;
    let realisasi = 0;
    for (const a of lines) {
      pagu += a.pagu ?? 0;
      paguMurni += a.paguMurni ?? 0;
      realisasi += a.realisasi ?? 0;
    }
    return { code: s.id, level: 'subkegiatan', name: s.name, pagu, paguMurni, realisasi, children: [] };
  };
  const programs: BudgetNode[] = [];
  for (const p of tree.programs) {
    const kegiatan: BudgetNode[] = [];
    for (const k of p.kegiatan) {
      const subs = k.subKegiatan.map(subNode).filter((n): n is BudgetNode => n !== null);
      if (subs.length > 0)
        kegiatan.push({
          code: k.id,
          level: 'kegiatan',
          name: k.name,
          pagu: null,
          realisasi: null,
          children: subs,
        });
    }
    if (kegiatan.length > 0)
      programs.push({
        code: p.id,
        level: 'program',
        name: p.name,
        pagu: null,
        realisasi: null,
        children: kegiatan,
      });
  }
  if (programs.length === 0) return { amounts, total: null };
  const rolled = rollUpBudget(programs);
  // The nodes are named by id (as `code`), so each rolled node finds its row.
  const visit = (node: RolledUpNode) => {
    amounts.set(node.code, {
      pagu: node.pagu,
      paguMurni: node.paguMurni,
      realisasi: node.realisasi,
      persen: node.persen,
      sisa: node.sisa,
    });
    node.children.forEach(visit);
  };
  rolled.items.forEach(visit);
  return { amounts, total: rolled.total };
}

/** Physical progress per period of a sub kegiatan as it stands with typed values, in period order. */
export function liveProgress(
  sub: BudgetTreeSubKegiatan,
  drafts: Drafts,
): { periodKind: string; periodNo: number; percent: number }[] {
  const byKey = new Map(
    sub.progress.map((g) => [
      keys.percent(sub.id, g.periodKind, g.periodNo),
      { periodKind: g.periodKind as string, periodNo: g.periodNo, percent: Number(g.percent) },
    ]),
  );
  for (const [key, text] of drafts) {
    if (!key.startsWith(`f:${sub.id}:`)) continue;
    const read = readPercent(text);
    if (read.problem || read.value === null) continue;
    const { periodKind, periodNo } = periodOfKey(key);
    byKey.set(key, { periodKind, periodNo, percent: read.value });
  }
  return [...byKey.values()].sort((a, b) => a.periodNo - b.periodNo);
}
