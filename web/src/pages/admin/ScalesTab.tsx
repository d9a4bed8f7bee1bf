/**
 * Scales and measurement settings: what is in force for the region and its
 * agencies (everyone reads it: it decides every predikat they see), the
 * admin's form to change it, and the scales to choose from.
 */
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAgencies } from '../../api/agencies.ts';
import { ROLE_CAN, type Me } from '../../api/session.ts';
import { QueryState } from '../../components/PageState.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';
import { useMeasurementSettings, type MeasurementSetting } from './admin-api.ts';
import { useAdminYear } from './AdminYear.tsx';
import { DoneAlert } from './DoneAlert.tsx';
import { MeasurementForm } from './MeasurementForm.tsx';
import { ScalePresets } from './ScalePresets.tsx';

type Editing = { agencyId: string | null; fromYear: number; setting?: MeasurementSetting };

function PresetName({ setting }: { setting: MeasurementSetting }) {
  const { t } = useAdminTexts();
  if (setting.scalePreset !== 'custom' || !setting.customScale)
    return <>{t(`scales.presets.${setting.scalePreset}`)}</>;
  return (
    <Stack gap={0}>
      <Text size="sm">{t('scales.presets.custom')}</Text>
      <Text size="xs" c="dimmed">
        {setting.customScale.map((band) => band.label).join(' · ')}
      </Text>
    </Stack>
  );
}

export function ScalesTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const agencies = useAgencies().data?.agencies ?? [];
  const settings = useMeasurementSettings(me.regionId);
  const { year, years } = useAdminYear();
  const canEdit = ROLE_CAN.administer(me.role);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const agencyName = (id: string | null) => {
    if (id === null) return t('scales.wholeRegion');
    const agency = agencies.find((a) => a.id === id);
    return agency ? (agency.shortName ?? agency.name) : id;
  };
  return (
    <Stack gap="lg">
      <DoneAlert message={done} onClose={() => setDone(null)} />
      <Paper withBorder p="sm" radius="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" mb="xs">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('scales.current')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('scales.currentHint')}
            </Text>
          </Stack>
          {canEdit && settings.data && (
            <Button onClick={() => setEditing({ agencyId: null, fromYear: year })}>{t('scales.set')}</Button>
          )}
        </Group>
        {!canEdit && (
          <Text size="xs" c="dimmed" mb="xs">
            {t('readOnly')}
          </Text>
        )}
        <QueryState query={settings}>
          {({ settings: list }) =>
            list.length === 0 ? (
              <Text size="sm">{t('scales.none')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="xs" data-testid="measurement-settings">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('scales.scope')}</Table.Th>
                      <Table.Th>{t('scales.fromYear')}</Table.Th>
                      <Table.Th>{t('scales.preset')}</Table.Th>
                      <Table.Th>{t('scales.aggregation')}</Table.Th>
                      <Table.Th>{t('scales.negative')}</Table.Th>
                      <Table.Th className="num">{t('scales.cap')}</Table.Th>
                      {canEdit && <Table.Th />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((setting) => (
                      <Table.Tr key={setting.id}>
                        <Table.Td>{agencyName(setting.agencyId)}</Table.Td>
                        <Table.Td>{setting.fromYear}</Table.Td>
                        <Table.Td>
                          <PresetName setting={setting} />
                        </Table.Td>
                        <Table.Td>{t(`scales.aggregations.${setting.sasaranAggregation}`)}</Table.Td>
                        <Table.Td>{t(`scales.negatives.${setting.negativeFormula}`)}</Table.Td>
                        <Table.Td className="num">
                          {setting.capaianCap === null
                            ? t('scales.noCap')
                            : show.number(Number(setting.capaianCap))}
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="light"
                              aria-label={t('scales.editLabel', {
                                scope: agencyName(setting.agencyId),
                                year: setting.fromYear,
                              })}
                              onClick={() =>
                                setEditing({
                                  agencyId: setting.agencyId,
                                  fromYear: setting.fromYear,
                                  setting,
                                })
                              }
                            >
                              {t('scales.edit')}
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
      <ScalePresets />
      {editing && settings.data && (
        <MeasurementForm
          regionId={me.regionId}
          agencies={agencies}
          settings={settings.data.settings}
          start={editing}
          years={years}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setDone(t('scales.saved'));
          }}
        />
      )}
    </Stack>
  );
}
