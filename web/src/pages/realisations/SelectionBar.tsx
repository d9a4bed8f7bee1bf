/**
 * The line above the grid about the selected cell: which realisation, its
 * status and evidence, the return comment, why it cannot be changed, its save
 * error, and the workflow buttons; plus the state of all unsaved changes.
 */
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClipIcon, LockIcon } from './GridIcons.tsx';
import type { GridEdits } from './use-grid-edits.ts';
import type { Selected } from './selection.ts';
import type { Workflow } from './use-workflow.ts';
import { WorkflowButtons, type WorkflowPermissions } from './WorkflowButtons.tsx';
import type { DialogTarget } from './WorkflowDialogs.tsx';

const STATUS_COLOUR = { draft: 'gray', submitted: 'blue', verified: 'green', returned: 'red' } as const;

export function StatusBadge({ status }: { status: keyof typeof STATUS_COLOUR }) {
  const { t } = useTranslation('common');
  return (
    <Badge color={STATUS_COLOUR[status]} variant="light" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function SelectionBar({
  selected,
  edits,
  permissions,
  workflow,
  pasteNote,
  onDetails,
  onExplain,
  onReturn,
}: {
  selected: Selected | null;
  edits: GridEdits;
  permissions: WorkflowPermissions;
  workflow: Workflow;
  pasteNote: string | null;
  onDetails: () => void;
  onExplain: (target: DialogTarget) => void;
  onReturn: (target: DialogTarget) => void;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const r = selected?.realisation;
  return (
    <Paper withBorder p="xs" mb="xs" data-testid="selection-bar">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 420px', minWidth: 0 }}>
          {selected ? (
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                {selected.title}
              </Text>
              {r ? (
                <StatusBadge status={r.status} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('selection.empty')}
                </Text>
              )}
              {r && r.evidenceCount > 0 && (
                <Text size="sm" c="dimmed">
                  <ClipIcon /> {t('evidenceCount', { count: r.evidenceCount })}
                </Text>
              )}
              {selected.locked && (
                <Badge color="gray" variant="outline" leftSection={<LockIcon />}>
                  {t('lockedShort')}
                </Badge>
              )}
              <Button size="xs" variant="default" onClick={onDetails}>
                {t('selection.details')}
              </Button>
              {r && selected.row.kind !== 'component' && (
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
                />
              )}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('selection.none')}
            </Text>
          )}
          {selected?.locked && (
            <Text size="xs" c="dimmed">
              {t('locked')}
            </Text>
          )}
          {r?.status === 'returned' && r.returnReason && (
            <Alert color="red" variant="light" p="xs" data-testid="return-comment">
              <Text size="sm">{t('returnedComment', { comment: r.returnReason })}</Text>
            </Alert>
          )}
          {selected?.draft?.message && (
            <Group gap="xs">
              <Text size="sm" c={selected.draft.state === 'error' ? 'red.8' : 'orange.8'} role="alert">
                {selected.draft.message}
              </Text>
              {selected.draft.state === 'error' && (
                <Button size="compact-xs" variant="subtle" onClick={() => edits.discard(selected.cell.key)}>
                  {t('selection.discard')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
        {permissions.canRecord && (
          <Stack gap={2} align="flex-end" aria-live="polite">
            <Text size="xs" c={edits.errors > 0 ? 'red.8' : 'dimmed'} data-testid="save-summary">
              {edits.errors > 0
                ? t('selection.failed', { count: edits.errors })
                : edits.pending > 0
                  ? t('selection.pending', { count: edits.pending })
                  : t('selection.allSaved')}
            </Text>
            {edits.retryable > 0 && (
              <Button size="compact-xs" variant="light" onClick={edits.retry}>
                {t('selection.retry')}
              </Button>
            )}
            {pasteNote && (
              <Text size="xs" c="dimmed">
                {pasteNote}
              </Text>
            )}
          </Stack>
        )}
      </Group>
    </Paper>
  );
}
