/**
 * Checking a budget workbook against the agency-year and sorting its rows
 * into new, changed, unchanged and empty — writing nothing. The rules are
 * the hand-entry use cases' own: codes checked as addProgram / addKegiatan /
 * addSubKegiatan check them (permendagri-code.ts: the format and the
 * parent's prefix; a code missing from the nomenklatur is accepted, as there,
 * and only marked in the preview), names as their input schemas, amounts as
 * saveBudgetLine / saveBudgetRealisation parse them, one kind of period per
 * line, locked periods refused (period-lock.ts), and spending above the pagu
 * kept with a warning (budget-warnings.ts) shown in the preview.
 *
 * Decisions (docs/en/import.md):
 * - A blank cell means "no data": nothing stored is ever deleted or cleared.
 * - An existing program, kegiatan or sub kegiatan keeps its name.
 * - A row equal to what is stored is unchanged and not written, so importing
 *   the same file twice changes nothing.
 */
import type ExcelJS from 'exceljs';
import { formatRupiah } from '../../domain/numbers.ts';
import type { PeriodKind, SpendingType } from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import { lockOf, quarterOf } from '../calendar/period-lock.ts';
import { addProgramInput } from '../plan/add-program.ts';
import { nomenklaturChildren } from '../plan/nomenklatur-index.ts';
import { kegiatanCodeError, programCodeError, subKegiatanCodeError } from '../plan/permendagri-code.ts';
import { budgetWarnings } from '../record/budget-warnings.ts';
import {
  lineKey,
  type BudgetImportFacts,
  type StoredLine,
  type StoredRealisation,
} from './budget-import-facts.ts';
import { problemAdder, readBudgetRows, type AddProblem, type BudgetRow } from './budget-rows.ts';
import {
  BUDGET_COLUMNS,
  BUDGET_SHEET,
  LEVEL_LABELS,
  parentCode,
  realisationColumn,
  spendingLabel,
  type BudgetLevel,
} from './budget-sheet.ts';
import type { ImportPlan, ImportScope } from './import-kind.ts';
import { MAX_LISTED_CHANGES, ProblemList, type ImportCounts } from './import-outcome.ts';
import { periodLabel } from './realisation-sheet.ts';
import { headerProblems, missingSheetProblem } from './template-sheet.ts';

/**
 * What an import writes. New rows refer to their parent by code (the parent
 * may be new too: the writer creates parents first) and by id when the
 * parent is stored; ids of new rows are made by the writer, so that the
 * preview's digest and the confirmation's agree.
 */
export type BudgetWrite =
  | { type: 'program'; code: string; name: string; renstraPeriodId: string }
  | { type: 'kegiatan'; code: string; name: string; parentCode: string; parentId: string | null }
  | { type: 'sub'; code: string; name: string; parentCode: string; parentId: string | null }
  | {
      type: 'line';
      subCode: string;
      subId: string | null;
      spendingType: SpendingType;
      paguMurni: number;
      paguPerubahan: number | null;
      existing: StoredLine | null;
    }
  | {
      type: 'realisation';
      subCode: string;
      /** The stored line, or null when the line is new in this import. */
      lineId: string | null;
      spendingType: SpendingType;
      periodKind: PeriodKind;
      periodNo: number;
      amount: number;
      existing: StoredRealisation | null;
    };

type NewItem = { level: BudgetLevel; code: string; name: string; row: number };

const rp = (amount: number | null | undefined) =>
  amount === null || amount === undefined ? '–' : formatRupiah(amount);
const nameSchema = addProgramInput.shape.name;

