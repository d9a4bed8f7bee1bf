/**
 * Reviu (`/instansi/:agencyId/reviu?tahun=`): the Inspektorat runs the
 * checker on the agency's draft LKjIP, an uploaded report-data file or a
 * filled review template; sees the findings (severity, location, printed
 * and right value, message); turns chosen findings into LKjIP review
 * comments; downloads the kertas kerja reviu (.xlsx, .docx). Everyone who
 * may read the agency sees the reviews and the answers.
 */
import { Anchor, Card, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAgencyYear } from '../../api/agencies.ts';
import { useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { useReview, useReviews, worksheetUrl } from './review-api.ts';
import { RunReviewCard } from './RunReviewCard.tsx';
import { texts } from './texts.ts';

export default function ReviewPage() {
  const { t, i18n } = useTexts('review', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const reviews = useReviews(agencyId, year);
  const [chosen, setChosen] = useState<{ year: number; id: string } | null>(null);
  const list = reviews.data?.reviews ?? [];
  const reviewId = (chosen?.year === year ? chosen.id : null) ?? list[0]?.id ?? '';
  const review = useReview(agencyId, reviewId);
  const isEvaluator = me.data?.role === 'evaluator';

  return (
    <Stack gap="md">
      <PageHeader title={t('title', { year })} description={t('description')} />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          {me.isPending ? (
            <Loading />
          ) : isEvaluator ? (
            <RunReviewCard agencyId={agencyId} year={year} onDone={(r) => setChosen({ year, id: r.id })} />
          ) : (
            <Card withBorder padding="md">
              <Text size="sm">{t('run.onlyEvaluator')}</Text>
            </Card>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder padding="md">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('history.title')}
              </Title>
              {reviews.isPending ? (
                <Loading />
              ) : reviews.isError ? (
                <ProblemAlert error={reviews.error} onRetry={() => void reviews.refetch()} />
              ) : list.length === 0 ? (
                <Text size="sm">{t('history.none')}</Text>
              ) : (
                <Select
                  label={t('history.label')}
                  value={reviewId}
                  allowDeselect={false}
                  onChange={(id) => id && setChosen({ year, id })}
                  data={list.map((r) => ({
                    value: r.id,
                    label: t('history.item', {
                      date: show.dateTime(r.createdAt),
                      source: `${t(`source.${r.source}`)}${r.fileName ? ` ${r.fileName}` : ''}`,
                      count: r.findings,
                    }),
                  }))}
                  data-testid="review-select"
                />
              )}
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} size="h4">
              {t('findings.title')}
            </Title>
            {reviewId !== '' && (
              <Group gap="sm" aria-label={t('download.title')}>
                <Text size="sm" fw={500}>
                  {t('download.title')}:
                </Text>
                <Anchor
                  href={worksheetUrl(reviewId, 'xlsx', i18n.language)}
                  download
                  data-testid="worksheet-xlsx"
                >
                  {t('download.xlsx')}
                </Anchor>
                <Anchor
                  href={worksheetUrl(reviewId, 'docx', i18n.language)}
                  download
                  data-testid="worksheet-docx"
                >
                  {t('download.docx')}
                </Anchor>
              </Group>
            )}
          </Group>
          {reviewId === '' ? (
            reviews.isPending ? (
              <Loading />
            ) : (
              <Empty>{t('history.none')}</Empty>
            )
          ) : review.isPending ? (
            <Loading />
          ) : review.isError ? (
            <ProblemAlert error={review.error} onRetry={() => void review.refetch()} />
          ) : (
            <FindingsTable key={review.data.id} review={review.data} canComment={isEvaluator} />
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
