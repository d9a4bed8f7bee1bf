/**
 * One unit's PK of the year: its versions (original, perubahan 1 …), the
 * chosen version's status and signatures, what a perubahan changed, its rows
 * and pagu, and the step the signed-in role can take (edit and submit a draft,
 * sign a submitted one, revise the latest signed one).
 */
import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Role } from '../../api/session.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { ConfirmAction } from '../reports/ConfirmAction.tsx';
import { StatusSteps } from '../reports/StatusSteps.tsx';
import type { IndicatorPlace } from './indicator-places.ts';
import {
  useSubmitPk,
  useUpdatePkTargets,
  type Pk,
  type PkUnit,
  type PkVersion,
  type Signatory,
} from './pk-api.ts';
import { addedRow, draftOf, saveRequest, type PkDraft, type RowDraft } from './pk-draft.ts';
import { useVersionLabel } from './pk-labels.ts';
import { PkBudgetTable } from './PkBudgetTable.tsx';
import { PkDiffView } from './PkDiffView.tsx';
import { RevisePkModal, SignPkModal } from './PkDialogs.tsx';
import { PkTargetsEditor, PkTargetsView } from './PkTargetsTable.tsx';
import { texts } from './texts.ts';

type Props = {
  agencyId: string;
  year: number;
  role: Role;
  unit: PkUnit;
  pk: Pk;
  places: Map<string, IndicatorPlace>;
  signatories: Signatory[];
  /** Shown under the PK (printing the head of agency's PK). */
  footer?: ReactNode;
};

