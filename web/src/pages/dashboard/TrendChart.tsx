/**
 * The trend over the Renstra years up to the chosen one: the average capaian
 * of each year (its points coloured by predikat), each sasaran's capaian, and
 * the year's budget absorption, each year as the server measures it.
 */
import { Text, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { predikatColour } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { useMeasurements, type Measurement } from './measurement.ts';
import { texts } from './texts.ts';

export function trendYears(m: Measurement): number[] {
  if (!m.renstra) return [];
  const last = Math.min(m.year, m.renstra.endYear);
  const years: number[] = [];
  for (let y = m.renstra.startYear; y <= last; y++) years.push(y);
  return years;
}

export function TrendChart({ m }: { m: Measurement }) {
  const { t } = useTexts('dashboard', texts);
  const theme = useMantineTheme();
  const years = trendYears(m);
  const results = useMeasurements(m.agency.id, years);
  const failed = results.find((r) => r.isError);
  const pending = results.some((r) => r.isPending);
  const measured = results.map((r) => r.data).filter((d): d is Measurement => d !== undefined);
  const levels = m.settings.scale.levels;
  // the chart's numbers as plain data: the option is rebuilt only when they change
  const series = JSON.stringify({
    years: measured.map((d) => String(d.year)),
    average: measured.map((d) => ({ value: d.overall.capaian, predikat: d.overall.predikat?.label })),
    serapan: measured.map((d) => d.budget?.persen ?? null),
    sasaran: m.sasaran.map((s) => ({
      code: s.code,
      values: measured.map((d) => d.sasaran.find((x) => x.code === s.code)?.capaian ?? null),
    })),
  });
  const option = useMemo((): ChartOption => {
    const data = JSON.parse(series) as {
      years: string[];
      average: { value: number | null; predikat: string | undefined }[];
      serapan: (number | null)[];
      sasaran: { code: string; values: (number | null)[] }[];
    };
    const percent = (value: unknown) => (typeof value === 'number' ? show.percent(value) : '—');
    const colourOf = (label: string | undefined) => {
      const name = predikatColour(label, levels);
      return theme.colors[name]?.[6] ?? theme.colors.gray[6];
    };
    return {
      grid: { left: 48, right: 40, top: 28, bottom: 56 },
      // a named font: ECharts measures legend text with it (an inherited font measures too narrow)
      textStyle: { fontFamily: theme.fontFamily },
      legend: { bottom: 0, type: 'scroll', itemGap: 16 },
      tooltip: { trigger: 'axis', valueFormatter: percent },
      xAxis: { type: 'category', data: data.years },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => show.number(v) } },
      series: [
        {
          name: t('trend.serapan'),
          type: 'bar',
          barMaxWidth: 28,
          itemStyle: { color: theme.colors.blue[2] },
          data: data.serapan,
        },
        ...data.sasaran.map((s) => ({
          name: s.code,
          type: 'line',
          symbolSize: 5,
          lineStyle: { width: 1.5, type: 'dashed' },
          connectNulls: true,
          data: s.values,
        })),
        {
          name: t('trend.average'),
          type: 'line',
          symbolSize: 10,
          lineStyle: { width: 3, color: theme.colors.dark[6] },
          itemStyle: { color: theme.colors.dark[6] },
          z: 10,
          label: { show: true, position: 'top', formatter: (p: { value: unknown }) => percent(p.value) },
          data: data.average.map((a) => ({ value: a.value, itemStyle: { color: colourOf(a.predikat) } })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: theme.colors.gray[5] },
            label: { formatter: '100' },
            data: [{ yAxis: 100 }],
          },
        },
      ],
    };
  }, [series, levels, theme, t]);
  if (failed) return <ProblemAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (pending) return <Loading label={t('trend.loading')} />;
  const label = t('trend.label', {
    values: measured.map((d) => `${d.year} ${show.percent(d.overall.capaian)}`).join('; '),
  });
  return (
    <>
      <Chart option={option} label={label} height={300} />
      {measured.length === 1 && (
        <Text size="sm" c="dimmed">
          {t('trend.single')}
        </Text>
      )}
    </>
  );
}
