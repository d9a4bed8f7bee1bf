/**
 * An indicator's full definition beside the tree: what it measures and how
 * (definition, formula and components, unit, polarity, period aggregation,
 * reporting frequency, data source, responsible unit), its baseline, the
 * yearly targets and the end target, and whether it is an IKU. Staff change
 * the definition (a dialog) and the targets (in place).
 */
import { Alert, Badge, Button, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTexts } from '../../i18n/i18n.ts';
import { ComponentTable, FormulaNote } from './ComponentsField.tsx';
import { useOrgUnits, type TreeIndicator } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { showStored } from './stored-values.ts';
import { TargetsEditor, TargetsTable } from './TargetsEditor.tsx';
import { texts } from './texts.ts';
import type { IndicatorOwnerRef } from './tree-index.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="34%" fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Definition({ indicator, owner }: { indicator: TreeIndicator; owner: IndicatorOwnerRef }) {
  const { t } = useTexts('renstra', texts);
  const { agencyId } = useRenstraView();
  const units = useOrgUnits(agencyId);
  const unit = units.data?.units.find((u) => u.id === indicator.orgUnitId);
  const none = (
    <Text span size="sm" c="dimmed">
      {t('empty.notStated')}
    </Text>
  );
  const baseline =
    indicator.baseline.value !== null || indicator.baseline.grade !== null
      ? `${indicator.baseline.grade ?? showStored(indicator.baseline.value)}${indicator.baseline.year ? ` (${indicator.baseline.year})` : ''}`
      : null;
  return (
    <Table fz="sm" verticalSpacing={6} data-testid="definition">
      <Table.Tbody>
        <Row label={t(`owner.${owner.kind}`)}>
          <Text span ff="monospace" fw={600}>
            {owner.code}
          </Text>{' '}
          {owner.title}
        </Row>
        <Row label={t('field.definition')}>{indicator.definition ?? none}</Row>
        <Row label={t('field.formula')}>
          <Stack gap={6}>
            {indicator.formula ? (
              <Text ff="monospace" size="sm">
                {indicator.formula}
              </Text>
            ) : (
              none
            )}
            {indicator.components.length > 0 && <ComponentTable components={indicator.components} />}
            <FormulaNote formula={indicator.formula} components={indicator.components} />
          </Stack>
        </Row>
        <Row label={t('field.unit')}>{indicator.unit}</Row>
        <Row label={t('field.polarity')}>
          {t(`polarity.${indicator.polarity}`)}
          {indicator.ordinalScale && (
            <Text size="xs" c="dimmed">
              {t('field.grades')}: {indicator.ordinalScale.grades.join(' › ')}
            </Text>
          )}
        </Row>
        <Row label={t('field.periodAggregation')}>{t(`aggregation.${indicator.periodAggregation}`)}</Row>
        <Row label={t('field.reportingFrequency')}>{t(`frequency.${indicator.reportingFrequency}`)}</Row>
        <Row label={t('field.resultKind')}>{t(`resultKind.${indicator.resultKind}`)}</Row>
        <Row label={t('field.dataSource')}>{indicator.dataSource ?? none}</Row>
        <Row label={t('form.unit')}>{unit?.name ?? (indicator.orgUnitId ? '—' : t('empty.wholeAgency'))}</Row>
        <Row label={t('field.baseline')}>{baseline ?? none}</Row>
        <Row label={t('field.isIku')}>{indicator.isIku ? t('yes') : t('no')}</Row>
      </Table.Tbody>
    </Table>
  );
}

export function IndicatorDrawer({
  indicatorId,
  onClose,
}: {
  indicatorId: string | null;
  onClose: () => void;
}) {
  const { t } = useTexts('renstra', texts);
  const { index, canEdit, edit } = useRenstraView();
  const phone = useMediaQuery('(max-width: 48em)');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string[] | null>(null);
  const entry = indicatorId ? index.indicators.get(indicatorId) : undefined;
  const close = () => {
    setEditing(false);
    setSaved(null);
    onClose();
  };
  return (
    <Drawer
      opened={indicatorId !== null}
      onClose={close}
      position="right"
      size={phone ? '100%' : 600}
      title={
        entry ? (
          <Group gap="xs">
            <Text ff="monospace" fw={700}>
              {entry.indicator.code}
            </Text>
            {entry.indicator.isIku && <Badge color="teal">IKU</Badge>}
          </Group>
        ) : (
          t('indicator.title')
        )
      }
      closeButtonProps={{ 'aria-label': t('common:action.close') }}
    >
      {!entry ? (
        <Text c="dimmed">{t('common:state.notFound')}</Text>
      ) : (
        <Stack gap="md" data-testid="indicator-drawer">
          <Title order={2} size="h4">
            {entry.indicator.name}
          </Title>
          {canEdit && (
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => edit({ kind: 'editIndicator', indicatorId: entry.indicator.id })}
              >
                {t('indicator.editDefinition')}
              </Button>
            </Group>
          )}
          <Definition indicator={entry.indicator} owner={entry.owner} />
          <Group justify="space-between" align="center">
            <Title order={3} size="h5">
              {t('targets.title')}
            </Title>
            {canEdit && !editing && (
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setSaved(null);
                  setEditing(true);
                }}
              >
                {t('targets.edit')}
              </Button>
            )}
          </Group>
          {saved && (
            <Alert color="teal" role="status" data-testid="targets-saved">
              {t('targets.saved')}
              {saved.map((w) => (
                <Text key={w} size="sm" c="orange.9" mt={4}>
                  {w}
                </Text>
              ))}
            </Alert>
          )}
          {editing ? (
            <TargetsEditor
              indicator={entry.indicator}
              onCancel={() => setEditing(false)}
              onDone={(warnings) => {
                setEditing(false);
                setSaved(warnings);
              }}
            />
          ) : (
            <TargetsTable indicator={entry.indicator} />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
