/** A perubahan against the version it replaced: changed targets old → new, added and removed rows, changed pagu. */
import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { Diff } from './pk-api.ts';
import { showTarget } from './target-text.ts';
import { texts } from './texts.ts';

type Change = 'added' | 'removed' | 'changed';
const COLOUR: Record<Change, string> = { added: 'teal', removed: 'red', changed: 'yellow' };

function changeOf(before: unknown, after: unknown): Change {
  if (before === null) return 'added';
  if (after === null) return 'removed';
  return 'changed';
}

function Before({ text }: { text: string }) {
  return (
    <Text span size="sm" td="line-through" c="red.8" data-testid="diff-before">
      {text}
    </Text>
  );
}

function After({ text }: { text: string }) {
  return (
    <Text span size="sm" fw={700} c="teal.8" data-testid="diff-after">
      {text}
    </Text>
  );
}

function ChangeBadge({ change }: { change: Change }) {
  const { t } = useTexts('pk', texts);
  return (
    <Badge size="xs" variant="light" color={COLOUR[change]} component="span">
      {t(`diff.${change}`)}
    </Badge>
  );
}

export function PkDiffView({ diff }: { diff: Diff }) {
  const { t } = useTexts('pk', texts);
  const n = diff.againstNumber;
  const empty = diff.targets.length === 0 && diff.budgets.length === 0;
  return (
    <Card withBorder padding="sm" bg="yellow.0" data-testid="pk-diff">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('diff.title', { n })}
        </Title>
        {empty ? (
          <Text size="sm" c="dimmed">
            {t('diff.none', { n })}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={300}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('diff.indicator')}</Table.Th>
                  <Table.Th className="num">{t('diff.before')}</Table.Th>
                  <Table.Th aria-hidden />
                  <Table.Th className="num">{t('diff.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {diff.targets.map((row) => {
                  const change = changeOf(row.oldTarget, row.newTarget);
                  return (
                    <Table.Tr key={row.indicatorId} data-testid="diff-row" data-change={change}>
                      <Table.Td>
                        <Text size="sm">
                          <b>{row.indicatorCode}</b> {row.indicatorName} <ChangeBadge change={change} />
                        </Text>
                      </Table.Td>
                      <Table.Td className="num">
                        {row.oldTarget ? <Before text={showTarget(row.oldTarget)} /> : '—'}
                      </Table.Td>
                      <Table.Td aria-hidden>→</Table.Td>
                      <Table.Td className="num">
                        {row.newTarget ? <After text={showTarget(row.newTarget)} /> : '—'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                {diff.budgets.map((row) => {
                  const change = changeOf(row.oldPagu, row.newPagu);
                  return (
                    <Table.Tr key={`${row.level}:${row.id}`} data-testid="diff-row" data-change={change}>
                      <Table.Td>
                        <Text size="sm">
                          {t('diff.budget')} <b>{row.code}</b> {row.name} <ChangeBadge change={change} />
                        </Text>
                      </Table.Td>
                      <Table.Td className="num">
                        {row.oldPagu !== null ? <Before text={show.rupiah(row.oldPagu)} /> : '—'}
                      </Table.Td>
                      <Table.Td aria-hidden>→</Table.Td>
                      <Table.Td className="num">
                        {row.newPagu !== null ? <After text={show.rupiah(row.newPagu)} /> : '—'}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
