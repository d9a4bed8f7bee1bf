/** What the admin does to one user: activate, deactivate (after confirming), reset the password. */
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useResetPassword, useSetUserActive, type User } from './admin-api.ts';

function ResetPassword({
  user,
  opened,
  onClose,
  onDone,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useAdminTexts();
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const close = () => {
    reset.reset();
    setPassword('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { userId: user.id, password, version: user.version },
      {
        onSuccess: () => {
          onDone(t('users.resetDone', { name: user.username }));
          close();
        },
      },
    );
  };
  const fieldMessage = fieldError(reset.error, 'password');
  return (
    <Modal opened={opened} onClose={close} title={t('users.resetTitle', { name: user.username })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('users.resetHint', { name: user.displayName })}</Text>
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.passwordHint')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldMessage}
            autoComplete="new-password"
            required
            data-autofocus
          />
          {reset.error && !fieldMessage && <ProblemAlert error={reset.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ConfirmDeactivate({
  user,
  opened,
  onClose,
  onDone,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useAdminTexts();
  const setActive = useSetUserActive();
  const close = () => {
    setActive.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.confirmDeactivateTitle', { name: user.displayName })}
    >
      <Stack gap="sm">
        <Text size="sm">{t('users.confirmDeactivate')}</Text>
        {setActive.error && <ProblemAlert error={setActive.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common:action.cancel')}
          </Button>
          <Button
            color="red"
            loading={setActive.isPending}
            onClick={() =>
              setActive.mutate(
                { userId: user.id, isActive: false, version: user.version },
                {
                  onSuccess: () => {
                    onDone(t('users.deactivated', { name: user.username }));
                    close();
                  },
                },
              )
            }
          >
            {t('users.deactivate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function UserActions({
  user,
  isSelf,
  onDone,
}: {
  user: User;
  isSelf: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useAdminTexts();
  const activate = useSetUserActive();
  const [dialog, setDialog] = useState<'reset' | 'deactivate' | null>(null);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        {user.isActive ? (
          !isSelf && (
            <Button size="compact-sm" variant="light" color="red" onClick={() => setDialog('deactivate')}>
              {t('users.deactivate')}
            </Button>
          )
        ) : (
          <Button
            size="compact-sm"
            variant="light"
            loading={activate.isPending}
            onClick={() =>
              activate.mutate(
                { userId: user.id, isActive: true, version: user.version },
                { onSuccess: () => onDone(t('users.activated', { name: user.username })) },
              )
            }
          >
            {t('users.activate')}
          </Button>
        )}
        <Button size="compact-sm" variant="default" onClick={() => setDialog('reset')}>
          {t('users.resetPassword')}
        </Button>
      </Group>
      {activate.error && <ProblemAlert error={activate.error} />}
      <ResetPassword
        user={user}
        opened={dialog === 'reset'}
        onClose={() => setDialog(null)}
        onDone={onDone}
      />
      <ConfirmDeactivate
        user={user}
        opened={dialog === 'deactivate'}
        onClose={() => setDialog(null)}
        onDone={onDone}
      />
    </Stack>
  );
}
