/**
 * The yearly Renstra targets of one indicator: read as a table (the year in
 * the header highlighted), or edited per year in the shape the polarity asks
 * for (a number typed the Indonesian way, a range, or a grade). Only the
 * years changed are sent, each with the version it was read at.
 */
import { Alert, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { NumberField, readNumber } from '../../components/NumberField.tsx';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { FormProblem } from './FormModal.tsx';
import { planApi, useDialogWrite, type TreeIndicator } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { inputText, showTarget } from './stored-values.ts';
import { texts } from './texts.ts';
import { periodYears } from './tree-index.ts';

type Row = { value: string; low: string; high: string; grade: string | null };

function rowOf(target: TreeIndicator['targets'][number] | undefined): Row {
  return {
    value: inputText(target?.value),
    low: inputText(target?.low),
    high: inputText(target?.high),
    grade: target?.grade ?? null,
  };
}

const same = (a: Row, b: Row) =>
  a.value.trim() === b.value.trim() &&
  a.low.trim() === b.low.trim() &&
  a.high.trim() === b.high.trim() &&
  a.grade === b.grade;

export function TargetsTable({ indicator }: { indicator: TreeIndicator }) {
  const { t } = useTexts('renstra', texts);
  const { tree, year } = useRenstraView();
  const inPeriod = periodYears(tree);
  const years = [...new Set([...inPeriod, ...indicator.targets.map((x) => x.year)])].sort((a, b) => a - b);
  return (
    <Table fz="sm" withTableBorder verticalSpacing={4} data-testid="targets">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('targets.year')}</Table.Th>
          <Table.Th className="num">
            {t('targets.target')} ({indicator.unit})
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {years.map((y) => (
          <Table.Tr key={y} fw={y === year ? 700 : undefined} bg={y === year ? 'teal.0' : undefined}>
            <Table.Td>
              <Group gap={6}>
                {y}
                {y === year && (
                  <Badge size="xs" variant="light">
                    {t('targets.chosenYear')}
                  </Badge>
                )}
                {!inPeriod.includes(y) && (
                  <Text span size="xs" c="dimmed">
                    {t('targets.outsidePeriod')}
                  </Text>
                )}
              </Group>
            </Table.Td>
            <Table.Td className="num" data-year={y}>
              {showTarget(indicator.targets.find((x) => x.year === y))}
            </Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Td>{t('targets.end', { year: tree.period.endYear })}</Table.Td>
          <Table.Td className="num" data-year="end">
            {showTarget(indicator.endTarget)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

export function TargetsEditor({
  indicator,
  onDone,
  onCancel,
}: {
  indicator: TreeIndicator;
  onDone: (warnings: string[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTexts('renstra', texts);
  const { agencyId, tree, index } = useRenstraView();
  const years = periodYears(tree);
  // what the editor opened with: a year counts as changed only when the user changed it
  const [initial] = useState<Record<number, Row>>(() =>
    Object.fromEntries(years.map((y) => [y, rowOf(indicator.targets.find((x) => x.year === y))])),
  );
  const [rows, setRows] = useState<Record<number, Row>>(initial);
  const [sentYears, setSentYears] = useState<number[]>([]);
  const [unchanged, setUnchanged] = useState(false);
  const { mutation, reloadLatest } = useDialogWrite(agencyId, planApi.setTargets(indicator.id), (result) =>
    onDone(result.warnings.map((w) => (i18n.language === 'en' ? w.message.en : w.message.id))),
  );
  const error = mutation.error;
  const setRow = (y: number, patch: Partial<Row>) => setRows((r) => ({ ...r, [y]: { ...r[y]!, ...patch } }));
  const at = (y: number, key: string) => {
    const i = sentYears.indexOf(y);
    return i < 0 ? undefined : fieldError(error, `targets[${i}]${key ? `.${key}` : ''}`);
  };
  const grades = indicator.ordinalScale?.grades ?? [];

  const save = () => {
    // the versions are the latest read (after a reload following a conflict, the other person's)
    const latest = index.indicators.get(indicator.id)?.indicator ?? indicator;
    const changed = years.filter((y) => !same(rows[y]!, initial[y]!));
    setUnchanged(changed.length === 0);
    if (changed.length === 0) return;
    const bad = changed.some((y) =>
      [rows[y]!.value, rows[y]!.low, rows[y]!.high].some((text) => readNumber(text).error !== undefined),
    );
    if (bad) return;
    setSentYears(changed);
    mutation.mutate({
      targets: changed.map((y) => {
        const row = rows[y]!;
        const version = latest.targets.find((x) => x.year === y)?.version;
        const shape =
          indicator.polarity === 'range'
            ? { low: row.low, high: row.high }
            : indicator.polarity === 'ordinal'
              ? row.grade === null
                ? {}
                : { grade: row.grade }
              : { value: row.value };
        return { year: y, ...shape, ...(version !== undefined && { version }) };
      }),
    });
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Stack gap="sm" data-testid="targets-editor">
        <Text size="sm" c="dimmed">
          {t('targets.editHint', { unit: indicator.unit })}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {years.map((y) => {
            const row = rows[y]!;
            if (indicator.polarity === 'ordinal') {
              return (
                <Select
                  key={y}
                  label={t('targets.targetOf', { year: y })}
                  data={grades}
                  value={row.grade}
                  onChange={(grade) => setRow(y, { grade })}
                  error={at(y, '')}
                />
              );
            }
            if (indicator.polarity === 'range') {
              return (
                <Group key={y} grow gap="xs" align="flex-start">
                  <NumberField
                    label={t('targets.lowOf', { year: y })}
                    value={row.low}
                    onChange={(low) => setRow(y, { low })}
                    serverError={at(y, 'low') ?? at(y, 'year')}
                  />
                  <NumberField
                    label={t('targets.highOf', { year: y })}
                    value={row.high}
                    onChange={(high) => setRow(y, { high })}
                    serverError={at(y, 'high')}
                  />
                </Group>
              );
            }
            return (
              <NumberField
                key={y}
                label={t('targets.targetOf', { year: y })}
                value={row.value}
                onChange={(value) => setRow(y, { value })}
                serverError={at(y, '')}
              />
            );
          })}
        </SimpleGrid>
        {unchanged && (
          <Alert color="gray" role="status" p="xs">
            {t('targets.unchanged')}
          </Alert>
        )}
        <FormProblem
          error={error}
          fieldPaths={sentYears.map((_, i) => `targets[${i}]`)}
          onReload={() => void reloadLatest()}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('targets.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
