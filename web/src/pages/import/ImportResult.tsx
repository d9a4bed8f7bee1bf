/** What an import answered: the problems (sheet, row, column, found, expected) or the preview of changes. */
import { Alert, Badge, Group, Table, Text } from '@mantine/core';
import { useTexts } from '../../i18n/i18n.ts';
import { show } from '../../format.ts';
import { MULTI_SHEET_KINDS, type ImportKind, type ImportOutcome } from './import-api.ts';
import { texts } from './texts.ts';

type Refused = Extract<ImportOutcome, { status: 'refused' }>;
type Counted = Exclude<ImportOutcome, { status: 'refused' }>;

/** A JSON file (`json`) has no sheets or rows: its problems are named by their place in the file. */
export function ProblemTable({ outcome, json = false }: { outcome: Refused; json?: boolean }) {
  const { t, i18n } = useTexts('import', texts);
  const en = i18n.language === 'en';
  return (
    <Alert
      color="red"
      title={t('refused.title', { count: outcome.problemCount })}
      data-testid="import-refused"
    >
      <Text size="sm" mb="xs">
        {t(json ? 'refused.jsonHint' : 'refused.hint')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder fz="sm">
          <Table.Caption>{t('refused.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {!json && <Table.Th>{t('column.sheet')}</Table.Th>}
              {!json && <Table.Th className="num">{t('column.row')}</Table.Th>}
              <Table.Th>{t(json ? 'column.place' : 'column.column')}</Table.Th>
              <Table.Th>{t('column.found')}</Table.Th>
              <Table.Th>{t('column.expected')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outcome.problems.map((p, i) => (
              <Table.Tr key={i}>
                {!json && <Table.Td>{p.sheet}</Table.Td>}
                {!json && <Table.Td className="num">{p.row ?? '–'}</Table.Td>}
                <Table.Td>{p.column ?? '–'}</Table.Td>
                <Table.Td>
                  {p.found ?? (
                    <Text span c="dimmed">
                      {t('blank')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{en ? p.expected.en : p.expected.id}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {outcome.problemCount > outcome.problems.length && (
        <Text size="sm" mt="xs">
          {t('refused.more', { shown: outcome.problems.length, count: outcome.problemCount })}
        </Text>
      )}
    </Alert>
  );
}

export function CountBadges({ outcome }: { outcome: Counted }) {
  const { t } = useTexts('import', texts);
  const c = outcome.counts;
  return (
    <Group gap="xs" data-testid="import-counts">
      <Badge color="green" variant="light" size="lg">
        {t('counts.new')}: {show.number(c.new)}
      </Badge>
      <Badge color="orange" variant="light" size="lg">
        {t('counts.changed')}: {show.number(c.changed)}
      </Badge>
      <Badge color="gray" variant="light" size="lg">
        {t('counts.unchanged')}: {show.number(c.unchanged)}
      </Badge>
      <Badge color="gray" variant="outline" size="lg">
        {t('counts.empty')}: {show.number(c.empty)}
      </Badge>
    </Group>
  );
}

/** "74.53" → "74,53"; a grade or a description stays as it is. */
function shown(value: string | null): string {
  if (value === null) return '–';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  return show.number(Number(value), (value.split('.')[1] ?? '').length);
}

/** The new and changed rows; the label's header names what the kind's labels hold (a JSON file numbers its changes). */
export function ChangeTable({ outcome, json = false }: { outcome: Counted; json?: boolean }) {
  const { t } = useTexts('import', texts);
  const total = outcome.counts.new + outcome.counts.changed;
  if (total === 0) return null;
  // a row number alone is ambiguous in a workbook of several data sheets
  const sheets = !json && MULTI_SHEET_KINDS.includes(outcome.kind as ImportKind);
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder fz="sm" data-testid="import-changes">
          <Table.Caption>{t('preview.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {sheets && <Table.Th>{t('column.sheet')}</Table.Th>}
              <Table.Th className="num">{t(json ? 'column.no' : 'column.row')}</Table.Th>
              <Table.Th>{t([`column.whats.${outcome.kind}`, 'column.what'])}</Table.Th>
              <Table.Th>{t('column.change')}</Table.Th>
              <Table.Th className="num">{t('column.before')}</Table.Th>
              <Table.Th className="num">{t('column.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outcome.changes.map((c, i) => (
              <Table.Tr key={i}>
                {sheets && <Table.Td>{c.sheet}</Table.Td>}
                <Table.Td className="num">{c.row}</Table.Td>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td>
                  <Badge color={c.change === 'new' ? 'green' : 'orange'} variant="light">
                    {t(`change.${c.change}`)}
                  </Badge>
                </Table.Td>
                <Table.Td className="num">{shown(c.before)}</Table.Td>
                <Table.Td className="num">{shown(c.after)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > outcome.changes.length && (
        <Text size="sm">{t('preview.more', { shown: outcome.changes.length, count: total })}</Text>
      )}
    </>
  );
}
