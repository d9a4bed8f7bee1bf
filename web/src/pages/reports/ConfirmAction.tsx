/**
 * A workflow step that cannot be undone (submit, finalise): the button opens a
 * dialog that says what will happen; the step runs on "Yes", and an error from
 * the server stays in the dialog.
 */
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';

export function ConfirmAction({
  label,
  title,
  message,
  confirmLabel,
  onConfirm,
  pending,
  error,
  onReset,
  color,
  variant,
  testId,
}: {
  label: string;
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  /** Runs the step; resolves when it succeeded (the dialog closes). */
  onConfirm: () => Promise<unknown>;
  pending: boolean;
  error: unknown;
  onReset: () => void;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  testId?: string;
}) {
  const { t } = useTranslation('common');
  const [opened, setOpened] = useState(false);
  const close = () => {
    setOpened(false);
    onReset();
  };
  return (
    <>
      <Button size="sm" color={color} variant={variant} onClick={() => setOpened(true)} data-testid={testId}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          {error !== null && error !== undefined && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button
              color={color}
              loading={pending}
              onClick={() =>
                void onConfirm().then(
                  () => close(),
                  () => undefined,
                )
              }
            >
              {confirmLabel ?? t('action.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