export async function planBudgetImport(
  facts: BudgetImportFacts,
  scope: ImportScope,
  workbook: ExcelJS.Workbook,
  progress: (share: number) => void = () => undefined,
): Promise<ImportPlan<BudgetWrite>> {
  const problems = new ProblemList();
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, empty: 0 };
  const result: ImportPlan<BudgetWrite> = { problems, counts, changes: [], writes: [], rowsRead: 0 };
  const add = problemAdder(problems);
  const sheet = workbook.getWorksheet(BUDGET_SHEET);
  if (!sheet) {
    problems.add(
      missingSheetProblem(workbook, BUDGET_SHEET, { id: 'templat anggaran', en: 'the budget template' }),
    );
    return result;
  }
  const headers = headerProblems(sheet, BUDGET_COLUMNS, BUDGET_SHEET);
  for (const problem of headers) problems.add(problem);
  if (headers.length > 0) return result;
  const { rows, rowsRead } = readBudgetRows(sheet, facts, add, (share) => progress(share * 0.6));
  result.rowsRead = rowsRead;

  // 1. The structure: one row per program and kegiatan, one per sub kegiatan and jenis belanja.
  const seen = new Map<string, number>();
  const created = new Map<string, NewItem>();
  for (const row of rows) {
    const key = row.level === 'sub' ? `${row.code}|${row.spendingType ?? ''}` : row.code;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      add(row.row, 'code', row.code, {
        id: `satu baris per ${row.level === 'sub' ? 'sub kegiatan dan jenis belanja' : LEVEL_LABELS[row.level].toLowerCase()}: ${row.code} sudah ada di baris ${earlier}`,
        en: `one row per ${row.level === 'sub' ? 'sub kegiatan and spending type' : row.level}: ${row.code} is already on row ${earlier}`,
      });
      continue;
    }
    seen.set(key, row.row);
    if (isStored(facts, row)) continue;
    const name = nameSchema.safeParse(row.name === null ? '' : String(row.name));
    const first = created.get(row.code);
    if (!name.success) {
      add(row.row, 'name', row.name, {
        id: `nama ${LEVEL_LABELS[row.level].toLowerCase()} (wajib untuk kode baru, paling panjang 1.000 huruf)`,
        en: `the ${row.level === 'sub' ? 'sub kegiatan' : row.level}'s name (required for a new code, at most 1,000 characters)`,
      });
    } else if (first && first.name !== name.data) {
      add(row.row, 'name', row.name, {
        id: `nama yang sama dengan baris ${first.row} ("${first.name}")`,
        en: `the same name as row ${first.row} ("${first.name}")`,
      });
    }
    // registered even with a bad name, so that its children do not also miss their parent
    if (!first)
      created.set(row.code, { level: row.level, code: row.code, name: name.data ?? '', row: row.row });
  }
  for (const item of created.values()) checkNewItem(facts, item, created, add);

  // 2. Pagu and realisations of every sub kegiatan row.
  const structureWrites: BudgetWrite[] = [];
  const amountWrites: BudgetWrite[] = [];
  const notInNomenklatur = await missingFromNomenklatur([...created.values()]);
  let index = 0;
  for (const row of rows) {
    index += 1;
    if (index % 1000 === 0) progress(0.6 + (index / rows.length) * 0.4);
    if (seen.get(row.level === 'sub' ? `${row.code}|${row.spendingType ?? ''}` : row.code) !== row.row)
      continue;
    const item = created.get(row.code);
    const isNew = item !== undefined && item.row === row.row;
    if (isNew) structureWrites.push(structureWrite(facts, item));
    const label = `${row.code} · ${row.spendingType ? spendingLabel(row.spendingType) : LEVEL_LABELS[row.level]}`;
    const newText = isNew
      ? `${LEVEL_LABELS[row.level]} baru: ${item.name}${notInNomenklatur.has(item.code) ? ' (tidak ada di nomenklatur Permendagri 90/2019)' : ''}`
      : null;
    const amounts = row.level === 'sub' ? planAmounts(facts, scope, row, add) : null;
    if (amounts === 'refused') continue;
    if (amounts) amountWrites.push(...amounts.writes);
    const change =
      isNew || amounts?.lineIsNew ? 'new' : amounts && amounts.writes.length > 0 ? 'changed' : null;
    if (change === null) {
      counts[row.level !== 'sub' || amounts?.hasData ? 'unchanged' : 'empty'] += 1;
      continue;
    }
    counts[change] += 1;
    if (result.changes.length < MAX_LISTED_CHANGES)
      result.changes.push({
        change,
        sheet: BUDGET_SHEET,
        row: row.row,
        label,
        before: amounts?.before ?? null,
        after: [newText, amounts?.after].filter((t) => t).join('; ') || null,
      });
  }
  // structure first, parents before children: the writer creates them in this order
  const order: Record<string, number> = { program: 0, kegiatan: 1, sub: 2 };
  structureWrites.sort((a, b) => order[a.type]! - order[b.type]!);
  result.writes = [...structureWrites, ...amountWrites];
  return result;
}

