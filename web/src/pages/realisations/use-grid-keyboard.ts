/**
 * Working the grid like a spreadsheet: arrows, Enter and Tab move the
 * selection (Tab leaves the grid at a row's edge); typing starts editing, F2
 * or a double click edits the current text; Enter, Tab, an arrow or leaving
 * the cell commits; Esc cancels; Delete empties; Ctrl+Enter opens the
 * details; a block copied from Excel is pasted from the selected cell.
 * Committed texts go to useGridEdits, which saves them.
 */
import { useCallback, useEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { isBlock, readClipboardBlock } from '../../clipboard-block.ts';
import { cellAt, cellsOf, readOnlyReason, type CellRef, type GridRow } from './grid-model.ts';
import type { Editing, GridView } from './grid-view.ts';
import type { Grid, PeriodKind } from './realisations-api.ts';
import type { CellTarget, GridEdits } from './use-grid-edits.ts';

/** The selected cell: its row and the unit column the selection is anchored to. */
export type Focus = { rowIndex: number; column: number };

export type PasteReport = { pasted: number; skipped: number; outside: boolean };

export type GridKeyboardInput = {
  grid: Grid;
  unit: PeriodKind;
  rows: readonly GridRow[];
  view: GridView;
  edits: GridEdits;
  canRecord: boolean;
  focus: Focus | null;
  onFocus: (focus: Focus) => void;
  editing: Editing | null;
  onEditing: (editing: Editing | null) => void;
  onOpenDetails: () => void;
  onPasted: (report: PasteReport) => void;
};

export function useGridKeyboard(props: GridKeyboardInput) {
  const { grid, unit, rows, view, edits, focus, editing, onEditing, onFocus } = props;
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const wantFocus = useRef(false);
  const editingRef = useRef<Editing | null>(editing);
  editingRef.current = editing;

  const focusedCell =
    focus && rows[focus.rowIndex] ? cellAt(rows[focus.rowIndex]!, focus.rowIndex, unit, focus.column) : null;
  /** The cell Tab enters the grid on: the selected one, else the first. */
  const entryKey = focusedCell?.key ?? (rows[0] ? cellsOf(rows[0], 0, unit)[0]?.key : undefined);

  useEffect(() => {
    if (!wantFocus.current || !focusedCell || editing) return;
    wantFocus.current = false;
    const element = cells.current.get(focusedCell.key);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  const registerCell = useCallback((key: string, element: HTMLTableCellElement | null) => {
    if (element) cells.current.set(key, element);
    else cells.current.delete(key);
  }, []);

  const readOnlyOf = (row: GridRow, periodNo: number) =>
    props.canRecord ? readOnlyReason(grid, row, periodNo) : ('role' as const);

  const moveTo = (next: Focus) => {
    wantFocus.current = true;
    onFocus(next);
  };

  /** Moves the selection; false when there is no cell that way. */
  const move = (from: CellRef, rowStep: number, cellStep: number): boolean => {
    const anchor = focus?.column ?? from.start;
    if (rowStep !== 0) {
      const rowIndex = from.rowIndex + rowStep;
      if (rowIndex < 0 || rowIndex >= rows.length) return false;
      moveTo({ rowIndex, column: anchor });
      return true;
    }
    const list = cellsOf(rows[from.rowIndex]!, from.rowIndex, unit);
    const next = list[list.findIndex((c) => c.key === from.key) + cellStep];
    if (!next) return false;
    moveTo({ rowIndex: from.rowIndex, column: next.start });
    return true;
  };

  const targetOf = (cell: CellRef): CellTarget => ({ row: rows[cell.rowIndex]!, periodNo: cell.periodNo });

  const startEdit = (cell: CellRef, text: string, mode: Editing['mode']) => {
    const row = rows[cell.rowIndex]!;
    if (readOnlyOf(row, cell.periodNo) !== null) return;
    onEditing({ key: cell.key, rowIndex: cell.rowIndex, periodNo: cell.periodNo, text, mode });
  };

  /** Ends editing; commits the text unless cancelled. */
  const finish = (commitText: boolean): CellRef | null => {
    const current = editingRef.current;
    if (!current) return null;
    editingRef.current = null;
    onEditing(null);
    const cell = cellsOf(rows[current.rowIndex]!, current.rowIndex, unit).find((c) => c.key === current.key)!;
    if (commitText) edits.commit([{ ...targetOf(cell), text: current.text }]);
    wantFocus.current = true;
    return cell;
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, cell: CellRef) => {
    const { key, shiftKey, ctrlKey, metaKey, altKey } = event;
    const row = rows[cell.rowIndex]!;
    const handled = () => event.preventDefault();
    switch (key) {
      case 'ArrowUp':
        handled();
        move(cell, -1, 0);
        return;
      case 'ArrowDown':
        handled();
        move(cell, 1, 0);
        return;
      case 'ArrowLeft':
        handled();
        move(cell, 0, -1);
        return;
      case 'ArrowRight':
        handled();
        move(cell, 0, 1);
        return;
      case 'PageUp':
      case 'PageDown': {
        handled();
        const step = key === 'PageUp' ? -10 : 10;
        const rowIndex = Math.max(0, Math.min(rows.length - 1, cell.rowIndex + step));
        moveTo({ rowIndex, column: focus?.column ?? cell.start });
        return;
      }
      case 'Home':
      case 'End': {
        handled();
        const rowIndex = ctrlKey ? (key === 'Home' ? 0 : rows.length - 1) : cell.rowIndex;
        const list = cellsOf(rows[rowIndex]!, rowIndex, unit);
        moveTo({ rowIndex, column: (key === 'Home' ? list[0]! : list[list.length - 1]!).start });
        return;
      }
      case 'Enter':
        handled();
        if (ctrlKey || metaKey) props.onOpenDetails();
        else move(cell, shiftKey ? -1 : 1, 0);
        return;
      case 'Tab':
        // at the row's edge Tab leaves the grid, as it does everywhere else
        if (move(cell, 0, shiftKey ? -1 : 1)) handled();
        return;
      case 'F2':
        handled();
        startEdit(cell, view.textOf(row, cell.periodNo), 'edit');
        return;
      case 'Delete':
      case 'Backspace':
        handled();
        if (readOnlyOf(row, cell.periodNo) === null) edits.commit([{ ...targetOf(cell), text: '' }]);
        return;
      default:
        if (key.length === 1 && !ctrlKey && !metaKey && !altKey) {
          handled();
          startEdit(cell, key, 'replace');
        }
    }
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const current = editingRef.current;
    if (!current) return;
    const { key, shiftKey } = event;
    const leave = (rowStep: number, cellStep: number) => {
      event.preventDefault();
      const cell = finish(true);
      if (cell) move(cell, rowStep, cellStep);
    };
    switch (key) {
      case 'Enter':
        leave(shiftKey ? -1 : 1, 0);
        return;
      case 'Tab':
        leave(0, shiftKey ? -1 : 1);
        return;
      case 'Escape':
        event.preventDefault();
        finish(false);
        return;
      case 'ArrowUp':
        leave(-1, 0);
        return;
      case 'ArrowDown':
        leave(1, 0);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (current.mode === 'replace') leave(0, key === 'ArrowLeft' ? -1 : 1);
        return;
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (editingRef.current && !isBlock(text)) return; // a value pasted into the cell being edited
    event.preventDefault();
    if (!focusedCell || !props.canRecord) return;
    if (editingRef.current) finish(false);
    const block = readClipboardBlock(text);
    const entries: (CellTarget & { text: string })[] = [];
    let skipped = 0;
    let outside = false;
    block.forEach((values, i) => {
      const rowIndex = focusedCell.rowIndex + i;
      const row = rows[rowIndex];
      if (!row) {
        outside = true;
        return;
      }
      const list = cellsOf(row, rowIndex, unit);
      const first = list.findIndex((c) => c.key === cellAt(row, rowIndex, unit, focus!.column).key);
      values.forEach((value, j) => {
        const cell = list[first + j];
        if (!cell) outside = true;
        else if (readOnlyReason(grid, row, cell.periodNo) !== null) skipped += 1;
        else entries.push({ row, periodNo: cell.periodNo, text: value });
      });
    });
    edits.commit(entries, { immediate: true });
    props.onPasted({ pasted: entries.length, skipped, outside });
  };

  const onInputBlur = (key: string) => {
    if (editingRef.current?.key === key) {
      finish(true);
      wantFocus.current = false;
    }
  };

  return {
    focusedCell,
    entryKey,
    registerCell,
    readOnlyOf,
    startEdit,
    onCellKeyDown,
    onInputKeyDown,
    onInputBlur,
    onPaste,
  };
}
