/**
 * The budget as a spreadsheet: the tree down the side (foldable), the view's
 * entry columns (pagu, or one per period), and pagu, realisasi, sisa and
 * serapan per row, all live with what is typed. Keyboard: arrows and Enter
 * move, Esc undoes a cell; a block pasted from Excel fills the cells from the
 * chosen one. Readers see the same table without inputs.
 */
import { Text } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import { AbsorptionBar } from './AbsorptionBar.tsx';
import type { BudgetTree, PeriodKind } from './budget-api.ts';
import classes from './budget-grid.module.css';
import { readPercent, readRupiah } from './cell-value.ts';
import { gridKeyboard } from './grid-keyboard.ts';
import { columnCount, PERIODS_PER_YEAR, type GridCell, type GridMode, type GridRow } from './grid-model.ts';
import { AddLineMenu, AmountCells, EntryRowView, HeadRowView } from './GridRows.tsx';
import type { LiveBudget } from './live-amounts.ts';
import type { BudgetEntry } from './use-budget-entry.ts';

type Props = {
  tree: BudgetTree;
  rows: readonly GridRow[];
  mode: GridMode;
  unit: PeriodKind;
  live: LiveBudget;
  entry: BudgetEntry;
  editable: boolean;
  changed: ReadonlySet<string>;
  onPasted: (count: number, skipped: number) => void;
  onSave: () => void;
};

export function BudgetGrid({
  tree,
  rows,
  mode,
  unit,
  live,
  entry,
  editable,
  changed,
  onPasted,
  onSave,
}: Props) {
  const { t } = useTranslation('budget');
  const table = useRef<HTMLTableElement>(null);
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<{ key: string; field: GridCell['field'] } | null>(null);

  const fold = useCallback(
    (id: string) =>
      setFolded((previous) => {
        const next = new Set(previous);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  const periodLabel = useCallback(
    (kind: PeriodKind, no: number) => t(`period.${kind}.${no - 1}`, { year: tree.year }),
    [t, tree.year],
  );
  const columnLabel = useCallback(
    (cell: GridCell) =>
      cell.field === 'paguMurni'
        ? t('column.paguMurni')
        : cell.field === 'paguPerubahan'
          ? t('column.paguPerubahan')
          : `${mode === 'fisik' ? t('view.fisik') : t('column.realisasi')} ${periodLabel(cell.periodKind!, cell.periodNo!)}`,
    [mode, periodLabel, t],
  );

  const keyboard = gridKeyboard(table, {
    revert: entry.revert,
    save: onSave,
    type: entry.type,
    pasted: onPasted,
    focused: (key) => setFocused({ key, field: key.startsWith('f:') ? 'percent' : 'amount' }),
  });

  const hidden = (row: GridRow) => row.parents.some((id) => folded.has(id));
  const columns = columnCount(mode, unit);
  const focusedEcho = useMemo(() => {
    if (!focused) return null;
    const text = entry.drafts.get(focused.key);
    if (text === undefined) return null;
    const read = focused.field === 'percent' ? readPercent(text) : readRupiah(text);
    if (read.problem || read.value === null) return null;
    return focused.field === 'percent' ? show.percent(read.value) : show.rupiah(read.value);
  }, [focused, entry.drafts]);

  return (
    <>
      <div className={classes.scroller}>
        <table
          ref={table}
          className={classes.grid}
          aria-label={t('title', { year: tree.year })}
          data-testid="budget-grid"
          onKeyDown={editable ? keyboard.onKeyDown : undefined}
          onPaste={editable ? keyboard.onPaste : undefined}
          onFocus={editable ? keyboard.onFocus : undefined}
        >
          <thead>
            <tr>
              <th className={classes.item}>{t('column.item')}</th>
              {mode !== 'pagu' && <th className="num">{t('column.pagu')}</th>}
              {mode === 'pagu' ? (
                <>
                  <th className="num">{t('column.paguMurni')}</th>
                  <th className="num">{t('column.paguPerubahan')}</th>
                  <th className="num">{t('column.pagu')}</th>
                </>
              ) : (
                Array.from({ length: PERIODS_PER_YEAR[unit] }, (_, i) => (
                  <th key={i} className="num">
                    {periodLabel(unit, i + 1)}
                    {mode === 'fisik' ? ' (%)' : ''}
                  </th>
                ))
              )}
              <th className="num">{t('column.realisasi')}</th>
              {mode === 'pagu' && <th className="num">{t('column.sisa')}</th>}
              <th className="num">{t('column.serapan')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              if (hidden(row)) return null;
              if (row.kind !== 'entry') {
                const sub = row.kind === 'sub' ? findSub(tree, row.id) : null;
                return (
                  <HeadRowView
                    key={`${row.kind}:${row.id}`}
                    row={row}
                    mode={mode}
                    unit={unit}
                    amounts={live.amounts.get(row.id)}
                    folded={folded.has(row.id)}
                    onFold={fold}
                    addAction={
                      sub && mode === 'pagu' && editable && !entry.adding.has(sub.id) ? (
                        <AddLineMenu
                          code={sub.code}
                          used={sub.lines.map((l) => l.spendingType)}
                          onAdd={(type) => entry.addLine(sub.id, type)}
                        />
                      ) : undefined
                    }
                  />
                );
              }
              return (
                <EntryRowView
                  key={row.key}
                  row={row}
                  index={index}
                  mode={mode}
                  unit={unit}
                  amounts={live.amounts.get(row.amountsId)}
                  editable={editable}
                  entry={entry}
                  changed={changed}
                  columnLabel={columnLabel}
                />
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td className={classes.item}>{t('column.total')}</td>
              <AmountCells
                mode={mode}
                amounts={live.total ?? undefined}
                place="before"
                label={t('column.total')}
              />
              {mode === 'pagu' ? (
                <>
                  <td className="num">{show.rupiah(live.total?.paguMurni)}</td>
                  <td />
                </>
              ) : (
                <td colSpan={columns} />
              )}
              {mode === 'pagu' && <td className="num">{show.rupiah(live.total?.pagu)}</td>}
              <td className="num" data-testid="grid-total-realisasi">
                {show.rupiah(live.total?.realisasi)}
              </td>
              {mode === 'pagu' && <td className="num">{show.rupiah(live.total?.sisa)}</td>}
              <td>
                <AbsorptionBar
                  persen={live.total?.persen}
                  label={`${t('column.serapan')} ${t('column.total')}`}
                />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {editable && (
        <Text size="xs" c="dimmed" mt={4} aria-live="polite">
          {focusedEcho ? `${t('cell.echo', { value: focusedEcho })} · ` : ''}
          {t('entry.help')}
        </Text>
      )}
    </>
  );
}

function findSub(tree: BudgetTree, id: string) {
  for (const p of tree.programs)
    for (const k of p.kegiatan) {
      const sub = k.subKegiatan.find((s) => s.id === id);
      if (sub) return sub;
    }
  return null;
}