function structureWrite(facts: BudgetImportFacts, item: NewItem): BudgetWrite {
  if (item.level === 'program')
    return { type: 'program', code: item.code, name: item.name, renstraPeriodId: facts.renstraPeriodId! };
  const parent = parentCode(item.code, item.level);
  const stored = item.level === 'kegiatan' ? facts.programs.get(parent) : facts.kegiatan.get(parent);
  return {
    type: item.level,
    code: item.code,
    name: item.name,
    parentCode: parent,
    parentId: stored?.id ?? null,
  };
}

function isStored(facts: BudgetImportFacts, row: BudgetRow): boolean {
  const map =
    row.level === 'program' ? facts.programs : row.level === 'kegiatan' ? facts.kegiatan : facts.subKegiatan;
  return map.has(row.code);
}

/** A new code: its format and parent as the hand-entry use cases check them, and its parent in the file or stored. */
function checkNewItem(
  facts: BudgetImportFacts,
  item: NewItem,
  created: Map<string, NewItem>,
  add: AddProblem,
): void {
  if (item.level === 'program') {
    const error = programCodeError(item.code, 'code');
    if (error) add(item.row, 'code', item.code, error.message);
    if (facts.renstraPeriodId === null)
      add(item.row, 'code', item.code, {
        id: 'program yang sudah tercatat: belum ada Renstra yang mencakup tahun ini untuk program baru',
        en: 'a program already recorded: no Renstra covers this year to hold a new program',
      });
    return;
  }
  const parent = parentCode(item.code, item.level);
  const parentLevel = item.level === 'kegiatan' ? 'program' : 'kegiatan';
  const error =
    item.level === 'kegiatan'
      ? kegiatanCodeError(item.code, parent, 'code')
      : subKegiatanCodeError(item.code, parent, 'code');
  if (error) {
    add(item.row, 'code', item.code, error.message);
    return;
  }
  const stored = (item.level === 'kegiatan' ? facts.programs : facts.kegiatan).has(parent);
  if (!stored && created.get(parent)?.level !== parentLevel)
    add(item.row, 'code', item.code, {
      id: `kode ${item.level === 'kegiatan' ? 'kegiatan' : 'sub kegiatan'} yang ${parentLevel}-nya (${parent}) ada di berkas ini atau sudah tercatat`,
      en: `a ${item.level === 'kegiatan' ? 'kegiatan' : 'sub kegiatan'} code whose ${parentLevel} (${parent}) is in this file or already recorded`,
    });
}

/** New codes the nomenklatur of Permendagri 90/2019 does not list (marked in the preview, not refused). */
async function missingFromNomenklatur(items: NewItem[]): Promise<Set<string>> {
  const missing = new Set<string>();
  const children = new Map<string, Set<string>>();
  for (const item of items) {
    const parent = item.code
      .split('.')
      .slice(0, item.level === 'program' ? 2 : item.level === 'kegiatan' ? 3 : 5)
      .join('.');
    let known = children.get(parent);
    if (!known) {
      known = new Set((await nomenklaturChildren(parent)).map((e) => e.code));
      children.set(parent, known);
    }
    if (!known.has(item.code)) missing.add(item.code);
  }
  return missing;
}

type PlannedAmounts = {
  writes: BudgetWrite[];
  lineIsNew: boolean;
  hasData: boolean;
  before: string | null;
  after: string | null;
};

