/** A survey's result: index, IKM value, mutu badge, the per-element table and bar chart of NRR. */
import { Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Chart, type ChartOption } from '../../components/Chart.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import type { IkmSurveyView } from './ikm-api.ts';
import { MutuBadge } from './MutuBadge.tsx';
import { texts } from './texts.ts';

type Result = NonNullable<IkmSurveyView['result']>;

function Figure({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function SurveyResult({ result, live = false }: { result: Result | null; live?: boolean }) {
  const { t } = useTexts('ikm', texts);
  const option = useMemo<ChartOption | null>(
    () =>
      result && {
        grid: { left: 40, right: 16, top: 16, bottom: 40 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: result.elements.map((e) => e.code) },
        yAxis: { type: 'value', min: 0, max: 4 },
        series: [
          {
            type: 'bar',
            name: t('result.nrr'),
            data: result.elements.map((e) => Number(e.nrr.toFixed(3))),
            label: {
              show: true,
              position: 'top',
              formatter: (p: { value: number }) => show.number(p.value, 2),
            },
          },
        ],
      },
    [result, t],
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('result.title')}
        </Title>
        {live && (
          <Text size="xs" c="orange">
            {t('result.live')}
          </Text>
        )}
      </Group>
      {!result ? (
        <Text c="dimmed">{t('result.none')}</Text>
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label={t('result.respondents')} value={show.number(result.respondents)} />
            <Figure label={t('result.index')} value={show.number(result.ikm, 3)} />
            <Figure label={t('result.nilai')} value={show.number(result.nilai, 2)} testId="ikm-nilai" />
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                {t('result.mutu')}
              </Text>
              <MutuBadge grade={result.mutu} label={result.kinerja} />
            </Stack>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Table.ScrollContainer minWidth={440}>
              <Table striped withTableBorder fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('result.element')}</Table.Th>
                    <Table.Th className="num">{t('result.total')}</Table.Th>
                    <Table.Th className="num">{t('result.nrr')}</Table.Th>
                    <Table.Th className="num">{t('result.weighted')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.elements.map((e) => (
                    <Table.Tr key={e.code}>
                      <Table.Td>
                        {e.code} {e.name}
                      </Table.Td>
                      <Table.Td className="num">{show.number(e.total)}</Table.Td>
                      <Table.Td className="num">{show.number(e.nrr, 3)}</Table.Td>
                      <Table.Td className="num">{show.number(e.nrrTertimbang, 3)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {option && <Chart option={option} height={300} label={t('result.chart')} />}
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}
