/** The four figures a head of agency reads first: average capaian, indicators, budget, predikat. */
import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PredikatBadge, predikatColour } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { Measurement } from './measurement.ts';
import { texts } from './texts.ts';

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap={6}>
        <Text size="sm" c="dimmed" fw={500}>
          {label}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

function Row({ label, value, warn = false }: { label: string; value: ReactNode; warn?: boolean }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Text size="sm" className="num" fw={warn ? 700 : 500} c={warn ? 'orange.8' : undefined}>
        {value}
      </Text>
    </Group>
  );
}

export function HeadlineCards({ m, budgetLink }: { m: Measurement; budgetLink: string }) {
  const { t, i18n } = useTexts('dashboard', texts);
  const levels = m.settings.scale.levels;
  const measured = m.indicatorCount - m.unmeasured;
  const budget = m.budget;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" mb="md">
      <Figure label={t('headline.average')}>
        {m.overall.capaian === null ? (
          <Text c="dimmed">{t('headline.noAverage')}</Text>
        ) : (
          <>
            <Group gap="sm" align="center">
              <Text fz={32} fw={700} lh={1.1} className="num" data-testid="average-capaian">
                {show.percent(m.overall.capaian)}
              </Text>
              <PredikatBadge predikat={m.overall.predikat} levels={levels} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('headline.averageOf', { count: m.overall.count })} ·{' '}
              {m.settings.aggregation === 'group-mean' ? t('headline.groupMean') : t('headline.mean')}
              {m.settings.cap !== null && ` · ${t('headline.capped', { cap: show.number(m.settings.cap) })}`}
            </Text>
          </>
        )}
      </Figure>
      <Figure label={t('headline.indicators')}>
        <Text fz={24} fw={700} lh={1.1}>
          {t('headline.measuredOf', { measured, total: m.indicatorCount })}
        </Text>
        <Stack gap={2}>
          <Row label={t('headline.missing')} value={m.missingRealisasi} warn={m.missingRealisasi > 0} />
          <Row label={t('headline.incomplete')} value={m.incomplete} warn={m.incomplete > 0} />
          <Row label={t('headline.unmeasured')} value={m.unmeasured} warn={m.unmeasured > 0} />
        </Stack>
      </Figure>
      <Figure label={t('headline.budget')}>
        {budget === null || budget.pagu === null ? (
          <>
            <Text c="dimmed" size="sm">
              {t('headline.noBudget')}
            </Text>
            <Anchor component={Link} to={budgetLink} size="sm">
              {t('headline.openBudget')}
            </Anchor>
          </>
        ) : (
          <>
            <Group gap="xs" align="baseline">
              <Text fz={24} fw={700} lh={1.1} className="num">
                {show.percent(budget.persen)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('headline.serapan')}
              </Text>
            </Group>
            <Progress
              value={Math.min(100, budget.persen ?? 0)}
              aria-label={t('headline.serapan')}
              size="sm"
              color="teal"
            />
            <Stack gap={2}>
              <Row label={t('headline.pagu')} value={show.rupiah(budget.pagu)} />
              <Row label={t('headline.realisasi')} value={show.rupiah(budget.realisasi)} />
            </Stack>
          </>
        )}
      </Figure>
      <Figure label={t('headline.predikat')}>
        <Stack gap={4}>
          {m.predikatCounts.map((level) => (
            <Group key={level.label} justify="space-between" gap="xs" wrap="nowrap">
              <Badge
                color={predikatColour(level.label, levels)}
                variant={level.count > 0 ? 'filled' : 'light'}
                size="sm"
              >
                {i18n.language === 'en' ? level.labelEn : level.label}
              </Badge>
              <Text size="sm" className="num" fw={level.count > 0 ? 700 : 400}>
                {level.count}
              </Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed">
            {t('headline.predikatScale', { scale: m.settings.scale.name })}
          </Text>
        </Stack>
      </Figure>
    </SimpleGrid>
  );
}
