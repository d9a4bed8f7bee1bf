/**
 * Planning sheet "Sasaran" of a Renstra import: tujuan and sasaran strategis
 * matched by code within the period — a new code is added, a changed name
 * or tujuan is updated, a sasaran left out of the file is left alone. The
 * rules are the hand-entry use cases' (addSasaranInput, addTujuanInput: code
 * and statement). A row without Kode Sasaran only states a tujuan.
 */
import type ExcelJS from 'exceljs';
import { addSasaranInput } from '../plan/add-sasaran.ts';
import { addTujuanInput } from '../plan/add-tujuan.ts';
import { MAX_LISTED_CHANGES } from './import-outcome.ts';
import { codeKey, type RenstraImportFacts } from './renstra-import-facts.ts';
import {
  FIRST_DATA_ROW,
  SASARAN_COLUMNS,
  SASARAN_SHEET,
  sasaranColumn,
  type SasaranColumnKey,
} from './renstra-sheet.ts';
import type { AddProblem, RenstraPlanState } from './renstra-writes.ts';
import { cellInput, type CellInput } from './workbook-cells.ts';

const sasaranFields = addSasaranInput.pick({ code: true, statement: true });
const tujuanFields = addTujuanInput.pick({ code: true, statement: true });

const text = (input: CellInput) => (input === null ? null : String(input).trim());

const REQUIRED = { id: 'wajib diisi', en: 'is required' };

/** The sasaran codes of the file and of the stored Renstra (code key → code), for the indicator sheet. */
export type KnownSasaran = Map<string, { code: string; id: string | null }>;

