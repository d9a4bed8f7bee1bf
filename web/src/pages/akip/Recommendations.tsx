/**
 * The evaluation's recommendations with their follow-up. The agency's staff
 * record what was done, its status and date, one recommendation at a time;
 * everyone else reads.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { fieldError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { FOLLOW_UP_STATUSES, useFollowUp, type AkipEvaluationView, type FollowUpStatus } from './akip-api.ts';
import { texts } from './texts.ts';

type Recommendation = AkipEvaluationView['recommendations'][number];

const STATUS_COLOUR: Readonly<Record<FollowUpStatus, string>> = {
  belum: 'gray',
  proses: 'yellow',
  selesai: 'green',
  tidak_dapat_ditindaklanjuti: 'red',
};

function FollowUpForm({ rec }: { rec: Recommendation }) {
  const { t } = useTexts('akip', texts);
  const [status, setStatus] = useState<FollowUpStatus>(rec.followUpStatus);
  const [note, setNote] = useState(rec.followUpNote ?? '');
  const [date, setDate] = useState(rec.followUpOn ?? '');
  const save = useFollowUp();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          recommendationId: rec.id,
          version: rec.version,
          status,
          note: note || null,
          date: date || null,
        });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('recs.note')}
          value={note}
          autosize
          minRows={2}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldError(save.error, 'note')}
        />
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('recs.status')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as FollowUpStatus)}
            data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUpStatus.${s}`) }))}
          />
          <TextInput
            type="date"
            label={t('recs.date')}
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
          <Button type="submit" loading={save.isPending}>
            {t('recs.saveFollowUp')}
          </Button>
        </Group>
        {save.isSuccess && (
          <Alert color="teal" role="status">
            {t('recs.savedFollowUp')}
          </Alert>
        )}
        {save.isError && <ProblemAlert error={save.error} />}
      </Stack>
    </form>
  );
}

export function Recommendations({
  evaluation,
  canFollowUp,
}: {
  evaluation: AkipEvaluationView;
  canFollowUp: boolean;
}) {
  const { t } = useTexts('akip', texts);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('recs.title')}
      </Title>
      {evaluation.recommendations.length === 0 ? (
        <Text c="dimmed">{t('recs.empty')}</Text>
      ) : (
        <Stack>
          {evaluation.recommendations.map((rec) => (
            <Paper key={rec.id} withBorder p="sm" radius="sm" data-testid={`recommendation-${rec.number}`}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
                <Text>
                  <Text span fw={700}>
                    {rec.number}.
                  </Text>{' '}
                  {rec.recommendation}
                </Text>
                <Badge
                  color={STATUS_COLOUR[rec.followUpStatus]}
                  variant="light"
                  style={{ flexShrink: 0 }}
                  data-testid="follow-up-status"
                >
                  {t(`followUpStatus.${rec.followUpStatus}`)}
                </Badge>
              </Group>
              {canFollowUp ? (
                <FollowUpForm key={`${rec.id}:${rec.version}`} rec={rec} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('recs.followUp')}: {rec.followUpNote ?? t('recs.noFollowUp')}
                  {rec.followUpOn ? ` (${show.date(rec.followUpOn)})` : ''}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
