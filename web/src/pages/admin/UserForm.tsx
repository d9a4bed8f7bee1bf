/**
 * A new user with one role: operator and kepala bound to one agency, admin
 * and evaluator region-wide, a viewer either. Each field shows its own error
 * from the server.
 */
import { Button, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAgencies } from '../../api/agencies.ts';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useCreateUser } from './admin-api.ts';

const ROLES = ['operator', 'kepala', 'admin', 'evaluator', 'viewer'] as const;
type RoleChoice = (typeof ROLES)[number];

/** Whether the role works for one agency (required), may (optional), or works region-wide (none). */
const AGENCY_BINDING: Record<RoleChoice, 'required' | 'optional' | 'none'> = {
  operator: 'required',
  kepala: 'required',
  admin: 'none',
  evaluator: 'none',
  viewer: 'optional',
};

export function UserForm({
  regionId,
  opened,
  onClose,
  onCreated,
}: {
  regionId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (name: string) => void;
}) {
  const { t } = useAdminTexts();
  const agencies = useAgencies().data?.agencies ?? [];
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [nip, setNip] = useState('');
  const [role, setRole] = useState<RoleChoice>('operator');
  const [agencyId, setAgencyId] = useState<string | null>(
    agencies.length === 1 ? (agencies[0]?.id ?? null) : null,
  );
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<'id' | 'en'>('id');
  const binding = AGENCY_BINDING[role];

  const close = () => {
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        regionId,
        username: username.trim(),
        displayName: displayName.trim(),
        password,
        email: email.trim() === '' ? null : email.trim(),
        nip: nip.trim() === '' ? null : nip.trim(),
        locale,
        role,
        agencyId: binding === 'none' ? null : agencyId,
      },
      {
        onSuccess: (user) => {
          onCreated(user.username);
          setUsername('');
          setDisplayName('');
          setEmail('');
          setNip('');
          setPassword('');
          close();
        },
      },
    );
  };
  const error = create.error;
  const fieldless =
    error &&
    !['username', 'displayName', 'password', 'email', 'nip', 'role', 'agencyId'].some((p) =>
      fieldError(error, p),
    );
  return (
    <Modal opened={opened} onClose={close} title={t('users.addTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('users.username')}
              description={t('users.usernameHint')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={fieldError(error, 'username')}
              autoComplete="off"
              required
              data-autofocus
              miw={220}
            />
            <TextInput
              label={t('users.displayName')}
              value={displayName}
              onChange={(e) => setDisplayName(e.currentTarget.value)}
              error={fieldError(error, 'displayName')}
              required
              miw={220}
            />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('users.role')}
              data={ROLES.map((r) => ({ value: r, label: t(`common:header.role.${r}`) }))}
              value={role}
              onChange={(value) => value && setRole(value as RoleChoice)}
              error={fieldError(error, 'role')}
              allowDeselect={false}
              required
              miw={220}
            />
            <Select
              label={t('users.agency')}
              description={
                binding === 'required'
                  ? t('users.agencyRequired')
                  : binding === 'optional'
                    ? t('users.agencyOptional')
                    : t('users.agencyNone')
              }
              data={agencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
              value={binding === 'none' ? null : agencyId}
              onChange={setAgencyId}
              disabled={binding === 'none'}
              clearable={binding === 'optional'}
              allowDeselect={binding === 'optional'}
              required={binding === 'required'}
              error={fieldError(error, 'agencyId')}
              searchable
              miw={220}
            />
          </Group>
          <PasswordInput
            label={t('users.password')}
            description={t('users.passwordHint')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(error, 'password')}
            autoComplete="new-password"
            required
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('users.email')}
              description={t('users.emailHint')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(error, 'email')}
              miw={220}
            />
            <TextInput
              label={t('users.nip')}
              description={t('users.nipHint')}
              inputMode="numeric"
              value={nip}
              onChange={(e) => setNip(e.currentTarget.value)}
              error={fieldError(error, 'nip')}
              miw={220}
            />
          </Group>
          <Select
            label={t('users.locale')}
            data={[
              { value: 'id', label: t('users.localeId') },
              { value: 'en', label: t('users.localeEn') },
            ]}
            value={locale}
            onChange={(value) => value && setLocale(value as 'id' | 'en')}
            allowDeselect={false}
            maw={260}
          />
          {fieldless && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
