/**
 * Agencies and their organisation units: the region's agencies (an
 * agency-bound user sees their own), and the chosen agency's units as a tree
 * with echelons. The admin adds agencies and units.
 */
import { Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useAgencies, type ListedAgency } from '../../api/agencies.ts';
import { ROLE_CAN, type Me } from '../../api/session.ts';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useOrgUnits } from './admin-api.ts';
import { AgencyForm } from './AgencyForm.tsx';
import { DoneAlert } from './DoneAlert.tsx';
import { OrgUnitForm } from './OrgUnitForm.tsx';

const ECHELON_COLOURS: Record<string, string> = {
  I: 'grape',
  II: 'teal',
  III: 'blue',
  IV: 'cyan',
  V: 'gray',
};

function Units({
  agency,
  canAdd,
  onDone,
}: {
  agency: ListedAgency;
  canAdd: boolean;
  onDone: (m: string) => void;
}) {
  const { t } = useAdminTexts();
  const units = useOrgUnits(agency.id);
  const [adding, setAdding] = useState(false);
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap">
        <Title order={2} size="h4">
          {t('units.of', { name: agency.shortName ?? agency.name })}
        </Title>
        {canAdd && units.data && (
          <Button size="compact-sm" variant="light" onClick={() => setAdding(true)}>
            {t('units.add')}
          </Button>
        )}
      </Group>
      <QueryState query={units}>
        {({ units: list }) =>
          list.length === 0 ? (
            <Empty>{t('units.empty')}</Empty>
          ) : (
            <>
              <Text size="xs" c="dimmed" mb={4}>
                {t('units.count', { count: list.length })}
              </Text>
              <Table verticalSpacing={6} data-testid="org-units">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('units.name')}</Table.Th>
                    <Table.Th w={120}>{t('units.echelon')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((unit) => (
                    <Table.Tr key={unit.id}>
                      <Table.Td style={{ paddingLeft: `calc(${unit.depth} * 1.25rem + 0.5rem)` }}>
                        <Text size="sm" fw={unit.depth === 0 ? 600 : 400}>
                          {unit.depth > 0 && (
                            <Text span c="dimmed" aria-hidden>
                              └{' '}
                            </Text>
                          )}
                          {unit.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          miw="max-content"
                          color={ECHELON_COLOURS[unit.echelon] ?? 'gray'}
                        >
                          {t(`units.echelons.${unit.echelon}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )
        }
      </QueryState>
      {adding && units.data && (
        <OrgUnitForm
          agencyId={agency.id}
          units={units.data.units}
          opened
          onClose={() => setAdding(false)}
          onCreated={(name) => onDone(t('units.created', { name }))}
        />
      )}
    </Paper>
  );
}

export function AgenciesTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const agencies = useAgencies();
  const canAdminister = ROLE_CAN.administer(me.role);
  const [chosen, setChosen] = useState<string | null>(me.agencyId);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <DoneAlert message={done} onClose={() => setDone(null)} />
      <QueryState query={agencies}>
        {(data) => {
          const selected = data.agencies.find((a) => a.id === chosen) ?? data.agencies[0];
          return (
            <Grid gutter="md">
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap">
                  <Title order={2} size="h4">
                    {t('agencies.list', { region: data.region.name })}
                  </Title>
                  {canAdminister && (
                    <Button size="compact-sm" onClick={() => setAdding(true)}>
                      {t('agencies.add')}
                    </Button>
                  )}
                </Group>
                {data.agencies.length === 0 ? (
                  <Empty>{t('agencies.empty')}</Empty>
                ) : (
                  <Table.ScrollContainer minWidth={480}>
                    <Table highlightOnHover verticalSpacing="xs" data-testid="agencies">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('agencies.code')}</Table.Th>
                          <Table.Th>{t('agencies.name')}</Table.Th>
                          <Table.Th>{t('agencies.years')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.agencies.map((agency) => {
                          const isSelected = agency.id === selected?.id;
                          return (
                            <Table.Tr key={agency.id} bg={isSelected ? 'teal.0' : undefined}>
                              <Table.Td>
                                <Text size="xs" ff="monospace">
                                  {agency.code}
                                </Text>
                              </Table.Td>
                              <Table.Td>
                                <UnstyledButton
                                  onClick={() => setChosen(agency.id)}
                                  aria-pressed={isSelected}
                                  aria-label={`${t('agencies.open')}: ${agency.name}`}
                                >
                                  <Text
                                    size="sm"
                                    fw={500}
                                    c="teal.9"
                                    td={isSelected ? undefined : 'underline'}
                                  >
                                    {agency.name}
                                  </Text>
                                </UnstyledButton>
                                {agency.shortName && (
                                  <Text size="xs" c="dimmed">
                                    {agency.shortName}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                                {agency.firstYear !== null && agency.lastYear !== null
                                  ? `${agency.firstYear}–${agency.lastYear}`
                                  : t('agencies.noYears')}
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 6 }}>
                {selected && <Units agency={selected} canAdd={canAdminister} onDone={setDone} />}
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
      {adding && (
        <AgencyForm
          regionId={me.regionId}
          opened
          onClose={() => setAdding(false)}
          onCreated={(id, name) => {
            setChosen(id);
            setDone(t('agencies.created', { name }));
          }}
        />
      )}
    </Stack>
  );
}
