/** One indicator's years as a chart: target and realisation as bars, capaian as a line on its own axis. */
import { useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { YearRow } from './IndicatorAnalysis.tsx';
import { texts } from './texts.ts';

export function YearChart({ rows, code }: { rows: YearRow[]; code: string }) {
  const { t } = useTexts('analysis', texts);
  const theme = useMantineTheme();
  const data = JSON.stringify(rows.map((r) => [r.year, r.targetValue, r.realisasiValue, r.capaian]));
  const option = useMemo((): ChartOption => {
    const points = JSON.parse(data) as [number, number | null, number | null, number | null][];
    return {
      textStyle: { fontFamily: theme.fontFamily },
      grid: { left: 48, right: 48, top: 24, bottom: 48 },
      legend: { bottom: 0, itemGap: 16 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: points.map((p) => String(p[0])) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => show.number(v) } },
        {
          type: 'value',
          name: '%',
          splitLine: { show: false },
          axisLabel: { formatter: (v: number) => show.number(v) },
        },
      ],
      series: [
        {
          name: t('indicator.target'),
          type: 'bar',
          barMaxWidth: 22,
          itemStyle: { color: theme.colors.gray[4] },
          data: points.map((p) => p[1]),
          tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? show.number(v) : '—') },
        },
        {
          name: t('indicator.realisasi'),
          type: 'bar',
          barMaxWidth: 22,
          itemStyle: { color: theme.colors.teal[7] },
          data: points.map((p) => p[2]),
          tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? show.number(v) : '—') },
        },
        {
          name: t('indicator.capaian'),
          type: 'line',
          yAxisIndex: 1,
          symbolSize: 8,
          itemStyle: { color: theme.colors.orange[7] },
          data: points.map((p) => p[3]),
          tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? show.percent(v) : '—') },
        },
      ],
    };
  }, [data, theme, t]);
  const label = t('indicator.chartLabel', {
    code,
    values: rows.map((r) => `${r.year}: ${r.target} / ${r.realisasi}`).join('; '),
  });
  return <Chart option={option} label={label} height={240} />;
}
