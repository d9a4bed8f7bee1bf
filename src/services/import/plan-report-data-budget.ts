/**
 * The budget of a report-data@1 file planned into the agency's budget tree
 * (program → kegiatan → sub kegiatan of the Renstra period) by code, with the
 * rules of the hand-entry use cases: codes by permendagri-code.ts (as
 * add-program/add-kegiatan/add-sub-kegiatan check them), names by their
 * schemas, amounts by `rupiahAmount` (save-budget-line.ts,
 * save-budget-realisation.ts), one period kind per line, period locks.
 *
 * Decisions (docs/en/import.md, section report-data):
 * - Pagu and realisasi are stored on sub kegiatan (budget lines); a program's
 *   or kegiatan's figures are the sums of its children and are not stored; a
 *   program or kegiatan without children but with figures is refused.
 * - A sub kegiatan's `pagu` is the pagu in force (perubahan when revised) and
 *   `paguMurni` the original; equal to what its lines hold → unchanged.
 * - A sub kegiatan with one budget line has it updated; with none, one line
 *   is created (the file's spendingType, else `lainnya`); with several (one
 *   per spending type) a different figure is refused: the file cannot say
 *   how to split it.
 * - `realisasi` is recorded as one yearly budget realisation of the line; a
 *   line already recorded by month or quarter is refused when it differs.
 */
import { randomUUID } from 'node:crypto';
import type { BudgetItemInput } from '../../domain/report-data/schema.ts';
import type { SpendingType } from '../../store/schema/enums.ts';
import { lockOf, quarterOf } from '../calendar/period-lock.ts';
import type { Texts } from '../errors.ts';
import { addProgramInput } from '../plan/add-program.ts';
import { kegiatanCodeError, programCodeError, subKegiatanCodeError } from '../plan/permendagri-code.ts';
import { rupiahAmount } from '../record/record-inputs.ts';
import { codeKey, type RdBudgetLine, type ReportDataImportFacts } from './report-data-import-facts.ts';
import { shownDecimal, type Planner } from './report-data-plan-context.ts';

const SPENDING: Record<NonNullable<BudgetItemInput['spendingType']>, SpendingType> = {
  pegawai: 'pegawai',
  'barang-jasa': 'barang_jasa',
  modal: 'modal',
  lainnya: 'lainnya',
};

const RUPIAH: Texts = { id: 'jumlah Rupiah, mis. 1.234.567', en: 'an amount in Rupiah, e.g. 1.234.567' };

const rupiahText = (amount: number) => shownDecimal(String(amount));

type Amount = number | null | 'bad';

function amountOf(p: Planner, raw: BudgetItemInput['pagu'], path: string): Amount {
  if (raw === null || raw === undefined) return null;
  const parsed = rupiahAmount.safeParse(raw);
  if (parsed.success) return parsed.data;
  p.problem(path, raw, { id: `${RUPIAH.id} (${parsed.error.issues[0]?.message ?? ''})`, en: RUPIAH.en });
  return 'bad';
}

/** A structure node: the stored one by code, or a new one planned; null after its problems. */
function node(
  p: Planner,
  item: BudgetItemInput,
  path: string,
  codeError: ReturnType<typeof programCodeError>,
  existing: { id: string } | undefined,
  plan: (id: string, name: string) => void,
): string | null {
  if (codeError) {
    p.problem(`${path}.code`, item.code, codeError.message);
    return null;
  }
  if (existing) {
    p.plan.counts.unchanged += 1;
    return existing.id;
  }
  const name = addProgramInput.shape.name.safeParse(item.name);
  if (!name.success) {
    p.problem(`${path}.name`, item.name, { id: 'nama (1–1000 huruf)', en: 'a name (1–1000 characters)' });
    return null;
  }
  const id = randomUUID();
  plan(id, name.data);
  p.change('new', `${item.code} · ${item.level}`, null, name.data);
  return id;
}

function refuseFiguresWithoutChildren(p: Planner, item: BudgetItemInput, path: string): void {
  if (item.children.length > 0) return;
  for (const key of ['pagu', 'paguMurni', 'realisasi'] as const)
    if (item[key] !== null && item[key] !== undefined)
      p.problem(`${path}.${key}`, item[key], {
        id: `rincian sub kegiatan: pagu dan realisasi dicatat pada sub kegiatan, jumlah ${item.level} dihitung dari rinciannya`,
        en: `the sub kegiatan rows: pagu and realisasi are recorded on sub kegiatan, a ${item.level}'s total is the sum of its rows`,
      });
}

