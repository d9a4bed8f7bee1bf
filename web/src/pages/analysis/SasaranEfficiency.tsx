/**
 * Efficiency of a sasaran: its capaian against the budget absorption of the
 * programs linked to it, under the domain's stated rule (efficiency.ts), with
 * every reason it is not efficient.
 */
import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { MeasuredSasaran } from '../dashboard/measurement.ts';
import { texts } from './texts.ts';

const COLOUR = { efisien: 'teal', 'tidak efisien': 'red', 'tidak dapat dinilai': 'gray' } as const;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} className="num" ta="left">
        {value}
      </Text>
    </Stack>
  );
}

export function SasaranEfficiency({ sasaran }: { sasaran: MeasuredSasaran }) {
  const { t } = useTexts('analysis', texts);
  const e = sasaran.efficiency;
  if (!e)
    return (
      <Text size="sm" c="dimmed">
        {t('efficiency.notRead')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="efficiency">
      <Group gap="sm">
        <Badge size="lg" color={COLOUR[e.category]} variant="filled">
          {t(`efficiency.category.${e.category}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('efficiency.capaian')} value={show.percent(e.capaian)} />
        <Figure label={t('efficiency.serapan')} value={show.percent(e.serapan)} />
        <Figure
          label={t('efficiency.index')}
          value={e.index === null ? '—' : t('efficiency.points', { value: show.number(e.index) })}
        />
        <Figure label={t('efficiency.ratio')} value={show.number(e.ratio)} />
      </SimpleGrid>
      {e.reasons.length > 0 && (
        <List size="sm" spacing={2}>
          {e.reasons.map((reason) => (
            <List.Item key={reason}>{t(`efficiency.reason.${reason}`)}</List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed">
        {t('efficiency.rule', { threshold: show.percent(e.threshold) })}
      </Text>
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {t('efficiency.programs')}
        </Text>
        {sasaran.programs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('efficiency.noPrograms')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {sasaran.programs.map((p) => (
              <List.Item key={p.id}>
                <Text span size="xs" c="dimmed" mr={6}>
                  {p.code}
                </Text>
                {p.name}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
