/**
 * Sets how capaian is measured for the region or one agency, from a year on:
 * the scale, how a sasaran's capaian is made, the negative-polarity formula,
 * and a cap. Saving on a scope and year that has a setting changes it (with
 * the version read).
 */
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ListedAgency } from '../../api/agencies.ts';
import { NumberField, readNumber } from '../../components/NumberField.tsx';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { useSetMeasurementSetting, type MeasurementSetting } from './admin-api.ts';
import { SETTING_PRESETS } from './ScalePresets.tsx';

const REGION = 'region';
const FIELDS = [
  'regionId',
  'agencyId',
  'fromYear',
  'scalePreset',
  'sasaranAggregation',
  'negativeFormula',
  'capaianCap',
];

export function MeasurementForm({
  regionId,
  agencies,
  settings,
  start,
  years,
  onClose,
  onSaved,
}: {
  regionId: string;
  agencies: ListedAgency[];
  settings: MeasurementSetting[];
  /** The setting being changed, or the values a new one starts from. */
  start: { agencyId: string | null; fromYear: number; setting?: MeasurementSetting };
  years: number[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useAdminTexts();
  const save = useSetMeasurementSetting();
  const [scope, setScope] = useState(start.agencyId ?? REGION);
  const [fromYear, setFromYear] = useState(start.fromYear);
  const base = start.setting;
  const [preset, setPreset] = useState(
    base && base.scalePreset !== 'custom' ? base.scalePreset : 'permendagri_86_2017',
  );
  const [aggregation, setAggregation] = useState<string>(base?.sasaranAggregation ?? 'mean');
  const [negative, setNegative] = useState<string>(base?.negativeFormula ?? 'two_minus_ratio');
  const [cap, setCap] = useState(base?.capaianCap ? base.capaianCap.replace('.', ',') : '');
  const existing = settings.find(
    (s) => (scope === REGION ? s.agencyId === null : s.agencyId === scope) && s.fromYear === fromYear,
  );
  const capRead = readNumber(cap);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (capRead.error) return;
    save.mutate(
      {
        ...(scope === REGION ? { regionId } : { agencyId: scope }),
        fromYear,
        scalePreset: preset,
        sasaranAggregation: aggregation,
        negativeFormula: negative,
        capaianCap: cap.trim() === '' ? null : cap.trim(),
        ...(existing ? { version: existing.version } : {}),
      },
      { onSuccess: onSaved },
    );
  };
  const error = save.error;
  return (
    <Modal opened onClose={onClose} title={t('scales.formTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('scales.formHint')}
          </Text>
          {base?.scalePreset === 'custom' && (
            <Alert color="yellow" variant="light">
              {t('scales.customNote')}
            </Alert>
          )}
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('scales.scope')}
              data={[
                { value: REGION, label: t('scales.wholeRegion') },
                ...agencies.map((a) => ({ value: a.id, label: a.shortName ?? a.name })),
              ]}
              value={scope}
              onChange={(value) => value && setScope(value)}
              error={fieldError(error, scope === REGION ? 'regionId' : 'agencyId')}
              allowDeselect={false}
              data-autofocus
              miw={220}
            />
            <Select
              label={t('scales.fromYear')}
              data={years.map(String)}
              value={String(fromYear)}
              onChange={(value) => value && setFromYear(Number(value))}
              error={fieldError(error, 'fromYear')}
              allowDeselect={false}
              miw={140}
            />
          </Group>
          {existing && (
            <Alert color="blue" variant="light">
              {t('scales.replaces')}
            </Alert>
          )}
          <Select
            label={t('scales.preset')}
            data={Object.keys(SETTING_PRESETS).map((p) => ({ value: p, label: t(`scales.presets.${p}`) }))}
            value={preset}
            onChange={(value) => value && setPreset(value as typeof preset)}
            error={fieldError(error, 'scalePreset')}
            allowDeselect={false}
          />
          <Select
            label={t('scales.aggregation')}
            data={['mean', 'group_mean'].map((a) => ({ value: a, label: t(`scales.aggregations.${a}`) }))}
            value={aggregation}
            onChange={(value) => value && setAggregation(value)}
            error={fieldError(error, 'sasaranAggregation')}
            allowDeselect={false}
          />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('scales.negative')}
              data={['two_minus_ratio', 'inverse_ratio'].map((n) => ({
                value: n,
                label: t(`scales.negatives.${n}`),
              }))}
              value={negative}
              onChange={(value) => value && setNegative(value)}
              error={fieldError(error, 'negativeFormula')}
              allowDeselect={false}
              miw={220}
            />
            <NumberField
              label={t('scales.cap')}
              value={cap}
              onChange={setCap}
              description={t('scales.capHint')}
              serverError={fieldError(error, 'capaianCap')}
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
