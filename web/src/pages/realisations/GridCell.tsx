/**
 * One period cell of the grid: its value (or the input while it is being
 * edited, with the number echoed as read), its status, evidence count, lock,
 * return comment and save state. Keyboard handling lives in the grid.
 */
import { Loader } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellRef, GridRow, ReadOnlyReason } from './grid-model.ts';
import { ClipIcon, LockIcon } from './GridIcons.tsx';
import { readTyped } from './live-measure.ts';
import { showNumber, showTyped } from './grid-view.ts';
import type { GridRealisation } from './realisations-api.ts';
import type { CellDraft } from './use-grid-edits.ts';

export type CellProps = {
  row: GridRow;
  cell: CellRef;
  label: string;
  /** For a cell spanning several columns (a year among quarters): its period's name. */
  spanLabel?: string | undefined;
  /** The cell's current text (what is being typed, unsaved, or stored). */
  text: string;
  /** The computed value of a `derived` row. */
  derived: number | null;
  realisation: GridRealisation | undefined;
  draft: CellDraft | undefined;
  saved: boolean;
  readOnly: ReadOnlyReason | 'role' | null;
  locked: boolean;
  focused: boolean;
  /** The one cell of the grid that Tab reaches (roving tabindex). */
  tabbable: boolean;
  editing: { text: string } | null;
  registerCell: (key: string, element: HTMLTableCellElement | null) => void;
  onFocusCell: (cell: CellRef) => void;
  onCellKeyDown: (event: KeyboardEvent<HTMLTableCellElement>, cell: CellRef) => void;
  onStartEdit: (cell: CellRef) => void;
  onInputChange: (text: string) => void;
  onInputKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onInputBlur: () => void;
};

function Echo({ row, text }: { row: GridRow; text: string }) {
  const { t } = useTranslation(['realisations', 'common']);
  if (text.trim() === '') return null;
  if (row.kind === 'grade') {
    const grades = row.indicator.grades ?? [];
    const known = grades.find((g) => g.toUpperCase() === text.trim().toUpperCase());
    return (
      <span className="rg-echo" data-invalid={known ? undefined : ''} role="status">
        {known
          ? t('common:number.echo', { value: known })
          : `${t('common:number.invalid')}: ${t('notGrade', { grades: grades.join(', ') })}`}
      </span>
    );
  }
  const value = readTyped(text);
  return (
    <span className="rg-echo" data-invalid={value === undefined ? '' : undefined} role="status">
      {value === undefined
        ? t('common:number.invalid')
        : t('common:number.echo', { value: showNumber(value) })}
    </span>
  );
}

export function GridCell(props: CellProps) {
  const { t } = useTranslation(['realisations', 'common']);
  const { row, cell, realisation, draft, editing, readOnly, locked } = props;
  const saveState = draft?.state ?? (props.saved ? 'saved' : undefined);
  const status = realisation?.status;
  const shown =
    row.kind === 'derived'
      ? showNumber(props.derived, 2)
      : row.kind === 'grade'
        ? props.text
        : showTyped(props.text);
  const notes: string[] = [];
  if (status) notes.push(t(`common:status.${status}`));
  if (status === 'returned' && realisation?.returnReason)
    notes.push(t('returnedComment', { comment: realisation.returnReason }));
  if (locked) notes.push(t('locked'));
  else if (readOnly === 'fed') notes.push(t(`fed.${row.indicator.feed ?? 'social'}`));
  else if (readOnly === 'status') notes.push(t('statusReadOnly'));
  else if (readOnly === 'derived') notes.push(t('derived'));
  if (saveState) notes.push(draft?.message ?? t(`save.${saveState}`));
  const evidence = row.kind !== 'component' ? (realisation?.evidenceCount ?? 0) : 0;

  let content: ReactNode = shown;
  if (editing) {
    content = (
      <>
        <input
          className="rg-input"
          autoFocus
          inputMode={row.kind === 'grade' ? 'text' : 'decimal'}
          autoComplete="off"
          aria-label={props.label}
          value={editing.text}
          onChange={(event) => props.onInputChange(event.currentTarget.value)}
          onKeyDown={props.onInputKeyDown}
          onBlur={props.onInputBlur}
        />
        <Echo row={row} text={editing.text} />
      </>
    );
  }

  return (
    <td
      ref={(element) => props.registerCell(cell.key, element)}
      role="gridcell"
      className="rg-cell"
      colSpan={cell.span > 1 ? cell.span : undefined}
      tabIndex={props.tabbable ? 0 : -1}
      aria-label={`${props.label}: ${shown || '—'}${notes.length > 0 ? `. ${notes.join('. ')}` : ''}`}
      aria-readonly={readOnly !== null}
      aria-invalid={draft?.state === 'error' ? true : undefined}
      title={notes.join('\n') || undefined}
      data-cell={cell.key}
      data-kind={row.kind}
      data-period={cell.periodNo}
      data-status={status}
      data-save={saveState}
      data-locked={locked ? '' : undefined}
      data-readonly={readOnly !== null ? '' : undefined}
      data-focused={props.focused ? '' : undefined}
      onFocus={() => props.onFocusCell(cell)}
      onKeyDown={editing ? undefined : (event) => props.onCellKeyDown(event, cell)}
      onDoubleClick={() => props.onStartEdit(cell)}
    >
      <span className="rg-marks" aria-hidden>
        {props.spanLabel && <span>{props.spanLabel}</span>}
        {locked && <LockIcon />}
        {status === 'returned' && <span>↩</span>}
        {evidence > 0 && (
          <span>
            <ClipIcon />
            {evidence}
          </span>
        )}
      </span>
      {content}
      {saveState && (
        <span className="rg-save" data-save={saveState} aria-hidden>
          {saveState === 'saving' ? (
            <Loader size={9} color="orange" />
          ) : saveState === 'saved' ? (
            '✓'
          ) : saveState === 'error' ? (
            '⚠'
          ) : (
            '●'
          )}
        </span>
      )}
    </td>
  );
}
