/**
 * The year's grid, worked like a spreadsheet: arrows, Enter and Tab move;
 * typing starts editing (F2 or a double click edits the current text); Enter,
 * Tab, an arrow or leaving the cell commits; Esc cancels; Delete empties; a
 * block copied from Excel is pasted from the selected cell. Committed cells
 * are saved by useGridEdits; capaian and predikat follow every keystroke.
 */
import { Badge, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CapaianText, PredikatBadge } from '../../components/Predikat.tsx';
import { isBlock, readClipboardBlock } from './clipboard-block.ts';
import { GridCell } from './GridCell.tsx';
import {
  cellAt,
  cellsOf,
  isLocked,
  PERIODS,
  readOnlyReason,
  realisationOf,
  type CellRef,
  type GridRow,
  type SasaranBlock,
} from './grid-model.ts';
import { showNumber, type Editing, type GridView, type Summary } from './grid-view.ts';
import type { Grid, GridIndicator, PeriodKind } from './realisations-api.ts';
import type { CellTarget, GridEdits } from './use-grid-edits.ts';

/** The selected cell: its row and the unit column the selection is anchored to. */
export type Focus = { rowIndex: number; column: number };

export type PasteReport = { pasted: number; skipped: number; outside: boolean };

type Props = {
  grid: Grid;
  year: number;
  unit: PeriodKind;
  blocks: readonly SasaranBlock[];
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
  periodLabel: (kind: PeriodKind, periodNo: number) => string;
};

function targetText(indicator: GridIndicator): string {
  const target = indicator.target;
  if (!target) return '—';
  if (target.grade !== null) return target.grade;
  if (target.value !== null) return showNumber(Number(target.value));
  if (target.low !== null && target.high !== null)
    return `${showNumber(Number(target.low))}–${showNumber(Number(target.high))}`;
  return '—';
}

