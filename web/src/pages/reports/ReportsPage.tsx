/**
 * Laporan (`/instansi/:agencyId/laporan?tahun=`): generate the LKjIP and the
 * PK of the year as .docx/.pdf/.xlsx and download them; the year's LKjIP
 * workflow (draft → in review → final) with the review per section; the
 * history of every year's LKjIP.
 */
import { Card, Divider, Grid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useAgencyYear } from '../../api/agencies.ts';
import { useMe, type Role } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { usePkList } from '../pk/pk-api.ts';
import { useLkjip, useLkjipReports, type ReportSummary } from './lkjip-api.ts';
import { LkjipHistory } from './LkjipHistory.tsx';
import { LkjipReview } from './LkjipReview.tsx';
import { LkjipStatusCard } from './LkjipStatusCard.tsx';
import { useReportJobs } from './report-jobs.ts';
import { GenerateButtons, JobList } from './ReportJobs.tsx';
import { texts } from './texts.ts';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Card>
  );
}

function ReviewSection({
  agencyId,
  year,
  role,
  summary,
}: {
  agencyId: string;
  year: number;
  role: Role;
  summary: ReportSummary | undefined;
}) {
  const { t } = useTexts('reports', texts);
  const detail = useLkjip(agencyId, summary?.id ?? '');
  return (
    <Section title={t('review.title')} hint={t('review.hint')}>
      {!summary ? (
        <Text size="sm">{t('review.noReport')}</Text>
      ) : detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <LkjipReview
          key={summary.id}
          agencyId={agencyId}
          year={year}
          role={role}
          summary={summary}
          report={detail.data}
        />
      )}
    </Section>
  );
}

export default function ReportsPage() {
  const { t } = useTexts('reports', texts);
  const { agencyId, year, setYear } = useAgencyYear();
  const me = useMe();
  const reports = useLkjipReports(agencyId);
  const pks = usePkList(agencyId, year);
  const jobs = useReportJobs(agencyId);
  const summary = reports.data?.reports.find((r) => r.year === year);
  const detail = useLkjip(agencyId, summary?.id ?? '');
  const topPk = pks.data?.units.find((u) => u.depth === 0)?.pk;
  const role = me.data?.role;
  const waiting = reports.isPending || !role;

  return (
    <Stack gap="md">
      <PageHeader title={t('title', { year })} description={t('description')} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Section title={t('generate.title')} hint={t('generate.hint')}>
            <GenerateButtons
              jobs={jobs}
              year={year}
              kinds={[
                { kind: 'lkjip' },
                { kind: 'pk', unavailable: pks.data && !topPk?.latest ? t('generate.noPk') : undefined },
              ]}
            />
            <Divider />
            <Title order={3} size="h5">
              {t('job.title')}
            </Title>
            <JobList jobs={jobs} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          {waiting ? (
            <Loading />
          ) : reports.isError ? (
            <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />
          ) : (
            <LkjipStatusCard
              agencyId={agencyId}
              year={year}
              role={role}
              report={summary}
              detail={summary ? detail.data : undefined}
            />
          )}
        </Grid.Col>
      </Grid>
      {!waiting && !reports.isError && (
        <ReviewSection agencyId={agencyId} year={year} role={role} summary={summary} />
      )}
      <Section title={t('history.title')} hint={t('history.hint')}>
        {reports.isPending ? (
          <Loading />
        ) : reports.isError ? (
          <ProblemAlert error={reports.error} />
        ) : (
          <LkjipHistory reports={reports.data.reports} year={year} onOpen={setYear} jobs={jobs} />
        )}
      </Section>
    </Stack>
  );
}
