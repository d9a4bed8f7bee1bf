/**
 * Planning one indicator × period group read from a realisations workbook
 * (grouped by plan-realisation-import.ts): recording rules, period locks, the
 * unchanged check with `sameDecimal` (re-exported there) and change labels.
 */
import type { PeriodKind } from '../../store/schema/enums.ts';
import type { Database } from '../../store/database.ts';
import { AppError, type Texts } from '../errors.ts';
import { quarterOf, refuseIfLocked, type lockOf } from '../calendar/period-lock.ts';
import { realisationRowSchema } from '../record/realisation-input.ts';
import { planRealisation } from '../record/realisation-plan.ts';
import type { ImportIndicator, RealisationImportFacts } from './realisation-import-facts.ts';
import { MAX_LISTED_CHANGES } from './import-outcome.ts';
import type { RealisationImportPlan } from './plan-realisation-import.ts';
import { REALISATION_SHEET, periodLabel, type RealisationColumnKey } from './realisation-sheet.ts';
import type { CellInput } from './workbook-cells.ts';

type Cell = { row: number; value: CellInput };

export type Group = {
  indicator: ImportIndicator;
  kind: PeriodKind;
  no: number;
  firstRow: number;
  main: Cell | null;
  components: Map<string, Cell>;
  notes: Cell[];
};

