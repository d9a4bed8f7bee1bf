/**
 * The year's grid: a header of periods, one row group per sasaran, a row per
 * indicator (and per component of a computed indicator) with its period
 * cells and its target, year to date, capaian and predikat. How it is worked
 * with the keyboard and the clipboard is in use-grid-keyboard.ts.
 */
import { useTranslation } from 'react-i18next';
import { GridCell } from './GridCell.tsx';
import { cellsOf, isLocked, PERIODS, realisationOf, type GridRow, type SasaranBlock } from './grid-model.ts';
import type { Editing, GridView } from './grid-view.ts';
import { NameCell, SummaryCells } from './IndicatorCells.tsx';
import type { Grid, PeriodKind } from './realisations-api.ts';
import type { GridEdits } from './use-grid-edits.ts';
import { useGridKeyboard, type Focus, type PasteReport } from './use-grid-keyboard.ts';

export type { Focus, PasteReport };

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

export function RealisationGrid(props: Props) {
  const { t } = useTranslation(['realisations', 'common']);
  const { grid, unit, view, edits, editing, onEditing } = props;
  const keys = useGridKeyboard(props);
  const { focusedCell } = keys;
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
        onPaste={keys.onPaste}
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
                        readOnly={keys.readOnlyOf(row, cell.periodNo)}
                        locked={isLocked(grid, indicator.periodKind, cell.periodNo)}
                        focused={focusedCell?.key === cell.key}
                        tabbable={keys.entryKey === cell.key}
                        editing={isEditing ? { text: editing.text } : null}
                        registerCell={keys.registerCell}
                        onFocusCell={(c) => {
                          if (focusedCell?.key !== c.key)
                            props.onFocus({ rowIndex: c.rowIndex, column: c.start });
                        }}
                        onCellKeyDown={keys.onCellKeyDown}
                        onStartEdit={(c) => keys.startEdit(c, view.textOf(row, c.periodNo), 'edit')}
                        onInputChange={(text) => editing && onEditing({ ...editing, text })}
                        onInputKeyDown={keys.onInputKeyDown}
                        onInputBlur={() => keys.onInputBlur(cell.key)}
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
