/**
 * The two dialogs of a PK's life: signing (the parties, date and place, then a
 * confirmation, since a signed PK never changes) and revising (the reason for
 * the perubahan).
 */
import { Alert, Button, Group, List, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ProblemAlert, fieldError } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { useRevisePk, useSignPk, type PkVersion, type Signatory } from './pk-api.ts';
import { texts } from './texts.ts';

function signatoryLabel(s: Signatory): string {
  return `${s.actingAs ? `${s.actingAs} ` : ''}${s.name} — ${s.positionTitle}`;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const SIGN_FIELDS = ['firstPartySignatoryId', 'secondPartySignatoryId', 'signedOn', 'signedPlace'];

export function SignPkModal({
  agencyId,
  opened,
  onClose,
  version,
  unit,
  year,
  signatories,
}: {
  agencyId: string;
  opened: boolean;
  onClose: () => void;
  version: PkVersion;
  /** The unit whose PK this is, and the unit above it (null for the head of agency). */
  unit: { orgUnitId: string; name: string; parentId: string | null; depth: number };
  year: number;
  signatories: Signatory[];
}) {
  const { t } = useTexts('pk', texts);
  const sign = useSignPk(agencyId);
  const own = signatories.filter((s) => s.ofAgency);
  const defaultFirst =
    own.find((s) => s.orgUnitId === unit.orgUnitId) ?? (unit.depth === 0 ? own[0] : undefined);
  const defaultSecond =
    unit.depth === 0
      ? signatories.find((s) => !s.ofAgency)
      : signatories.find((s) => s.ofAgency && s.orgUnitId === unit.parentId);
  const [first, setFirst] = useState<string | null>(defaultFirst?.id ?? null);
  const [second, setSecond] = useState<string | null>(defaultSecond?.id ?? null);
  const [signedOn, setSignedOn] = useState(today());
  const [place, setPlace] = useState('');
  const [confirming, setConfirming] = useState(false);
  const close = () => {
    setConfirming(false);
    sign.reset();
    onClose();
  };
  const byId = new Map(signatories.map((s) => [s.id, s]));
  const fieldProblem =
    sign.error instanceof ApiError && sign.error.errors.some((e) => SIGN_FIELDS.includes(e.path));
  const showForm = !confirming || fieldProblem;
  const submit = () =>
    sign.mutate(
      {
        pkVersionId: version.id,
        version: version.version,
        firstPartySignatoryId: first ?? '',
        secondPartySignatoryId: second ?? '',
        signedOn,
        ...(place.trim() ? { signedPlace: place.trim() } : {}),
      },
      { onSuccess: close },
    );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('sign.title', { unit: unit.name, year })}
      size="lg"
      centered
    >
      {signatories.length === 0 ? (
        <Alert color="yellow">{t('sign.noSignatory')}</Alert>
      ) : showForm ? (
        <Stack>
          <Select
            label={t('sign.first')}
            data={own.map((s) => ({ value: s.id, label: signatoryLabel(s) }))}
            value={first}
            onChange={setFirst}
            required
            searchable
            error={fieldError(sign.error, 'firstPartySignatoryId')}
          />
          <Select
            label={t('sign.second')}
            data={signatories.map((s) => ({ value: s.id, label: signatoryLabel(s) }))}
            value={second}
            onChange={setSecond}
            required
            searchable
            error={fieldError(sign.error, 'secondPartySignatoryId')}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('sign.date')}
              placeholder={t('sign.datePlaceholder')}
              value={signedOn}
              onChange={(e) => setSignedOn(e.currentTarget.value)}
              required
              error={fieldError(sign.error, 'signedOn')}
            />
            <TextInput
              label={t('sign.place')}
              placeholder={t('sign.placeHint')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              error={fieldError(sign.error, 'signedPlace')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button
              disabled={!first || !second || !signedOn}
              onClick={() => {
                sign.reset();
                setConfirming(true);
              }}
            >
              {t('sign.next')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text fw={600}>{t('sign.confirmTitle')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>
              {t('version.firstParty')}: {first ? signatoryLabel(byId.get(first)!) : '—'}
            </List.Item>
            <List.Item>
              {t('version.secondParty')}: {second ? signatoryLabel(byId.get(second)!) : '—'}
            </List.Item>
            <List.Item>
              {place.trim()
                ? t('version.signed', { place: place.trim(), date: show.date(signedOn) })
                : t('version.signedNoPlace', { date: show.date(signedOn) })}
            </List.Item>
          </List>
          <Alert color="yellow">{t('sign.confirmText')}</Alert>
          {sign.isError && <ProblemAlert error={sign.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('sign.back')}
            </Button>
            <Button color="teal" loading={sign.isPending} onClick={submit} data-testid="sign-confirm">
              {t('sign.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

export function RevisePkModal({
  agencyId,
  opened,
  onClose,
  version,
  year,
}: {
  agencyId: string;
  opened: boolean;
  onClose: () => void;
  version: PkVersion;
  year: number;
}) {
  const { t } = useTexts('pk', texts);
  const revise = useRevisePk(agencyId);
  const [reason, setReason] = useState('');
  const close = () => {
    revise.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('revise.title')} centered>
      <Stack>
        <Text size="sm">{t('revise.text', { n: version.number })}</Text>
        <Textarea
          label={t('revise.reason')}
          placeholder={t('revise.reasonHint', { year })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          error={fieldError(revise.error, 'reason')}
        />
        {revise.isError && !fieldError(revise.error, 'reason') && <ProblemAlert error={revise.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('actions.cancel')}
          </Button>
          <Button
            loading={revise.isPending}
            disabled={reason.trim() === ''}
            onClick={() =>
              revise.mutate({ pkVersionId: version.id, reason: reason.trim() }, { onSuccess: close })
            }
          >
            {t('revise.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