function SummaryCells({
  indicator,
  summary,
  scale,
  periodLabel,
}: {
  indicator: GridIndicator;
  summary: Summary;
  scale: Grid['policy']['scale'];
  periodLabel: Props['periodLabel'];
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const { live } = summary;
  const last = PERIODS[indicator.periodKind];
  const ytd = typeof live.yearToDate === 'string' ? live.yearToDate : showNumber(live.yearToDate, 2);
  const source = summary.server ? 'server' : 'live';
  return (
    <>
      <td className="num" data-col="target">
        {targetText(indicator)}
      </td>
      <td className="num" data-col="year">
        <div>{live.yearToDate === null ? '—' : ytd}</div>
        {live.through !== null && live.through < last && (
          <Text size="xs" c="dimmed">
            {t('through', { period: periodLabel(indicator.periodKind, live.through) })}
          </Text>
        )}
      </td>
      <td
        className={`num${summary.unsaved ? ' rg-live' : ''}`}
        data-col="capaian"
        data-source={source}
        title={summary.unsaved ? t('live') : undefined}
      >
        {summary.capaian === null ? (
          <Text size="xs" c="dimmed" title={summary.reason ? t(`reason.${summary.reason}`) : undefined}>
            {summary.reason ? t(`reason.${summary.reason}`) : '—'}
          </Text>
        ) : (
          <CapaianText value={summary.capaian} />
        )}
      </td>
      <td data-col="predikat" data-source={source}>
        {summary.predikat && <PredikatBadge predikat={summary.predikat} levels={scale.levels} />}
      </td>
    </>
  );
}

function NameCell({ row }: { row: GridRow }) {
  const { t } = useTranslation(['realisations', 'common']);
  const { indicator, component } = row;
  if (component)
    return (
      <th scope="row" className="rg-name">
        <Text size="xs">
          ↳ {component.name}{' '}
          <Text span size="xs" c="dimmed">
            ({component.code}
            {component.unit ? `, ${component.unit}` : ''})
          </Text>
        </Text>
      </th>
    );
  return (
    <th scope="row" className="rg-name" title={`${indicator.code} ${indicator.name} (${indicator.unit})`}>
      <Text size="xs" c="dimmed" span>
        {indicator.code} · {t('unit', { unit: indicator.unit })}
      </Text>
      {indicator.isIku && (
        <Badge size="xs" variant="light" ml={6}>
          {t('iku')}
        </Badge>
      )}
      <Text size="sm" className="rg-indicator-name">
        {indicator.name}
      </Text>
      {row.kind === 'derived' && row.derivation === null && (
        <Text size="xs" c="red.8">
          {t('formulaUnknown', { formula: indicator.formula ?? '' })}
        </Text>
      )}
      {row.kind === 'derived' && row.derivation !== null && (
        <Text size="xs" c="dimmed">
          {indicator.formula}
        </Text>
      )}
    </th>
  );
}

export function RealisationGrid(props: Props) {
  const { t } = useTranslation(['realisations', 'common']);
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

  const unitColumns = Array.from({ length: PERIODS[unit] }, (_, i) => i + 1);
  const columnCount = 1 + unitColumns.length + 4;
  let rowIndex = -1;

  return (
    <div className="rg-wrap">
      <table
        className="rg"
        role="grid"
        aria-label={t('gridLabel', { year: props.year })}
        aria-readonly={!props.canRecord}
        onPaste={onPaste}
      >
        <thead>
          <tr>
            <th scope="col" className="rg-name">
              {t('column.indicator')}
            </th>
            {unitColumns.map((no) => (
              <th scope="col" key={no} className="num">
                {props.periodLabel(unit, no)}
              </th>
            ))}
            <th scope="col" className="num" title={t('column.targetTitle', { year: props.year })}>
              {t('column.target')}
            </th>
            <th scope="col" className="num">
              {t('column.yearValue')}
            </th>
            <th scope="col" className="num">
              {t('column.capaian')}
            </th>
            <th scope="col">{t('column.predikat')}</th>
          </tr>
        </thead>
        {props.blocks.map((block) => (
          <tbody key={block.id}>
            <tr className="rg-group">
              <th scope="rowgroup" colSpan={columnCount} className="rg-name">
                {block.code} — {block.statement}
              </th>
            </tr>
            {block.rows.map((row) => {
              rowIndex += 1;
              const index = rowIndex;
              const { indicator } = row;
              return (
                <tr
                  key={row.key}
                  className={row.kind === 'component' ? 'rg-component' : undefined}
                  data-indicator={indicator.code}
                  data-component={row.component?.code}
                >
                  <NameCell row={row} />
                  {cellsOf(row, index, unit).map((cell) => {
                    const isEditing = editing?.key === cell.key;
                    const label = `${row.component ? `${row.component.name} — ` : ''}${indicator.code} ${props.periodLabel(indicator.periodKind, cell.periodNo)}`;
                    return (
                      <GridCell
                        key={cell.key}
                        row={row}
                        cell={cell}
                        label={label}
                        spanLabel={
                          cell.span > 1 ? props.periodLabel(indicator.periodKind, cell.periodNo) : undefined
                        }
                        text={view.textOf(row, cell.periodNo)}
                        derived={row.kind === 'derived' ? view.derivedOf(row, cell.periodNo) : null}
                        realisation={realisationOf(indicator, cell.periodNo)}
                        draft={edits.draftOf(cell.key)}
                        saved={edits.isSaved(cell.key)}
                        readOnly={readOnlyOf(row, cell.periodNo)}
                        locked={isLocked(grid, indicator.periodKind, cell.periodNo)}
                        focused={focusedCell?.key === cell.key}
                        tabbable={entryKey === cell.key}
                        editing={isEditing ? { text: editing.text } : null}
                        registerCell={registerCell}
                        onFocusCell={(c) => {
                          if (focusedCell?.key !== c.key) onFocus({ rowIndex: c.rowIndex, column: c.start });
                        }}
                        onCellKeyDown={onCellKeyDown}
                        onStartEdit={(c) => startEdit(c, view.textOf(row, c.periodNo), 'edit')}
                        onInputChange={(text) => editing && onEditing({ ...editing, text })}
                        onInputKeyDown={onInputKeyDown}
                        onInputBlur={() => {
                          if (editingRef.current?.key === cell.key) {
                            finish(true);
                            wantFocus.current = false;
                          }
                        }}
                      />
                    );
                  })}
                  {row.kind === 'component' ? (
                    <td colSpan={4} />
                  ) : (
                    <SummaryCells
                      indicator={indicator}
                      summary={view.summaryOf(indicator)}
                      scale={grid.policy.scale}
                      periodLabel={props.periodLabel}
                    />
                  )}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
