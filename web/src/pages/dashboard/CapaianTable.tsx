/** Capaian per sasaran and per indicator, each coloured by its predikat; every indicator links to its analysis. */
import { Anchor, Badge, Box, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { CapaianText, PredikatBadge } from '../../components/Predikat.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { showRealisasi, showTarget } from './indicator-values.ts';
import type { MeasuredIndicator, Measurement } from './measurement.ts';
import { texts } from './texts.ts';

/** A predikat badge that keeps its whole label in a narrow table column. */
export function Badged(props: Parameters<typeof PredikatBadge>[0]) {
  return (
    <Box display="inline-block" miw="max-content">
      <PredikatBadge {...props} />
    </Box>
  );
}

function IndicatorRow({
  indicator,
  m,
  analysisLink,
}: {
  indicator: MeasuredIndicator;
  m: Measurement;
  analysisLink: string;
}) {
  const { t } = useTexts('dashboard', texts);
  const levels = m.settings.scale.levels;
  const incomplete = indicator.realisasi !== null && !indicator.periods.complete;
  return (
    <Table.Tr data-testid={`indicator-${indicator.code}`}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{indicator.code}</Table.Td>
      <Table.Td>
        <Text size="sm">
          {indicator.name}{' '}
          {indicator.isIku && (
            <Badge size="xs" variant="outline" color="gray">
              {t('capaian.iku')}
            </Badge>
          )}
        </Text>
        {indicator.reason && (
          <Text size="xs" c="orange.8">
            {t(`capaian.reason.${indicator.reason}`)}
          </Text>
        )}
        {incomplete && (
          <Text size="xs" c="orange.8">
            {t('capaian.periods', {
              reported: indicator.periods.periodsReported,
              expected: indicator.periods.periodsExpected,
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{indicator.unit ?? ''}</Table.Td>
      <Table.Td className="num">
        {showTarget(indicator.target)}
        {indicator.targetSource === 'renstra' && (
          <Text size="xs" c="dimmed">
            {t('capaian.fromRenstra')}
          </Text>
        )}
      </Table.Td>
      <Table.Td className="num">{showRealisasi(indicator.realisasi)}</Table.Td>
      <Table.Td className="num">
        <CapaianText value={indicator.capaian} />
      </Table.Td>
      <Table.Td>{indicator.predikat && <Badged predikat={indicator.predikat} levels={levels} />}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor
          component={Link}
          to={analysisLink}
          size="sm"
          aria-label={t('capaian.openAnalysis', { code: indicator.code })}
        >
          {t('capaian.analysis')} →
        </Anchor>
      </Table.Td>
    </Table.Tr>
  );
}

function WideTable({
  m,
  analysisLink,
}: {
  m: Measurement;
  /** The analysis page for one sasaran and indicator. */
  analysisLink: (sasaranId: string, indicatorId: string) => string;
}) {
  const { t } = useTexts('dashboard', texts);
  const levels = m.settings.scale.levels;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing={6} fz="sm" aria-label={t('capaian.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('capaian.code')}</Table.Th>
            <Table.Th>{t('capaian.name')}</Table.Th>
            <Table.Th>{t('capaian.unit')}</Table.Th>
            <Table.Th className="num">{t('capaian.target')}</Table.Th>
            <Table.Th className="num">{t('capaian.realisasi')}</Table.Th>
            <Table.Th className="num">{t('capaian.capaian')}</Table.Th>
            <Table.Th>{t('capaian.predikat')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('capaian.analysis')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.sasaran.map((s) => (
            <SasaranRows key={s.id} s={s} m={m} levels={levels} analysisLink={analysisLink} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SasaranRows({
  s,
  m,
  levels,
  analysisLink,
}: {
  s: Measurement['sasaran'][number];
  m: Measurement;
  levels: Measurement['settings']['scale']['levels'];
  analysisLink: (sasaranId: string, indicatorId: string) => string;
}) {
  const { t } = useTexts('dashboard', texts);
  return (
    <>
      <Table.Tr bg="gray.0" data-testid={`sasaran-${s.code}`}>
        <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
          {s.code}
        </Table.Td>
        <Table.Td colSpan={4} fw={600}>
          {s.statement}
        </Table.Td>
        <Table.Td className="num">
          <CapaianText value={s.capaian} />
        </Table.Td>
        <Table.Td>{s.predikat && <Badged predikat={s.predikat} levels={levels} />}</Table.Td>
        <Table.Td />
      </Table.Tr>
      {s.indicators.length === 0 && (
        <Table.Tr>
          <Table.Td />
          <Table.Td colSpan={7}>
            <Text size="sm" c="dimmed">
              {t('capaian.noIndicators')}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
      {s.indicators.map((indicator) => (
        <IndicatorRow
          key={indicator.id}
          indicator={indicator}
          m={m}
          analysisLink={analysisLink(s.id, indicator.id)}
        />
      ))}
    </>
  );
}

/** The same on a phone: one block per sasaran, one line per indicator, no sideways scrolling. */
function NarrowList({
  m,
  analysisLink,
}: {
  m: Measurement;
  analysisLink: (sasaranId: string, indicatorId: string) => string;
}) {
  const { t } = useTexts('dashboard', texts);
  const levels = m.settings.scale.levels;
  return (
    <Stack gap="md">
      {m.sasaran.map((s) => (
        <Stack key={s.id} gap={6}>
          <Box bg="gray.0" p="xs" style={{ borderRadius: 4 }}>
            <Text size="sm" fw={700}>
              {s.code} {s.statement}
            </Text>
            <Group gap="xs" mt={4}>
              <CapaianText value={s.capaian} />
              {s.predikat && <Badged predikat={s.predikat} levels={levels} />}
            </Group>
          </Box>
          {s.indicators.map((i) => (
            <Stack key={i.id} gap={2} pl="xs">
              <Text size="sm">
                <Text span fw={600}>
                  {i.code}
                </Text>{' '}
                {i.name}
              </Text>
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {t('capaian.target')} {showTarget(i.target)} · {t('capaian.realisasi')}{' '}
                  {showRealisasi(i.realisasi)} {i.unit ?? ''}
                </Text>
                <Group gap={6} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
                  <CapaianText value={i.capaian} />
                  {i.predikat && <Badged predikat={i.predikat} levels={levels} />}
                </Group>
              </Group>
              {i.reason && (
                <Text size="xs" c="orange.8">
                  {t(`capaian.reason.${i.reason}`)}
                </Text>
              )}
              <Anchor component={Link} to={analysisLink(s.id, i.id)} size="xs">
                {t('capaian.openAnalysis', { code: i.code })} →
              </Anchor>
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

export function CapaianTable(props: {
  m: Measurement;
  /** The analysis page for one sasaran and indicator. */
  analysisLink: (sasaranId: string, indicatorId: string) => string;
}) {
  return (
    <>
      <Box visibleFrom="sm">
        <WideTable {...props} />
      </Box>
      <Box hiddenFrom="sm">
        <NarrowList {...props} />
      </Box>
    </>
  );
}
