/** What is late in the year, per agency: work past its due date and not finished (an agency's users see their own). */
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Me } from '../../api/session.ts';
import { agencyPath } from '../../app/nav.ts';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';
import { useLate } from './admin-api.ts';
import { useAdminYear, YearSelect } from './AdminYear.tsx';
import { useDeadlineLabel } from './deadline-label.ts';

/** Where the late work is done. */
const WORK_PAGE: Record<string, string> = { realisation_quarter: 'realisasi', pk: 'pk', lkjip: 'laporan' };

export function LateTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const label = useDeadlineLabel();
  const { year } = useAdminYear();
  const late = useLate(me.regionId, year);
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <YearSelect />
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Title order={2} size="h4">
          {t('late.title', { year })}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('late.hint')}
        </Text>
        <QueryState query={late}>
          {(agencies) =>
            agencies.length === 0 ? (
              <Empty>{t('late.empty', { year })}</Empty>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="xs" data-testid="late">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('late.agency')}</Table.Th>
                      <Table.Th>{t('late.work')}</Table.Th>
                      <Table.Th>{t('late.due')}</Table.Th>
                      <Table.Th>{t('late.state')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {agencies.flatMap((agency) =>
                      agency.late.map((item, i) => (
                        <Table.Tr key={`${agency.agencyId}:${item.deadlineId}`}>
                          {i === 0 && (
                            <Table.Td rowSpan={agency.late.length} style={{ verticalAlign: 'top' }}>
                              <Text size="sm" fw={500}>
                                {agency.name}
                              </Text>
                              <Text size="xs" c="dimmed">
                                {t('late.count', { count: agency.late.length })}
                              </Text>
                            </Table.Td>
                          )}
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={agencyPath(agency.agencyId, WORK_PAGE[item.kind] ?? '', year)}
                              size="sm"
                            >
                              {label({ kind: item.kind, year, periodNo: item.periodNo })}
                            </Anchor>
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{show.date(item.dueDate)}</Table.Td>
                          <Table.Td>
                            <Group gap={6}>
                              <Badge color="orange" variant="light">
                                {item.missingIndicators !== null
                                  ? t('late.missing', { count: item.missingIndicators })
                                  : t('late.notDone')}
                              </Badge>
                              <Badge color={item.locked ? 'red' : 'gray'} variant="outline">
                                {item.locked ? t('late.locked') : t('late.open')}
                              </Badge>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      )),
                    )}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Paper>
    </Stack>
  );
}
