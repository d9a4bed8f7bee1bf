/** Reopens a locked period, with a reason: for the whole region, or only for one agency. */
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAgencies } from '../../api/agencies.ts';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useReopenPeriod, type PeriodLock } from './admin-api.ts';

export function ReopenForm({
  lock,
  label,
  onClose,
  onDone,
}: {
  lock: PeriodLock;
  label: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useAdminTexts();
  const agencies = useAgencies().data?.agencies ?? [];
  const reopen = useReopenPeriod();
  const [reason, setReason] = useState('');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reopen.mutate(
      {
        lockId: lock.id,
        version: lock.version,
        reason: reason.trim(),
        ...(agencyId ? { agencyId } : {}),
      },
      { onSuccess: () => onDone(t('locks.reopenedDone', { label })) },
    );
  };
  const error = reopen.error;
  return (
    <Modal opened onClose={onClose} title={t('locks.reopenTitle', { label })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('locks.reasonLabel')}
            description={t('locks.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError(error, 'reason')}
            autosize
            minRows={3}
            required
            data-autofocus
          />
          {lock.agencyId === null && (
            <Select
              label={t('locks.onlyAgency')}
              description={t('locks.onlyAgencyHint')}
              data={agencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
              value={agencyId}
              onChange={setAgencyId}
              error={fieldError(error, 'agencyId')}
              clearable
              searchable
            />
          )}
          {error && !fieldError(error, 'reason') && !fieldError(error, 'agencyId') && (
            <ProblemAlert error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={reopen.isPending}>
              {t('locks.reopen')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
