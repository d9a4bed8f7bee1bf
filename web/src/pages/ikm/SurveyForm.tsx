/** Creating or editing a survey: service, period, entry method and dates, with the server's messages at the field. */
import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { fieldError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useSaveSurvey, type SurveyFields } from './ikm-api.ts';
import { texts } from './texts.ts';

export function SurveyForm({
  agencyId,
  year,
  initial,
  onDone,
}: {
  agencyId: string;
  year: number;
  initial?: SurveyFields & { id: string; version: number; hasData: boolean };
  onDone: (surveyId: string) => void;
}) {
  const { t } = useTexts('ikm', texts);
  const [fields, setFields] = useState<SurveyFields>({
    serviceName: initial?.serviceName ?? '',
    periodLabel: initial?.periodLabel ?? '',
    method: initial?.method ?? 'responses',
    startedOn: initial?.startedOn ?? null,
    endedOn: initial?.endedOn ?? null,
  });
  const save = useSaveSurvey(agencyId, year);
  const set = (patch: Partial<SurveyFields>) => setFields({ ...fields, ...patch });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {initial ? t('form.editTitle') : t('form.createTitle')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(initial ? { fields, id: initial.id, version: initial.version } : { fields }, {
            onSuccess: (saved) => onDone(saved.id),
          });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
          <TextInput
            label={t('form.service')}
            description={t('form.serviceHint')}
            value={fields.serviceName}
            onChange={(event) => set({ serviceName: event.currentTarget.value })}
            error={fieldError(save.error, 'serviceName')}
          />
          <TextInput
            label={t('form.period')}
            description={t('form.periodHint')}
            value={fields.periodLabel}
            onChange={(event) => set({ periodLabel: event.currentTarget.value })}
            error={fieldError(save.error, 'periodLabel')}
          />
          <NativeSelect
            label={t('form.method')}
            value={fields.method}
            disabled={initial?.hasData}
            onChange={(event) => set({ method: event.currentTarget.value as SurveyFields['method'] })}
            data={[
              { value: 'responses', label: t('method.responses') },
              { value: 'element_totals', label: t('method.element_totals') },
            ]}
            error={fieldError(save.error, 'method')}
          />
          <TextInput
            type="date"
            label={t('form.startedOn')}
            value={fields.startedOn ?? ''}
            onChange={(event) => set({ startedOn: event.currentTarget.value || null })}
            error={fieldError(save.error, 'startedOn')}
          />
          <TextInput
            type="date"
            label={t('form.endedOn')}
            value={fields.endedOn ?? ''}
            onChange={(event) => set({ endedOn: event.currentTarget.value || null })}
            error={fieldError(save.error, 'endedOn')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => onDone(initial?.id ?? '')}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
        {save.isError && !fieldError(save.error, 'serviceName') && <ProblemAlert error={save.error} />}
      </form>
    </Paper>
  );
}
