/**
 * The frame of every Renstra dialog: the fields, then what went wrong (a
 * validation summary, a version conflict with a reload action, or another
 * error), then Cancel and Save. What the user typed stays in the fields
 * whatever the server answers.
 */
import { Alert, Button, Group, List, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { texts } from './texts.ts';

type Props = {
  opened: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  /** Reads the Renstra again (after a conflict) and clears the error; the fields keep their text. */
  onReload: () => Promise<unknown>;
  /** The field paths shown next to a field; other failing paths are listed under the form. */
  fieldPaths: readonly string[];
  children: ReactNode;
  size?: string;
};

function isConflict(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.type.endsWith('/conflict');
}

function shownAtField(path: string, fieldPaths: readonly string[]): boolean {
  return fieldPaths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}

export function FormProblem({
  error,
  fieldPaths,
  onReload,
}: {
  error: unknown;
  fieldPaths: readonly string[];
  onReload: () => void;
}) {
  const { t } = useTexts('renstra', texts);
  if (!error) return null;
  if (isConflict(error)) {
    return (
      <Alert color="yellow" title={t('conflict.title')} role="alert" data-testid="conflict">
        {t('conflict.text')}
        <Group mt="sm">
          <Button size="xs" variant="white" color="yellow" onClick={onReload}>
            {t('conflict.reload')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 400) {
    const elsewhere = error.errors.filter((e) => !shownAtField(e.path, fieldPaths));
    return (
      <Alert
        color="red"
        title={elsewhere.length > 0 ? error.title || t('invalid') : undefined}
        role="alert"
        data-testid="problem"
      >
        {error.message}
        {elsewhere.length > 0 && (
          <List size="sm" mt="xs">
            {elsewhere.map((e) => (
              <List.Item key={`${e.path}:${e.message}`}>
                <code>{e.path}</code>: {e.message}
              </List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  return <ProblemAlert error={error} />;
}

export function FormModal({
  opened,
  title,
  onClose,
  onSubmit,
  pending,
  error,
  onReload,
  fieldPaths,
  children,
  size = 'lg',
}: Props) {
  const { t } = useTexts('renstra', texts);
  const phone = useMediaQuery('(max-width: 48em)');
  const [reloaded, setReloaded] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} fullScreen={phone === true}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setReloaded(false);
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {children}
          {reloaded && !error && (
            <Alert color="blue" role="status">
              {t('conflict.reloaded')}
            </Alert>
          )}
          <FormProblem
            error={error}
            fieldPaths={fieldPaths}
            onReload={() => void onReload().then(() => setReloaded(true))}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
