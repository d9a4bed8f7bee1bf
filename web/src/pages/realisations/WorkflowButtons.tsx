/**
 * Submit, verify and return for one realisation, shown to whoever may do
 * each step. A realisation rated in the lowest bands asks for its
 * explanation first (the server would refuse it without one).
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { GridRealisation } from './realisations-api.ts';
import { explanationNeeded, type Workflow } from './use-workflow.ts';
import type { DialogTarget } from './WorkflowDialogs.tsx';

export type WorkflowPermissions = {
  canRecord: boolean;
  canVerify: boolean;
};

export function WorkflowButtons({
  realisation,
  title,
  lowestLead,
  unsaved,
  locked,
  permissions,
  workflow,
  onExplain,
  onReturn,
  size = 'xs',
}: {
  realisation: GridRealisation;
  title: string;
  /** Set when the realisation is rated in the lowest bands: why an explanation is asked for. */
  lowestLead: string | undefined;
  /** Something of the realisation is typed but not saved yet. */
  unsaved: boolean;
  locked: boolean;
  permissions: WorkflowPermissions;
  workflow: Workflow;
  onExplain: (target: DialogTarget) => void;
  onReturn: (target: DialogTarget) => void;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const [busy, setBusy] = useState<'submit' | 'verify' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const editable = realisation.status === 'draft' || realisation.status === 'returned';
  const hasValue = realisation.value !== null || realisation.grade !== null;
  const canSubmit = permissions.canRecord && editable && !locked;
  const canVerify = permissions.canVerify && realisation.status === 'submitted';
  if (!canSubmit && !canVerify) return null;

  const submit = async () => {
    if (lowestLead !== undefined) {
      onExplain({ realisation, title, lead: lowestLead });
      return;
    }
    setBusy('submit');
    setError(null);
    try {
      await workflow.submit(realisation);
    } catch (caught) {
      const reason = explanationNeeded(caught);
      if (reason !== undefined) onExplain({ realisation, title, lead: reason });
      else setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const verify = async () => {
    setBusy('verify');
    setError(null);
    try {
      await workflow.verify(realisation);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {canSubmit && (
          <Button
            size={size}
            onClick={() => void submit()}
            loading={busy === 'submit'}
            disabled={unsaved || !hasValue}
            title={unsaved ? t('selection.unsavedFirst') : undefined}
          >
            {t('common:action.submit')}
          </Button>
        )}
        {canVerify && (
          <>
            <Button size={size} color="green" onClick={() => void verify()} loading={busy === 'verify'}>
              {t('common:action.verify')}
            </Button>
            <Button size={size} color="red" variant="light" onClick={() => onReturn({ realisation, title })}>
              {t('common:action.return')}
            </Button>
          </>
        )}
      </Group>
      {canSubmit && unsaved && (
        <Text size="xs" c="dimmed">
          {t('selection.unsavedFirst')}
        </Text>
      )}
      {error !== null && <ProblemAlert error={error} />}
    </Stack>
  );
}
