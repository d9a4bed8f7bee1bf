/** Everything the page says about the selected cell: its realisation, state and measurement. */
import { formatPercent } from '@domain/numbers.ts';
import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n/i18n.ts';
import {
  cellAt,
  isLocked,
  readOnlyReason,
  realisationOf,
  type CellRef,
  type GridRow,
  type ReadOnlyReason,
} from './grid-model.ts';
import type { Editing, GridView, Summary } from './grid-view.ts';
import type { Grid, GridRealisation, PeriodKind } from './realisations-api.ts';
import type { Focus } from './use-grid-keyboard.ts';
import type { CellDraft, GridEdits } from './use-grid-edits.ts';

export type Selected = {
  row: GridRow;
  cell: CellRef;
  realisation: GridRealisation | undefined;
  /** "SS1.1 · TW II 2024" */
  title: string;
  locked: boolean;
  readOnly: ReadOnlyReason | null;
  draft: CellDraft | undefined;
  /** Something of the realisation (any of its cells) is typed but not saved. */
  unsaved: boolean;
  /** The year to date through this period. */
  measure: Summary;
  /** Why submitting asks for an explanation (lowest bands), else undefined. */
  lowestLead: string | undefined;
};

export function selectedCell(args: {
  grid: Grid;
  rows: readonly GridRow[];
  unit: PeriodKind;
  focus: Focus | null;
  view: GridView;
  edits: GridEdits;
  editing: Editing | null;
  year: number;
  periodLabel: (kind: PeriodKind, periodNo: number) => string;
  t: TFunction;
}): Selected | null {
  const { grid, rows, unit, focus, view, edits, editing, t } = args;
  const row = focus ? rows[focus.rowIndex] : undefined;
  if (!focus || !row) return null;
  const cell = cellAt(row, focus.rowIndex, unit, focus.column);
  const { indicator } = row;
  const measure = view.measureAt(indicator, cell.periodNo);
  const unsaved =
    edits.hasDrafts(indicator.id, cell.periodNo) ||
    (editing !== null && editing.key.startsWith(`${indicator.id}:${cell.periodNo}:`));
  const lowestLead =
    measure.lowest && measure.capaian !== null && measure.predikat
      ? t('explain.lead', {
          capaian: formatPercent(measure.capaian, { locale: currentLanguage() }),
          predikat: currentLanguage() === 'en' ? measure.predikat.labelEn : measure.predikat.label,
        })
      : undefined;
  return {
    row,
    cell,
    realisation: realisationOf(indicator, cell.periodNo),
    title: t('selection.cell', {
      code: indicator.code,
      period: args.periodLabel(indicator.periodKind, cell.periodNo),
      year: args.year,
    }),
    locked: isLocked(grid, indicator.periodKind, cell.periodNo),
    readOnly: readOnlyReason(grid, row, cell.periodNo),
    draft: edits.draftOf(cell.key),
    unsaved,
    measure,
    lowestLead,
  };
}
