/**
 * The evaluator's worksheet: details of the evaluation, the four components
 * (each scored directly or by its sub-components, weights shown), the live
 * score and predikat from the domain engine, and the recommendations.
 * Read-only for everyone but the evaluator.
 */
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { fieldError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { MutuBadge } from '../ikm/MutuBadge.tsx';
import {
  AKIP_GRADES,
  useSaveWorksheet,
  versionOf,
  type AkipEvaluationView,
  type ComponentKey,
} from './akip-api.ts';
import { texts } from './texts.ts';
import {
  componentInfo,
  draftOf,
  liveSheet,
  toInput,
  type ComponentDraft,
  type SheetDraft,
} from './worksheet-model.ts';

export function Worksheet({
  agencyId,
  year,
  evaluation,
  editable,
  justSaved,
  onSaved,
}: {
  agencyId: string;
  year: number;
  evaluation: AkipEvaluationView | null;
  editable: boolean;
  /** The evaluation shown is the one this page just saved (the sheet is remounted with the saved version). */
  justSaved: boolean;
  onSaved: (version: string | null) => void;
}) {
  const { t } = useTexts('akip', texts);
  const [sheet, setSheet] = useState<SheetDraft>(() => draftOf(evaluation));
  const [dirty, setDirty] = useState(false);
  const [sent, setSent] = useState<ComponentKey[]>([]);
  const save = useSaveWorksheet(agencyId, year);
  const live = useMemo(() => liveSheet(sheet), [sheet]);
  const change = (patch: Partial<SheetDraft>) => {
    setSheet({ ...sheet, ...patch });
    setDirty(true);
  };
  const changeComponent = (key: ComponentKey, patch: Partial<ComponentDraft>) =>
    change({ components: sheet.components.map((c) => (c.key === key ? { ...c, ...patch } : c)) });
  const componentError = (key: ComponentKey, rest: string) => {
    const i = sent.indexOf(key);
    return i < 0 ? undefined : fieldError(save.error, `components[${i}]${rest}`);
  };
  const submit = () => {
    const { input, sent: keys } = toInput(sheet);
    setSent(keys);
    save.mutate(
      { sheet: input, evaluation: evaluation ? { id: evaluation.id, version: evaluation.version } : null },
      {
        onSuccess: (saved) => {
          setDirty(false);
          onSaved(versionOf(saved.evaluation));
        },
      },
    );
  };
  const nextNumber = Math.max(0, ...sheet.recommendations.map((r) => r.number)) + 1;

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('sheet.title')}
      </Title>
      {!editable && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('sheet.readOnly')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="md">
        <TextInput
          label={t('sheet.evaluator')}
          description={t('sheet.evaluatorHint')}
          value={sheet.evaluator}
          readOnly={!editable}
          onChange={(event) => change({ evaluator: event.currentTarget.value })}
          error={fieldError(save.error, 'evaluator')}
        />
        <TextInput
          type="date"
          label={t('sheet.evaluatedOn')}
          value={sheet.evaluatedOn}
          readOnly={!editable}
          onChange={(event) => change({ evaluatedOn: event.currentTarget.value })}
          error={fieldError(save.error, 'evaluatedOn')}
        />
        <TextInput
          label={t('sheet.letterNumber')}
          value={sheet.letterNumber}
          readOnly={!editable}
          onChange={(event) => change({ letterNumber: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('sheet.publishedGrade')}
          value={sheet.publishedGrade}
          disabled={!editable}
          onChange={(event) => change({ publishedGrade: event.currentTarget.value })}
          data={[
            { value: '', label: t('sheet.publishedNone') },
            ...AKIP_GRADES.map((g) => ({ value: g, label: g })),
          ]}
        />
      </SimpleGrid>

      <Stack gap="sm">
        {sheet.components.map((c) => {
          const info = componentInfo(c.key);
          const score = live.scores[c.key];
          return (
            <Paper
              key={c.key}
              withBorder
              p="sm"
              radius="sm"
              bg="var(--mantine-color-gray-0)"
              data-testid={`card-${c.key}`}
            >
              <Group justify="space-between" wrap="wrap" mb="xs">
                <Text fw={600}>
                  {info.name}{' '}
                  <Text span c="dimmed" size="sm">
                    ({t('sheet.weight')} {info.weight})
                  </Text>
                </Text>
                <Group gap="sm">
                  {editable && (
                    <SegmentedControl
                      size="xs"
                      value={c.mode}
                      onChange={(mode) => changeComponent(c.key, { mode: mode as ComponentDraft['mode'] })}
                      data={[
                        { value: 'sub', label: t('sheet.bySub') },
                        { value: 'direct', label: t('sheet.direct') },
                      ]}
                    />
                  )}
                  <Text className="num" fw={700} data-testid={`component-${c.key}`}>
                    {score === null ? t('sheet.notScored') : `${show.number(score, 2)} / ${info.weight}`}
                  </Text>
                </Group>
              </Group>
              {c.mode === 'direct' ? (
                <NumberField
                  label={t('sheet.componentScore', { name: info.name })}
                  value={c.score}
                  readOnly={!editable}
                  onChange={(text) => changeComponent(c.key, { score: text })}
                  serverError={componentError(c.key, '.score')}
                  maw={260}
                />
              ) : (
                <Table fz="sm" withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('sheet.subName')}</Table.Th>
                      <Table.Th>{t('sheet.weight')}</Table.Th>
                      <Table.Th>{t('sheet.score')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.subs.map((s, j) => {
                      const setSub = (patch: Partial<typeof s>) =>
                        changeComponent(c.key, {
                          subs: c.subs.map((x, k) => (k === j ? { ...x, ...patch } : x)),
                        });
                      return (
                        <Table.Tr key={s.name}>
                          <Table.Td>{s.name}</Table.Td>
                          <Table.Td>
                            <NumberField
                              size="xs"
                              aria-label={t('sheet.subWeight', { sub: s.name, name: info.name })}
                              value={s.weight}
                              readOnly={!editable}
                              onChange={(text) => setSub({ weight: text })}
                              serverError={componentError(c.key, `.subComponents[${j}].weight`)}
                            />
                          </Table.Td>
                          <Table.Td>
                            <NumberField
                              size="xs"
                              aria-label={t('sheet.subScore', { sub: s.name, name: info.name })}
                              value={s.score}
                              readOnly={!editable}
                              onChange={(text) => setSub({ score: text })}
                              serverError={componentError(c.key, `.subComponents[${j}].score`)}
                            />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
              {componentError(c.key, '.subComponents') && (
                <Text size="sm" c="red" mt={4}>
                  {componentError(c.key, '.subComponents')}
                </Text>
              )}
            </Paper>
          );
        })}
      </Stack>

      <Group mt="md" gap="lg" align="center">
        <Text fw={600}>{t('sheet.total')}</Text>
        {live.total ? (
          <>
            <Text size="1.75rem" fw={700} className="num" data-testid="akip-score">
              {show.number(live.total.score, 2)}
            </Text>
            <MutuBadge grade={live.total.predikat} label={live.total.interpretasi} />
          </>
        ) : (
          <Text c="dimmed">{t('sheet.incomplete')}</Text>
        )}
      </Group>
      {live.problem && (
        <Text size="sm" c="red" mt={4}>
          {live.problem}
        </Text>
      )}

      {editable ? (
        <Stack gap="xs">
          <Title order={3} size="h5" mt="lg">
            {t('recs.sheetTitle')}
          </Title>
          {sheet.recommendations.map((r) => (
            <Group key={r.number} align="flex-start" wrap="nowrap">
              <Textarea
                label={t('recs.text', { number: r.number })}
                value={r.text}
                autosize
                minRows={1}
                style={{ flex: 1 }}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  change({
                    recommendations: sheet.recommendations.map((x) =>
                      x.number === r.number ? { ...x, text } : x,
                    ),
                  });
                }}
              />
              <Button
                variant="subtle"
                color="red"
                mt={24}
                aria-label={t('recs.remove', { number: r.number })}
                onClick={() =>
                  change({ recommendations: sheet.recommendations.filter((x) => x.number !== r.number) })
                }
              >
                ×
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() =>
                change({ recommendations: [...sheet.recommendations, { number: nextNumber, text: '' }] })
              }
            >
              {t('recs.add')}
            </Button>
          </Group>
          {fieldError(save.error, 'recommendations') && (
            <Text size="sm" c="red">
              {fieldError(save.error, 'recommendations')}
            </Text>
          )}
        </Stack>
      ) : null}

      {editable && (
        <Group justify="flex-end" mt="md">
          <Button onClick={submit} loading={save.isPending} disabled={!dirty && evaluation !== null}>
            {t('sheet.save')}
          </Button>
        </Group>
      )}
      {(save.isSuccess || justSaved) && !dirty && (
        <Alert color="teal" mt="sm" role="status">
          {t('sheet.saved')}
        </Alert>
      )}
      {save.isError && (
        <Stack mt="sm">
          <ProblemAlert error={save.error} />
        </Stack>
      )}
    </Paper>
  );
}
