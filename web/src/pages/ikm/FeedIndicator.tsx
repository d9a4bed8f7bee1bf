/**
 * Which indicator receives a computed value (the year's IKM, or the AKIP
 * score): pick it among the Renstra's indicators and mark it; its
 * realisation of the year fed is shown. Only the agency's staff mark.
 */
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { useSetFeed, type FeedCandidate } from './ikm-api.ts';
import { texts } from './texts.ts';

export function FeedIndicator({
  candidates,
  feed,
  year,
  canEdit,
}: {
  candidates: FeedCandidate[];
  feed: 'ikm' | 'akip';
  /** The year whose realisation the value becomes. */
  year: number;
  canEdit: boolean;
}) {
  const { t } = useTexts('ikm', texts);
  const current = candidates.find((c) => c.feed === feed) ?? null;
  const [chosen, setChosen] = useState(current?.id ?? '');
  const [done, setDone] = useState(false);
  const setFeed = useSetFeed();
  const save = async () => {
    setDone(false);
    if (current && current.id !== chosen)
      await setFeed.mutateAsync({ indicatorId: current.id, version: current.version, feed: null });
    const next = candidates.find((c) => c.id === chosen);
    if (next && next.feed !== feed)
      await setFeed.mutateAsync({ indicatorId: next.id, version: next.version, feed });
    setDone(true);
  };
  const realisation = current?.realisation ?? null;
  return (
    <Stack gap={4}>
      {canEdit ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <NativeSelect
            label={t('feed.label')}
            value={chosen}
            onChange={(event) => setChosen(event.currentTarget.value)}
            data={[
              { value: '', label: t('feed.none') },
              ...candidates.map((c) => ({ value: c.id, label: `${c.code} — ${c.name}` })),
            ]}
            maw={420}
            style={{ flex: 1 }}
          />
          <Button
            variant="light"
            onClick={() => void save().catch(() => undefined)}
            loading={setFeed.isPending}
            disabled={chosen === (current?.id ?? '')}
          >
            {t('feed.save')}
          </Button>
        </Group>
      ) : (
        <Text size="sm">
          {current ? `${current.code} — ${current.name}` : t('feed.none')}{' '}
          <Text span size="xs" c="dimmed">
            ({t('feed.readOnly')})
          </Text>
        </Text>
      )}
      {current && (
        <Text size="sm" c="dimmed" data-testid="fed-realisation">
          {realisation && realisation.value !== null
            ? t('feed.realisation', {
                year,
                value: show.number(Number(realisation.value), 2),
                status: t(`status.${realisation.status}`),
              })
            : t('feed.noRealisation', { year })}
        </Text>
      )}
      {done && !setFeed.isError && (
        <Text size="sm" c="teal">
          {t('feed.saved')}
        </Text>
      )}
      {setFeed.isError && <ProblemAlert error={setFeed.error} />}
    </Stack>
  );
}
