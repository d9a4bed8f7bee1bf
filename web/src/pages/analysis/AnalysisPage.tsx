/**
 * The analysis page (`/instansi/:agencyId/analisis?tahun=&sasaran=`): per
 * sasaran, the multi-year table and chart of each indicator, its progress to
 * the Renstra end target, the national/provincial comparison, the sasaran's
 * efficiency, and the LKjIP narratives (analysis; causes, solutions and next
 * steps) — editable by the agency's operator and kepala, read by others.
 */
import { Alert, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { agencyPath } from '../../app/nav.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, QueryState } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { CapaianText } from '../../components/Predikat.tsx';
import { currentLanguage, useTexts } from '../../i18n/i18n.ts';
import { Badged } from '../dashboard/CapaianTable.tsx';
import { useMeasurement, type MeasuredSasaran, type Measurement } from '../dashboard/measurement.ts';
import { Section } from '../dashboard/Section.tsx';
import { IndicatorAnalysis } from './IndicatorAnalysis.tsx';
import { NarrativeEditor } from './NarrativeEditor.tsx';
import { useNarratives } from './narratives.ts';
import { SasaranEfficiency } from './SasaranEfficiency.tsx';
import { texts } from './texts.ts';

function Narratives({ m, sasaran }: { m: Measurement; sasaran: MeasuredSasaran }) {
  const { t } = useTexts('analysis', texts);
  const me = useMe();
  const narratives = useNarratives(m.agency.id, m.year, currentLanguage());
  if (narratives.isPending) return <Loading />;
  if (narratives.isError)
    return <ProblemAlert error={narratives.error} onRetry={() => void narratives.refetch()} />;
  const { final, sections } = narratives.data;
  const role = me.data?.agencyId === m.agency.id ? me.data.role : undefined;
  // the agency's own operator and kepala write; everyone else reads
  const editable = !final && role !== undefined && ROLE_CAN.editPlan(role);
  const mine = sections.filter((s) => s.sasaran?.id === sasaran.id);
  const reload = async (section: string) =>
    (await narratives.refetch()).data?.sections.find((s) => s.section === section);
  return (
    <Stack gap="lg">
      {final && <Alert color="blue">{t('narrative.final', { year: m.year })}</Alert>}
      {!final && !editable && (
        <Text size="sm" c="dimmed">
          {t('narrative.readOnly')}
        </Text>
      )}
      {mine.map((entry) => {
        const part = entry.section.endsWith('.analysis') ? 'analysis' : 'causes';
        return (
          <Stack gap={4} key={`${entry.section}:${currentLanguage()}`}>
            <NarrativeEditor
              agencyId={m.agency.id}
              year={m.year}
              entry={entry}
              label={t(`narrative.${part}`, { code: sasaran.code })}
              hint={t(`narrative.${part}Hint`)}
              editable={editable}
              onReloadLatest={() => reload(entry.section)}
            />
            {!entry.inReport && (
              <Text size="xs" c="dimmed">
                {t('narrative.notInReport')}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

function SasaranAnalysis({ m, sasaran }: { m: Measurement; sasaran: MeasuredSasaran }) {
  const { t } = useTexts('analysis', texts);
  const levels = m.settings.scale.levels;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 260 }}>
          <Title order={2} size="h4">
            {sasaran.code} {sasaran.statement}
          </Title>
          <Text size="sm" c="dimmed">
            {t('indicatorsOf', { count: sasaran.indicators.length })}
          </Text>
        </Stack>
        <Stack gap={2} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('sasaranCapaian')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <CapaianText value={sasaran.capaian} />
            {sasaran.predikat && <Badged predikat={sasaran.predikat} levels={levels} />}
          </Group>
        </Stack>
      </Group>
      {sasaran.indicators.length === 0 && <Empty>{t('noIndicators')}</Empty>}
      {sasaran.indicators.map((indicator) => (
        <IndicatorAnalysis key={indicator.id} indicator={indicator} year={m.year} levels={levels} />
      ))}
      <Section title={t('efficiency.title')}>
        <SasaranEfficiency sasaran={sasaran} />
      </Section>
      <Section title={t('narrative.title')}>
        <Narratives m={m} sasaran={sasaran} />
      </Section>
    </Stack>
  );
}

/** Scrolls to the indicator named in the address (#indikator-…) once the page shows it. */
function useScrollToIndicator(ready: boolean) {
  useEffect(() => {
    if (!ready || !window.location.hash) return;
    document.getElementById(window.location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [ready]);
}

function Analysis({ m }: { m: Measurement }) {
  const { t } = useTexts('analysis', texts);
  const [search, setSearch] = useSearchParams();
  const chosen = m.sasaran.find((s) => s.id === search.get('sasaran')) ?? m.sasaran[0];
  useScrollToIndicator(chosen !== undefined);
  const header = <PageHeader title={t('title', { year: m.year })} description={t('description')} />;
  if (!chosen)
    return (
      <>
        {header}
        <Empty
          action={
            <Button component={Link} to={agencyPath(m.agency.id, 'renstra', m.year)} variant="light">
              {t('openRenstra')}
            </Button>
          }
        >
          {t('noSasaran', { year: m.year })}
        </Empty>
      </>
    );
  const choose = (id: string | null) =>
    id &&
    setSearch(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('sasaran', id);
        return params;
      },
      { replace: true },
    );
  return (
    <>
      {header}
      <Tabs value={chosen.id} onChange={choose} keepMounted={false} variant="outline">
        <Tabs.List aria-label={t('sasaranTabs')} mb="md">
          {m.sasaran.map((s) => (
            <Tabs.Tab key={s.id} value={s.id} title={s.statement}>
              {s.code}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {m.sasaran.map((s) => (
          <Tabs.Panel key={s.id} value={s.id}>
            <SasaranAnalysis m={m} sasaran={s} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}

export default function AnalysisPage() {
  useTexts('analysis', texts);
  const { agencyId, year } = useAgencyYear();
  const measurement = useMeasurement(agencyId, year);
  return <QueryState query={measurement}>{(m) => <Analysis m={m} />}</QueryState>;
}
