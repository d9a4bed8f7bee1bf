/**
 * Adds an indicator to its owner or changes one: what it measures and how
 * (definition, formula over its components, unit, polarity, how the periods
 * make the year, reporting frequency, data source), whether it is an IKU, and
 * its baseline and end target in the shape its polarity asks for.
 */
import { Checkbox, Divider, Select, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { NumberField } from '../../components/NumberField.tsx';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { ComponentsField, FormulaNote } from './ComponentsField.tsx';
import { FormModal } from './FormModal.tsx';
import {
  addBody,
  draftOf,
  gradesOf,
  numberProblems,
  updateBody,
  type IndicatorDraft,
} from './indicator-draft.ts';
import { planApi, useDialogWrite, useOrgUnits } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { readWhole } from './stored-values.ts';
import { texts } from './texts.ts';
import type { OwnerKind } from './tree-index.ts';

const POLARITIES = ['positive', 'negative', 'range', 'ordinal'] as const;
const AGGREGATIONS = ['cumulative', 'last', 'average'] as const;
const FREQUENCIES = ['monthly', 'quarterly', 'semester', 'yearly'] as const;
const RESULT_KINDS = ['input', 'output', 'outcome', 'impact'] as const;

const FIELD_PATHS = [
  'code',
  'name',
  'definition',
  'formula',
  'unit',
  'polarity',
  'ordinalScale',
  'periodAggregation',
  'reportingFrequency',
  'resultKind',
  'dataSource',
  'isIku',
  'orgUnitId',
  'baselineYear',
  'baseline',
  'endTarget',
  'components',
  'sasaranStrategisId',
];

type Props = {
  onClose: () => void;
  /** A new indicator of this owner, or the indicator to change. */
  owner?: { kind: OwnerKind; id: string; code: string };
  indicatorId?: string;
};

export function IndicatorForm({ onClose, owner, indicatorId }: Props) {
  const { t } = useTexts('renstra', texts);
  const { agencyId, index } = useRenstraView();
  const entry = indicatorId ? index.indicators.get(indicatorId) : undefined;
  const ownerKind = entry?.owner.kind ?? owner?.kind ?? 'sasaran';
  const siblings = owner ? [...index.indicators.values()].filter((i) => i.owner.id === owner.id).length : 0;
  const [draft, setDraft] = useState<IndicatorDraft>(() =>
    draftOf(entry?.indicator, ownerKind, owner ? `${owner.code}.${siblings + 1}` : ''),
  );
  const units = useOrgUnits(agencyId);
  const send = entry ? planApi.updateIndicator(entry.indicator.id) : planApi.addIndicator();
  const { mutation, reloadLatest } = useDialogWrite(agencyId, send, onClose);
  const error = mutation.error;
  const set = <K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: keyof IndicatorDraft) => (event: { currentTarget: { value: string } }) =>
    set(key, event.currentTarget.value as never);
  const hasTargets = (entry?.indicator.targets.length ?? 0) > 0;
  const grades = gradesOf(draft);
  const unitList = units.data?.units ?? [];
  const submit = () => {
    if (numberProblems(draft)) return;
    // the version is the latest read: after a reload following a conflict, the other person's
    mutation.mutate(
      entry ? updateBody(draft, entry.indicator.version) : addBody(draft, { kind: ownerKind, id: owner!.id }),
    );
  };
  const options = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${group}.${value}`) }));
  return (
    <FormModal
      opened
      size="xl"
      title={
        entry
          ? t('indicator.edit', { code: entry.indicator.code })
          : t('indicator.addTo', { code: owner?.code })
      }
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={FIELD_PATHS}
      onSubmit={submit}
    >
      <Title order={3} size="h5">
        {t('indicator.sectionWhat')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('form.code')}
          value={draft.code}
          onChange={text('code')}
          error={fieldError(error, 'code')}
          required
        />
        <Select
          label={t('field.resultKind')}
          data={options('resultKind', RESULT_KINDS)}
          value={draft.resultKind}
          onChange={(v) => v && set('resultKind', v as IndicatorDraft['resultKind'])}
          allowDeselect={false}
          error={fieldError(error, 'resultKind')}
        />
        <Checkbox
          mt={{ base: 0, sm: 30 }}
          label={t('field.isIku')}
          description={t('indicator.ikuHint')}
          checked={draft.isIku}
          onChange={(e) => set('isIku', e.currentTarget.checked)}
          error={fieldError(error, 'isIku')}
        />
      </SimpleGrid>
      <Textarea
        label={t('field.name')}
        autosize
        minRows={2}
        value={draft.name}
        onChange={text('name')}
        error={fieldError(error, 'name')}
        required
      />
      <Textarea
        label={t('field.definition')}
        description={t('indicator.definitionHint')}
        autosize
        minRows={2}
        value={draft.definition}
        onChange={text('definition')}
        error={fieldError(error, 'definition')}
      />
      {unitList.length > 0 && (
        <Select
          label={t('form.unit')}
          description={t('form.unitHint')}
          placeholder={t('empty.wholeAgency')}
          data={unitList.map((u) => ({ value: u.id, label: `${'— '.repeat(u.depth)}${u.name}` }))}
          value={draft.orgUnitId}
          onChange={(v) => set('orgUnitId', v)}
          clearable
          error={fieldError(error, 'orgUnitId')}
        />
      )}

      <Divider />
      <Title order={3} size="h5">
        {t('indicator.sectionHow')}
      </Title>
      <ComponentsField
        components={draft.components}
        editable={!entry}
        onChange={(components) => set('components', components)}
        error={error}
      />
      <TextInput
        label={t('field.formula')}
        description={t('indicator.formulaHint')}
        value={draft.formula}
        onChange={text('formula')}
        error={fieldError(error, 'formula')}
      />
      <FormulaNote formula={draft.formula} components={draft.components} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('field.unit')}
          description={t('indicator.unitHint')}
          value={draft.unit}
          onChange={text('unit')}
          error={fieldError(error, 'unit')}
          required
        />
        <Select
          label={t('field.polarity')}
          description={hasTargets ? t('indicator.polarityLocked') : undefined}
          data={options('polarity', POLARITIES)}
          value={draft.polarity}
          onChange={(v) => v && set('polarity', v as IndicatorDraft['polarity'])}
          allowDeselect={false}
          disabled={hasTargets}
          error={fieldError(error, 'polarity')}
        />
        <Select
          label={t('field.periodAggregation')}
          data={options('aggregation', AGGREGATIONS)}
          value={draft.periodAggregation}
          onChange={(v) => v && set('periodAggregation', v as IndicatorDraft['periodAggregation'])}
          allowDeselect={false}
          error={fieldError(error, 'periodAggregation')}
        />
        <Select
          label={t('field.reportingFrequency')}
          data={options('frequency', FREQUENCIES)}
          value={draft.reportingFrequency}
          onChange={(v) => v && set('reportingFrequency', v as IndicatorDraft['reportingFrequency'])}
          allowDeselect={false}
          error={fieldError(error, 'reportingFrequency')}
        />
      </SimpleGrid>
      {draft.polarity === 'ordinal' && (
        <TextInput
          label={t('field.grades')}
          description={t('indicator.gradesHint')}
          value={draft.grades}
          onChange={text('grades')}
          disabled={hasTargets}
          error={fieldError(error, 'ordinalScale')}
          required
        />
      )}
      <Textarea
        label={t('field.dataSource')}
        autosize
        minRows={1}
        value={draft.dataSource}
        onChange={text('dataSource')}
        error={fieldError(error, 'dataSource')}
      />

      <Divider />
      <Title order={3} size="h5">
        {t('indicator.sectionTargets')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('field.baselineYear')}
          description={t('indicator.baselineYearHint')}
          inputMode="numeric"
          value={draft.baselineYear}
          onChange={text('baselineYear')}
          error={
            Number.isNaN(readWhole(draft.baselineYear))
              ? t('form.wholeYear')
              : fieldError(error, 'baselineYear')
          }
        />
        {draft.polarity === 'ordinal' ? (
          <Select
            label={t('field.baseline')}
            data={grades}
            value={draft.baselineGrade}
            onChange={(v) => set('baselineGrade', v)}
            clearable
            error={fieldError(error, 'baseline')}
          />
        ) : (
          <NumberField
            label={t('field.baseline')}
            value={draft.baselineValue}
            onChange={(v) => set('baselineValue', v)}
            serverError={fieldError(error, 'baseline')}
          />
        )}
      </SimpleGrid>
      <EndTargetFields draft={draft} set={set} error={error} grades={grades} />
    </FormModal>
  );
}

function EndTargetFields({
  draft,
  set,
  error,
  grades,
}: {
  draft: IndicatorDraft;
  set: <K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) => void;
  error: unknown;
  grades: string[];
}) {
  const { t } = useTexts('renstra', texts);
  if (draft.polarity === 'ordinal') {
    return (
      <Select
        label={t('field.endTarget')}
        data={grades}
        value={draft.endGrade}
        onChange={(v) => set('endGrade', v)}
        clearable
        error={fieldError(error, 'endTarget')}
      />
    );
  }
  if (draft.polarity === 'range') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField
          label={t('field.endTargetLow')}
          value={draft.endLow}
          onChange={(v) => set('endLow', v)}
          serverError={fieldError(error, 'endTarget.low')}
        />
        <NumberField
          label={t('field.endTargetHigh')}
          value={draft.endHigh}
          onChange={(v) => set('endHigh', v)}
          serverError={fieldError(error, 'endTarget.high')}
        />
      </SimpleGrid>
    );
  }
  return (
    <NumberField
      label={t('field.endTarget')}
      value={draft.endValue}
      onChange={(v) => set('endValue', v)}
      serverError={fieldError(error, 'endTarget')}
    />
  );
}
