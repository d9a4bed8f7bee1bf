/**
 * One indicator of a sasaran: its years side by side (table and chart of
 * target, realisation and capaian), and how this year compares with the
 * previous year, the Renstra end target and the national and provincial
 * figures — each number as the server's domain engine measured it.
 */
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { Loading } from '../../components/PageState.tsx';
import { CapaianText } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { Badged } from '../dashboard/CapaianTable.tsx';
import { showRealisasi, showTarget } from '../dashboard/indicator-values.ts';
import type { MeasuredIndicator, ScaleLevels } from '../dashboard/measurement.ts';
import { texts } from './texts.ts';

export type YearRow = {
  year: number;
  target: string;
  targetValue: number | null;
  realisasi: string;
  realisasiValue: number | null;
  capaian: number | null;
  current: boolean;
};

/** The chart engine loads after the tables: the page does not wait for it. */
const YearChart = lazy(() => import('./YearChart.tsx').then((module) => ({ default: module.YearChart })));

function yearRows(indicator: MeasuredIndicator, year: number): YearRow[] {
  const past = indicator.history.map((h): YearRow => ({
    year: h.year,
    target: show.number(h.target),
    targetValue: h.target,
    realisasi: show.number(h.realisasi),
    realisasiValue: h.realisasi,
    capaian: h.capaian,
    current: false,
  }));
  return [
    ...past,
    {
      year,
      target: showTarget(indicator.target),
      targetValue: indicator.target?.kind === 'value' ? indicator.target.value : null,
      realisasi: showRealisasi(indicator.realisasi),
      realisasiValue: typeof indicator.realisasi === 'number' ? indicator.realisasi : null,
      capaian: indicator.capaian,
      current: true,
    },
  ];
}

function YearTable({ rows }: { rows: YearRow[] }) {
  const { t } = useTexts('analysis', texts);
  return (
    <Table fz="sm" verticalSpacing={4} withTableBorder aria-label={t('indicator.multiYear')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('indicator.year')}</Table.Th>
          <Table.Th className="num">{t('indicator.target')}</Table.Th>
          <Table.Th className="num">{t('indicator.realisasi')}</Table.Th>
          <Table.Th className="num">{t('indicator.capaian')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.year} fw={row.current ? 700 : undefined} bg={row.current ? 'teal.0' : undefined}>
            <Table.Td>
              {row.year}
              {row.current && (
                <Text span size="xs" c="dimmed" ml={4} fw={400}>
                  ({t('indicator.current')})
                </Text>
              )}
            </Table.Td>
            <Table.Td className="num">{row.target}</Table.Td>
            <Table.Td className="num">{row.realisasi}</Table.Td>
            <Table.Td className="num">
              <CapaianText value={row.capaian} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

function Comparisons({ indicator, year }: { indicator: MeasuredIndicator; year: number }) {
  const { t, i18n } = useTexts('analysis', texts);
  const en = i18n.language === 'en';
  const previous = indicator.previousYear;
  const end = indicator.endTarget;
  const verdict = (improved: boolean | null) =>
    improved === null ? t('compare.unchanged') : improved ? t('compare.improved') : t('compare.worsened');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      <Fact label={t('compare.previousYear', { year: previous?.previousYear ?? year - 1 })}>
        {previous && previous.change !== null ? (
          <>
            {previous.changePercent !== null
              ? t('compare.change', {
                  change: signed(previous.change),
                  percent: signedPercent(previous.changePercent),
                })
              : t('compare.changeNoPercent', { change: signed(previous.change) })}{' '}
            <Badge
              size="sm"
              variant="light"
              color={previous.improved === null ? 'gray' : previous.improved ? 'teal' : 'red'}
            >
              {verdict(previous.improved)}
            </Badge>
          </>
        ) : (
          <Text span c="dimmed" size="sm">
            {indicator.realisasi === null ? t('compare.noCurrent') : t('compare.noPrevious')}
          </Text>
        )}
      </Fact>
      <Fact label={t('compare.endTarget')}>
        {end ? (
          <>
            {t('compare.endTargetValue', { value: show.number(end.endTarget) })}
            {end.progressPercent !== null &&
              ` · ${t('compare.progress', { percent: show.percent(end.progressPercent) })}`}
            {' · '}
            <Badge size="sm" variant="light" color={end.reached ? 'teal' : 'orange'}>
              {end.reached ? t('compare.reached') : t('compare.gap', { gap: show.number(end.gap) })}
            </Badge>
          </>
        ) : (
          <Text span c="dimmed" size="sm">
            {indicator.realisasi === null ? t('compare.noEndTargetRealisasi') : t('compare.noEndTarget')}
          </Text>
        )}
      </Fact>
      <Fact label={t('compare.national')}>
        {indicator.national ? (
          en ? (
            indicator.national.wording.en
          ) : (
            indicator.national.wording.id
          )
        ) : (
          <Text span c="dimmed" size="sm">
            {t('compare.noNational')}
          </Text>
        )}
      </Fact>
      <Fact label={t('compare.provincial')}>
        {indicator.provincial ? (
          en ? (
            indicator.provincial.wording.en
          ) : (
            indicator.provincial.wording.id
          )
        ) : (
          <Text span c="dimmed" size="sm">
            {t('compare.noProvincial')}
          </Text>
        )}
      </Fact>
    </SimpleGrid>
  );
}

/** A change with its sign: +1,79 or −3,47. */
function signed(value: number): string {
  return value > 0 ? `+${show.number(value)}` : value < 0 ? `−${show.number(-value)}` : show.number(0);
}

/** A relative change with its sign: +2,52 % or −4,45 %. */
function signedPercent(value: number): string {
  return value > 0 ? `+${show.percent(value)}` : value < 0 ? `−${show.percent(-value)}` : show.percent(0);
}

export function IndicatorAnalysis({
  indicator,
  year,
  levels,
}: {
  indicator: MeasuredIndicator;
  year: number;
  levels: ScaleLevels;
}) {
  const { t } = useTexts('analysis', texts);
  const rows = yearRows(indicator, year);
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      id={`indikator-${indicator.id}`}
      data-testid={`analysis-${indicator.code}`}
    >
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
          <Title order={3} size="h5">
            {indicator.code} {indicator.name}{' '}
            {indicator.isIku && (
              <Badge size="xs" variant="outline" color="gray">
                {t('indicator.iku')}
              </Badge>
            )}
          </Title>
          <Text size="xs" c="dimmed">
            {indicator.unit && `${t('indicator.unit', { unit: indicator.unit })} · `}
            {t(`indicator.polarity.${indicator.storedPolarity}`)}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <CapaianText value={indicator.capaian} />
          {indicator.predikat && <Badged predikat={indicator.predikat} levels={levels} />}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <YearTable rows={rows} />
          {indicator.history.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('indicator.noHistory')}
            </Text>
          )}
        </Stack>
        <Suspense fallback={<Loading />}>
          <YearChart rows={rows} code={indicator.code} />
        </Suspense>
      </SimpleGrid>
      <Card.Section withBorder inheritPadding py="sm" mt="md">
        <Comparisons indicator={indicator} year={year} />
      </Card.Section>
    </Card>
  );
}
