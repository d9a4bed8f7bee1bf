/**
 * The PPKS (by category) or PSKS (by type) table of one area and its bar
 * chart. The agency's staff type counts and data sources (keyboard, paste of
 * a column from Excel) and save the changed rows at once; others read.
 */
import { Grid, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import classes from '../budget/budget-grid.module.css';
import { entryText, readCount } from '../budget/cell-value.ts';
import { gridKeyboard } from '../budget/grid-keyboard.ts';
import { countCell, reviewCounts, type StoredCount } from './count-rows.ts';
import { cellErrorsOf } from './row-errors.ts';
import {
  saveSocial,
  socialDataKey,
  socialSummaryKey,
  type PpksCategory,
  type PsksType,
} from './social-api.ts';
import { SaveBar } from './SaveBar.tsx';
import { TableCell } from './TableCell.tsx';
import type { TableDrafts } from './use-table-drafts.ts';

const SocialChart = lazy(() => import('./SocialChart.tsx'));

type Props = {
  dataset: 'ppks' | 'psks';
  keys: readonly string[];
  stored: ReadonlyMap<string, StoredCount>;
  kecamatanId: string | null;
  areaName: string;
  agencyId: string;
  year: number;
  editable: boolean;
  table: TableDrafts;
};

export function CountTab({
  dataset,
  keys,
  stored,
  kecamatanId,
  areaName,
  agencyId,
  year,
  editable,
  table,
}: Props) {
  const { t } = useTranslation('social');
  const client = useQueryClient();
  const withServed = dataset === 'ppks';
  const tableRef = useRef<HTMLTableElement>(null);
  const review = useMemo(
    () => reviewCounts(keys, stored, table.drafts, kecamatanId, withServed),
    [keys, stored, table.drafts, kecamatanId, withServed],
  );
  const counts = useMemo(
    () =>
      keys.map((key) => {
        const text = table.drafts.get(countCell(key, 'count'));
        const read = text === undefined ? null : readCount(text);
        const value = read && !read.problem ? read.value : (stored.get(key)?.count ?? null);
        return { key, label: t(`${dataset}.${key}`), value };
      }),
    [keys, stored, table.drafts, dataset, t],
  );
  const total = counts.some((c) => c.value !== null)
    ? counts.reduce((sum, c) => sum + (c.value ?? 0), 0)
    : null;
  const servedValues = keys.map((key) => {
    const text = table.drafts.get(countCell(key, 'served'));
    const read = text === undefined ? null : readCount(text);
    return read && !read.problem ? read.value : (stored.get(key)?.served ?? null);
  });
  const servedTotal = servedValues.some((v) => v !== null)
    ? servedValues.reduce<number>((sum, v) => sum + (v ?? 0), 0)
    : null;
  const changedRows = new Set(review.rows.map((r) => r.key));

  const save = async () => {
    if (review.problems.size > 0) {
      table.setOutcome({ kind: 'invalid', count: review.problems.size });
      return;
    }
    if (review.rows.length === 0) return;
    try {
      const result =
        dataset === 'ppks'
          ? await saveSocial.ppks(
              agencyId,
              year,
              review.rows.map(({ key, ...row }) => ({ ...row, category: key as PpksCategory })),
            )
          : await saveSocial.psks(
              agencyId,
              year,
              review.rows.map(({ key, ...row }) => ({ ...row, type: key as PsksType })),
            );
      await client.refetchQueries({ queryKey: socialDataKey(agencyId, year) });
      // the summary and the indicators computed from these data changed with them
      await client.invalidateQueries({ queryKey: socialSummaryKey(agencyId, year) });
      await client.invalidateQueries({ queryKey: ['realisations', agencyId] });
      await client.invalidateQueries({ queryKey: ['measurement', agencyId] });
      table.clear();
      table.setOutcome({ kind: 'saved', count: result.rows.length });
    } catch (error) {
      const { cells, general } = cellErrorsOf(
        error,
        review.rows.map((r) => r.key),
        (rowKey, field) => countCell(rowKey, field === 'dataSource' || field === 'served' ? field : 'count'),
      );
      table.setServerErrors(cells);
      table.setOutcome({ kind: 'refused', message: general ?? t('entry.invalid', { count: cells.size }) });
      await client.invalidateQueries({ queryKey: socialDataKey(agencyId, year) });
    }
  };

  const keyboard = gridKeyboard(tableRef, {
    revert: table.revert,
    save: () => void save(),
    type: table.type,
    pasted: (count, skipped) => table.setOutcome({ kind: 'pasted', count, skipped }),
  });

  const messageOf = (cell: string) => {
    const problem = review.problems.get(cell);
    if (problem)
      return t(`cell.${problem}`, {
        reason: problem === 'invalid' ? readCount(table.drafts.get(cell) ?? '').reason : '',
      });
    return table.serverErrors.get(cell);
  };
  const rowLabel = dataset === 'ppks' ? t('column.category') : t('column.type');

  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        {editable && (
          <SaveBar
            changed={review.rows.length}
            problems={review.problems.size}
            outcome={table.outcome}
            onSave={() => void save()}
            onDiscard={table.clear}
          />
        )}
        <div className={classes.scroller}>
          <table
            ref={tableRef}
            className={classes.grid}
            aria-label={t(`chart.${dataset}`)}
            data-testid={`${dataset}-table`}
            onKeyDown={editable ? keyboard.onKeyDown : undefined}
            onPaste={editable ? keyboard.onPaste : undefined}
            onFocus={editable ? keyboard.onFocus : undefined}
          >
            <thead>
              <tr>
                <th className="num">{t('column.no')}</th>
                <th style={{ textAlign: 'left' }}>{rowLabel}</th>
                <th className="num">{t('column.count')}</th>
                {withServed && <th className="num">{t('column.served')}</th>}
                <th style={{ textAlign: 'left' }}>{t('column.dataSource')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key, index) => {
                const before = stored.get(key);
                const label = t(`${dataset}.${key}`);
                const countKey = countCell(key, 'count');
                const sourceKey = countCell(key, 'dataSource');
                const servedKey = countCell(key, 'served');
                return (
                  <tr key={key}>
                    <td className="num">{index + 1}</td>
                    <td style={{ minWidth: 200 }}>{label}</td>
                    {editable ? (
                      <>
                        <TableCell
                          cellKey={countKey}
                          row={index}
                          col={0}
                          label={t('cell.label', { column: t('column.count'), row: label })}
                          value={table.drafts.get(countKey) ?? entryText(before?.count)}
                          numeric
                          changed={changedRows.has(key) && table.drafts.has(countKey)}
                          message={messageOf(countKey)}
                          onType={table.typeOne}
                        />
                        {withServed && (
                          <TableCell
                            cellKey={servedKey}
                            row={index}
                            col={1}
                            label={t('cell.label', { column: t('column.served'), row: label })}
                            value={table.drafts.get(servedKey) ?? entryText(before?.served ?? undefined)}
                            numeric
                            changed={changedRows.has(key) && table.drafts.has(servedKey)}
                            message={messageOf(servedKey)}
                            onType={table.typeOne}
                          />
                        )}
                        <TableCell
                          cellKey={sourceKey}
                          row={index}
                          col={withServed ? 2 : 1}
                          label={t('cell.label', { column: t('column.dataSource'), row: label })}
                          value={table.drafts.get(sourceKey) ?? before?.dataSource ?? ''}
                          numeric={false}
                          changed={changedRows.has(key) && table.drafts.has(sourceKey)}
                          message={messageOf(sourceKey)}
                          onType={table.typeOne}
                        />
                      </>
                    ) : (
                      <>
                        <td className="num">{before ? show.number(before.count) : ''}</td>
                        {withServed && (
                          <td className="num">
                            {before?.served === null || before?.served === undefined
                              ? ''
                              : show.number(before.served)}
                          </td>
                        )}
                        <td>
                          <Text size="sm" lineClamp={2}>
                            {before?.dataSource ?? ''}
                          </Text>
                        </td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <td />
                <td>{t('column.total')}</td>
                <td className="num" data-testid={`${dataset}-total`}>
                  {show.number(total)}
                </td>
                {withServed && (
                  <td className="num" data-testid="ppks-served-total">
                    {show.number(servedTotal)}
                  </td>
                )}
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
        {editable && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('entry.help')}
          </Text>
        )}
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Suspense fallback={null}>
          <SocialChart
            title={t(`chart.${dataset}`)}
            label={t('chart.label', { title: t(`chart.${dataset}`), area: areaName, year })}
            bars={counts}
          />
        </Suspense>
      </Grid.Col>
    </Grid>
  );
}
