/** One cell of a social-data entry table: a number (right-aligned) or a short text, marked when changed, red with its message when wrong. */
import { memo } from 'react';
import classes from '../budget/budget-grid.module.css';

type Props = {
  cellKey: string;
  row: number;
  col: number;
  label: string;
  value: string;
  numeric: boolean;
  /** A text cell for longer text (data source, funding source, a name); short texts (a unit) stay narrow. */
  wide?: boolean;
  changed: boolean;
  message: string | undefined;
  onType: (key: string, text: string) => void;
};

export const TableCell = memo(function TableCell({
  cellKey,
  row,
  col,
  label,
  value,
  numeric,
  wide = true,
  changed,
  message,
  onType,
}: Props) {
  const messageId = message ? `msg-${cellKey}` : undefined;
  const className = [classes.cell, message ? classes.wrong : changed ? classes.changed : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td
      className={numeric ? `${classes.entry} num` : wide ? `${classes.entry} ${classes.text}` : classes.entry}
    >
      <input
        className={className}
        style={numeric ? undefined : { textAlign: 'left' }}
        value={value}
        inputMode={numeric ? 'decimal' : 'text'}
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        aria-invalid={message ? true : undefined}
        aria-describedby={messageId}
        data-row={row}
        data-col={col}
        data-span={1}
        data-key={cellKey}
        onChange={(event) => onType(cellKey, event.currentTarget.value)}
      />
      {message && (
        <span id={messageId} className={classes.message} role="alert">
          {message}
        </span>
      )}
    </td>
  );
});
