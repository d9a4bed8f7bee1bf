/**
 * Evaluasi AKIP (PermenPANRB 88/2021) of the year chosen (the year
 * evaluated): the evaluator's worksheet with live score and predikat, the
 * recommendations with the agency's follow-up, which indicator receives the
 * score (the next year's "Nilai AKIP"), and the history across years.
 */
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { FeedIndicator } from '../ikm/FeedIndicator.tsx';
import { useAkipHistory, versionOf } from './akip-api.ts';
import { AkipHistory } from './AkipHistory.tsx';
import { Recommendations } from './Recommendations.tsx';
import { texts } from './texts.ts';
import { Worksheet } from './Worksheet.tsx';

export default function AkipPage() {
  const { t } = useTexts('akip', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const history = useAkipHistory(agencyId, year);
  // the worksheet is remounted with each saved version; the page remembers which one it saved
  const [saved, setSaved] = useState<string | null>(null);
  const role = me.data?.role;
  const evaluator = role === 'evaluator';
  const staff = role !== undefined && ROLE_CAN.record(role) && me.data?.agencyId === agencyId;
  return (
    <>
      <PageHeader title={t('title', { year })} description={t('description')} />
      <QueryState query={history}>
        {(data) => {
          const evaluation = data.evaluations.find((e) => e.year === year) ?? null;
          return (
            <Stack>
              <Paper withBorder p="md" radius="md">
                <Title order={2} size="h4" mb={4}>
                  {t('feedsTitle')}
                </Title>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('feeds', { year: year + 1 })}
                </Text>
                <FeedIndicator
                  key={data.indicators.map((i) => `${i.id}:${i.version}`).join()}
                  candidates={data.indicators}
                  feed="akip"
                  year={year + 1}
                  canEdit={staff}
                />
              </Paper>
              {evaluation === null && !evaluator ? (
                <Empty>{t('none', { year })}</Empty>
              ) : (
                <>
                  {evaluation === null && <Text c="dimmed">{t('noneEvaluator', { year })}</Text>}
                  <Worksheet
                    key={`${year}:${evaluation?.id ?? 'new'}:${evaluation?.version ?? 0}`}
                    agencyId={agencyId}
                    year={year}
                    evaluation={evaluation}
                    editable={evaluator}
                    justSaved={saved !== null && saved === versionOf(evaluation)}
                    onSaved={setSaved}
                  />
                  {evaluation && <Recommendations evaluation={evaluation} canFollowUp={staff} />}
                </>
              )}
              <AkipHistory evaluations={data.evaluations} />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
