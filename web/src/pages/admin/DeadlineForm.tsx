/**
 * Sets one due date of the region's calendar: a quarter's realisations, the
 * PK or the LKjIP of the year, with when reminders start and how long the
 * grace lasts before the period locks. An existing deadline is changed (with
 * the version read).
 */
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { NumberField, readNumber } from '../../components/NumberField.tsx';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';
import { useSetDeadline, type Deadline } from './admin-api.ts';
import { useDeadlineLabel } from './deadline-label.ts';

const KINDS = ['realisation_quarter', 'pk', 'lkjip'] as const;
const FIELDS = ['kind', 'periodNo', 'dueDate', 'reminderWorkingDays', 'graceDays', 'year'];

function wholeNumber(text: string): number | null {
  const read = readNumber(text);
  return read.value !== null && Number.isInteger(read.value) ? read.value : null;
}

export function DeadlineForm({
  regionId,
  year,
  deadlines,
  start,
  onClose,
  onSaved,
}: {
  regionId: string;
  year: number;
  deadlines: Deadline[];
  start: Deadline | null;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useAdminTexts();
  const label = useDeadlineLabel();
  const save = useSetDeadline();
  const [kind, setKind] = useState<string>(start?.kind ?? 'realisation_quarter');
  const [periodNo, setPeriodNo] = useState<string>(String(start?.periodNo ?? 1));
  const [dueDate, setDueDate] = useState(start?.dueDate ?? '');
  const [reminder, setReminder] = useState(String(start?.reminderWorkingDays ?? 5));
  const [grace, setGrace] = useState(String(start?.graceDays ?? 0));
  const quarterly = kind === 'realisation_quarter';
  const period = quarterly ? Number(periodNo) : null;
  const existing = deadlines.find((d) => d.kind === kind && (d.periodNo ?? null) === period);
  const reminderDays = wholeNumber(reminder);
  const graceDays = wholeNumber(grace);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reminderDays === null || graceDays === null) return;
    save.mutate(
      {
        regionId,
        year,
        kind,
        periodNo: period,
        dueDate,
        reminderWorkingDays: reminderDays,
        graceDays,
        ...(existing ? { version: existing.version } : {}),
      },
      {
        onSuccess: (saved) =>
          onSaved(t('deadlines.saved', { label: label(saved), date: show.date(saved.dueDate) })),
      },
    );
  };
  const error = save.error;
  const notWhole = (text: string, value: number | null) =>
    text.trim() !== '' && value === null && readNumber(text).error === undefined
      ? t('deadlines.wholeNumber')
      : undefined;
  return (
    <Modal opened onClose={onClose} title={t('deadlines.formTitle', { year })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('deadlines.kind')}
              data={KINDS.map((k) => ({ value: k, label: t(`deadlines.kinds.${k}`) }))}
              value={kind}
              onChange={(value) => value && setKind(value)}
              error={fieldError(error, 'kind')}
              allowDeselect={false}
              data-autofocus
              miw={200}
            />
            {quarterly && (
              <Select
                label={t('deadlines.quarter')}
                data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t(`deadlines.quarters.${q}`) }))}
                value={periodNo}
                onChange={(value) => value && setPeriodNo(value)}
                error={fieldError(error, 'periodNo')}
                allowDeselect={false}
                miw={140}
              />
            )}
          </Group>
          <TextInput
            type="date"
            label={t('deadlines.dueDate')}
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={fieldError(error, 'dueDate')}
            description={dueDate ? show.date(dueDate) : undefined}
            required
            maw={260}
          />
          {existing && (
            <Alert color="blue" variant="light">
              {t('deadlines.replaces', { date: show.date(existing.dueDate) })}
            </Alert>
          )}
          <Group grow align="flex-start" wrap="wrap">
            <NumberField
              label={t('deadlines.reminderLabel')}
              value={reminder}
              onChange={setReminder}
              serverError={fieldError(error, 'reminderWorkingDays') ?? notWhole(reminder, reminderDays)}
              miw={220}
            />
            <NumberField
              label={t('deadlines.graceLabel')}
              value={grace}
              onChange={setGrace}
              serverError={fieldError(error, 'graceDays') ?? notWhole(grace, graceDays)}
              miw={220}
            />
          </Group>
          {error && !FIELDS.some((f) => fieldError(error, f)) && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
