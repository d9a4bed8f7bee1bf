/**
 * Dialogs for the budget cascade: a program (urusan.bidang.program, e.g.
 * 1.06.04), a kegiatan under it (+ .N.NN), a sub kegiatan under that
 * (+ .NNNN), and a program linked to the sasaran it delivers. The code and
 * name can be picked from the nomenklatur of Permendagri 90/2019, or typed;
 * the server checks every code and its message shows at the field.
 */
import { Anchor, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useAgencyYear } from '../../api/agencies.ts';
import { useState } from 'react';
import { fieldError } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { FormModal } from './FormModal.tsx';
import {
  planApi,
  useDialogWrite,
  type TreeKegiatan,
  type TreeProgram,
  type TreeSasaran,
} from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { urusanOf, useNomenklatur } from './nomenklatur.ts';
import { texts } from './texts.ts';

type DialogProps = { onClose: () => void };

type Level = 'program' | 'kegiatan' | 'subKegiatan';

/** The code and name of one level of the cascade; `parentCode` starts the code of a kegiatan or sub kegiatan. */
function CodeAndName({
  level,
  parentCode,
  lookup,
  taken,
  onClose,
  send,
  title,
}: DialogProps & {
  level: Level;
  parentCode: string | null;
  /** Where the nomenklatur's entries for this level are (an urusan.bidang, a program or a kegiatan code). */
  lookup: readonly string[];
  /** Codes the Renstra already has at this level: not offered again. */
  taken: readonly string[];
  send: (body: object) => Promise<unknown>;
  title: string;
}) {
  const { t } = useTexts('renstra', texts);
  const { agencyId } = useRenstraView();
  const [code, setCode] = useState(parentCode ? `${parentCode}.` : '');
  const [name, setName] = useState('');
  const { mutation, reloadLatest } = useDialogWrite(agencyId, send, onClose);
  const error = mutation.error;
  const nomenklatur = useNomenklatur(lookup);
  const offered = nomenklatur.entries.filter((e) => !taken.includes(e.code));
  const known = nomenklatur.entries.find((e) => e.code === code.trim());
  return (
    <FormModal
      opened
      title={title}
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={['code', 'name']}
      onSubmit={() => mutation.mutate({ code: code.trim(), name })}
    >
      {offered.length > 0 && (
        <Select
          label={t('nomenklatur.pick')}
          description={t('nomenklatur.pickHint')}
          placeholder={t('nomenklatur.placeholder')}
          data={offered.map((e) => ({
            value: e.code,
            label: `${e.code} — ${e.name}${e.generic ? ` (${t('nomenklatur.generic')})` : ''}`,
          }))}
          value={known && offered.includes(known) ? known.code : null}
          onChange={(picked) => {
            const entry = offered.find((e) => e.code === picked);
            if (!entry) return;
            setCode(entry.code);
            setName(entry.name);
          }}
          searchable
          nothingFoundMessage={t('form.nothingFound')}
          data-testid="nomenklatur-pick"
        />
      )}
      {!nomenklatur.pending && offered.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('nomenklatur.none')}
        </Text>
      )}
      <TextInput
        label={t(`cascade.${level}Code`)}
        description={t(`cascade.${level}CodeHint`, { parent: parentCode ?? '' })}
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        error={fieldError(error, 'code')}
        required
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        autoComplete="off"
      />
      <Textarea
        label={t(`cascade.${level}Name`)}
        autosize
        minRows={2}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldError(error, 'name')}
        required
      />
      {known && name.trim() !== known.name && (
        <Text size="sm">
          {t('nomenklatur.nameIs')}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setName(known.name)}>
            {known.name}
          </Anchor>
        </Text>
      )}
    </FormModal>
  );
}

export function ProgramForm({ onClose }: DialogProps) {
  const { t } = useTexts('renstra', texts);
  const { tree } = useRenstraView();
  const { agency } = useAgencyYear();
  const codes = tree.programs.map((p) => p.code);
  return (
    <CodeAndName
      level="program"
      parentCode={null}
      lookup={urusanOf(agency?.code, codes)}
      taken={codes}
      title={t('cascade.addProgram')}
      send={planApi.addProgram(tree.period.id)}
      onClose={onClose}
    />
  );
}

export function KegiatanForm({ onClose, program }: DialogProps & { program: TreeProgram }) {
  const { t } = useTexts('renstra', texts);
  return (
    <CodeAndName
      level="kegiatan"
      parentCode={program.code}
      lookup={[program.code]}
      taken={program.kegiatan.map((k) => k.code)}
      title={t('cascade.addKegiatanTo', { code: program.code })}
      send={planApi.addKegiatan(program.id)}
      onClose={onClose}
    />
  );
}

export function SubKegiatanForm({ onClose, kegiatan }: DialogProps & { kegiatan: TreeKegiatan }) {
  const { t } = useTexts('renstra', texts);
  return (
    <CodeAndName
      level="subKegiatan"
      parentCode={kegiatan.code}
      lookup={[kegiatan.code]}
      taken={kegiatan.subKegiatan.map((s) => s.code)}
      title={t('cascade.addSubKegiatanTo', { code: kegiatan.code })}
      send={planApi.addSubKegiatan(kegiatan.id)}
      onClose={onClose}
    />
  );
}

export function LinkProgramForm({ onClose, sasaran }: DialogProps & { sasaran: TreeSasaran }) {
  const { t } = useTexts('renstra', texts);
  const { agencyId, tree } = useRenstraView();
  const [programId, setProgramId] = useState<string | null>(null);
  const { mutation, reloadLatest } = useDialogWrite(agencyId, planApi.linkProgram(sasaran.id), onClose);
  const error = mutation.error;
  const open = tree.programs.filter((p) => !sasaran.programIds.includes(p.id));
  return (
    <FormModal
      opened
      title={t('cascade.linkTitle', { code: sasaran.code })}
      onClose={onClose}
      pending={mutation.isPending}
      error={error}
      onReload={reloadLatest}
      fieldPaths={['programId']}
      onSubmit={() => mutation.mutate(programId ? { programId } : {})}
    >
      <Text size="sm">{sasaran.statement}</Text>
      <Select
        label={t('cascade.program')}
        description={open.length === 0 ? t('cascade.allLinked') : t('cascade.linkHint')}
        data={open.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
        value={programId}
        onChange={setProgramId}
        searchable
        nothingFoundMessage={t('form.nothingFound')}
        error={fieldError(error, 'programId')}
        required
      />
    </FormModal>
  );
}
