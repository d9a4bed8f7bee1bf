/**
 * Reading the rows of a budget workbook (sheet "Anggaran") one by one,
 * checking each cell on its own: the code's level (from what is stored, else
 * from the code's shape), the Level column against it, the jenis belanja,
 * and every Rupiah amount through the budget use cases' own input rule
 * (`rupiahAmount`: an Excel number or "1.234.567" / "Rp 1.234.567", whole,
 * never negative). Checks across rows (parents, duplicates) are
 * plan-budget-import.ts's.
 */
import type ExcelJS from 'exceljs';
import type { PeriodKind, SpendingType } from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import { rupiahAmount } from '../record/record-inputs.ts';
import type { BudgetImportFacts } from './budget-import-facts.ts';
import {
  BUDGET_COLUMNS,
  BUDGET_PERIODS,
  BUDGET_SHEET,
  FIRST_DATA_ROW,
  LEVEL_LABELS,
  SPENDING_EXPECTED,
  budgetColumnLabel,
  budgetColumnNumber,
  levelOfCode,
  parseLevel,
  parseSpendingType,
  realisationColumn,
  type BudgetColumnKey,
  type BudgetLevel,
} from './budget-sheet.ts';
import type { ProblemList } from './import-outcome.ts';
import { cellInput, shownCell, type CellInput } from './workbook-cells.ts';

export type AddProblem = (
  row: number | null,
  column: BudgetColumnKey | null,
  found: CellInput,
  expected: Texts,
) => void;

export function problemAdder(problems: ProblemList): AddProblem {
  return (row, column, found, expected) =>
    problems.add({
      sheet: BUDGET_SHEET,
      row,
      column: column === null ? null : budgetColumnLabel(column),
      found: shownCell(found),
      expected,
    });
}

export type GivenAmount = { kind: PeriodKind; no: number; amount: number };

export type BudgetRow = {
  row: number;
  code: string;
  level: BudgetLevel;
  name: CellInput;
  /** Sub kegiatan rows only: */
  spendingType: SpendingType | null;
  paguMurni: number | null;
  paguPerubahan: number | null;
  /** The realisation cells filled in, in column order (one kind of period). */
  realisations: GivenAmount[];
};

const text = (input: CellInput) => (input === null ? null : String(input).trim());

const RUPIAH_EXPECTED = (reason: string): Texts => ({
  id: `jumlah Rupiah bulat, tidak negatif: angka Excel atau 1.234.567 / Rp 1.234.567 (${reason})`,
  en: `a whole, non-negative Rupiah amount: an Excel number or 1.234.567 / Rp 1.234.567 (${reason})`,
});

/** The header row as the template writes it; false (with problems) when it differs. */
/** Every non-blank data row, each checked on its own; a row with a problem is left out. */
export function readBudgetRows(
  sheet: ExcelJS.Worksheet,
  facts: BudgetImportFacts,
  add: AddProblem,
  progress: (share: number) => void,
): { rows: BudgetRow[]; rowsRead: number } {
  const rows: BudgetRow[] = [];
  let rowsRead = 0;
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const excelRow = sheet.getRow(r);
    if (!excelRow.hasValues) continue;
    const get = (key: BudgetColumnKey) => cellInput(excelRow.getCell(budgetColumnNumber(key)).value);
    const cells = new Map(BUDGET_COLUMNS.map((c) => [c.key, get(c.key)]));
    if ([...cells.values()].every((v) => v === null)) continue;
    rowsRead += 1;
    if (r % 1000 === 0) progress(r / Math.max(last, 1));
    const read = readRow(r, cells, facts, add);
    if (read) rows.push(read);
  }
  return { rows, rowsRead };
}

