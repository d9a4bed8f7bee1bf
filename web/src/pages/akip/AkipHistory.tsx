/** The agency's evaluations across years: the score per evaluated year as a chart, and the table with predikat. */
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { MutuBadge } from '../ikm/MutuBadge.tsx';
import type { AkipEvaluationView } from './akip-api.ts';
import { texts } from './texts.ts';

export function AkipHistory({ evaluations }: { evaluations: AkipEvaluationView[] }) {
  const { t } = useTexts('akip', texts);
  const scored = useMemo(
    () => [...evaluations].filter((e) => e.score !== null).sort((a, b) => a.year - b.year),
    [evaluations],
  );
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: scored.map((e) => String(e.year)) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'bar',
          name: t('history.score'),
          data: scored.map((e) => Number(e.score!.toFixed(2))),
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value: number; dataIndex: number }) =>
              `${show.number(p.value, 2)} ${scored[p.dataIndex]?.predikat ?? ''}`,
          },
        },
      ],
    }),
    [scored, t],
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('history.title')}
      </Title>
      {evaluations.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: scored.length > 0 ? 2 : 1 }}>
          <Table.ScrollContainer minWidth={480}>
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.year')}</Table.Th>
                  <Table.Th>{t('history.evaluator')}</Table.Th>
                  <Table.Th className="num">{t('history.score')}</Table.Th>
                  <Table.Th>{t('history.predikat')}</Table.Th>
                  <Table.Th>{t('history.published')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {evaluations.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{e.year}</Table.Td>
                    <Table.Td>{e.evaluator}</Table.Td>
                    <Table.Td className="num">{show.number(e.score, 2)}</Table.Td>
                    <Table.Td>{e.predikat ? <MutuBadge grade={e.predikat} size="md" /> : '—'}</Table.Td>
                    <Table.Td>{e.publishedGrade ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {scored.length > 0 && <Chart option={option} height={240} label={t('history.chart')} />}
        </SimpleGrid>
      )}
    </Paper>
  );
}
