/**
 * Impor data (`/instansi/:agencyId/impor?tahun=`): choose the kind of data,
 * download its template for the year, upload the filled file, follow the
 * check's progress, then see either every problem (sheet, row, column, found,
 * expected; nothing saved) or the preview (new, changed, unchanged, and the
 * rows that change), and confirm to save it all in one go.
 */
import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Progress,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { agencyPath } from '../../app/nav.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useJob } from '../reports/report-jobs.ts';
import {
  IMPORT_KINDS,
  IMPORT_RESULT_PAGES,
  importOutcome,
  JSON_KINDS,
  reportDataExportUrl,
  startImport,
  templateUrl,
  type ImportKind,
} from './import-api.ts';
import { ChangeTable, CountBadges, ProblemTable } from './ImportResult.tsx';
import { texts } from './texts.ts';

type Run = { jobId: string; mode: 'preview' | 'confirm' };

function Step({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
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

/** The job's progress bar, then what it answered. */
function ImportRun({
  run,
  agencyId,
  year,
  onConfirm,
  confirming,
  onReset,
}: {
  run: Run;
  agencyId: string;
  year: number;
  onConfirm: (digest: string) => void;
  confirming: boolean;
  onReset: () => void;
}) {
  const { t } = useTexts('import', texts);
  const job = useJob(run.jobId);
  const done = job.data?.status === 'done';
  const outcome = useQuery({
    queryKey: ['import-outcome', run.jobId],
    queryFn: () => importOutcome(run.jobId),
    enabled: done,
    staleTime: Infinity,
  });
  if (job.isError) return <ProblemAlert error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data || !done) {
    if (job.data?.status === 'failed')
      return (
        <Alert color="red" title={t('failed')}>
          {job.data.error}
        </Alert>
      );
    const label =
      job.data?.status === 'queued' || !job.data
        ? t('progress.queued')
        : run.mode === 'preview'
          ? t('progress.checking')
          : t('progress.saving');
    const value = job.data?.progress ?? 0;
    return (
      <Stack gap={4}>
        <Group justify="space-between">
          <Text size="sm">{job.data?.message ?? label}</Text>
          <Text size="sm" className="num">
            {value}%
          </Text>
        </Group>
        <Progress value={value} animated aria-label={t('progress.label')} data-testid="import-progress" />
      </Stack>
    );
  }
  if (outcome.isPending) return <Loading />;
  if (outcome.isError) return <ProblemAlert error={outcome.error} onRetry={() => void outcome.refetch()} />;
  const result = outcome.data;
  const json = JSON_KINDS.includes(result.kind as ImportKind);
  if (result.status === 'refused') return <ProblemTable outcome={result} json={json} />;
  if (result.status === 'applied')
    return (
      <Alert color="green" title={t('applied.title')} data-testid="import-applied">
        <Stack gap="xs">
          <Text size="sm">{t([`applied.bodies.${result.kind}`, 'applied.body'], result.counts)}</Text>
          <Group gap="sm">
            <Anchor
              component={Link}
              to={agencyPath(agencyId, IMPORT_RESULT_PAGES[result.kind as ImportKind] ?? 'realisasi', year)}
              size="sm"
            >
              {t([`applied.opens.${result.kind}`, 'applied.open'])}
            </Anchor>
            <Button variant="subtle" size="xs" onClick={onReset}>
              {t('applied.again')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  const changes = result.counts.new + result.counts.changed;
  return (
    <Stack gap="sm" data-testid="import-preview">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('preview.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(json ? 'preview.jsonRowsRead' : 'preview.rowsRead', { count: result.rowsRead })}
        </Text>
      </Group>
      <CountBadges outcome={result} />
      {changes === 0 ? (
        <Text size="sm">{t('preview.nothing')}</Text>
      ) : (
        <ChangeTable outcome={result} json={json} />
      )}
      <Group gap="sm">
        {changes > 0 && (
          <Button onClick={() => onConfirm(result.digest)} loading={confirming}>
            {t('preview.confirm', { count: changes })}
          </Button>
        )}
        <Button variant="default" onClick={onReset}>
          {t(changes > 0 ? 'preview.cancel' : 'preview.close')}
        </Button>
      </Group>
    </Stack>
  );
}

export default function ImportPage() {
  const { t } = useTexts('import', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const [kind, setKind] = useState<ImportKind>('realisasi');
  const [file, setFile] = useState<File | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const start = useMutation({
    mutationFn: async (input: { mode: 'preview' | 'confirm'; digest?: string }) => {
      if (!file) throw new Error('no file');
      const jobId = await startImport(agencyId, kind, year, input.mode, file, input.digest);
      return { jobId, mode: input.mode };
    },
    onSuccess: setRun,
  });
  const reset = () => {
    setRun(null);
    start.reset();
  };
  if (me.isPending) return <Loading />;
  const role = me.data?.role;
  const header = <PageHeader title={t('title', { year })} description={t('description')} />;
  const json = JSON_KINDS.includes(kind);
  const exportButton = (
    <Button component="a" href={reportDataExportUrl(agencyId, year)} download variant="light">
      {t('step1.export', { year })}
    </Button>
  );
  if (!role || !ROLE_CAN.record(role))
    return (
      <>
        {header}
        <Stack gap="sm" maw={1100}>
          <Alert color="gray">{t('notStaff')}</Alert>
          {role && (
            <Group gap="sm">
              <Text size="sm">{t('exportOnly', { year })}</Text>
              {exportButton}
            </Group>
          )}
        </Stack>
      </>
    );
  return (
    <>
      {header}
      <Stack gap="md" maw={1100}>
        <Step
          title={t(json ? 'step1.jsonTitle' : 'step1.title')}
          hint={t(json ? 'step1.jsonHint' : [`step1.hints.${kind}`, 'step1.hint'], { year })}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('kind.label')}
              data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              value={kind}
              onChange={(value) => {
                if (value) setKind(value as ImportKind);
                setFile(null); // a file chosen for another kind is not this kind's file
                reset();
              }}
              allowDeselect={false}
              w={420}
              maw="100%"
            />
            {json ? (
              exportButton
            ) : (
              <Button component="a" href={templateUrl(agencyId, kind, year)} download variant="light">
                {t('step1.download', { year })}
              </Button>
            )}
          </Group>
        </Step>
        <Step
          title={t('step2.title')}
          hint={t(json ? 'step2.jsonHint' : [`step2.hints.${kind}`, 'step2.hint'], { year })}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              label={t(json ? 'step2.jsonFile' : 'step2.file')}
              placeholder={t('step2.filePlaceholder')}
              accept={
                json
                  ? '.json,application/json'
                  : '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              }
              value={file}
              onChange={(value) => {
                setFile(value);
                reset();
              }}
              clearable
              w={420}
              maw="100%"
            />
            <Button
              onClick={() => start.mutate({ mode: 'preview' })}
              disabled={!file}
              loading={start.isPending && start.variables.mode === 'preview'}
            >
              {t('step2.check')}
            </Button>
          </Group>
          {start.isError && <ProblemAlert error={start.error} />}
          {run && (
            <ImportRun
              key={run.jobId}
              run={run}
              agencyId={agencyId}
              year={year}
              onConfirm={(digest) => start.mutate({ mode: 'confirm', digest })}
              confirming={start.isPending && start.variables.mode === 'confirm'}
              onReset={() => {
                reset();
                setFile(null);
              }}
            />
          )}
        </Step>
      </Stack>
    </>
  );
}
