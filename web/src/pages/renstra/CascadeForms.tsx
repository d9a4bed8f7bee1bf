/**
 * Dialogs for the budget cascade: a program (urusan.bidang.program, e.g.
 * 1.06.04), a kegiatan under it (+ .N.NN), a sub kegiatan under that
 * (+ .NNNN), and a program linked to the sasaran it delivers. The server
 * checks every code (Permendagri 90/2019); its message shows at the field.
 */
import { Select, Text, Textarea, TextInput } from '@mantine/core';
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
import { texts } from './texts.ts';

type DialogProps = { onClose: () => void };

type Level = 'program' | 'kegiatan' | 'subKegiatan';

/** The code and name of one level of the cascade; `parentCode` starts the code of a kegiatan or sub kegiatan. */
function CodeAndName({
  level,
  parentCode,
  onClose,
  send,
  title,
}: DialogProps & {
  level: Level;
  parentCode: string | null;
  send: (body: object) => Promise<unknown>;
  title: string;
}) {
  const { t } = useTexts('renstra', texts);
  const { agencyId } = useRenstraView();
  const [code, setCode] = useState(parentCode ? `${parentCode}.` : '');
  const [name, setName] = useState('');
  const { mutation, reloadLatest } = useDialogWrite(agencyId, send, onClose);
  const error = mutation.error;
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
    </FormModal>
  );
}

export function ProgramForm({ onClose }: DialogProps) {
  const { t } = useTexts('renstra', texts);
  const { tree } = useRenstraView();
  return (
    <CodeAndName
      level="program"
      parentCode={null}
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
