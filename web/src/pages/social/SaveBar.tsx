/** Above an entry table: how many rows wait to be saved, Save and Discard, and what the last save or paste said. */
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from './use-table-drafts.ts';

export function SaveBar({
  changed,
  problems,
  outcome,
  onSave,
  onDiscard,
}: {
  changed: number;
  problems: number;
  outcome: Outcome | null;
  onSave: () => Promise<void> | void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation('social');
  const [saving, setSaving] = useState(false);
  const pending = changed + problems;
  const save = async () => {
    setSaving(true);
    try {
      await onSave();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Group justify="space-between" mb="xs" gap="xs" wrap="wrap">
      <div aria-live="polite">
        {outcome?.kind === 'invalid' && (
          <Text size="sm" c="red.8" data-testid="entry-outcome">
            {t('entry.invalid', { count: outcome.count })}
          </Text>
        )}
        {outcome?.kind === 'refused' && (
          <Text size="sm" c="red.8" data-testid="entry-outcome">
            {t('entry.refused', { message: outcome.message })}
          </Text>
        )}
        {outcome?.kind === 'saved' && (
          <Text size="sm" c="teal.8" data-testid="entry-outcome">
            {t('entry.saved', { count: outcome.count })}
          </Text>
        )}
        {outcome?.kind === 'pasted' && (
          <Text size="sm">
            {outcome.skipped > 0
              ? t('entry.pastedSkipped', outcome)
              : t('entry.pasted', { count: outcome.count })}
          </Text>
        )}
        {!outcome && pending > 0 && (
          <Text size="sm" c="dimmed" data-testid="unsaved">
            {t('entry.unsaved', { count: pending })}
          </Text>
        )}
      </div>
      <Group gap="xs">
        {pending > 0 && (
          <Button variant="default" onClick={onDiscard} disabled={saving}>
            {t('entry.discard')}
          </Button>
        )}
        <Button onClick={() => void save()} disabled={pending === 0} loading={saving}>
          {pending > 0 ? t('entry.save', { count: pending }) : t('entry.saveNothing')}
        </Button>
      </Group>
    </Group>
  );
}
