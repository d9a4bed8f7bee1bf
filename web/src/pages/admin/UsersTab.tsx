/** Users and roles (admin): who may sign in, in which role and for which agency. */
import { Badge, Button, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useAgencies } from '../../api/agencies.ts';
import type { Me } from '../../api/session.ts';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';
import { useUsers, type User } from './admin-api.ts';
import { DoneAlert } from './DoneAlert.tsx';
import { UserActions } from './UserActions.tsx';
import { UserForm } from './UserForm.tsx';

function Roles({ user }: { user: User }) {
  const { t } = useAdminTexts();
  const agencies = useAgencies().data?.agencies ?? [];
  return (
    <Stack gap={2}>
      {user.roles.map((role) => {
        const agency = agencies.find((a) => a.id === role.agencyId);
        return (
          <Text key={`${role.role}:${role.agencyId ?? ''}`} size="sm">
            <Text span fw={500} c={role.role === 'admin' ? 'grape.8' : 'teal.9'}>
              {t(`common:header.role.${role.role}`)}
            </Text>
            <Text span c="dimmed">
              {' · '}
              {agency ? (agency.shortName ?? agency.name) : t('users.regionWide')}
            </Text>
          </Text>
        );
      })}
    </Stack>
  );
}

export function UsersTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const agencies = useAgencies().data?.agencies ?? [];
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const users = useUsers(me.regionId, { ...(agencyId ? { agencyId } : {}), includeInactive });
  return (
    <Stack gap="sm">
      <DoneAlert message={done} onClose={() => setDone(null)} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('users.filterAgency')}
            placeholder={t('users.allAgencies')}
            data={agencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
            value={agencyId}
            onChange={setAgencyId}
            clearable
            w={260}
          />
          <Switch
            label={t('users.includeInactive')}
            checked={includeInactive}
            onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Button onClick={() => setAdding(true)}>{t('users.add')}</Button>
      </Group>
      <QueryState query={users}>
        {(data) =>
          data.users.length === 0 ? (
            <Empty>{t('users.empty')}</Empty>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('users.count', { count: data.users.length })}
              </Text>
              <Table.ScrollContainer minWidth={900}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="users">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('users.username')}</Table.Th>
                      <Table.Th>{t('users.displayName')}</Table.Th>
                      <Table.Th>{t('users.role')}</Table.Th>
                      <Table.Th>{t('users.status')}</Table.Th>
                      <Table.Th>{t('users.lastLogin')}</Table.Th>
                      <Table.Th>{t('users.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.users.map((user) => (
                      <Table.Tr key={user.id} data-username={user.username}>
                        <Table.Td>
                          <Text size="sm" ff="monospace">
                            {user.username}
                          </Text>
                          {user.id === me.userId && (
                            <Badge size="xs" variant="outline">
                              {t('users.you')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{user.displayName}</Text>
                          {user.email && (
                            <Text size="xs" c="dimmed">
                              {user.email}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Roles user={user} />
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            miw="max-content"
                            color={user.isActive ? 'teal' : 'gray'}
                            variant={user.isActive ? 'light' : 'outline'}
                          >
                            {user.isActive ? t('users.active') : t('users.inactive')}
                          </Badge>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {user.lastLoginAt ? show.dateTime(user.lastLoginAt) : t('users.never')}
                        </Table.Td>
                        <Table.Td>
                          <UserActions user={user} isSelf={user.id === me.userId} onDone={setDone} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )
        }
      </QueryState>
      {adding && (
        <UserForm
          regionId={me.regionId}
          opened
          onClose={() => setAdding(false)}
          onCreated={(name) => setDone(t('users.created', { name }))}
        />
      )}
    </Stack>
  );
}
