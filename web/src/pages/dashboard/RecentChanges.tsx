/** The agency's recent changes from the audit trail: who did what, how many records, when. */
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { useRecentChanges, type Changes } from './measurement.ts';
import { texts } from './texts.ts';

const PAGE = 8;
const MAX = 48;

type Change = Changes['changes'][number];

function useDescribe() {
  const { t, i18n } = useTexts('dashboard', texts);
  return (change: Change): string => {
    if (change.action === 'demo.loaded') return t('changes.demoLoaded');
    const verb = change.action.slice(change.action.indexOf('.') + 1);
    const verbKey = `changes.verb.${verb}`;
    const recordKey = `changes.record.${change.entityTable}`;
    return t('changes.line', {
      verb: i18n.exists(`dashboard:${verbKey}`) ? t(verbKey) : verb.replace(/_/g, ' '),
      record: i18n.exists(`dashboard:${recordKey}`) ? t(recordKey) : change.entityTable.replace(/_/g, ' '),
    });
  };
}

export function RecentChanges({ agencyId }: { agencyId: string }) {
  const { t } = useTexts('dashboard', texts);
  const [limit, setLimit] = useState(PAGE);
  const changes = useRecentChanges(agencyId, limit, true);
  const describe = useDescribe();
  if (changes.isPending) return <Loading />;
  if (changes.isError) return <ProblemAlert error={changes.error} onRetry={() => void changes.refetch()} />;
  const list = changes.data.changes;
  if (list.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('changes.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((change) => (
          <li key={change.lastEventId}>
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {change.actorLabel === 'system' ? t('changes.system') : change.actorLabel}
              </Text>
              <Text size="sm" style={{ flex: 1 }}>
                {describe(change)}{' '}
                {change.count > 1 && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('changes.times', { count: change.count })}
                  </Badge>
                )}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {show.dateTime(change.lastAt)}
            </Text>
          </li>
        ))}
      </Stack>
      {list.length >= limit && limit < MAX && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setLimit((l) => l + PAGE)}
          loading={changes.isFetching}
          w="fit-content"
        >
          {t('changes.more')}
        </Button>
      )}
    </Stack>
  );
}
