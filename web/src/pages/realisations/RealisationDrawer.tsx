/**
 * Everything about the selected realisation: value or components, status
 * and its dates, the note (or explanation), the return comment, the
 * capaian through the period, the workflow buttons and the evidence files.
 */
import { Alert, Divider, Drawer, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CapaianWithPredikat } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { EvidencePanel } from './EvidencePanel.tsx';
import { showNumber } from './grid-view.ts';
import type { Grid } from './realisations-api.ts';
import { StatusBadge } from './SelectionBar.tsx';
import type { Selected } from './selection.ts';
import type { Workflow } from './use-workflow.ts';
import { WorkflowButtons, type WorkflowPermissions } from './WorkflowButtons.tsx';
import type { DialogTarget } from './WorkflowDialogs.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function RealisationDrawer({
  opened,
  onClose,
  selected,
  grid,
  permissions,
  workflow,
  onExplain,
  onReturn,
}: {
  opened: boolean;
  onClose: () => void;
  selected: Selected | null;
  grid: Grid;
  permissions: WorkflowPermissions;
  workflow: Workflow;
  onExplain: (target: DialogTarget) => void;
  onReturn: (target: DialogTarget) => void;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const r = selected?.realisation;
  const indicator = selected?.row.indicator;
  const editable = r !== undefined && (r.status === 'draft' || r.status === 'returned') && !selected?.locked;
  const showWorkflow =
    r !== undefined &&
    ((permissions.canRecord && editable) || (permissions.canVerify && r.status === 'submitted'));
  return (
    <Drawer
      opened={opened && selected !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={
        <Title order={2} size="h4">
          {t('details.title')}
        </Title>
      }
    >
      {selected && indicator && (
        <Stack gap="md">
          <Stack gap={2}>
            <Text fw={600}>{selected.title}</Text>
            <Text size="sm">{indicator.name}</Text>
          </Stack>
          {!r ? (
            <Text size="sm" c="dimmed">
              {t('details.noRealisation')}
            </Text>
          ) : (
            <>
              <SimpleGrid cols={2} spacing="sm">
                <Field label={t('details.status')}>
                  <StatusBadge status={r.status} />
                </Field>
                <Field label={t('details.value')}>
                  {r.grade ?? (r.value === null ? '—' : `${showNumber(Number(r.value))} ${indicator.unit}`)}
                </Field>
                {r.components && (
                  <Field label={t('details.components')}>
                    {indicator.components.map((c) => (
                      <div key={c.code}>
                        {c.name}: {r.components?.[c.code] ? showNumber(Number(r.components[c.code])) : '—'}
                      </div>
                    ))}
                  </Field>
                )}
                <Field label={t('details.measurement')}>
                  <CapaianWithPredikat
                    value={selected.measure.capaian}
                    predikat={selected.measure.predikat}
                    levels={grid.policy.scale.levels}
                  />
                </Field>
                {r.submittedAt && (
                  <Field label={t('details.submittedAt')}>{show.dateTime(r.submittedAt)}</Field>
                )}
                {r.verifiedAt && <Field label={t('details.verifiedAt')}>{show.dateTime(r.verifiedAt)}</Field>}
                {r.returnedAt && <Field label={t('details.returnedAt')}>{show.dateTime(r.returnedAt)}</Field>}
              </SimpleGrid>
              {r.status === 'returned' && r.returnReason && (
                <Alert color="red" variant="light" title={t('common:status.returned')}>
                  {r.returnReason}
                </Alert>
              )}
              {r.note && <Field label={t('details.note')}>{r.note}</Field>}
              {showWorkflow && (
                <Stack gap={4}>
                  <Title order={3} size="h5">
                    {t('details.workflow')}
                  </Title>
                  <WorkflowButtons
                    realisation={r}
                    title={selected.title}
                    lowestLead={selected.lowestLead}
                    unsaved={selected.unsaved}
                    locked={selected.locked}
                    permissions={permissions}
                    workflow={workflow}
                    onExplain={onExplain}
                    onReturn={onReturn}
                    size="sm"
                  />
                </Stack>
              )}
              <Divider />
              <EvidencePanel
                realisation={r}
                mayRecord={permissions.canRecord}
                editable={editable}
                workflow={workflow}
              />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
