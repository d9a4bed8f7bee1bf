/**
 * The two questions of the workflow: the explanation a low realisation needs
 * before it is submitted, and the comment a returned realisation carries.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { GridRealisation } from './realisations-api.ts';
import type { Workflow } from './use-workflow.ts';

export type DialogTarget = {
  realisation: GridRealisation;
  /** What the dialog is about, e.g. "SS1.1 · TW II 2024". */
  title: string;
  /** Why an explanation is needed (the server's words, or the live capaian and predikat). */
  lead?: string;
};

export function ExplainDialog({
  target,
  workflow,
  onClose,
  onDone,
}: {
  target: DialogTarget | null;
  workflow: Workflow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setText('');
    setError(null);
    onClose();
  };
  const send = async () => {
    if (!target) return;
    setBusy(true);
    try {
      await workflow.submit(target.realisation, text);
      setText('');
      setError(null);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('explain.title')} size="lg">
      {target && (
        <Stack>
          <Text fw={600}>{target.title}</Text>
          {target.lead && <Text size="sm">{target.lead}</Text>}
          <Textarea
            label={t('explain.label')}
            required
            autosize
            minRows={4}
            data-autofocus
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={fieldError(error, 'explanation')}
          />
          {error !== null && !fieldError(error, 'explanation') && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button onClick={() => void send()} loading={busy} disabled={text.trim() === ''}>
              {t('explain.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

export function ReturnDialog({
  target,
  workflow,
  onClose,
  onDone,
}: {
  target: DialogTarget | null;
  workflow: Workflow;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setText('');
    setError(null);
    onClose();
  };
  const send = async () => {
    if (!target) return;
    setBusy(true);
    try {
      await workflow.giveBack(target.realisation, text);
      setText('');
      setError(null);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={target !== null} onClose={close} title={t('returnDialog.title')} size="lg">
      {target && (
        <Stack>
          <Text fw={600}>{target.title}</Text>
          <Text size="sm">{t('returnDialog.lead')}</Text>
          <Textarea
            label={t('returnDialog.label')}
            required
            autosize
            minRows={3}
            data-autofocus
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={fieldError(error, 'comment')}
          />
          {error !== null && !fieldError(error, 'comment') && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button color="red" onClick={() => void send()} loading={busy} disabled={text.trim() === ''}>
              {t('common:action.return')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
