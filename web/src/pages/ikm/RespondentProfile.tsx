/** The respondents' profile as charts: sex (pie), education and occupation (bars), respondents per service. */
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import type { IkmYear } from './ikm-api.ts';
import { texts } from './texts.ts';

type Count = { category: string; count: number };

function bars(counts: Count[], label: (c: string) => string): ChartOption {
  const shown = [...counts].reverse();
  return {
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((c) => label(c.category)),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [{ type: 'bar', data: shown.map((c) => c.count), label: { show: true, position: 'right' } }],
  };
}

export function RespondentProfile({ profile }: { profile: IkmYear['profile'] }) {
  const { t } = useTexts('ikm', texts);
  const name = (category: string) => (category === '' ? t('profile.notStated') : category);
  const sexName = (category: string) =>
    category === 'L' ? t('profile.L') : category === 'P' ? t('profile.P') : t('profile.notStated');
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('profile.title')}
      </Title>
      {!profile ? (
        <Text c="dimmed">{t('profile.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div>
            <Text size="sm" fw={600}>
              {t('profile.sex')}
            </Text>
            <Chart
              height={220}
              label={t('profile.sex')}
              option={{
                tooltip: { trigger: 'item' },
                legend: { bottom: 0 },
                series: [
                  {
                    type: 'pie',
                    radius: ['35%', '65%'],
                    label: { formatter: '{c}' },
                    data: profile.bySex.map((c) => ({ name: sexName(c.category), value: c.count })),
                  },
                ],
              }}
            />
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('profile.education')}
            </Text>
            <Chart height={220} label={t('profile.education')} option={bars(profile.byEducation, name)} />
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('profile.occupation')}
            </Text>
            <Chart height={220} label={t('profile.occupation')} option={bars(profile.byOccupation, name)} />
          </div>
          <div>
            <Text size="sm" fw={600}>
              {t('profile.service')}
            </Text>
            <Chart
              height={220}
              label={t('profile.service')}
              option={bars(profile.byService, (c) => (c === '' ? t('surveys.allServices') : c))}
            />
          </div>
        </SimpleGrid>
      )}
    </Paper>
  );
}