/** The line and realisations of a sub kegiatan row, or 'refused' (problems added). */
function planAmounts(
  facts: BudgetImportFacts,
  scope: ImportScope,
  row: BudgetRow,
  add: AddProblem,
): PlannedAmounts | 'refused' {
  const hasData = row.paguMurni !== null || row.paguPerubahan !== null || row.realisations.length > 0;
  const none: PlannedAmounts = { writes: [], lineIsNew: false, hasData, before: null, after: null };
  if (!hasData || row.spendingType === null) return none;
  const type = row.spendingType;
  const sub = facts.subKegiatan.get(row.code);
  const line = sub ? (facts.lines.get(lineKey(sub.id, type)) ?? null) : null;
  const stored = line ? (facts.realisations.get(line.id) ?? []) : [];
  if (!line && row.paguMurni === null) {
    add(row.row, 'paguMurni', null, {
      id: `pagu murni: ${row.code} belum punya pagu ${spendingLabel(type)} tahun ${scope.year}, isi pagunya sebelum perubahan dan realisasi`,
      en: `the pagu murni: ${row.code} has no ${spendingLabel(type)} budget line in ${scope.year}, give its pagu before a revision or realisations`,
    });
    return 'refused';
  }
  let refused = false;
  const storedKind = stored[0]?.periodKind;
  const given = row.realisations[0];
  if (storedKind && given && given.kind !== storedKind) {
    add(row.row, realisationColumn(given.kind, given.no), given.amount, {
      id: `kosong: pagu ini sudah dicatat per ${kindName(storedKind).id}; isi kolom Realisasi ${kindName(storedKind).id}`,
      en: `blank: this line is already recorded per ${kindName(storedKind).en}; fill the ${kindName(storedKind).en} columns`,
    });
    refused = true;
  }
  const before: string[] = [];
  const after: string[] = [];
  const writes: BudgetWrite[] = [];
  const paguMurni = row.paguMurni ?? line!.paguMurni;
  const paguPerubahan = row.paguPerubahan ?? line?.paguPerubahan ?? null;
  if (!line || line.paguMurni !== paguMurni || line.paguPerubahan !== paguPerubahan) {
    writes.push({
      type: 'line',
      subCode: row.code,
      subId: sub?.id ?? null,
      spendingType: type,
      paguMurni,
      paguPerubahan,
      existing: line,
    });
    if (!line || line.paguMurni !== paguMurni) {
      before.push(`Pagu murni ${rp(line?.paguMurni)}`);
      after.push(`Pagu murni ${rp(paguMurni)}`);
    }
    if (paguPerubahan !== (line?.paguPerubahan ?? null)) {
      before.push(`Pagu perubahan ${rp(line?.paguPerubahan)}`);
      after.push(`Pagu perubahan ${rp(paguPerubahan)}`);
    }
  }
  const spentAfter = new Map(stored.map((r) => [`${r.periodKind}:${r.periodNo}`, r.amount]));
  for (const g of row.realisations) {
    const existing = stored.find((r) => r.periodKind === g.kind && r.periodNo === g.no) ?? null;
    spentAfter.set(`${g.kind}:${g.no}`, g.amount);
    if (existing?.amount === g.amount) continue;
    const lock = lockOf(
      facts.locks.filter((l) => l.periodNo === quarterOf(g.kind, g.no)),
      scope.agencyId,
    );
    if (lock) {
      add(row.row, realisationColumn(g.kind, g.no), g.amount, {
        id: `nilai yang tercatat (${rp(existing?.amount)}): periode ${periodLabel(g.kind, g.no)} ${scope.year} sudah dikunci karena melewati tenggat; minta admin membukanya kembali`,
        en: `the recorded amount (${rp(existing?.amount)}): the period ${periodLabel(g.kind, g.no)} ${scope.year} is locked (past its deadline); ask an admin to reopen it`,
      });
      refused = true;
      continue;
    }
    writes.push({
      type: 'realisation',
      subCode: row.code,
      lineId: line?.id ?? null,
      spendingType: type,
      periodKind: g.kind,
      periodNo: g.no,
      amount: g.amount,
      existing,
    });
    before.push(`Realisasi ${periodLabel(g.kind, g.no)} ${rp(existing?.amount)}`);
    after.push(`Realisasi ${periodLabel(g.kind, g.no)} ${rp(g.amount)}`);
  }
  if (refused) return 'refused';
  const spent = [...spentAfter.values()].reduce((sum, amount) => sum + amount, 0);
  const warning = budgetWarnings({ paguMurni, paguPerubahan } as StoredLine, spent)[0];
  if (warning && writes.length > 0) after.push(`peringatan: ${warning.message.id}`);
  return {
    writes,
    lineIsNew: line === null,
    hasData,
    before: line && before.length > 0 ? before.join(' · ') : null,
    after: after.length > 0 ? after.join(' · ') : null,
  };
}

function kindName(kind: PeriodKind): Texts {
  switch (kind) {
    case 'month':
      return { id: 'bulan', en: 'month' };
    case 'quarter':
      return { id: 'TW', en: 'quarter (TW)' };
    case 'semester':
      return { id: 'Semester', en: 'semester' };
    case 'year':
      return { id: 'Tahunan', en: 'year (Tahunan)' };
  }
}
