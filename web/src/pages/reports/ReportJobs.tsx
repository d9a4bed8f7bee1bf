/**
 * Buttons that start a document (LKjIP or PK, in .docx, .pdf or .xlsx) and the
 * list of started jobs with their progress, errors and the download link. Used
 * by the Laporan page and by the PK page (print/download of the PK).
 */
import { ActionIcon, Button, Card, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import {
  jobResultUrl,
  REPORT_FORMATS,
  useJob,
  type DocumentLanguage,
  type ReportFormat,
  type ReportKind,
  type StartedJob,
  type useReportJobs,
} from './report-jobs.ts';
import { texts } from './texts.ts';

type Jobs = ReturnType<typeof useReportJobs>;

export function GenerateButtons({
  jobs,
  year,
  kinds,
}: {
  jobs: Jobs;
  year: number;
  /** The documents offered, each with a reason when it cannot be made now. */
  kinds: { kind: ReportKind; unavailable?: string | undefined }[];
}) {
  const { t } = useTexts('reports', texts);
  const [lang, setLang] = useState<DocumentLanguage>('id');
  const start = (kind: ReportKind, format: ReportFormat) => jobs.start.mutate({ kind, format, year, lang });
  return (
    <Stack gap="sm">
      {kinds.map(({ kind, unavailable }) => (
        <Stack key={kind} gap={4}>
          <Group gap="xs" wrap="wrap">
            <Text fw={500} w={{ base: '100%', xs: 170 }} size="sm">
              {t('kind.document', { kind: t(`kind.${kind}`), year })}
            </Text>
            {REPORT_FORMATS.map((format) => (
              <Button
                key={format}
                size="xs"
                variant="light"
                disabled={unavailable !== undefined}
                loading={
                  jobs.start.isPending &&
                  jobs.start.variables.kind === kind &&
                  jobs.start.variables.format === format
                }
                onClick={() => start(kind, format)}
                aria-label={t('generate.aria', { kind: t(`kind.${kind}`), year, format })}
                data-testid={`generate-${kind}-${format}`}
              >
                .{format}
              </Button>
            ))}
          </Group>
          {unavailable && (
            <Text size="xs" c="dimmed">
              {unavailable}
            </Text>
          )}
        </Stack>
      ))}
      <Select
        label={t('generate.language')}
        data={[
          { value: 'id', label: t('generate.languageId') },
          { value: 'en', label: t('generate.languageEn') },
        ]}
        value={lang}
        onChange={(value) => value && setLang(value as DocumentLanguage)}
        allowDeselect={false}
        w={220}
        size="xs"
      />
      {jobs.start.isError && <ProblemAlert error={jobs.start.error} />}
    </Stack>
  );
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${show.number(bytes / (1024 * 1024), 1)} MB`
    : `${show.number(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}

function JobRow({ started, onDismiss }: { started: StartedJob; onDismiss: () => void }) {
  const { t, i18n } = useTexts('reports', texts);
  const job = useJob(started.jobId);
  const data = job.data;
  const status = data?.status ?? 'queued';
  const title = `${t('kind.document', { kind: t(`kind.${started.kind}`), year: started.year })} · .${started.format}${
    started.lang === 'en' ? ' (English)' : ''
  }`;
  const running = status === 'queued' || status === 'running';
  return (
    <Card withBorder padding="sm" data-testid="report-job" data-status={status}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text fw={500} size="sm">
            {title}
          </Text>
          {!running && (
            <ActionIcon variant="subtle" color="gray" aria-label={t('job.dismiss')} onClick={onDismiss}>
              ×
            </ActionIcon>
          )}
        </Group>
        <Progress
          value={status === 'done' ? 100 : (data?.progress ?? 0)}
          color={status === 'failed' ? 'red' : status === 'done' ? 'teal' : 'blue'}
          striped={running}
          animated={running}
          aria-label={t('job.progress', { title })}
        />
        <Text size="xs" c="dimmed" aria-live="polite">
          {t(`job.status.${status}`)}
          {running && data ? ` · ${data.progress} %` : ''}
          {running && data?.message && i18n.language !== 'en' ? ` · ${data.message}` : ''}
        </Text>
        {job.isError && <ProblemAlert error={job.error} onRetry={() => void job.refetch()} />}
        {status === 'failed' && (
          <Text size="sm" c="red" role="alert">
            {data?.error ?? t('job.failed')}
          </Text>
        )}
        {status === 'done' && data?.result && (
          <Group gap="xs" wrap="wrap">
            <Button
              component="a"
              href={jobResultUrl(started.jobId)}
              download
              size="xs"
              color="teal"
              data-testid="download"
            >
              {t('job.download')}
            </Button>
            <Text size="xs" c="dimmed">
              {data.result.fileName} · {sizeText(data.result.sizeBytes)}
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

export function JobList({ jobs }: { jobs: Jobs }) {
  const { t } = useTexts('reports', texts);
  if (jobs.jobs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('job.none')}
      </Text>
    );
  return (
    <Stack gap="xs">
      {jobs.jobs.map((job) => (
        <JobRow key={job.jobId} started={job} onDismiss={() => jobs.dismiss(job.jobId)} />
      ))}
    </Stack>
  );
}
