/** The reporting calendar of a year: every due date, with its reminder and grace; the admin sets them. */
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ROLE_CAN, type Me } from '../../api/session.ts';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';
import { useDeadlines, type Deadline } from './admin-api.ts';
import { useAdminYear, YearSelect } from './AdminYear.tsx';
import { DeadlineForm } from './DeadlineForm.tsx';
import { useDeadlineLabel } from './deadline-label.ts';
import { DoneAlert } from './DoneAlert.tsx';

export function DeadlinesTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const label = useDeadlineLabel();
  const { year } = useAdminYear();
  const deadlines = useDeadlines(me.regionId, year);
  const canEdit = ROLE_CAN.administer(me.role);
  const [editing, setEditing] = useState<{ start: Deadline | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <DoneAlert message={done} onClose={() => setDone(null)} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <YearSelect />
        {canEdit && deadlines.data && (
          <Button onClick={() => setEditing({ start: null })}>{t('deadlines.set')}</Button>
        )}
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Title order={2} size="h4">
          {t('deadlines.title', { year })}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('deadlines.hint')}
        </Text>
        {!canEdit && (
          <Text size="xs" c="dimmed" mb="xs">
            {t('readOnly')}
          </Text>
        )}
        <QueryState query={deadlines}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('deadlines.empty', { year })}</Empty>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="xs" striped data-testid="deadlines">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('deadlines.work')}</Table.Th>
                      <Table.Th>{t('deadlines.due')}</Table.Th>
                      <Table.Th>{t('deadlines.reminder')}</Table.Th>
                      <Table.Th>{t('deadlines.grace')}</Table.Th>
                      {canEdit && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((deadline) => (
                      <Table.Tr key={deadline.id}>
                        <Table.Td fw={500}>{label(deadline)}</Table.Td>
                        <Table.Td>{show.date(deadline.dueDate)}</Table.Td>
                        <Table.Td>
                          {t('deadlines.reminderDays', { count: deadline.reminderWorkingDays })}
                        </Table.Td>
                        <Table.Td>
                          {deadline.graceDays === 0
                            ? t('deadlines.noGrace')
                            : t('deadlines.graceDays', { count: deadline.graceDays })}
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="light"
                              aria-label={t('deadlines.editLabel', { label: label(deadline) })}
                              onClick={() => setEditing({ start: deadline })}
                            >
                              {t('deadlines.edit')}
                            </Button>
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
      {editing && deadlines.data && (
        <DeadlineForm
          regionId={me.regionId}
          year={year}
          deadlines={deadlines.data}
          start={editing.start}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setDone(message);
          }}
        />
      )}
    </Stack>
  );
}
