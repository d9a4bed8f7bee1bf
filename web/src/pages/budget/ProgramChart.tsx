/** Pagu and realisasi per program as horizontal bars, with the serapan in the label (from the live roll-up). */
import { Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { show } from '../../format.ts';
import type { BudgetTree } from './budget-api.ts';
import type { LiveBudget } from './live-amounts.ts';

export default function ProgramChart({ tree, live }: { tree: BudgetTree; live: LiveBudget }) {
  const { t, i18n } = useTranslation('budget');
  const programs = useMemo(
    () =>
      tree.programs
        .map((p) => ({ program: p, amounts: live.amounts.get(p.id) }))
        .filter((p) => p.amounts && p.amounts.pagu !== null),
    [tree, live],
  );
  const option = useMemo<ChartOption>(() => {
    const names = programs.map((p) => `${p.program.code} (${show.percent(p.amounts!.persen)})`);
    return {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: unknown) => show.rupiah(typeof value === 'number' ? value : null),
      },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        axisLabel: {
          formatter: (value: number) =>
            show.number(value / 1_000_000) + (i18n.language === 'en' ? 'M' : ' jt'),
        },
      },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [
        { name: t('chart.pagu'), type: 'bar', data: programs.map((p) => p.amounts!.pagu) },
        { name: t('chart.realisasi'), type: 'bar', data: programs.map((p) => p.amounts!.realisasi) },
      ],
    };
  }, [programs, t, i18n.language]);
  if (programs.length === 0) return null;
  return (
    <Paper withBorder p="sm" mt="md">
      <Title order={2} size="h4" mb="xs">
        {t('chart.title')}
      </Title>
      <Chart
        option={option}
        height={Math.max(200, 60 + programs.length * 48)}
        label={t('chart.label', { year: tree.year })}
      />
    </Paper>
  );
}
