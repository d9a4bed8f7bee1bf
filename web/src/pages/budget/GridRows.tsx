/** The rows of the budget grid: program / kegiatan / sub kegiatan totals, and the entry rows with their cells. */
import { ActionIcon, Button, Menu, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import { AbsorptionBar } from './AbsorptionBar.tsx';
import { SPENDING_TYPES, type PeriodKind, type SpendingType } from './budget-api.ts';
import classes from './budget-grid.module.css';
import { EntryCell } from './EntryCell.tsx';
import { columnCount, type EntryRow, type GridCell, type GridMode, type HeadRow } from './grid-model.ts';
import type { Amounts } from './live-amounts.ts';
import type { BudgetEntry } from './use-budget-entry.ts';

/** The read-only amount columns of a view, after (pagu view) or around (period views) the entry columns. */
export function AmountCells({
  mode,
  amounts,
  place,
  label,
}: {
  mode: GridMode;
  amounts: Amounts | undefined;
  place: 'before' | 'after';
  label: string;
}) {
  const { t } = useTranslation('budget');
  if (place === 'before')
    return mode === 'pagu' ? null : <td className={`${classes.amount} num`}>{show.rupiah(amounts?.pagu)}</td>;
  return (
    <>
      {mode === 'pagu' && <td className={`${classes.amount} num`}>{show.rupiah(amounts?.pagu)}</td>}
      <td className={`${classes.amount} num`}>{show.rupiah(amounts?.realisasi)}</td>
      {mode === 'pagu' && <td className={`${classes.amount} num`}>{show.rupiah(amounts?.sisa)}</td>}
      <td>
        <AbsorptionBar persen={amounts?.persen} label={`${t('column.serapan')} ${label}`} />
      </td>
    </>
  );
}

export function HeadRowView({
  row,
  mode,
  unit,
  amounts,
  folded,
  onFold,
  addAction,
}: {
  row: HeadRow;
  mode: GridMode;
  unit: PeriodKind;
  amounts: Amounts | undefined;
  folded: boolean;
  onFold: (id: string) => void;
  addAction?: React.ReactNode;
}) {
  const { t } = useTranslation('budget');
  const indent = row.kind === 'program' ? '' : row.kind === 'kegiatan' ? classes.indent1 : classes.indent2;
  const label = `${row.code} ${row.name}`;
  return (
    <tr
      className={row.kind === 'program' ? classes.program : row.kind === 'kegiatan' ? classes.kegiatan : ''}
    >
      <td className={`${classes.item} ${indent}`}>
        <div style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
          {row.kind !== 'sub' && (
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-expanded={!folded}
              aria-label={t(folded ? 'row.unfold' : 'row.fold', { code: row.code })}
              onClick={() => onFold(row.id)}
            >
              <span aria-hidden>{folded ? '▸' : '▾'}</span>
            </ActionIcon>
          )}
          <div>
            <div className={classes.code}>{row.code}</div>
            <div>{row.name}</div>
            {addAction}
          </div>
        </div>
      </td>
      <AmountCells mode={mode} amounts={amounts} place="before" label={label} />
      {mode === 'pagu' ? (
        <>
          <td className={`${classes.amount} num`}>{show.rupiah(amounts?.paguMurni)}</td>
          <td />
        </>
      ) : (
        <td colSpan={columnCount(mode, unit)} />
      )}
      <AmountCells mode={mode} amounts={amounts} place="after" label={label} />
    </tr>
  );
}

/** A menu of the spending types a sub kegiatan does not have yet, to add a budget line. */
export function AddLineMenu({
  code,
  used,
  onAdd,
}: {
  code: string;
  used: readonly SpendingType[];
  onAdd: (type: SpendingType) => void;
}) {
  const { t } = useTranslation('budget');
  const free = SPENDING_TYPES.filter((type) => !used.includes(type));
  if (free.length === 0) return null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-xs" px={4} aria-label={t('row.addLineOf', { code })}>
          + {t('row.addLine')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {free.map((type) => (
          <Menu.Item key={type} onClick={() => onAdd(type)}>
            {t(`spending.${type}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

type EntryRowProps = {
  row: EntryRow;
  index: number;
  mode: GridMode;
  unit: PeriodKind;
  amounts: Amounts | undefined;
  editable: boolean;
  entry: BudgetEntry;
  changed: ReadonlySet<string>;
  columnLabel: (cell: GridCell) => string;
};

export function EntryRowView({
  row,
  index,
  mode,
  unit,
  amounts,
  editable,
  entry,
  changed,
  columnLabel,
}: EntryRowProps) {
  const { t } = useTranslation('budget');
  const spendingType = row.line?.spendingType ?? entry.newLineTypes.get(row.sub.id) ?? 'barang_jasa';
  const kind = row.cells[0]?.periodKind;
  const name = row.showsSub
    ? `${row.sub.code} ${row.sub.name}`
    : `${row.sub.code} ${t(`spending.${spendingType}`)}`;
  const used = row.sub.lines.map((l) => l.spendingType);
  return (
    <tr>
      <td className={`${classes.item} ${row.showsSub ? classes.indent2 : classes.indent3}`}>
        <Stack gap={2}>
          {row.showsSub && <div className={classes.code}>{row.sub.code}</div>}
          {row.showsSub && <div>{row.sub.name}</div>}
          {row.isNewLine && editable ? (
            <NativeSelect
              size="xs"
              label={t('spending.label')}
              value={spendingType}
              data={SPENDING_TYPES.filter((type) => !used.includes(type)).map((type) => ({
                value: type,
                label: t(`spending.${type}`),
              }))}
              onChange={(event) =>
                entry.setNewLineType(row.sub.id, event.currentTarget.value as SpendingType)
              }
            />
          ) : null}
          {row.isNewLine && editable && row.sub.lines.length > 0 && (
            <Button
              variant="subtle"
              size="compact-xs"
              w="fit-content"
              px={4}
              onClick={() => entry.cancelAdd(row.sub.id)}
            >
              {t('row.cancelAdd')}
            </Button>
          )}
          {mode === 'pagu' && row.line && (
            <Text size="xs" c="dimmed">
              {t(`spending.${row.line.spendingType}`)}
            </Text>
          )}
          {mode !== 'pagu' && kind && kind !== unit && (
            <Text size="xs" c="dimmed">
              {t('row.recordedPer', { kind: t(`unit.${kind}`).toLowerCase() })}
            </Text>
          )}
          {mode === 'pagu' && editable && row.showsSub && !row.isNewLine && (
            <AddLineMenu code={row.sub.code} used={used} onAdd={(type) => entry.addLine(row.sub.id, type)} />
          )}
        </Stack>
      </td>
      <AmountCells mode={mode} amounts={amounts} place="before" label={name} />
      {row.noPagu ? (
        <td colSpan={columnCount(mode, unit)} className={classes.note}>
          {t('row.noPagu')}
        </td>
      ) : (
        row.cells.map((cell) =>
          editable ? (
            <EntryCell
              key={cell.key}
              cell={cell}
              row={index}
              label={t('cell.label', {
                column: columnLabel(cell),
                code: row.sub.code,
                name: row.showsSub ? row.sub.name : t(`spending.${spendingType}`),
              })}
              text={entry.drafts.get(cell.key)}
              changed={changed.has(cell.key)}
              problem={entry.problems.get(cell.key)}
              serverError={entry.serverErrors.get(cell.key)}
              onType={typeOne(entry)}
            />
          ) : (
            <td key={cell.key} colSpan={cell.span} className={`${classes.amount} num`}>
              {cell.stored === null
                ? ''
                : cell.field === 'percent'
                  ? show.percent(cell.stored)
                  : show.rupiah(cell.stored)}
            </td>
          ),
        )
      )}
      <AmountCells mode={mode} amounts={amounts} place="after" label={name} />
    </tr>
  );
}

const typers = new WeakMap<BudgetEntry['type'], (key: string, text: string) => void>();

/** One stable `onType` per entry state, so memoised cells do not re-render for nothing. */
function typeOne(entry: BudgetEntry): (key: string, text: string) => void {
  let typer = typers.get(entry.type);
  if (!typer) {
    typer = (key, text) => entry.type([[key, text]]);
    typers.set(entry.type, typer);
  }
  return typer;
}
