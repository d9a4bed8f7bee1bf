/**
 * Turns the typed cells into the writes the API offers: one PUT per budget
 * line whose pagu changed (or a new line), one per realisation period and one
 * per progress period, each naming the version it read. Cells whose text is
 * not a valid entry are reported instead, and then nothing is written.
 */
import type { BudgetTree, BudgetTreeLine, BudgetTreeSubKegiatan, SpendingType } from './budget-api.ts';
import { saveBudget } from './budget-api.ts';
import { readPercent, readRupiah, type CellProblem, type CellRead } from './cell-value.ts';
import { periodOfKey } from './grid-model.ts';
import type { Drafts } from './live-amounts.ts';

export type EntryProblem = CellProblem | 'required' | 'murniFirst';

export type SaveTask = {
  /** The cells it writes: a failure is shown on them, a success clears them. */
  cells: string[];
  /** The cell a server error on a field belongs to (`amount`, `paguPerubahan` …). */
  fieldCell: Readonly<Record<string, string>>;
  run: () => Promise<{ warnings: { message: { id: string; en: string } }[] }>;
};

type Index = {
  lines: Map<string, { line: BudgetTreeLine; sub: BudgetTreeSubKegiatan }>;
  subs: Map<string, BudgetTreeSubKegiatan>;
};

function indexOf(tree: BudgetTree): Index {
  const lines: Index['lines'] = new Map();
  const subs: Index['subs'] = new Map();
  for (const p of tree.programs)
    for (const k of p.kegiatan)
      for (const s of k.subKegiatan) {
        subs.set(s.id, s);
        for (const line of s.lines) lines.set(line.id, { line, sub: s });
      }
  return { lines, subs };
}

type Classified = { read: CellRead; stored: number | null; problem?: EntryProblem };

/** What a typed cell holds against what is stored, or why it cannot be saved. */
function classify(index: Index, key: string, text: string): Classified | null {
  const kind = key.slice(0, key.indexOf(':'));
  const id = key.split(':')[1]!;
  switch (kind) {
    case 'pm':
    case 'pp': {
      const found = index.lines.get(id);
      if (!found) return null;
      const stored = kind === 'pm' ? found.line.paguMurni : found.line.paguPerubahan;
      const read = readRupiah(text);
      if (kind === 'pm' && read.value === null && !read.problem) return { read, stored, problem: 'required' };
      return { read, stored, ...(read.problem ? { problem: read.problem } : {}) };
    }
    case 'npm':
    case 'npp': {
      const read = readRupiah(text);
      return { read, stored: null, ...(read.problem ? { problem: read.problem } : {}) };
    }
    case 'r': {
      const found = index.lines.get(id);
      if (!found) return null;
      const { periodKind, periodNo } = periodOfKey(key);
      const stored =
        found.line.realisations.find((r) => r.periodKind === periodKind && r.periodNo === periodNo)?.amount ??
        null;
      const read = readRupiah(text);
      if (read.value === null && !read.problem && stored !== null)
        return { read, stored, problem: 'required' };
      return { read, stored, ...(read.problem ? { problem: read.problem } : {}) };
    }
    case 'f': {
      const sub = index.subs.get(id);
      if (!sub) return null;
      const { periodKind, periodNo } = periodOfKey(key);
      const entry = sub.progress.find((g) => g.periodKind === periodKind && g.periodNo === periodNo);
      const stored = entry ? Number(entry.percent) : null;
      const read = readPercent(text);
      if (read.value === null && !read.problem && stored !== null)
        return { read, stored, problem: 'required' };
      return { read, stored, ...(read.problem ? { problem: read.problem } : {}) };
    }
    default:
      return null;
  }
}

