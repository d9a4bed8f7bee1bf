/**
 * The evidence files of one realisation: the list (download), upload and
 * removal while the realisation is a draft or returned. The server checks
 * type, content and size; its refusal is shown as it says it.
 */
import { Anchor, Button, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import {
  evidenceDownloadUrl,
  removeEvidence,
  uploadEvidence,
  useEvidence,
  type Evidence,
  type GridRealisation,
} from './realisations-api.ts';
import type { Workflow } from './use-workflow.ts';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.pptx,.csv';

function EvidenceRow({
  file,
  removable,
  onRemoved,
}: {
  file: Evidence;
  removable: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await removeEvidence(file.id, file.version);
      onRemoved();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <li>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Anchor
            href={evidenceDownloadUrl(file.id)}
            download={file.fileName}
            size="sm"
            aria-label={t('evidence.download', { name: file.fileName })}
            truncate
          >
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {file.sizeBytes < 1024
              ? t('evidence.bytes', { size: file.sizeBytes })
              : t('evidence.size', { size: show.number(file.sizeBytes / 1024, 1) })}{' '}
            · {show.dateTime(file.createdAt)}
          </Text>
        </Stack>
        {removable &&
          (confirming ? (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" color="red" loading={busy} onClick={() => void remove()}>
                {t('evidence.confirmRemove')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                {t('common:action.cancel')}
              </Button>
            </Group>
          ) : (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              aria-label={t('evidence.remove', { name: file.fileName })}
              onClick={() => setConfirming(true)}
            >
              {t('common:action.delete')}
            </Button>
          ))}
      </Group>
      {error !== null && <ProblemAlert error={error} />}
    </li>
  );
}

export function EvidencePanel({
  realisation,
  mayRecord,
  editable,
  workflow,
}: {
  realisation: GridRealisation;
  /** The user records this agency's realisations. */
  mayRecord: boolean;
  /** The realisation is a draft or returned, in an open period. */
  editable: boolean;
  workflow: Workflow;
}) {
  const canChange = mayRecord && editable;
  const { t } = useTranslation(['realisations', 'common']);
  const client = useQueryClient();
  const files = useEvidence(realisation.id);
  const [uploading, setUploading] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () => void client.invalidateQueries({ queryKey: ['evidence', realisation.id] });

  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(file.name);
    setMessage(null);
    setError(null);
    try {
      const added = await uploadEvidence(realisation.id, file);
      const duplicate = (added as Evidence & { duplicate?: boolean }).duplicate === true;
      setMessage(duplicate ? t('evidence.duplicate') : t('evidence.uploaded', { name: file.name }));
      if (!duplicate) workflow.countEvidence(realisation.id, 1);
      reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(null);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('evidence.title')}
      </Title>
      {files.isPending ? (
        <Loader size="sm" />
      ) : files.isError ? (
        <ProblemAlert error={files.error} onRetry={reload} />
      ) : files.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evidence.empty')}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          aria-label={t('evidence.listLabel')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {files.data.map((file) => (
            <EvidenceRow
              key={file.id}
              file={file}
              removable={canChange}
              onRemoved={() => {
                workflow.countEvidence(realisation.id, -1);
                reload();
              }}
            />
          ))}
        </Stack>
      )}
      {canChange ? (
        <Stack gap={4}>
          <FileButton onChange={(file) => void upload(file)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} variant="light" size="sm" loading={uploading !== null} w="fit-content">
                {t('evidence.upload')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('evidence.hint')}
          </Text>
        </Stack>
      ) : (
        mayRecord && (
          <Text size="xs" c="dimmed">
            {t('evidence.frozen')}
          </Text>
        )
      )}
      <div aria-live="polite">
        {uploading && <Text size="sm">{t('evidence.uploading', { name: uploading })}</Text>}
        {message && (
          <Text size="sm" c="teal.8">
            {message}
          </Text>
        )}
      </div>
      {error !== null && <ProblemAlert error={error} />}
    </Stack>
  );
}
