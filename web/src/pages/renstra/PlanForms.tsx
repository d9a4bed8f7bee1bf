/** Dialogs for the plan itself: a new Renstra period, a misi, a tujuan, a sasaran (new or changed). */
import { Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { FormModal } from './FormModal.tsx';
import { planApi, useDialogWrite, useOrgUnits, type TreeSasaran } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { readWhole } from './stored-values.ts';
import { texts } from './texts.ts';
import { tujuanOfSasaran } from './tree-index.ts';

type DialogProps = { onClose: () => void };

/** A whole-number field's local error (the server is not asked about text that is not a number). */
function wholeError(text: string, message: string): string | undefined {
  const value = readWhole(text);
  return value !== undefined && Number.isNaN(value) ? message : undefined;
}

export function PeriodForm({
  agencyId,
  onClose,
  onCreated,
}: DialogProps & { agencyId: string; onCreated: (periodId: string) => void }) {
  const { t } = useTexts('renstra', texts);
  const thisYear = new Date().getFullYear();
  const [startYear, setStartYear] = useState(String(thisYear));
  const [endYear, setEndYear] = useState(String(thisYear + 4));
  const [visi, setVisi] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const { mutation, reloadLatest } = useDialogWrite(agencyId, planApi.createPeriod(agencyId), (created) => {
    onCreated(created.id);
    onClose();
  });
  const error = mutation.error;
  const localStart = wholeError(startYear, t('form.wholeYear'));
  const localEnd = wholeError(endYear, t('form.wholeYear'));
  return (
    <FormModal
      opened
      title={t('period.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={['startYear', 'endYear', 'visi', 'legalBasis']}
      onSubmit={() => {
        if (localStart || localEnd) return;
        mutation.mutate({
          startYear: readWhole(startYear),
          endYear: readWhole(endYear),
          visi,
          ...(legalBasis.trim() && { legalBasis }),
        });
      }}
    >
      <TextInput
        label={t('period.startYear')}
        inputMode="numeric"
        value={startYear}
        onChange={(e) => setStartYear(e.currentTarget.value)}
        error={localStart ?? fieldError(error, 'startYear')}
        required
      />
      <TextInput
        label={t('period.endYear')}
        inputMode="numeric"
        value={endYear}
        onChange={(e) => setEndYear(e.currentTarget.value)}
        error={localEnd ?? fieldError(error, 'endYear')}
        required
      />
      <Textarea
        label={t('visi')}
        autosize
        minRows={2}
        value={visi}
        onChange={(e) => setVisi(e.currentTarget.value)}
        error={fieldError(error, 'visi')}
        required
      />
      <TextInput
        label={t('period.legalBasis')}
        description={t('period.legalBasisHint')}
        value={legalBasis}
        onChange={(e) => setLegalBasis(e.currentTarget.value)}
        error={fieldError(error, 'legalBasis')}
      />
    </FormModal>
  );
}

export function MisiForm({ onClose }: DialogProps) {
  const { t } = useTexts('renstra', texts);
  const { agencyId, tree } = useRenstraView();
  const next = Math.max(0, ...tree.misi.map((m) => m.number)) + 1;
  const [number, setNumber] = useState(String(next));
  const [statement, setStatement] = useState('');
  const { mutation, reloadLatest } = useDialogWrite(agencyId, planApi.addMisi(tree.period.id), onClose);
  const error = mutation.error;
  const local = wholeError(number, t('form.whole'));
  return (
    <FormModal
      opened
      title={t('misi.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={['number', 'statement']}
      onSubmit={() => {
        if (!local) mutation.mutate({ number: readWhole(number), statement });
      }}
    >
      <TextInput
        label={t('misi.number')}
        inputMode="numeric"
        value={number}
        onChange={(e) => setNumber(e.currentTarget.value)}
        error={local ?? fieldError(error, 'number')}
        required
      />
      <Textarea
        label={t('misi.statement')}
        autosize
        minRows={2}
        value={statement}
        onChange={(e) => setStatement(e.currentTarget.value)}
        error={fieldError(error, 'statement')}
        required
      />
    </FormModal>
  );
}

export function TujuanForm({ onClose, misiId }: DialogProps & { misiId?: string | undefined }) {
  const { t } = useTexts('renstra', texts);
  const { agencyId, tree } = useRenstraView();
  const [misi, setMisi] = useState<string | null>(misiId ?? null);
  const [code, setCode] = useState('');
  const [statement, setStatement] = useState('');
  const { mutation, reloadLatest } = useDialogWrite(agencyId, planApi.addTujuan(tree.period.id), onClose);
  const error = mutation.error;
  return (
    <FormModal
      opened
      title={t('tujuan.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={['renstraMisiId', 'code', 'statement']}
      onSubmit={() => mutation.mutate({ ...(misi && { renstraMisiId: misi }), code, statement })}
    >
      <Select
        label={t('tujuan.misi')}
        description={t('tujuan.misiHint')}
        data={tree.misi.map((m) => ({
          value: m.id,
          label: `${t('misi.label', { number: m.number })} — ${m.statement}`,
        }))}
        value={misi}
        onChange={setMisi}
        clearable
        error={fieldError(error, 'renstraMisiId')}
      />
      <TextInput
        label={t('form.code')}
        description={t('tujuan.codeHint')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(error, 'code')}
        required
      />
      <Textarea
        label={t('tujuan.statement')}
        autosize
        minRows={2}
        value={statement}
        onChange={(e) => setStatement(e.currentTarget.value)}
        error={fieldError(error, 'statement')}
        required
      />
    </FormModal>
  );
}

/** Adds a sasaran, or changes one (with the version it was read at: a stale one is a conflict). */
export function SasaranForm({
  onClose,
  tujuanId,
  sasaran,
}: DialogProps & { tujuanId?: string | undefined; sasaran?: TreeSasaran }) {
  const { t } = useTexts('renstra', texts);
  const { agencyId, tree, index } = useRenstraView();
  const units = useOrgUnits(agencyId);
  const initialTujuan = sasaran ? (tujuanOfSasaran(tree, sasaran.id)?.id ?? null) : (tujuanId ?? null);
  const [tujuan, setTujuan] = useState<string | null>(initialTujuan);
  const [unit, setUnit] = useState<string | null>(sasaran?.orgUnitId ?? null);
  const [code, setCode] = useState(sasaran?.code ?? '');
  const [statement, setStatement] = useState(sasaran?.statement ?? '');
  const send = sasaran ? planApi.updateSasaran(sasaran.id) : planApi.addSasaran(tree.period.id);
  const { mutation, reloadLatest } = useDialogWrite(agencyId, send, onClose);
  const error = mutation.error;
  // the version to send is the latest one read (after a reload it is the other person's)
  const latest = sasaran ? index.sasaran.find((s) => s.id === sasaran.id) : undefined;
  const unitList = units.data?.units ?? [];
  return (
    <FormModal
      opened
      title={sasaran ? t('sasaran.edit', { code: sasaran.code }) : t('sasaran.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={['renstraTujuanId', 'orgUnitId', 'code', 'statement']}
      onSubmit={() =>
        mutation.mutate(
          sasaran
            ? {
                version: latest?.version ?? sasaran.version,
                renstraTujuanId: tujuan,
                orgUnitId: unit,
                code,
                statement,
              }
            : {
                ...(tujuan && { renstraTujuanId: tujuan }),
                ...(unit && { orgUnitId: unit }),
                code,
                statement,
              },
        )
      }
    >
      <Select
        label={t('sasaran.tujuan')}
        description={t('sasaran.tujuanHint')}
        data={index.tujuan.map((x) => ({ value: x.id, label: `${x.code} — ${x.statement}` }))}
        value={tujuan}
        onChange={setTujuan}
        clearable
        searchable
        nothingFoundMessage={t('form.nothingFound')}
        error={fieldError(error, 'renstraTujuanId')}
      />
      <TextInput
        label={t('form.code')}
        description={t('sasaran.codeHint')}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(error, 'code')}
        required
      />
      <Textarea
        label={t('sasaran.statement')}
        autosize
        minRows={2}
        value={statement}
        onChange={(e) => setStatement(e.currentTarget.value)}
        error={fieldError(error, 'statement')}
        required
      />
      {unitList.length > 0 && (
        <Select
          label={t('form.unit')}
          description={t('form.unitHint')}
          placeholder={t('empty.wholeAgency')}
          data={unitList.map((u) => ({ value: u.id, label: `${'— '.repeat(u.depth)}${u.name}` }))}
          value={unit}
          onChange={setUnit}
          clearable
          error={fieldError(error, 'orgUnitId')}
        />
      )}
    </FormModal>
  );
}
