/** A horizontal bar per category, type or programme (largest first; empty ones left out). */
import { Paper, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { show } from '../../format.ts';

export default function SocialChart({
  title,
  label,
  bars,
}: {
  title: string;
  label: string;
  bars: readonly { key: string; label: string; value: number | null }[];
}) {
  const { t } = useTranslation('social');
  const shown = useMemo(
    () =>
      bars
        .filter((b): b is typeof b & { value: number } => b.value !== null && b.value > 0)
        .sort((a, b) => b.value - a.value),
    [bars],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: unknown) => show.number(typeof value === 'number' ? value : null),
      },
      grid: { left: 176, right: 56, top: 8, bottom: 24 },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => show.number(value) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((b) => b.label),
        axisLabel: { width: 136, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: shown.map((b) => b.value),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => show.number(p.value) },
        },
      ],
    }),
    [shown],
  );
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('chart.empty')}
        </Text>
      ) : (
        <Chart option={option} height={Math.max(160, 40 + shown.length * 26)} label={label} />
      )}
    </Paper>
  );
}
