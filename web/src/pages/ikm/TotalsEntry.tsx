/**
 * The totals alternative: the number of respondents and the sum of scores
 * per element, typed the Indonesian way; the live result comes from the
 * domain engine (ikmFromTotals) before saving.
 */
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ikmFromTotals, IKM_UNSUR } from '@domain/ikm.ts';
import { useMemo, useState } from 'react';
import { NumberField, readNumber } from '../../components/NumberField.tsx';
import { fieldError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useSaveTotals, type IkmSurveyView } from './ikm-api.ts';
import { SurveyResult } from './SurveyResult.tsx';
import { texts } from './texts.ts';

function liveTotals(respondents: string, totals: Record<string, string>): IkmSurveyView['result'] {
  const n = readNumber(respondents).value;
  const values = IKM_UNSUR.map((u) => readNumber(totals[u.code] ?? '').value);
  if (n === null || values.some((v) => v === null)) return null;
  try {
    const result = ikmFromTotals(values as number[], n);
    return {
      respondents: result.respondents,
      weight: result.weight,
      elements: result.elements.map((e) => ({
        code: e.unsur.code,
        name: e.unsur.name,
        total: e.total,
        nrr: e.nrr,
        nrrTertimbang: e.nrrTertimbang,
      })),
      ikm: result.ikm,
      nilai: result.nilai,
      mutu: result.grade.mutu,
      kinerja: result.grade.kinerja,
    };
  } catch {
    // out of range: the fields say so when saved
    return null;
  }
}

export function TotalsEntry({ survey, editable }: { survey: IkmSurveyView; editable: boolean }) {
  const { t } = useTexts('ikm', texts);
  const [respondents, setRespondents] = useState(String(survey.elementTotals?.respondents ?? ''));
  const [totals, setTotals] = useState<Record<string, string>>(() =>
    Object.fromEntries(IKM_UNSUR.map((u) => [u.code, String(survey.elementTotals?.totals[u.code] ?? '')])),
  );
  const [dirty, setDirty] = useState(false);
  const save = useSaveTotals(survey.id);
  const live = useMemo(() => (dirty ? liveTotals(respondents, totals) : null), [dirty, respondents, totals]);
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t('totals.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {editable ? t('totals.hint') : t('entry.readOnly')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          <NumberField
            label={t('totals.respondents')}
            value={respondents}
            readOnly={!editable}
            onChange={(text) => {
              setRespondents(text);
              setDirty(true);
            }}
            serverError={fieldError(save.error, 'respondents')}
          />
          {IKM_UNSUR.map((u) => (
            <NumberField
              key={u.code}
              label={`${u.code} ${u.name}`}
              value={totals[u.code] ?? ''}
              readOnly={!editable}
              onChange={(text) => {
                setTotals({ ...totals, [u.code]: text });
                setDirty(true);
              }}
              serverError={fieldError(save.error, `totals.${u.code}`)}
            />
          ))}
        </SimpleGrid>
        {editable && (
          <Group justify="flex-end" mt="sm">
            <Button
              loading={save.isPending}
              disabled={!dirty}
              onClick={() =>
                save.mutate(
                  { version: survey.version, respondents, totals },
                  { onSuccess: () => setDirty(false) },
                )
              }
            >
              {t('totals.save')}
            </Button>
          </Group>
        )}
        {save.isSuccess && !dirty && (
          <Alert color="teal" mt="sm" role="status">
            {t('totals.saved')}
          </Alert>
        )}
        {save.isError && (
          <Stack mt="sm">
            <ProblemAlert error={save.error} />
          </Stack>
        )}
      </Paper>
      {dirty && <SurveyResult result={live} live />}
    </Stack>
  );
}