/** The typed cells that differ from what is stored, and the ones that cannot be saved as typed. */
export function reviewDrafts(
  tree: BudgetTree,
  drafts: Drafts,
): { changed: string[]; problems: Map<string, EntryProblem> } {
  const index = indexOf(tree);
  const changed: string[] = [];
  const problems = new Map<string, EntryProblem>();
  for (const [key, text] of drafts) {
    const c = classify(index, key, text);
    if (!c) continue;
    if (c.problem) {
      problems.set(key, c.problem);
      changed.push(key);
    } else if (c.read.value !== c.stored) changed.push(key);
  }
  // a new line's pagu perubahan needs its pagu murni
  for (const key of changed) {
    if (!key.startsWith('npp:')) continue;
    const murni = `npm:${key.slice(4)}`;
    if (!changed.includes(murni) && !problems.has(key)) problems.set(murni, 'murniFirst');
  }
  return { changed, problems };
}

export function planSave(
  tree: BudgetTree,
  drafts: Drafts,
  changed: readonly string[],
  newLineTypes: ReadonlyMap<string, SpendingType>,
): SaveTask[] {
  const index = indexOf(tree);
  const year = tree.year;
  const tasks: SaveTask[] = [];
  const textOf = (key: string) => drafts.get(key) ?? '';
  const paguText = (key: string, stored: number | null) =>
    changed.includes(key) ? (textOf(key).trim() === '' ? null : textOf(key)) : stored;

  const linesWithPagu = new Set<string>();
  const newLines = new Set<string>();
  for (const key of changed) {
    const [kind, id] = key.split(':') as [string, string];
    if (kind === 'pm' || kind === 'pp') linesWithPagu.add(id);
    if (kind === 'npm' || kind === 'npp') newLines.add(id);
  }
  for (const lineId of linesWithPagu) {
    const { line, sub } = index.lines.get(lineId)!;
    const murniKey = `pm:${lineId}`;
    const perubahanKey = `pp:${lineId}`;
    tasks.push({
      cells: [murniKey, perubahanKey].filter((k) => changed.includes(k)),
      fieldCell: { paguMurni: murniKey, paguPerubahan: perubahanKey },
      run: () =>
        saveBudget.line({
          subKegiatanId: sub.id,
          year,
          spendingType: line.spendingType,
          paguMurni: paguText(murniKey, line.paguMurni) ?? line.paguMurni,
          paguPerubahan: paguText(perubahanKey, line.paguPerubahan),
          version: line.version,
        }),
    });
  }
  for (const subId of newLines) {
    const murniKey = `npm:${subId}`;
    const perubahanKey = `npp:${subId}`;
    tasks.push({
      cells: [murniKey, perubahanKey].filter((k) => changed.includes(k)),
      fieldCell: { paguMurni: murniKey, paguPerubahan: perubahanKey, spendingType: murniKey },
      run: () =>
        saveBudget.line({
          subKegiatanId: subId,
          year,
          spendingType: newLineTypes.get(subId) ?? 'barang_jasa',
          paguMurni: textOf(murniKey),
          paguPerubahan: paguText(perubahanKey, null),
        }),
    });
  }
  for (const key of changed) {
    if (key.startsWith('r:')) {
      const { ownerId, periodKind, periodNo } = periodOfKey(key);
      const { line } = index.lines.get(ownerId)!;
      const stored = line.realisations.find((r) => r.periodKind === periodKind && r.periodNo === periodNo);
      tasks.push({
        cells: [key],
        fieldCell: { amount: key, periodKind: key, periodNo: key },
        run: () =>
          saveBudget.realisation({
            budgetLineId: line.id,
            periodKind,
            periodNo,
            amount: textOf(key),
            note: stored?.note ?? null,
            version: stored?.version,
          }),
      });
    } else if (key.startsWith('f:')) {
      const { ownerId, periodKind, periodNo } = periodOfKey(key);
      const sub = index.subs.get(ownerId)!;
      const stored = sub.progress.find((g) => g.periodKind === periodKind && g.periodNo === periodNo);
      tasks.push({
        cells: [key],
        fieldCell: { percent: key, periodKind: key, periodNo: key },
        run: () =>
          saveBudget.progress({
            subKegiatanId: sub.id,
            year,
            periodKind,
            periodNo,
            percent: textOf(key),
            note: stored?.note ?? null,
            version: stored?.version,
          }),
      });
    }
  }
  return tasks;
}