function normalDecimal(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let t = text.trim();
  let sign = '';
  if (t.startsWith('-')) {
    sign = '-';
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  let [whole = '', fraction = ''] = t.split('.');
  whole = whole.replace(/^0+/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  const body = fraction === '' ? whole : `${whole}.${fraction}`;
  return body === '0' ? '0' : sign + body;
}

/** "74.50" and "74.5" are the same number: compare exact decimal texts without float drift. */
export function sameDecimal(a: string | null | undefined, b: string | null | undefined): boolean {
  return a === b || normalDecimal(a) === normalDecimal(b);
}

export type Lock = ReturnType<typeof lockOf<RealisationImportFacts['locks'][number]>>;

type Add = (
  row: number | null,
  column: RealisationColumnKey | null,
  found: CellInput,
  expected: Texts,
) => void;

export type Planning = {
  tx: Database;
  facts: RealisationImportFacts;
  scope: { agencyId: string; year: number };
  result: RealisationImportPlan;
  add: Add;
  lockOfQuarter: (quarter: number) => Lock;
};

/** Where a field of a group's input was typed: its row, column and the value found there. */
function cellOfField(
  group: Group,
  path: readonly PropertyKey[],
): { row: number; column: RealisationColumnKey; found: CellInput } {
  const mainValue = group.main?.value ?? null;
  const [head, sub] = path;
  if (head === 'components' && typeof sub === 'string') {
    const c = group.components.get(sub);
    if (c) return { row: c.row, column: 'value', found: c.value };
    return { row: group.firstRow, column: 'component', found: sub };
  }
  if (head === 'note') {
    const n = group.notes[0];
    return { row: n?.row ?? group.firstRow, column: 'note', found: n?.value ?? null };
  }
  if (head === 'value' || head === 'grade')
    return { row: group.main?.row ?? group.firstRow, column: 'value', found: mainValue };
  if (head === 'periodKind' || head === 'periodNo')
    return { row: group.firstRow, column: 'period', found: periodLabel(group.kind, group.no) };
  if (head === 'components') return { row: group.firstRow, column: 'component', found: null };
  return { row: group.main?.row ?? group.firstRow, column: 'value', found: mainValue };
}

export async function planGroup(
  { tx, facts, scope, result, add, lockOfQuarter }: Planning,
  group: Group,
): Promise<void> {
  const ind = group.indicator;
  const componentCells = [...group.components.entries()];
  const hasData =
    (group.main?.value ?? null) !== null ||
    componentCells.some(([, c]) => c.value !== null) ||
    group.notes.length > 0;
  if (!hasData) {
    result.counts.empty += 1;
    return;
  }
  const distinctNotes = [...new Set(group.notes.map((n) => String(n.value)))];
  if (distinctNotes.length > 1) {
    const second = group.notes.find((n) => String(n.value) !== distinctNotes[0])!;
    add(second.row, 'note', second.value, {
      id: `satu catatan per periode (baris ${group.notes[0]!.row} sudah memberi catatan lain)`,
      en: `one note per period (row ${group.notes[0]!.row} already gives another note)`,
    });
    return;
  }
  const existing =
    (facts.realisations.get(ind.id) ?? []).find(
      (r) => r.periodKind === group.kind && r.periodNo === group.no,
    ) ?? null;
  const ordinal = ind.polarity === 'ordinal';
  const mainValue = group.main?.value ?? null;
  const raw = {
    indicatorId: ind.id,
    year: scope.year,
    periodKind: group.kind,
    periodNo: group.no,
    ...(ordinal
      ? { grade: mainValue === null ? null : String(mainValue), value: null }
      : { value: mainValue, grade: null }),
    ...(ind.components.length > 0
      ? {
          components: Object.fromEntries(
            componentCells.filter(([, c]) => c.value !== null).map(([code, c]) => [code, c.value]),
          ),
        }
      : {}),
    note: distinctNotes[0] ?? null,
    ...(existing ? { version: existing.version } : {}),
  };
  const parsed = realisationRowSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = cellOfField(group, issue.path);
      add(at.row, at.column, at.found, {
        id: `angka, mis. 74,53 atau 1.234,5 (${issue.message})`,
        en: `a number, e.g. 74,53 or 1.234,5 (${issue.message})`,
      });
    }
    return;
  }
  const input = parsed.data;
  if (existing && unchanged(existing, facts.componentValues.get(existing.id) ?? {}, input, ind)) {
    result.counts.unchanged += 1;
    return;
  }
  try {
    refuseIfLocked(lockOfQuarter(quarterOf(group.kind, group.no)), scope.year, group.kind, group.no);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    add(group.firstRow, 'period', periodLabel(group.kind, group.no), {
      id: `periode yang belum dikunci: ${error.userMessage.id}`,
      en: `a period that is not locked: ${error.userMessage.en}`,
    });
    return;
  }
  const planned = await planRealisation(
    tx,
    {
      indicator: ind,
      components: ind.components.map((c) => ({ id: c.id, code: c.code })),
      realisations: facts.realisations.get(ind.id) ?? [],
      target: null,
      lock: null,
    },
    scope.agencyId,
    input,
    '',
  );
  for (const p of planned.problems) {
    const at = cellOfField(group, p.field.path.split('.'));
    const found = p.field.path === 'status' ? (existing?.status ?? null) : at.found;
    add(at.row, at.column, found, p.field.message);
  }
  if (!planned.plan) return;
  const change = existing ? 'changed' : 'new';
  result.counts[change] += 1;
  result.writes.push({ plan: planned.plan, change });
  if (result.changes.length < MAX_LISTED_CHANGES)
    result.changes.push({
      change,
      sheet: REALISATION_SHEET,
      row: group.firstRow,
      label: `${ind.code} · ${periodLabel(group.kind, group.no)}`,
      before: existing ? describe(existing, facts.componentValues.get(existing.id) ?? null) : null,
      after: describe(
        { ...planned.plan.values },
        planned.plan.components
          ? Object.fromEntries(planned.plan.components.map((c) => [c.code, c.value]))
          : null,
      ),
    });
}

function unchanged(
  existing: { value: string | null; grade: string | null; note: string | null },
  stored: Record<string, string>,
  input: {
    value?: string | null;
    grade?: string | null;
    note?: string | null;
    components?: Record<string, string | null>;
  },
  ind: ImportIndicator,
): boolean {
  if ((existing.note ?? null) !== (input.note ?? null)) return false;
  if (ind.components.length > 0) {
    const given = input.components ?? {};
    return ind.components.every((c) => sameDecimal(stored[c.code] ?? null, given[c.code] ?? null));
  }
  if (ind.polarity === 'ordinal')
    return (existing.grade ?? '').toUpperCase() === (input.grade ?? '').toUpperCase();
  return sameDecimal(existing.value, input.value ?? null);
}

/** A realisation as the preview shows it: the value or grade, and the components behind a computed value. */
function describe(
  values: { value: string | null; grade: string | null; note: string | null },
  components: Record<string, string> | null,
): string {
  const main = values.grade ?? values.value ?? '–';
  const parts = components
    ? `${Object.entries(components)
        .map(([code, v]) => `${code} ${v}`)
        .join('; ')} → ${main}`
    : main;
  return values.note ? `${parts} (${values.note})` : parts;
}