export function planSasaranSheet(
  facts: RenstraImportFacts,
  sheet: ExcelJS.Worksheet,
  state: RenstraPlanState,
  add: AddProblem,
): KnownSasaran {
  const known: KnownSasaran = new Map(
    facts.sasaran.map((s) => [codeKey(s.code), { code: s.code, id: s.id }]),
  );
  const storedTujuan = new Map(facts.tujuan.map((t) => [codeKey(t.code), t]));
  const storedSasaran = new Map(facts.sasaran.map((s) => [codeKey(s.code), s]));
  const tujuanById = new Map(facts.tujuan.map((t) => [t.id, t]));
  /** Tujuan named by the file: its code, name (and the row that gave it), the first row naming it. */
  const fileTujuan = new Map<
    string,
    { code: string; name: string | null; nameRow: number; firstRow: number }
  >();
  const seenSasaran = new Map<string, number>();
  let nextSort = Math.max(0, ...facts.sasaran.map((s) => s.sortOrder + 1));
  const at = (key: SasaranColumnKey) => sasaranColumn(key).label;
  type RowPlan = {
    row: number;
    sasaranCode: string | null;
    change: 'new' | 'changed' | null;
    tujuanKey: string | null;
  };
  const rowPlans: RowPlan[] = [];
  const listChange = (c: Omit<(typeof state.changes)[number], 'sheet'>) => {
    if (state.changes.length < MAX_LISTED_CHANGES) state.changes.push({ sheet: SASARAN_SHEET, ...c });
  };

  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells = Object.fromEntries(
      SASARAN_COLUMNS.map((c) => [c.key, cellInput(row.getCell(sasaranColumn(c.key).number).value)]),
    ) as Record<SasaranColumnKey, CellInput>;
    if (Object.values(cells).every((v) => v === null)) continue;
    state.rowsRead += 1;
    let ok = true;

    // the tujuan the row names
    const tujuanCode = text(cells.tujuanCode);
    const tujuanName = text(cells.tujuanName);
    let tujuanKey: string | null = null;
    if (tujuanCode === null) {
      if (tujuanName !== null) {
        ok = false;
        add(r, at('tujuanCode'), null, {
          id: 'kode tujuan untuk nama tujuan ini',
          en: 'the tujuan code of this tujuan name',
        });
      }
    } else {
      const parsed = tujuanFields.safeParse({ code: tujuanCode, statement: tujuanName ?? 'x' });
      if (!parsed.success) {
        ok = false;
        for (const issue of parsed.error.issues) {
          const column: SasaranColumnKey = issue.path[0] === 'code' ? 'tujuanCode' : 'tujuanName';
          add(r, at(column), cells[column], {
            id: `isian yang sah (${issue.message})`,
            en: `a valid entry (${issue.message})`,
          });
        }
      } else {
        tujuanKey = codeKey(tujuanCode);
        const seen = fileTujuan.get(tujuanKey);
        if (!seen)
          fileTujuan.set(tujuanKey, { code: parsed.data.code, name: tujuanName, nameRow: r, firstRow: r });
        else if (tujuanName !== null && seen.name === null)
          Object.assign(seen, { name: tujuanName, nameRow: r });
        else if (tujuanName !== null && seen.name !== tujuanName) {
          ok = false;
          add(r, at('tujuanName'), cells.tujuanName, {
            id: `nama tujuan ${tujuanCode} yang sama seperti baris ${seen.nameRow} ("${seen.name}")`,
            en: `the same name of tujuan ${tujuanCode} as row ${seen.nameRow} ("${seen.name}")`,
          });
        }
      }
    }

    // the sasaran
    const code = text(cells.code);
    const statement = text(cells.statement);
    if (code === null) {
      if (statement !== null || tujuanCode === null) {
        ok = false;
        add(r, at('code'), null, { id: 'kode sasaran (mis. SS1)', en: 'a sasaran code (e.g. SS1)' });
      }
      rowPlans.push({ row: r, sasaranCode: null, change: null, tujuanKey: ok ? tujuanKey : null });
      continue;
    }
    const key = codeKey(code);
    const previous = seenSasaran.get(key);
    if (previous !== undefined) {
      add(r, at('code'), cells.code, {
        id: `satu baris per sasaran: kode ${code} sudah ada di baris ${previous}`,
        en: `one row per sasaran: code ${code} is already on row ${previous}`,
      });
      continue;
    }
    seenSasaran.set(key, r);
    // known even when the row has a problem, so its indicators are not refused a second time
    if (!known.has(key)) known.set(key, { code, id: null });
    if (statement === null) {
      add(r, at('statement'), null, REQUIRED);
      continue;
    }
    const parsed = sasaranFields.safeParse({ code, statement });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column: SasaranColumnKey = issue.path[0] === 'code' ? 'code' : 'statement';
        add(r, at(column), cells[column], {
          id: `isian yang sah (${issue.message})`,
          en: `a valid entry (${issue.message})`,
        });
      }
      continue;
    }
    if (!ok) continue;
    const stored = storedSasaran.get(key);
    const storedTujuanCode = stored?.renstraTujuanId
      ? (tujuanById.get(stored.renstraTujuanId)?.code ?? null)
      : null;
    if (!stored) {
      known.set(key, { code: parsed.data.code, id: null });
      state.writes.push({
        kind: 'sasaran',
        existing: null,
        code: parsed.data.code,
        set: { statement: parsed.data.statement, ...(tujuanCode !== null && { tujuanCode }) },
        sortOrder: nextSort++,
      });
      listChange({
        change: 'new',
        row: r,
        label: parsed.data.code,
        before: null,
        after: parsed.data.statement,
      });
      rowPlans.push({ row: r, sasaranCode: parsed.data.code, change: 'new', tujuanKey });
      continue;
    }
    const set: { statement?: string; tujuanCode?: string } = {};
    if (stored.statement !== parsed.data.statement) {
      set.statement = parsed.data.statement;
      listChange({
        change: 'changed',
        row: r,
        label: `${stored.code} · nama sasaran`,
        before: stored.statement,
        after: parsed.data.statement,
      });
    }
    if (tujuanCode !== null && (storedTujuanCode === null || codeKey(storedTujuanCode) !== tujuanKey)) {
      set.tujuanCode = tujuanCode;
      listChange({
        change: 'changed',
        row: r,
        label: `${stored.code} · tujuan`,
        before: storedTujuanCode,
        after: tujuanCode,
      });
    }
    const changed = Object.keys(set).length > 0;
    if (changed)
      state.writes.push({
        kind: 'sasaran',
        existing: { id: stored.id, version: stored.version },
        code: stored.code,
        set,
      });
    rowPlans.push({ row: r, sasaranCode: stored.code, change: changed ? 'changed' : null, tujuanKey });
  }

  // the tujuan: a new code needs its name; a changed name is updated (first row naming it counts it)
  const tujuanChangeRow = new Map<string, 'new' | 'changed'>();
  const tujuanWrites: RenstraPlanState['writes'] = [];
  for (const [key, t] of fileTujuan) {
    const stored = storedTujuan.get(key);
    if (!stored) {
      if (t.name === null) {
        add(t.firstRow, at('tujuanName'), null, {
          id: `nama tujuan: kode tujuan ${t.code} belum ada di Renstra ini`,
          en: `the tujuan's name: tujuan code ${t.code} is not yet in this Renstra`,
        });
        continue;
      }
      tujuanWrites.push({ kind: 'tujuan', existing: null, code: t.code, statement: t.name });
      tujuanChangeRow.set(key, 'new');
      listChange({ change: 'new', row: t.nameRow, label: t.code, before: null, after: t.name });
    } else if (t.name !== null && t.name !== stored.statement) {
      tujuanWrites.push({
        kind: 'tujuan',
        existing: { id: stored.id, version: stored.version },
        code: stored.code,
        statement: t.name,
      });
      tujuanChangeRow.set(key, 'changed');
      listChange({
        change: 'changed',
        row: t.nameRow,
        label: `${stored.code} · nama tujuan`,
        before: stored.statement,
        after: t.name,
      });
    }
  }
  // tujuan are written before the sasaran that name them
  state.writes.unshift(...tujuanWrites);
  // a row counts once: a new sasaran is new; a row whose tujuan name is new or changed counts that
  for (const p of rowPlans) {
    const tujuan = p.tujuanKey === null ? undefined : fileTujuan.get(p.tujuanKey);
    const tujuanChange = tujuan && tujuan.nameRow === p.row ? tujuanChangeRow.get(p.tujuanKey!) : undefined;
    const change =
      p.change === 'new'
        ? 'new'
        : p.sasaranCode === null
          ? tujuanChange
          : (p.change ?? (tujuanChange && 'changed'));
    state.counts[change ?? 'unchanged'] += 1;
  }
  return known;
}