function Signed({ version, signatories }: { version: PkVersion; signatories: Signatory[] }) {
  const { t } = useTexts('pk', texts);
  if (version.status !== 'signed' || !version.signedOn) return null;
  const name = (id: string | null) => signatories.find((s) => s.id === id)?.name ?? '—';
  return (
    <Stack gap={2}>
      <Text size="sm">
        {version.signedPlace
          ? t('version.signed', { place: version.signedPlace, date: show.date(version.signedOn) })
          : t('version.signedNoPlace', { date: show.date(version.signedOn) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('version.firstParty')}: {name(version.firstPartySignatoryId)} · {t('version.secondParty')}:{' '}
        {name(version.secondPartySignatoryId)}
      </Text>
    </Stack>
  );
}

function DraftEditor({
  agencyId,
  year,
  unit,
  version,
  places,
  onSaved,
  onCancel,
}: Omit<Props, 'pk' | 'role' | 'signatories' | 'footer'> & {
  version: PkVersion;
  onSaved: (warnings: string[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTexts('pk', texts);
  const update = useUpdatePkTargets(agencyId);
  const indicators = new Map([...places.values()].map((p) => [p.indicator.id, p.indicator]));
  const [draft, setDraft] = useState<PkDraft>(() => draftOf(version, indicators));
  const [sentIndex, setSentIndex] = useState(new Map<string, number>());
  const inDraft = new Set(draft.rows.map((r) => r.indicatorId));
  const candidates = [...places.values()]
    .filter((p) => !inDraft.has(p.indicator.id))
    .filter((p) => unit.depth > 0 || p.kind === 'sasaran' || p.kind === 'tujuan')
    .map((p) => ({ value: p.indicator.id, label: `${p.indicator.code} — ${p.indicator.name}` }));
  const changeRow = (indicatorId: string, patch: Partial<RowDraft>) =>
    setDraft((d) => ({
      ...d,
      rows: d.rows.map((r) => (r.indicatorId === indicatorId ? { ...r, ...patch } : r)),
    }));
  const addRow = (indicatorId: string) => {
    const indicator = indicators.get(indicatorId);
    if (indicator) setDraft((d) => ({ ...d, rows: [...d.rows, addedRow(indicator, year)] }));
  };
  const save = () => {
    const { targetIndex, ...request } = saveRequest(draft);
    setSentIndex(targetIndex);
    update.mutate(
      { pkVersionId: version.id, version: version.version, ...request },
      {
        onSuccess: (result) =>
          onSaved(result.warnings.map((w) => (i18n.language === 'en' ? w.message.en : w.message.id))),
      },
    );
  };
  const fieldProblems = update.error !== null && update.error !== undefined;
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('rows.title')}
          </Title>
          <PkTargetsEditor
            draft={draft}
            onChange={changeRow}
            places={places}
            candidates={candidates}
            onAdd={addRow}
            error={update.error}
            targetIndex={sentIndex}
          />
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('budget.title')}
          </Title>
          <PkBudgetTable
            budgets={version.budgets}
            diff={null}
            edit={{
              rows: draft.budgets,
              onChange: (index, amount) =>
                setDraft((d) => ({
                  ...d,
                  budgets: d.budgets.map((b, i) => (i === index ? { ...b, amount } : b)),
                })),
              error: update.error,
            }}
          />
        </Stack>
      </Card>
      {fieldProblems && <ProblemAlert error={update.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button loading={update.isPending} onClick={save} data-testid="pk-save">
          {t('actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}

export function PkView({ agencyId, year, role, unit, pk, places, signatories, footer }: Props) {
  const { t } = useTexts('pk', texts);
  const versionLabel = useVersionLabel();
  const submit = useSubmitPk(agencyId);
  const [chosen, setChosen] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ warnings: string[] } | null>(null);
  const [dialog, setDialog] = useState<'sign' | 'revise' | null>(null);
  const latest = pk.versions.at(-1);
  const version = pk.versions.find((v) => v.number === chosen) ?? latest;
  if (!version || !latest) return null;
  const isLatest = version.number === latest.number;
  const staff = role === 'operator' || role === 'kepala';
  const steps = (['draft', 'submitted', 'signed'] as const).map((key) => ({
    key,
    label: t(`common:status.${key}`),
  }));

  return (
    <Stack gap="md" data-testid="pk-view">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={2}>
              <Title order={2} size="h4">
                {pk.orgUnitName}
              </Title>
              <Text size="sm" c="dimmed">
                {t('title', { year })} · {versionLabel(version)}
                {isLatest && pk.versions.length > 1 ? ` (${t('version.latest')})` : ''}
              </Text>
            </Stack>
            {pk.versions.length > 1 && (
              <SegmentedControl
                aria-label={t('version.label')}
                value={String(version.number)}
                onChange={(value) => {
                  setChosen(Number(value));
                  setEditing(false);
                }}
                data={pk.versions.map((v) => ({ value: String(v.number), label: versionLabel(v) }))}
                data-testid="pk-versions"
              />
            )}
          </Group>
          <StatusSteps steps={steps} current={version.status} label={t('version.steps')} />
          {version.reason && <Text size="sm">{t('version.reason', { reason: version.reason })}</Text>}
          <Signed version={version} signatories={signatories} />
          {!isLatest && (
            <Text size="sm" c="dimmed">
              {t('version.older')}
            </Text>
          )}
          {isLatest && !editing && (
            <Group gap="xs">
              {version.status === 'draft' && staff && (
                <>
                  <Button
                    variant="light"
                    onClick={() => {
                      setNotice(null);
                      setEditing(true);
                    }}
                    data-testid="pk-edit"
                  >
                    {t('actions.edit')}
                  </Button>
                  <ConfirmAction
                    label={t('actions.submit')}
                    title={t('actions.submitTitle')}
                    message={t('actions.submitText')}
                    onConfirm={() =>
                      submit.mutateAsync({ pkVersionId: version.id, version: version.version })
                    }
                    pending={submit.isPending}
                    error={submit.error}
                    onReset={submit.reset}
                    testId="pk-submit"
                  />
                </>
              )}
              {version.status === 'submitted' && role === 'kepala' && (
                <Button color="teal" onClick={() => setDialog('sign')} data-testid="pk-sign">
                  {t('actions.sign')}
                </Button>
              )}
              {version.status === 'submitted' && role !== 'kepala' && (
                <Text size="sm" c="dimmed">
                  {t('actions.waitSign')}
                </Text>
              )}
              {version.status === 'signed' && staff && (
                <Button variant="light" onClick={() => setDialog('revise')} data-testid="pk-revise">
                  {t('actions.revise')}
                </Button>
              )}
            </Group>
          )}
          {notice && (
            <Alert
              color={notice.warnings.length > 0 ? 'yellow' : 'teal'}
              withCloseButton
              onClose={() => setNotice(null)}
            >
              {t('actions.saved')}
              {notice.warnings.map((w) => (
                <Text key={w} size="sm">
                  {t('rows.zeroTarget', { message: w })}
                </Text>
              ))}
            </Alert>
          )}
        </Stack>
      </Card>
      {version.diff && <PkDiffView diff={version.diff} />}
      {editing && isLatest && version.status === 'draft' ? (
        <DraftEditor
          key={version.id}
          agencyId={agencyId}
          year={year}
          unit={unit}
          version={version}
          places={places}
          onSaved={(warnings) => {
            setEditing(false);
            setNotice({ warnings });
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('rows.title')}
              </Title>
              <PkTargetsView targets={version.targets} places={places} diff={version.diff} />
            </Stack>
          </Card>
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Title order={3} size="h5">
                {t('budget.title')}
              </Title>
              <PkBudgetTable budgets={version.budgets} diff={version.diff} />
            </Stack>
          </Card>
        </>
      )}
      {footer}
      {dialog === 'sign' && (
        <SignPkModal
          agencyId={agencyId}
          opened
          onClose={() => setDialog(null)}
          version={version}
          unit={unit}
          year={year}
          signatories={signatories}
        />
      )}
      {dialog === 'revise' && (
        <RevisePkModal
          agencyId={agencyId}
          opened
          onClose={() => {
            setDialog(null);
            setChosen(null);
          }}
          version={version}
          year={year}
        />
      )}
    </Stack>
  );
}