function readRow(
  r: number,
  cells: Map<BudgetColumnKey, CellInput>,
  facts: BudgetImportFacts,
  add: AddProblem,
): BudgetRow | null {
  const cell = (key: BudgetColumnKey) => cells.get(key) ?? null;
  const code = text(cell('code'));
  if (code === null) {
    add(r, 'code', null, {
      id: 'kode program, kegiatan, atau sub kegiatan (wajib), mis. 1.06.02.2.01.0001',
      en: 'a program, kegiatan or sub kegiatan code (required), e.g. 1.06.02.2.01.0001',
    });
    return null;
  }
  const level: BudgetLevel | null = facts.programs.has(code)
    ? 'program'
    : facts.kegiatan.has(code)
      ? 'kegiatan'
      : facts.subKegiatan.has(code)
        ? 'sub'
        : levelOfCode(code);
  if (level === null) {
    add(r, 'code', cell('code'), {
      id: 'kode Permendagri 90/2019: program 1.06.02, kegiatan 1.06.02.2.01, atau sub kegiatan 1.06.02.2.01.0001',
      en: 'a Permendagri 90/2019 code: program 1.06.02, kegiatan 1.06.02.2.01, or sub kegiatan 1.06.02.2.01.0001',
    });
    return null;
  }
  let ok = true;
  const levelText = text(cell('level'));
  if (levelText !== null && parseLevel(levelText) !== level) {
    ok = false;
    add(r, 'level', cell('level'), {
      id: `${LEVEL_LABELS[level]} (level kode ${code}), atau kosong`,
      en: `${LEVEL_LABELS[level]} (the level of code ${code}), or blank`,
    });
  }
  const amountKeys: BudgetColumnKey[] = [
    'paguMurni',
    'paguPerubahan',
    ...BUDGET_PERIODS.map((p) => realisationColumn(p.kind, p.no)),
  ];
  if (level !== 'sub') {
    for (const key of ['spendingType', ...amountKeys] as BudgetColumnKey[]) {
      if (cell(key) === null) continue;
      ok = false;
      add(r, key, cell(key), {
        id: `kosong: jenis belanja, pagu, dan realisasi diisi pada baris sub kegiatan, bukan ${LEVEL_LABELS[level].toLowerCase()}`,
        en: `blank: spending type, pagu and realisations go on sub kegiatan rows, not on a ${level}`,
      });
    }
    const base = { row: r, code, level, name: cell('name') };
    return ok
      ? { ...base, spendingType: null, paguMurni: null, paguPerubahan: null, realisations: [] }
      : null;
  }
  const amount = (key: BudgetColumnKey): number | null => {
    const found = cell(key);
    if (found === null) return null;
    const parsed = rupiahAmount.safeParse(found);
    if (parsed.success) return parsed.data;
    ok = false;
    add(r, key, found, RUPIAH_EXPECTED(parsed.error.issues.map((i) => i.message).join('; ')));
    return null;
  };
  const paguMurni = amount('paguMurni');
  const paguPerubahan = amount('paguPerubahan');
  const realisations: GivenAmount[] = [];
  let firstKind: { kind: PeriodKind; key: BudgetColumnKey } | null = null;
  for (const p of BUDGET_PERIODS) {
    const key = realisationColumn(p.kind, p.no);
    const value = amount(key);
    if (value === null) continue;
    if (firstKind && firstKind.kind !== p.kind) {
      ok = false;
      add(r, key, cell(key), {
        id: `kosong: satu pagu dicatat dengan satu jenis periode, dan baris ini sudah berisi ${budgetColumnLabel(firstKind.key)}`,
        en: `blank: a budget line is recorded in one kind of period, and this row already fills ${budgetColumnLabel(firstKind.key)}`,
      });
      continue;
    }
    firstKind ??= { kind: p.kind, key };
    realisations.push({ kind: p.kind, no: p.no, amount: value });
  }
  const typeText = text(cell('spendingType'));
  const spendingType = typeText === null ? null : parseSpendingType(typeText);
  const hasAmounts = amountKeys.some((key) => cell(key) !== null);
  if (typeText !== null && spendingType === null) {
    ok = false;
    add(r, 'spendingType', cell('spendingType'), SPENDING_EXPECTED);
  } else if (typeText === null && hasAmounts) {
    ok = false;
    add(r, 'spendingType', null, {
      id: `${SPENDING_EXPECTED.id} (wajib bila baris berisi pagu atau realisasi)`,
      en: `${SPENDING_EXPECTED.en} (required when the row holds a pagu or realisations)`,
    });
  }
  if (!ok) return null;
  return { row: r, code, level, name: cell('name'), spendingType, paguMurni, paguPerubahan, realisations };
}
