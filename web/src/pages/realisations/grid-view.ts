/**
 * What the grid shows, derived from the server's grid, the unsaved drafts and
 * the cell being edited: each cell's current text, each computed value, and
 * each indicator's capaian and predikat (live while something is unsaved,
 * the server's after a save).
 */
import { formatNumber } from '@domain/numbers.ts';
import { decimalsOf } from '../../components/NumberField.tsx';
import { currentLanguage } from '../../i18n/i18n.ts';
import { cellKey, PERIODS, realisationKey, storedText, type GridRow } from './grid-model.ts';
import { derivedValue, measureLive, readTyped, type LiveMeasure } from './live-measure.ts';
import type { Grid, GridIndicator, ServerMeasurement } from './realisations-api.ts';
import type { GridEdits } from './use-grid-edits.ts';

export type Editing = {
  key: string;
  rowIndex: number;
  periodNo: number;
  text: string;
  /** 'replace': started by typing (arrows leave the cell); 'edit': F2 or double click (arrows move the caret). */
  mode: 'replace' | 'edit';
};

export type Summary = {
  live: LiveMeasure;
  /** The server's measurement of the latest period, when nothing of the indicator is unsaved. */
  server: ServerMeasurement | undefined;
  /** Something of the indicator is typed but not saved yet. */
  unsaved: boolean;
  capaian: number | null;
  reason: string | null;
  predikat: { label: string; labelEn: string } | null;
  /** The predikat is one of the two lowest of the scale. */
  lowest: boolean;
};

export type GridView = {
  textOf: (row: GridRow, periodNo: number) => string;
  derivedOf: (row: GridRow, periodNo: number) => number | null;
  summaryOf: (indicator: GridIndicator) => Summary;
  /** The measurement through one period (what submitting that period's realisation is judged on). */
  measureAt: (indicator: GridIndicator, periodNo: number) => Summary;
};

export function buildView(
  grid: Grid,
  rows: readonly GridRow[],
  edits: GridEdits,
  editing: Editing | null,
): GridView {
  const textOf = (row: GridRow, periodNo: number): string => {
    const key = cellKey(row.indicator.id, periodNo, row.component?.code ?? null);
    if (editing?.key === key) return editing.text;
    return edits.draftOf(key)?.text ?? storedText(row, periodNo);
  };
  const componentRows = new Map<string, GridRow[]>();
  for (const row of rows)
    if (row.kind === 'component') {
      const list = componentRows.get(row.indicator.id) ?? [];
      list.push(row);
      componentRows.set(row.indicator.id, list);
    }
  const derivedOf = (row: GridRow, periodNo: number): number | null => {
    const parts = componentRows.get(row.indicator.id) ?? [];
    return derivedValue(
      row.derivation,
      Object.fromEntries(parts.map((p) => [p.component!.code, textOf(p, periodNo)])),
    );
  };
  const ownRow = new Map(rows.filter((r) => r.kind !== 'component').map((r) => [r.indicator.id, r]));
  const valuesOf = (indicator: GridIndicator): (number | string | null)[] => {
    const row = ownRow.get(indicator.id)!;
    return Array.from({ length: PERIODS[indicator.periodKind] }, (_, i) => {
      const periodNo = i + 1;
      if (row.kind === 'derived') return derivedOf(row, periodNo);
      const text = textOf(row, periodNo);
      if (row.kind === 'grade') {
        const grade = indicator.grades?.find((g) => g.toUpperCase() === text.trim().toUpperCase());
        return grade ?? null;
      }
      return readTyped(text) ?? null;
    });
  };
  const summarise = (
    indicator: GridIndicator,
    values: (number | string | null)[],
    unsaved: boolean,
  ): Summary => {
    const live = measureLive(indicator, values, grid.policy);
    const server =
      !unsaved && live.through !== null
        ? edits.measurementOf(realisationKey(indicator.id, live.through))
        : undefined;
    return {
      live,
      server,
      unsaved,
      capaian: server ? server.capaian : live.capaian,
      reason: server ? server.reason : live.reason,
      predikat: server ? server.predikat : live.predikat,
      lowest: server ? server.predikat?.lowest === true : live.lowest,
    };
  };
  const summaryOf = (indicator: GridIndicator): Summary =>
    summarise(
      indicator,
      valuesOf(indicator),
      edits.hasDrafts(indicator.id) || (editing !== null && editing.key.startsWith(`${indicator.id}:`)),
    );
  const measureAt = (indicator: GridIndicator, periodNo: number): Summary =>
    summarise(
      indicator,
      valuesOf(indicator).map((value, i) => (i < periodNo ? value : null)),
      edits.hasDrafts(indicator.id) || (editing !== null && editing.key.startsWith(`${indicator.id}:`)),
    );
  return { textOf, derivedOf, summaryOf, measureAt };
}

/** A number as the user's language writes it, with the decimals it has (at most `max`). */
export function showNumber(value: number | null | undefined, max = 4): string {
  if (value === null || value === undefined) return '—';
  return formatNumber(value, { locale: currentLanguage(), decimals: Math.min(max, decimalsOf(value)) });
}

/** A typed text shown in the cell: the number it reads as, or the text itself when it is not one. */
export function showTyped(text: string): string {
  const value = readTyped(text);
  if (value === undefined) return text;
  return value === null ? '' : showNumber(value);
}
