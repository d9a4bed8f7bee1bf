/**
 * One cell of the budget grid: a text input holding the typed text (or the
 * stored value written the Indonesian way), marked when changed and not
 * saved, and red with the message under it when the text is not a valid
 * entry or the server refused it.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './budget-grid.module.css';
import { entryText, readPercent, readRupiah } from './cell-value.ts';
import type { GridCell } from './grid-model.ts';
import type { EntryProblem } from './save-plan.ts';
import type { CellError } from './use-budget-entry.ts';

type Props = {
  cell: GridCell;
  row: number;
  label: string;
  text: string | undefined;
  changed: boolean;
  problem: EntryProblem | undefined;
  serverError: CellError | undefined;
  onType: (key: string, text: string) => void;
};

export const EntryCell = memo(function EntryCell({
  cell,
  row,
  label,
  text,
  changed,
  problem,
  serverError,
  onType,
}: Props) {
  const { t } = useTranslation('budget');
  const value = text ?? entryText(cell.stored);
  const reason =
    problem === 'invalid' ? (cell.field === 'percent' ? readPercent : readRupiah)(value).reason : '';
  const message = problem
    ? t(`cell.${problem}`, { reason })
    : serverError
      ? serverError.conflict
        ? t('cell.conflict', { value: cell.stored === null ? '—' : entryText(cell.stored) })
        : serverError.message
      : undefined;
  const messageId = message ? `msg-${cell.key}` : undefined;
  const className = [classes.cell, message ? classes.wrong : changed ? classes.changed : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td className={`${classes.entry} num`} colSpan={cell.span}>
      <input
        className={className}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={message ? true : undefined}
        aria-describedby={messageId}
        data-row={row}
        data-col={cell.col}
        data-span={cell.span}
        data-key={cell.key}
        data-changed={changed ? 'true' : undefined}
        onChange={(event) => onType(cell.key, event.currentTarget.value)}
      />
      {message && (
        <span id={messageId} className={classes.message} role="alert">
          {message}
        </span>
      )}
    </td>
  );
});
