/**
 * The response table of a survey, worked like a spreadsheet: one row per
 * respondent, scores 1–4 for U1–U9 then sex, education and occupation.
 * Arrow keys and Enter move between cells; a block pasted from Excel fills
 * from the focused cell down and right. Bad cells are marked as you type;
 * the live result comes from the domain engine; Save sends every row at once
 * (the server takes all or none and names a bad cell by row and element).
 */
import { Alert, Button, Group, Paper, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { isBlock, readClipboardBlock } from '../../clipboard-block.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { LeaveGuard } from '../../components/LeaveGuard.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useSaveResponses, type IkmSurveyView } from './ikm-api.ts';
import {
  cellProblem,
  COLUMN_COUNT,
  emptyRow,
  liveResult,
  pasteBlock,
  problemCount,
  rowsOf,
  SCORE_COLUMNS,
  SEX_COLUMN,
  toInput,
  type Row,
} from './response-rows.ts';
import { SurveyResult } from './SurveyResult.tsx';
import { texts } from './texts.ts';

export function ResponsesEntry({ survey, editable }: { survey: IkmSurveyView; editable: boolean }) {
  const { t } = useTexts('ikm', texts);
  const stored = useMemo(() => rowsOf(survey), [survey]);
  const [rows, setRows] = useState<Row[]>(() => (stored.length > 0 ? stored : editable ? [emptyRow()] : []));
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [sentRows, setSentRows] = useState<number[]>([]);
  const table = useRef<HTMLTableElement>(null);
  const save = useSaveResponses(survey.id);
  const problems = problemCount(rows);
  const live = useMemo(() => (dirty ? liveResult(rows) : null), [rows, dirty]);
  const columns = [...SCORE_COLUMNS, t('entry.sex'), t('entry.education'), t('entry.occupation')];

  const update = (next: Row[]) => {
    setRows(next);
    setDirty(true);
    setNotice(null);
  };
  const focus = (row: number, column: number) =>
    table.current?.querySelector<HTMLInputElement>(`input[data-cell="${row}:${column}"]`)?.focus();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      Enter: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    const input = event.currentTarget;
    const sideways = move[1] !== 0;
    // inside a text, left/right move the caret until its end
    if (sideways && input.value !== '' && input.selectionStart !== (move[1] < 0 ? 0 : input.value.length))
      return;
    event.preventDefault();
    const target = { row: row + move[0], column: column + move[1] };
    if (target.row >= rows.length && event.key === 'Enter' && editable) update([...rows, emptyRow()]);
    window.setTimeout(() =>
      focus(Math.max(0, target.row), Math.min(COLUMN_COUNT - 1, Math.max(0, target.column))),
    );
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isBlock(text)) return;
    event.preventDefault();
    const block = readClipboardBlock(text);
    update(pasteBlock(rows, { row, column }, block));
    setNotice(t('entry.pasted', { rows: block.length }));
  };
  const submit = () => {
    const { responses, gridRow } = toInput(rows);
    setSentRows(gridRow);
    save.mutate(
      { version: survey.version, responses },
      {
        onSuccess: (saved) => {
          setDirty(false);
          setRows((current) => current.filter((row) => row.some((c) => c.trim() !== '')));
          setNotice(t('entry.saved', { count: saved.result?.respondents ?? 0 }));
        },
      },
    );
  };
  /** The server's message for a cell: its path names the row sent, mapped back to the grid row. */
  const serverError = (row: number, column: number): string | undefined => {
    if (!(save.error instanceof ApiError) || column > SEX_COLUMN) return undefined;
    const sent = sentRows.indexOf(row);
    if (sent < 0) return undefined;
    const field = column < SEX_COLUMN ? `u${column + 1}` : 'sex';
    return save.error.fieldMessage(`responses[${sent}].${field}`);
  };

  return (
    <Stack>
      <LeaveGuard unsaved={dirty ? 1 : 0} />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t('entry.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {editable ? t('entry.hint') : t('entry.readOnly')}
        </Text>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('entry.empty')}</Text>
        ) : (
          <ScrollArea.Autosize mah={460} type="auto">
            <Table ref={table} withTableBorder withColumnBorders fz="sm" stickyHeader miw={880}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th className="num">{t('entry.no')}</Table.Th>
                  {columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                  {editable && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, r) => (
                  <Table.Tr key={r}>
                    <Table.Td className="num">{r + 1}</Table.Td>
                    {row.map((cell, c) => {
                      const problem = cellProblem(row, c);
                      const error =
                        serverError(r, c) ??
                        (problem === 'score'
                          ? t('entry.badScore')
                          : problem === 'sex'
                            ? t('entry.badSex')
                            : undefined);
                      return (
                        <Table.Td key={c} p={2}>
                          <TextInput
                            size="xs"
                            value={cell}
                            readOnly={!editable}
                            aria-label={t('entry.cell', { column: columns[c], row: r + 1 })}
                            aria-invalid={error !== undefined}
                            title={error}
                            error={error !== undefined}
                            data-cell={`${r}:${c}`}
                            w={c > SEX_COLUMN ? 130 : c === SEX_COLUMN ? 52 : 44}
                            styles={{ input: { textAlign: c < SEX_COLUMN ? 'center' : 'left' } }}
                            inputMode={c < SEX_COLUMN ? 'numeric' : 'text'}
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              update(
                                rows.map((x, i) => (i === r ? x.map((y, j) => (j === c ? value : y)) : x)),
                              );
                            }}
                            onKeyDown={(event) => onKeyDown(event, r, c)}
                            onPaste={(event) => onPaste(event, r, c)}
                          />
                        </Table.Td>
                      );
                    })}
                    {editable && (
                      <Table.Td p={2}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('entry.removeRow', { row: r + 1 })}
                          onClick={() => update(rows.filter((_, i) => i !== r))}
                        >
                          ×
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {editable && (
          <Group mt="sm" justify="space-between" wrap="wrap">
            <Button
              variant="default"
              onClick={() => update([...rows, ...Array.from({ length: 10 }, emptyRow)])}
            >
              {t('entry.addRows')}
            </Button>
            <Group gap="sm">
              {problems > 0 && (
                <Text size="sm" c="red">
                  {t('entry.rowsWithErrors', { count: problems })}
                </Text>
              )}
              {dirty && problems === 0 && (
                <Text size="sm" c="dimmed">
                  {t('entry.unsaved')}
                </Text>
              )}
              <Button onClick={submit} loading={save.isPending} disabled={!dirty || problems > 0}>
                {t('entry.save')}
              </Button>
            </Group>
          </Group>
        )}
        {notice && (
          <Alert color="teal" mt="sm" role="status">
            {notice}
          </Alert>
        )}
        {save.isError && (
          <Stack mt="sm">
            <ProblemAlert error={save.error} />
          </Stack>
        )}
      </Paper>
      {dirty && <SurveyResult result={live} live />}
    </Stack>
  );
}
