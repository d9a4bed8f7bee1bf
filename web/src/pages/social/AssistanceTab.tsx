/**
 * Assistance delivered per programme in one area: recipients, units (and
 * what a unit is), value in Rupiah and funding source, per row as the report
 * names it; rows can be added for a programme; a bar chart of recipients per
 * programme. Saved all at once, like the other tables.
 */
import { ActionIcon, Button, Menu, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import classes from '../budget/budget-grid.module.css';
import { entryText } from '../budget/cell-value.ts';
import { gridKeyboard } from '../budget/grid-keyboard.ts';
import {
  assistanceCell,
  COLUMNS,
  NUMBER_FIELDS,
  READERS,
  reviewAssistance,
  tableRows,
  type AssistanceField,
  type TableRow,
} from './assistance-rows.ts';
import { cellErrorsOf } from './row-errors.ts';
import {
  ASSISTANCE_PROGRAMS,
  saveSocial,
  socialDataKey,
  socialSummaryKey,
  type AssistanceProgram,
  type AssistanceRow,
} from './social-api.ts';
import { SaveBar } from './SaveBar.tsx';
import { TableCell } from './TableCell.tsx';
import type { TableDrafts } from './use-table-drafts.ts';

const SocialChart = lazy(() => import('./SocialChart.tsx'));

type Props = {
  stored: readonly AssistanceRow[];
  kecamatanId: string | null;
  areaName: string;
  agencyId: string;
  year: number;
  editable: boolean;
  table: TableDrafts;
  added: { key: string; program: AssistanceProgram }[];
  setAdded: (rows: { key: string; program: AssistanceProgram }[]) => void;
};

function isNumberField(field: AssistanceField): field is (typeof NUMBER_FIELDS)[number] {
  return (NUMBER_FIELDS as readonly string[]).includes(field);
}

function storedText(row: TableRow, field: AssistanceField): string {
  if (!row.stored) return '';
  if (field === 'programLabel') return row.stored.programLabel;
  if (isNumberField(field)) {
    const value = row.stored[field];
    return value === null ? '' : entryText(Number(value));
  }
  return row.stored[field] ?? '';
}

export function AssistanceTab({
  stored,
  kecamatanId,
  areaName,
  agencyId,
  year,
  editable,
  table,
  added,
  setAdded,
}: Props) {
  const { t } = useTranslation('social');
  const client = useQueryClient();
  const tableRef = useRef<HTMLTableElement>(null);
  const [serial, setSerial] = useState(1);
  const rows = useMemo(() => tableRows(stored, added), [stored, added]);
  const review = useMemo(
    () => reviewAssistance(rows, table.drafts, kecamatanId),
    [rows, table.drafts, kecamatanId],
  );
  const changedRows = new Set(review.payload.map((r) => r.key));

  const recipients = useMemo(
    () =>
      ASSISTANCE_PROGRAMS.map((program) => {
        let sum: number | null = null;
        for (const row of rows) {
          if (row.program !== program) continue;
          const text = table.drafts.get(assistanceCell(row.key, 'recipients'));
          const read = text === undefined ? null : READERS.recipients(text);
          const value = read && !read.problem ? read.value : (row.stored?.recipients ?? null);
          if (value !== null) sum = (sum ?? 0) + value;
        }
        return { key: program, label: t(`program.${program}`), value: sum };
      }),
    [rows, table.drafts, t],
  );

  const save = async () => {
    if (review.problems.size > 0) {
      table.setOutcome({ kind: 'invalid', count: review.problems.size });
      return;
    }
    if (review.payload.length === 0) return;
    try {
      const result = await saveSocial.assistance(
        agencyId,
        year,
        review.payload.map(({ key: _key, ...row }) => row),
      );
      await client.refetchQueries({ queryKey: socialDataKey(agencyId, year) });
      // the summary and the indicators computed from these data changed with them
      await client.invalidateQueries({ queryKey: socialSummaryKey(agencyId, year) });
      await client.invalidateQueries({ queryKey: ['realisations', agencyId] });
      await client.invalidateQueries({ queryKey: ['measurement', agencyId] });
      table.clear();
      setAdded([]);
      table.setOutcome({ kind: 'saved', count: result.rows.length });
    } catch (error) {
      const { cells, general } = cellErrorsOf(
        error,
        review.payload.map((r) => r.key),
        (rowKey, field) =>
          assistanceCell(
            rowKey,
            (COLUMNS as readonly string[]).includes(field) ? (field as AssistanceField) : 'recipients',
          ),
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

  const messageOf = (cell: string, field: AssistanceField) => {
    const problem = review.problems.get(cell);
    if (problem)
      return t(`cell.${problem}`, {
        reason: isNumberField(field) ? READERS[field](table.drafts.get(cell) ?? '').reason : '',
      });
    return table.serverErrors.get(cell);
  };

  const addRow = (program: AssistanceProgram) => {
    setAdded([...added, { key: `a:${serial}`, program }]);
    setSerial(serial + 1);
  };
  const columnTitle = (field: AssistanceField) => t(`column.${field}`);

  return (
    <>
      {editable && (
        <SaveBar
          changed={review.payload.length}
          problems={review.problems.size}
          outcome={table.outcome}
          onSave={save}
          onDiscard={() => {
            table.clear();
            setAdded([]);
          }}
        />
      )}
      <div className={classes.scroller}>
        <table
          ref={tableRef}
          className={classes.grid}
          aria-label={t('tabs.assistance')}
          data-testid="assistance-table"
          onKeyDown={editable ? keyboard.onKeyDown : undefined}
          onPaste={editable ? keyboard.onPaste : undefined}
          onFocus={editable ? keyboard.onFocus : undefined}
        >
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{t('column.program')}</th>
              {COLUMNS.map((field) => (
                <th
                  key={field}
                  className={isNumberField(field) ? 'num' : undefined}
                  style={isNumberField(field) ? undefined : { textAlign: 'left' }}
                >
                  {columnTitle(field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowName = `${t(`program.${row.program}`)}${row.stored?.programLabel ? ` — ${row.stored.programLabel}` : ''}`;
              return (
                <tr key={row.key}>
                  <td style={{ minWidth: 180 }}>
                    <Text size="sm">{t(`program.${row.program}`)}</Text>
                    {row.added && editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="sm"
                        aria-label={t('entry.removeRow', { row: t(`program.${row.program}`) })}
                        onClick={() => {
                          setAdded(added.filter((a) => a.key !== row.key));
                          for (const field of COLUMNS) table.revert(assistanceCell(row.key, field));
                        }}
                      >
                        <span aria-hidden>×</span>
                      </ActionIcon>
                    )}
                  </td>
                  {COLUMNS.map((field) => {
                    const cell = assistanceCell(row.key, field);
                    if (field === 'programLabel' && !row.added)
                      return (
                        <td key={field} style={{ minWidth: 220 }}>
                          <Text size="sm">{row.stored?.programLabel || '—'}</Text>
                        </td>
                      );
                    if (!editable)
                      return (
                        <td key={field} className={isNumberField(field) ? 'num' : undefined}>
                          {isNumberField(field) && row.stored?.[field] != null
                            ? field === 'value'
                              ? show.rupiah(Number(row.stored[field]))
                              : show.number(Number(row.stored[field]))
                            : storedText(row, field)}
                        </td>
                      );
                    return (
                      <TableCell
                        key={field}
                        cellKey={cell}
                        row={index}
                        col={COLUMNS.indexOf(field)}
                        label={t('cell.label', { column: columnTitle(field), row: rowName })}
                        value={table.drafts.get(cell) ?? storedText(row, field)}
                        numeric={isNumberField(field)}
                        wide={field !== 'unitName'}
                        changed={changedRows.has(row.key) && table.drafts.has(cell)}
                        message={messageOf(cell, field)}
                        onType={table.typeOne}
                      />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editable && (
        <>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button variant="light" size="xs" mt="xs">
                + {t('entry.addRow')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {ASSISTANCE_PROGRAMS.map((program) => (
                <Menu.Item key={program} onClick={() => addRow(program)}>
                  {t(`program.${program}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Text size="xs" c="dimmed" mt={4}>
            {t('entry.help')}
          </Text>
        </>
      )}
      <Suspense fallback={null}>
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <SocialChart
            title={t('chart.assistance')}
            label={t('chart.label', { title: t('chart.assistance'), area: areaName, year })}
            bars={recipients}
          />
        </div>
      </Suspense>
    </>
  );
}