export function planReportDataBudget(
  p: Planner,
  facts: ReportDataImportFacts,
  agencyId: string,
  items: readonly BudgetItemInput[],
): void {
  const locked =
    lockOf(
      facts.locks.filter((l) => l.year === p.year && l.periodNo === quarterOf('year', 1)),
      agencyId,
    ) !== null;
  items.forEach((prog, pi) => {
    const pPath = `budget.items[${pi}]`;
    p.plan.rowsRead += 1;
    const existingProgram = facts.programs.get(codeKey(prog.code));
    const programId = node(p, prog, pPath, programCodeError(prog.code, 'code'), existingProgram, (id, name) =>
      p.plan.writes.push({ kind: 'program', id, periodId: facts.period!.id, code: prog.code.trim(), name }),
    );
    refuseFiguresWithoutChildren(p, prog, pPath);
    if (!programId) return;
    prog.children.forEach((keg, ki) => {
      const kPath = `${pPath}.children[${ki}]`;
      p.plan.rowsRead += 1;
      const existingKegiatan = facts.kegiatan.get(`${programId}|${codeKey(keg.code)}`);
      const kegiatanId = node(
        p,
        keg,
        kPath,
        kegiatanCodeError(keg.code, prog.code.trim(), 'code'),
        existingKegiatan,
        (id, name) => p.plan.writes.push({ kind: 'kegiatan', id, programId, code: keg.code.trim(), name }),
      );
      refuseFiguresWithoutChildren(p, keg, kPath);
      if (!kegiatanId) return;
      keg.children.forEach((sub, si) => {
        const sPath = `${kPath}.children[${si}]`;
        p.plan.rowsRead += 1;
        const existingSub = facts.subs.get(`${kegiatanId}|${codeKey(sub.code)}`);
        const subId = node(
          p,
          sub,
          sPath,
          subKegiatanCodeError(sub.code, keg.code.trim(), 'code'),
          existingSub,
          (id, name) =>
            p.plan.writes.push({ kind: 'subkegiatan', id, kegiatanId, code: sub.code.trim(), name }),
        );
        if (!subId) return;
        planSubBudget(p, facts, sub, sPath, subId, existingSub ? (facts.lines.get(subId) ?? []) : [], locked);
      });
    });
  });
}

function planSubBudget(
  p: Planner,
  facts: ReportDataImportFacts,
  sub: BudgetItemInput,
  path: string,
  subId: string,
  lines: readonly RdBudgetLine[],
  locked: boolean,
): void {
  const pagu = amountOf(p, sub.pagu, `${path}.pagu`);
  const murni = amountOf(p, sub.paguMurni, `${path}.paguMurni`);
  const spent = amountOf(p, sub.realisasi, `${path}.realisasi`);
  if (pagu === 'bad' || murni === 'bad' || spent === 'bad') return;
  if (pagu === null && murni === null && spent === null) {
    p.plan.counts.empty += 1;
    return;
  }
  const several = {
    id: `satu baris pagu: sub kegiatan ini memiliki ${lines.length} baris pagu (per jenis belanja); ubah angkanya di halaman anggaran`,
    en: `one budget line: this sub kegiatan has ${lines.length} budget lines (by spending type); change its figures on the budget page`,
  };
  const only = lines.length === 1 ? lines[0]! : null;
  let lineId: string | null = only?.id ?? null;
  if (pagu !== null || murni !== null) {
    const inForce = (pagu ?? murni)!;
    const original = (murni ?? pagu)!;
    const sumInForce = lines.reduce((sum, l) => sum + (l.paguPerubahan ?? l.paguMurni), 0);
    const sumOriginal = lines.reduce((sum, l) => sum + l.paguMurni, 0);
    if (lines.length > 0 && sumInForce === inForce && sumOriginal === original) p.plan.counts.unchanged += 1;
    else if (lines.length > 1) p.problem(`${path}.pagu`, sub.pagu ?? sub.paguMurni, several);
    else {
      lineId = only?.id ?? randomUUID();
      p.plan.writes.push({
        kind: 'budget-line',
        id: lineId,
        code: sub.code.trim(),
        subKegiatanId: subId,
        existing: only ? { id: only.id, version: only.version } : null,
        spendingType: only?.spendingType ?? (sub.spendingType ? SPENDING[sub.spendingType] : 'lainnya'),
        paguMurni: original,
        paguPerubahan: inForce !== original ? inForce : null,
      });
      p.change(
        only ? 'changed' : 'new',
        `${sub.code.trim()} · pagu ${p.year}`,
        only ? rupiahText(sumInForce) : null,
        rupiahText(inForce),
      );
    }
  }
  if (spent === null) return;
  const recorded = lines.flatMap((l) => facts.spent.get(l.id) ?? []);
  const total = recorded.reduce((sum, r) => sum + r.amount, 0);
  if (lines.length > 0 && total === spent) {
    p.plan.counts.unchanged += 1;
    return;
  }
  if (lines.length > 1) return p.problem(`${path}.realisasi`, sub.realisasi, several);
  if (lineId === null)
    return p.problem(`${path}.realisasi`, sub.realisasi, {
      id: 'realisasi dengan pagunya: sub kegiatan ini belum memiliki pagu tahun ini; isi juga "pagu"',
      en: 'a realisation with its pagu: this sub kegiatan has no budget this year; give "pagu" too',
    });
  const other = recorded.find((r) => r.periodKind !== 'year');
  if (other)
    return p.problem(`${path}.realisasi`, sub.realisasi, {
      id: `realisasi per ${other.periodKind} (pagu ini sudah dicatat per ${other.periodKind}; satu jenis periode setahun)`,
      en: `realisations per ${other.periodKind} (this line is already recorded per ${other.periodKind}; one period kind a year)`,
    });
  if (locked)
    return p.problem(`${path}.realisasi`, sub.realisasi, {
      id: `periode yang belum dikunci: realisasi ${p.year} sudah dikunci karena melewati tenggat; minta admin membukanya kembali`,
      en: `a period that is not locked: the realisations of ${p.year} are locked (past their deadline); ask an admin to reopen them`,
    });
  const existing = recorded.find((r) => r.periodKind === 'year' && r.periodNo === 1);
  p.plan.writes.push({
    kind: 'budget-realisation',
    code: sub.code.trim(),
    budgetLineId: lineId,
    existing: existing ? { id: existing.id, version: existing.version } : null,
    amount: spent,
  });
  p.change(
    existing ? 'changed' : 'new',
    `${sub.code.trim()} · realisasi anggaran ${p.year}`,
    recorded.length > 0 ? rupiahText(total) : null,
    rupiahText(spent),
  );
}
