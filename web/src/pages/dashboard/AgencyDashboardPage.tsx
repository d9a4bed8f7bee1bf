/**
 * The agency dashboard (`/instansi/:agencyId?tahun=`): where the agency
 * stands for the year at a glance — headline figures, capaian per sasaran and
 * indicator by predikat, the trend over the Renstra years, budget absorption,
 * what is late, and recent changes.
 */
import { Alert, Anchor, Button, Card, Grid, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { agencyPath } from '../../app/nav.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { BudgetAbsorption } from './BudgetAbsorption.tsx';
import { CapaianTable } from './CapaianTable.tsx';
import { HeadlineCards } from './HeadlineCards.tsx';
import { LateWork } from './LateWork.tsx';
import { useLate, useMeasurement, type Measurement } from './measurement.ts';
import { RecentChanges } from './RecentChanges.tsx';
import { Section } from './Section.tsx';
import { texts } from './texts.ts';

/** The chart engine loads after the figures: the page does not wait for it. */
const TrendChart = lazy(() => import('./TrendChart.tsx').then((module) => ({ default: module.TrendChart })));

function TargetSource({ m }: { m: Measurement }) {
  const { t } = useTexts('dashboard', texts);
  if (!m.pk) return <>{t('targetsFromRenstra')}</>;
  const pk = m.pk.kind === 'perubahan' ? t('pkPerubahan') : t('pkOriginal');
  return (
    <>
      {m.pk.signedOn
        ? t('targetsFromPk', { pk, date: show.date(m.pk.signedOn) })
        : t('targetsFromPkUndated', { pk })}
      {m.includesDrafts && ` ${t('includesDrafts')}`}
    </>
  );
}

/** A line at the top when deadlines have passed with the work not done; the list is further down. */
function LateBanner({ m }: { m: Measurement }) {
  const { t } = useTexts('dashboard', texts);
  const late = useLate(m.agency.regionId, m.year);
  const count = late.data?.find((a) => a.agencyId === m.agency.id)?.late.length ?? 0;
  if (count === 0) return null;
  return (
    <Alert color="red" variant="light" mb="md" title={t('late.banner', { count })}>
      <Anchor href="#terlambat" size="sm">
        {t('late.bannerLink')}
      </Anchor>
    </Alert>
  );
}

function Dashboard({ m }: { m: Measurement }) {
  const { t } = useTexts('dashboard', texts);
  const me = useMe();
  const link = (page: string) => agencyPath(m.agency.id, page, m.year);
  const analysisLink = (sasaranId: string, indicatorId: string) =>
    `${link('analisis')}&sasaran=${sasaranId}#indikator-${indicatorId}`;
  const title = t('title', { year: m.year });
  const header = <PageHeader title={title} description={m.agency.name} />;
  if (!m.renstra)
    return (
      <>
        {header}
        <Empty
          action={
            <Button component={Link} to={link('renstra')} variant="light">
              {t('openRenstra')}
            </Button>
          }
        >
          {t('noRenstra', { year: m.year })}
        </Empty>
      </>
    );
  const nothingYet = m.missingRealisasi === m.indicatorCount && m.indicatorCount > 0;
  const canReadAudit = me.data ? ROLE_CAN.readAudit(me.data.role) : false;
  const hasBudget = m.budget !== null && m.budget.pagu !== null;
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            {m.agency.name}. <TargetSource m={m} />
          </>
        }
      />
      <LateBanner m={m} />
      {nothingYet ? (
        <Card withBorder mb="md" padding="lg" data-testid="no-realisations">
          <Empty
            action={
              <Button component={Link} to={link('realisasi')}>
                {t('openRealisations')}
              </Button>
            }
          >
            {t('noRealisations', { year: m.year })}
          </Empty>
        </Card>
      ) : (
        <HeadlineCards m={m} budgetLink={link('anggaran')} />
      )}
      <Stack gap="md">
        <Section title={t('capaian.title')}>
          <CapaianTable m={m} analysisLink={analysisLink} />
        </Section>
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Section
              title={t('trend.title', { from: m.renstra.startYear, to: Math.min(m.year, m.renstra.endYear) })}
            >
              <Suspense fallback={<Loading />}>
                <TrendChart m={m} />
              </Suspense>
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Section title={t('late.title')} id="terlambat">
              <LateWork m={m} />
            </Section>
          </Grid.Col>
          {hasBudget && m.budget && (
            <Grid.Col span={{ base: 12, md: canReadAudit ? 6 : 12 }}>
              <Section title={t('budget.title')}>
                <BudgetAbsorption budget={m.budget} />
              </Section>
            </Grid.Col>
          )}
          {canReadAudit && (
            <Grid.Col span={{ base: 12, md: hasBudget ? 6 : 12 }}>
              <Section title={t('changes.title')}>
                <RecentChanges agencyId={m.agency.id} />
              </Section>
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </>
  );
}

export default function AgencyDashboardPage() {
  useTexts('dashboard', texts);
  const { agencyId, year } = useAgencyYear();
  const measurement = useMeasurement(agencyId, year);
  return <QueryState query={measurement}>{(m) => <Dashboard m={m} />}</QueryState>;
}
