/** The year's locked periods (in force and reopened); the admin reopens one with a reason. */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAgencies } from '../../api/agencies.ts';
import { ROLE_CAN, type Me } from '../../api/session.ts';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';
import { usePeriodLocks, type PeriodLock } from './admin-api.ts';
import { useAdminYear, YearSelect } from './AdminYear.tsx';
import { useDeadlineLabel } from './deadline-label.ts';
import { DoneAlert } from './DoneAlert.tsx';
import { ReopenForm } from './ReopenForm.tsx';

export function LocksTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const label = useDeadlineLabel();
  const agencies = useAgencies().data?.agencies ?? [];
  const { year } = useAdminYear();
  const locks = usePeriodLocks(me.regionId, year);
  const canReopen = ROLE_CAN.administer(me.role);
  const [reopening, setReopening] = useState<PeriodLock | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const scopeName = (agencyId: string | null) => {
    if (agencyId === null) return t('locks.wholeRegion');
    const agency = agencies.find((a) => a.id === agencyId);
    return agency ? (agency.shortName ?? agency.name) : agencyId;
  };
  return (
    <Stack gap="sm">
      <DoneAlert message={done} onClose={() => setDone(null)} />
      <Group align="flex-end">
        <YearSelect />
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Title order={2} size="h4">
          {t('locks.title', { year })}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('locks.hint')}
        </Text>
        <QueryState query={locks}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('locks.empty', { year })}</Empty>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="xs" striped data-testid="period-locks">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('locks.period')}</Table.Th>
                      <Table.Th>{t('locks.scope')}</Table.Th>
                      <Table.Th>{t('locks.lockedAt')}</Table.Th>
                      <Table.Th>{t('locks.status')}</Table.Th>
                      {canReopen && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((lock) => (
                      <Table.Tr key={lock.id}>
                        <Table.Td fw={500}>{label(lock)}</Table.Td>
                        <Table.Td>{scopeName(lock.agencyId)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{show.dateTime(lock.lockedAt)}</Table.Td>
                        <Table.Td>
                          {lock.locked ? (
                            <Badge color="red" variant="light">
                              {t('locks.locked')}
                            </Badge>
                          ) : (
                            <Stack gap={2}>
                              <Badge color="orange" variant="light">
                                {t('locks.reopenedOn', { date: show.date(lock.reopenedAt) })}
                              </Badge>
                              {lock.reopenReason && (
                                <Text size="xs">
                                  {t('locks.reason')}: {lock.reopenReason}
                                </Text>
                              )}
                            </Stack>
                          )}
                        </Table.Td>
                        {canReopen && (
                          <Table.Td>
                            {lock.locked && (
                              <Button
                                size="compact-sm"
                                variant="light"
                                color="orange"
                                aria-label={t('locks.reopenLabel', { label: label(lock) })}
                                onClick={() => setReopening(lock)}
                              >
                                {t('locks.reopen')}
                              </Button>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Paper>
      {reopening && (
        <ReopenForm
          lock={reopening}
          label={label(reopening)}
          onClose={() => setReopening(null)}
          onDone={(message) => {
            setReopening(null);
            setDone(message);
          }}
        />
      )}
    </Stack>
  );
}
