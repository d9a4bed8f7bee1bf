/**
 * Planning sheet "Indikator" of a Renstra import: each row is a sasaran
 * indicator matched by code within the period (new → added, changed fields
 * → updated) with its targets per year (set like set-indicator-targets).
 * The rules are the hand-entry use cases' own: the fields through
 * `indicatorFields` (add/update indicator), baseline and end target through
 * `indicatorShapeColumns`, targets through `targetColumns`, polarity and
 * ordinal scale locked once the indicator has targets (update-indicator's
 * rule), the Data Sosial binding through `socialFeedOf`. Components, feeds,
 * owners of other kinds and org units are never touched; a blank cell keeps
 * what is stored.
 */
import type ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Polarity } from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import { indicatorFields, ORDINAL_RULE } from '../plan/indicator-fields.ts';
import { targetColumns, targetShapeInput } from '../plan/measured-value.ts';
import { MAX_LISTED_CHANGES } from './import-outcome.ts';
import type { KnownSasaran } from './plan-renstra-sasaran.ts';
import { codeKey, type RenstraImportFacts } from './renstra-import-facts.ts';
import {
  checkExisting,
  columnsOf,
  optional,
  rawShape,
  same,
  sameTarget,
  SHOWN,
  storedColumns,
} from './renstra-indicator-rules.ts';
import {
  AGGREGATION_WORDS,
  FIRST_DATA_ROW,
  FREQUENCY_WORDS,
  IKU_WORDS,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  POLARITY_WORDS,
  RANGE_EXPECTED,
  indicatorColumn,
  parseGrades,
  wordOf,
  wordsExpected,
  type IndicatorColumnKey,
} from './renstra-sheet.ts';
import {
  shownTarget,
  type AddProblem,
  type IndicatorColumns,
  type RenstraPlanState,
} from './renstra-writes.ts';
import { cellInput, type CellInput } from './workbook-cells.ts';

/** Where the year columns and the end target are (read from the header row). */
export type IndicatorLayout = {
  years: { column: number; year: number; label: string }[];
  end: { column: number; label: string } | null;
};

const indicatorInput = z.strictObject(indicatorFields);
const REQUIRED: Texts = { id: 'wajib diisi', en: 'is required' };
const text = (input: CellInput) => (input === null ? null : String(input).trim());
const at = (key: IndicatorColumnKey) => indicatorColumn(key).label;

/** Which column a field of indicatorFields is read from. */
const COLUMN_OF: Record<string, IndicatorColumnKey | 'end'> = {
  code: 'code',
  name: 'name',
  unit: 'unit',
  isIku: 'iku',
  polarity: 'polarity',
  ordinalScale: 'grades',
  definition: 'definition',
  formula: 'formula',
  dataSource: 'dataSource',
  reportingFrequency: 'frequency',
  periodAggregation: 'aggregation',
  baselineYear: 'baselineYear',
  baseline: 'baseline',
  endTarget: 'end',
};

