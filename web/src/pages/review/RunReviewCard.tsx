/** Choose the source (draft LKjIP, a report-data file, a filled template) and run the checker. */
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  List,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { base64Of, templateUrl, useRunReview, type Review, type RunSource } from './review-api.ts';
import { texts } from './texts.ts';

type Kind = 'lkjip' | 'json' | 'template';

export function RunReviewCard({
  agencyId,
  year,
  onDone,
}: {
  agencyId: string;
  year: number;
  onDone: (review: Review) => void;
}) {
  const { t } = useTexts('review', texts);
  const [kind, setKind] = useState<Kind>('lkjip');
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const run = useRunReview(agencyId, year);

  async function submit() {
    setLocalError(null);
    let input: RunSource = { source: 'lkjip' };
    if (kind !== 'lkjip') {
      if (!file) return setLocalError(t('run.needFile'));
      if (kind === 'json') {
        try {
          input = {
            source: 'report_data',
            fileName: file.name,
            reportData: JSON.parse(await file.text()) as unknown,
          };
        } catch (error) {
          return setLocalError(t('run.notJson', { message: (error as Error).message }));
        }
      } else input = { source: 'template', fileName: file.name, contentBase64: await base64Of(file) };
    }
    run.mutate(input, { onSuccess: onDone });
  }

  const problem = run.error instanceof ApiError && run.error.errors.length > 0 ? run.error : null;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('run.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('run.hint')}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="review-source-label">
            {t('run.source')}
          </Text>
          <SegmentedControl
            aria-labelledby="review-source-label"
            value={kind}
            onChange={(value) => {
              setKind(value as Kind);
              setFile(null);
              setLocalError(null);
              run.reset();
            }}
            data={[
              { value: 'lkjip', label: t('run.lkjip') },
              { value: 'json', label: t('run.json') },
              { value: 'template', label: t('run.template') },
            ]}
            fullWidth
          />
        </Stack>
        <Text size="sm">
          {t(kind === 'lkjip' ? 'run.lkjipHint' : kind === 'json' ? 'run.jsonHint' : 'run.templateHint')}
        </Text>
        {kind !== 'lkjip' && (
          <FileInput
            label={t('run.file')}
            placeholder={t('run.filePlaceholder')}
            accept={
              kind === 'json'
                ? 'application/json,.json'
                : '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            }
            value={file}
            onChange={(f) => {
              setFile(f);
              setLocalError(null);
            }}
            error={localError ?? undefined}
            clearable
            data-testid="review-file"
          />
        )}
        {kind === 'template' && (
          <Anchor href={templateUrl(agencyId, year)} download size="sm">
            {t('run.downloadTemplate')}
          </Anchor>
        )}
        {kind === 'lkjip' && localError && <Alert color="red">{localError}</Alert>}
        {problem ? (
          <Alert color="red" title={t('run.errors')} role="alert" data-testid="problem">
            <List size="sm">
              {problem.errors.map((e) => (
                <List.Item key={`${e.path}:${e.message}`}>{e.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          run.isError && <ProblemAlert error={run.error} />
        )}
        <Button onClick={() => void submit()} loading={run.isPending} data-testid="run-review">
          {run.isPending ? t('run.running') : t('run.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
