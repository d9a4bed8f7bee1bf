/**
 * IKM (Indeks Kepuasan Masyarakat, PermenPANRB 14/2017): the year's surveys,
 * one per service and period; for the one opened, its responses (or totals
 * per element) entered like a spreadsheet, the result (index, IKM value,
 * mutu) with the per-element chart; the respondents' profile; and which
 * indicator receives the year's IKM as its realisation.
 */
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { FeedIndicator } from './FeedIndicator.tsx';
import { useIkmSurvey, useIkmYear, type IkmYear } from './ikm-api.ts';
import { MutuBadge } from './MutuBadge.tsx';
import { RespondentProfile } from './RespondentProfile.tsx';
import { ResponsesEntry } from './ResponsesEntry.tsx';
import { SurveyForm } from './SurveyForm.tsx';
import { SurveyResult } from './SurveyResult.tsx';
import { TotalsEntry } from './TotalsEntry.tsx';
import { texts } from './texts.ts';

function YearSummary({ data, canEdit }: { data: IkmYear; canEdit: boolean }) {
  const { t } = useTexts('ikm', texts);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('year.title', { year: data.year })}
        </Title>
        {data.value ? (
          <Group gap="md" align="center">
            <Text size="2rem" fw={700} className="num" data-testid="year-ikm">
              {show.number(data.value.nilai, 2)}
            </Text>
            <MutuBadge grade={data.value.mutu} label={data.value.kinerja} />
            <Text size="sm" c="dimmed">
              {t('year.value', { count: data.value.surveys })}
            </Text>
          </Group>
        ) : (
          <Text c="dimmed">{t('year.none')}</Text>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t('year.feedsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('year.feedsHint')}
        </Text>
        <FeedIndicator
          key={data.indicators.map((i) => `${i.id}:${i.version}`).join()}
          candidates={data.indicators}
          feed="ikm"
          year={data.year}
          canEdit={canEdit}
        />
      </Paper>
    </SimpleGrid>
  );
}

function SurveyList({
  data,
  selected,
  onSelect,
}: {
  data: IkmYear;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTexts('ikm', texts);
  if (data.surveys.length === 0) return <Empty>{t('surveys.empty')}</Empty>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.service')}</Table.Th>
            <Table.Th>{t('surveys.period')}</Table.Th>
            <Table.Th>{t('surveys.method')}</Table.Th>
            <Table.Th className="num">{t('surveys.respondents')}</Table.Th>
            <Table.Th className="num">{t('surveys.ikm')}</Table.Th>
            <Table.Th>{t('surveys.mutu')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.surveys.map((s) => {
            const name = s.serviceName || t('surveys.allServices');
            return (
              <Table.Tr key={s.id} bg={s.id === selected ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => onSelect(s.id)}
                    aria-label={t('surveys.open', { name })}
                    aria-pressed={s.id === selected}
                    fw={600}
                    c="blue"
                  >
                    {name}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{s.periodLabel || t('surveys.wholeYear')}</Table.Td>
                <Table.Td>{t(`method.${s.method}`)}</Table.Td>
                <Table.Td className="num">{show.number(s.respondents)}</Table.Td>
                <Table.Td className="num">{show.number(s.nilai, 2)}</Table.Td>
                <Table.Td>{s.mutu ? <MutuBadge grade={s.mutu} size="md" /> : '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SurveyDetail({
  surveyId,
  editable,
  agencyId,
}: {
  surveyId: string;
  editable: boolean;
  agencyId: string;
}) {
  const { t } = useTexts('ikm', texts);
  const survey = useIkmSurvey(surveyId);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={survey}>
      {(s) => (
        <Stack>
          {editing ? (
            <SurveyForm
              agencyId={agencyId}
              year={s.year}
              initial={{ ...s, hasData: s.responses.length > 0 || s.elementTotals !== null }}
              onDone={() => setEditing(false)}
            />
          ) : (
            editable && (
              <Group justify="flex-end">
                <Button variant="subtle" size="xs" onClick={() => setEditing(true)}>
                  {t('form.edit')}
                </Button>
              </Group>
            )
          )}
          <SurveyResult result={s.result} />
          {s.method === 'responses' ? (
            <ResponsesEntry key={`${s.id}`} survey={s} editable={editable} />
          ) : (
            <TotalsEntry key={`${s.id}`} survey={s} editable={editable} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}

export default function IkmPage() {
  const { t } = useTexts('ikm', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const data = useIkmYear(agencyId, year);
  const role = me.data?.role;
  const editable = role !== undefined && ROLE_CAN.record(role) && me.data?.agencyId === agencyId;
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title', { year })}
        description={t('description')}
        actions={
          editable && !creating ? (
            <Button onClick={() => setCreating(true)}>{t('surveys.add')}</Button>
          ) : undefined
        }
      />
      <QueryState query={data}>
        {(loaded) => {
          const current =
            selected !== null && loaded.surveys.some((s) => s.id === selected)
              ? selected
              : (loaded.surveys[0]?.id ?? null);
          return (
            <Stack>
              <YearSummary data={loaded} canEdit={editable} />
              {creating && (
                <SurveyForm
                  agencyId={agencyId}
                  year={year}
                  onDone={(id) => {
                    setCreating(false);
                    if (id) setSelected(id);
                  }}
                />
              )}
              <Paper withBorder p="md" radius="md">
                <Title order={2} size="h4" mb="sm">
                  {t('surveys.title', { year })}
                </Title>
                <SurveyList data={loaded} selected={current} onSelect={setSelected} />
              </Paper>
              {current && (
                <SurveyDetail key={current} surveyId={current} editable={editable} agencyId={agencyId} />
              )}
              <RespondentProfile profile={loaded.profile} />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