export function planIndicatorSheet(
  facts: RenstraImportFacts,
  sheet: ExcelJS.Worksheet,
  layout: IndicatorLayout,
  known: KnownSasaran,
  state: RenstraPlanState,
  add: AddProblem,
): void {
  const stored = new Map(facts.indicators.map((i) => [codeKey(i.code), i]));
  const sasaranCodeOf = new Map(facts.sasaran.map((s) => [s.id, s.code]));
  const seen = new Map<string, number>();
  let nextSort = Math.max(0, ...facts.indicators.map((i) => i.sortOrder + 1));
  const listChange = (c: Omit<(typeof state.changes)[number], 'sheet'>) => {
    if (state.changes.length < MAX_LISTED_CHANGES) state.changes.push({ sheet: INDICATOR_SHEET, ...c });
  };
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cell = (column: number) => cellInput(row.getCell(column).value);
    const cells = Object.fromEntries(
      INDICATOR_COLUMNS.map((c) => [c.key, cell(indicatorColumn(c.key).number)]),
    ) as Record<IndicatorColumnKey, CellInput>;
    const yearCells = layout.years.map((y) => ({ ...y, value: cell(y.column) }));
    const endCell = layout.end ? cell(layout.end.column) : null;
    if ([...Object.values(cells), ...yearCells.map((y) => y.value), endCell].every((v) => v === null))
      continue;
    state.rowsRead += 1;
    const problemsBefore = state.problems.count;
    const reported = new Set<string>();
    const problem = (key: IndicatorColumnKey | 'end', found: CellInput, expected: Texts) => {
      reported.add(key);
      add(r, key === 'end' ? (layout.end?.label ?? null) : at(key), found, expected);
    };

    // which indicator, under which sasaran
    const code = text(cells.code);
    if (code === null) {
      problem('code', null, { id: 'kode indikator (mis. IK 1.1)', en: 'an indicator code (e.g. IK 1.1)' });
      continue;
    }
    const key = codeKey(code);
    const previous = seen.get(key);
    if (previous !== undefined) {
      problem('code', cells.code, {
        id: `satu baris per indikator: kode ${code} sudah ada di baris ${previous}`,
        en: `one row per indicator: code ${code} is already on row ${previous}`,
      });
      continue;
    }
    seen.set(key, r);
    const before = stored.get(key);
    if (before && before.sasaranStrategisId === null) {
      problem('code', cells.code, {
        id: `kode indikator lain: ${before.code} sudah dipakai indikator tujuan/program/kegiatan di Renstra ini (diubah di halaman Renstra)`,
        en: `another indicator code: ${before.code} is taken by a tujuan/program/kegiatan indicator of this Renstra (edited on the Renstra page)`,
      });
      continue;
    }
    const sasaranCode = text(cells.sasaranCode);
    const sasaran = sasaranCode === null ? undefined : known.get(codeKey(sasaranCode));
    if (!sasaran)
      problem('sasaranCode', cells.sasaranCode, {
        id: 'kode sasaran pada lembar Sasaran atau pada Renstra ini',
        en: 'a sasaran code of sheet Sasaran or of this Renstra',
      });
    else if (before && sasaran.id !== before.sasaranStrategisId) {
      const current = sasaranCodeOf.get(before.sasaranStrategisId!) ?? '?';
      problem('sasaranCode', cells.sasaranCode, {
        id: `${current}: sasaran tempat indikator ${before.code} tercatat (indikator tidak dapat dipindah lewat impor)`,
        en: `${current}: the sasaran indicator ${before.code} belongs to (an import does not move indicators)`,
      });
    }

    // closed lists
    const word = <T extends string>(
      k: IndicatorColumnKey,
      words: Record<T, readonly string[]>,
      what: Texts,
    ) => {
      const t = text(cells[k]);
      if (t === null) return undefined;
      const value = wordOf(words, t);
      if (value === null) problem(k, cells[k], wordsExpected(words, what));
      return value ?? undefined;
    };
    if (text(cells.polarity) === null) problem('polarity', null, REQUIRED);
    const polarity = word('polarity', POLARITY_WORDS, { id: 'polaritas', en: 'a polarity' });
    const frequency = word('frequency', FREQUENCY_WORDS, {
      id: 'frekuensi pelaporan',
      en: 'a reporting frequency',
    });
    const aggregation = word('aggregation', AGGREGATION_WORDS, {
      id: 'agregasi periode',
      en: 'a period aggregation',
    });
    if (text(cells.aggregation) === null && !before) problem('aggregation', null, REQUIRED);
    const iku = word('iku', IKU_WORDS, { id: 'IKU', en: 'IKU' });
    for (const k of ['name', 'unit'] as const) if (text(cells[k]) === null) problem(k, null, REQUIRED);
    let baselineYear: number | undefined;
    if (cells.baselineYear !== null) {
      const y = Number(text(cells.baselineYear));
      if (Number.isInteger(y)) baselineYear = y;
      else problem('baselineYear', cells.baselineYear, { id: 'tahun, mis. 2020', en: 'a year, e.g. 2020' });
    }
    // the targets are read by polarity: without one, nothing more can be checked
    if (!polarity || !sasaran || reported.has('code')) continue;

    // the fields, through the hand-entry schema (a blank cell keeps what is stored)
    const raw = (k: IndicatorColumnKey | 'end', value: CellInput, p: Polarity) => {
      if (value === null) return undefined;
      const shape = rawShape(value, p);
      if (shape === null) problem(k, value, RANGE_EXPECTED);
      return shape ?? undefined;
    };
    const grades = text(cells.grades);
    const input = {
      code,
      name: text(cells.name),
      unit: text(cells.unit),
      polarity,
      periodAggregation: aggregation ?? before?.periodAggregation,
      reportingFrequency: frequency ?? before?.reportingFrequency ?? 'quarterly',
      isIku: iku === undefined ? (before?.isIku ?? false) : iku === 'yes',
      ...optional('definition', text(cells.definition) ?? before?.definition),
      ...optional('formula', text(cells.formula) ?? before?.formula),
      ...optional('dataSource', text(cells.dataSource) ?? before?.dataSource),
      ...optional('baselineYear', baselineYear ?? before?.baselineYear),
      ...(grades !== null && polarity === 'ordinal' && { ordinalScale: { grades: parseGrades(grades) } }),
      ...optional(
        'baseline',
        raw('baseline', cells.baseline, polarity === 'ordinal' ? 'ordinal' : 'positive'),
      ),
      ...optional('endTarget', raw('end', endCell, polarity)),
    };
    if (grades !== null && polarity !== 'ordinal')
      problem('grades', cells.grades, {
        id: 'kosong: urutan nilai hanya untuk indikator ordinal',
        en: 'blank: grades are for ordinal indicators only',
      });
    const parsed = indicatorInput.safeParse(input);
    let next: IndicatorColumns | null = null;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const k = COLUMN_OF[String(issue.path[0])] ?? 'code';
        // a word already refused is not refused again as a missing field
        if (!reported.has(k))
          problem(k, k === 'end' ? endCell : cells[k], {
            id: `isian yang sah (${issue.message})`,
            en: `a valid entry (${issue.message})`,
          });
      }
    } else
      next = columnsOf(parsed.data, polarity, before, (k, expected) =>
        problem(k, k === 'end' ? endCell : cells[k], expected),
      );
    if (next && before) checkExisting(facts, before, next, cells, problem);
    const scale =
      next?.ordinalScale ??
      (polarity !== 'ordinal'
        ? null
        : grades !== null
          ? { grades: parseGrades(grades), rule: ORDINAL_RULE }
          : (before?.ordinalScale ?? null));

    // the targets per year, shaped by the (new) polarity
    const storedTargets = new Map(
      (before ? (facts.targets.get(before.id) ?? []) : []).map((t) => [t.year, t]),
    );
    const targetWrites: RenstraPlanState['writes'] = [];
    const targetChanges: Omit<(typeof state.changes)[number], 'sheet'>[] = [];
    for (const y of yearCells) {
      if (y.value === null) continue;
      const shapeRaw = rawShape(y.value, polarity);
      if (shapeRaw === null) {
        add(r, y.label, y.value, RANGE_EXPECTED);
        continue;
      }
      const typed = targetShapeInput.safeParse(shapeRaw);
      if (!typed.success) {
        add(r, y.label, y.value, {
          id: `angka, mis. 74,53 atau 1.234,5 (${typed.error.issues[0]!.message})`,
          en: `a number, e.g. 74,53 or 1.234,5 (${typed.error.issues[0]!.message})`,
        });
        continue;
      }
      if (polarity === 'ordinal' && scale === null) continue;
      const target = targetColumns(polarity, scale, typed.data, `targets.${y.year}`);
      if (target.errors.length > 0) {
        add(r, y.label, y.value, target.errors[0]!.message);
        continue;
      }
      const existing = storedTargets.get(y.year);
      if (existing && sameTarget(existing, target.columns)) continue;
      targetWrites.push({
        kind: 'target',
        existing: existing ? { id: existing.id, version: existing.version } : null,
        indicatorCode: before?.code ?? code,
        year: y.year,
        columns: target.columns,
      });
      targetChanges.push({
        change: existing ? 'changed' : 'new',
        row: r,
        label: `${before?.code ?? code} · target ${y.year}`,
        before: existing ? shownTarget(existing) : null,
        after: shownTarget(target.columns),
      });
    }
    if (state.problems.count > problemsBefore || next === null) continue;

    // what changes
    let changed = targetWrites.length > 0;
    if (!before) {
      state.writes.push({
        kind: 'indicator',
        existing: null,
        code,
        sasaranCode: sasaran!.code,
        set: next,
        sortOrder: nextSort++,
      });
      listChange({ change: 'new', row: r, label: code, before: null, after: next.name });
    } else {
      const was = storedColumns(before);
      const set: Partial<IndicatorColumns> = {};
      for (const shown of SHOWN) {
        if (shown.keys.every((k) => same(k, was, next))) continue;
        for (const k of shown.keys) Object.assign(set, { [k]: next[k] });
        listChange({
          change: 'changed',
          row: r,
          label: `${before.code} · ${shown.label}`,
          before: shown.show(was),
          after: shown.show(next),
        });
      }
      if (Object.keys(set).length > 0) changed = true;
      if (Object.keys(set).length > 0)
        state.writes.push({
          kind: 'indicator',
          existing: { id: before.id, version: before.version },
          code: before.code,
          sasaranCode: sasaran!.code,
          set,
        });
    }
    state.writes.push(...targetWrites);
    targetChanges.forEach(listChange);
    state.counts[!before ? 'new' : changed ? 'changed' : 'unchanged'] += 1;
  }
}
