/**
 * Realisasi: the year's realisations of every indicator in one grid (rows =
 * indicators by sasaran, columns = periods), typed and pasted like a
 * spreadsheet, saved in batches, with live capaian and predikat, evidence and
 * the submit → verify / return workflow. Read-only for viewers and evaluators.
 */
import './realisations.css';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useAgencyYear } from '../../api/agencies.ts';
import { ApiError } from '../../api/client.ts';
import { ROLE_CAN, useMe, type Me } from '../../api/session.ts';
import { agencyPath } from '../../app/nav.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { buildBlocks, gridUnit } from './grid-model.ts';
import { buildView, type Editing } from './grid-view.ts';
import { LockIcon } from './GridIcons.tsx';
import { RealisationDrawer } from './RealisationDrawer.tsx';
import { RealisationGrid, type Focus, type PasteReport } from './RealisationGrid.tsx';
import { gridKey, useRealisationGrid, type Grid, type PeriodKind } from './realisations-api.ts';
import { selectedCell } from './selection.ts';
import { SelectionBar } from './SelectionBar.tsx';
import { SubmitPeriodDrafts } from './SubmitPeriodDrafts.tsx';
import { texts } from './texts.ts';
import { LeaveGuard } from '../../components/LeaveGuard.tsx';
import { useGridEdits } from './use-grid-edits.ts';
import { useWorkflow } from './use-workflow.ts';
import { ExplainDialog, ReturnDialog, type DialogTarget } from './WorkflowDialogs.tsx';

function Legend() {
  const { t } = useTexts('realisations', texts);
  const swatch = (colour: string) => (
    <span className="rg-legend" style={{ background: colour }} aria-hidden />
  );
  return (
    <Group gap="md" wrap="wrap">
      <Text size="xs" fw={600}>
        {t('legend.title')}:
      </Text>
      <Text size="xs">
        {swatch('var(--mantine-color-white)')}
        {t('legend.draft')}
      </Text>
      <Text size="xs">
        {swatch('var(--mantine-color-blue-0)')}
        {t('legend.submitted')}
      </Text>
      <Text size="xs">
        {swatch('var(--mantine-color-green-0)')}
        {t('legend.verified')}
      </Text>
      <Text size="xs">
        {swatch('var(--mantine-color-red-0)')}↩ {t('legend.returned')}
      </Text>
      <Text size="xs">
        {swatch('var(--mantine-color-gray-1)')}
        <LockIcon /> {t('legend.locked')}
      </Text>
      <Text size="xs">
        <Text span c="teal.7">
          ✓
        </Text>{' '}
        {t('legend.saved')}
      </Text>
      <Text size="xs">
        <Text span c="red.7">
          ⚠
        </Text>{' '}
        {t('legend.error')}
      </Text>
    </Group>
  );
}

function Workspace({ grid, me, year, agencyName }: { grid: Grid; me: Me; year: number; agencyName: string }) {
  const { t } = useTexts('realisations', texts);
  const own = me.agencyId === grid.agencyId;
  const permissions = {
    canRecord: ROLE_CAN.record(me.role) && own,
    canVerify: ROLE_CAN.verify(me.role) && (me.role === 'admin' || own),
  };
  const [focus, setFocus] = useState<Focus | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [explain, setExplain] = useState<DialogTarget | null>(null);
  const [giveBack, setGiveBack] = useState<DialogTarget | null>(null);
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  const edits = useGridEdits(grid.agencyId, year, {
    notNumber: (reason) => `${t('common:number.invalid')}: ${reason}`,
    notGrade: (grades) => t('notGrade', { grades }),
    blocked: t('save.blocked'),
  });
  const workflow = useWorkflow(grid.agencyId, year);
  const client = useQueryClient();
  useEffect(() => {
    if (pasteNote === null) return;
    const timer = setTimeout(() => setPasteNote(null), 10_000);
    return () => clearTimeout(timer);
  }, [pasteNote]);
  const unit = gridUnit(grid);
  const blocks = useMemo(() => buildBlocks(grid), [grid]);
  const rows = useMemo(() => blocks.flatMap((b) => b.rows), [blocks]);
  const view = buildView(grid, rows, edits, editing);
  const periodLabel = (kind: PeriodKind, periodNo: number) => t(`period.${kind}.${periodNo}`);
  const selected = selectedCell({ grid, rows, unit, focus, view, edits, editing, year, periodLabel, t });

  const onPasted = (report: PasteReport) => {
    const parts = [t('pasted', { count: report.pasted })];
    if (report.skipped > 0) parts.push(t('pasteSkipped', { count: report.skipped }));
    if (report.outside) parts.push(t('pasteOutside'));
    setPasteNote(parts.join(' '));
  };

  const header = (
    <PageHeader
      title={t('title', { year })}
      description={t('description', { agency: agencyName, scale: grid.policy.scale.name })}
      actions={
        permissions.canRecord && rows.length > 0 ? (
          <SubmitPeriodDrafts
            grid={grid}
            year={year}
            edits={edits}
            workflow={workflow}
            periodLabel={periodLabel}
            onExplain={setExplain}
          />
        ) : undefined
      }
    />
  );
  if (rows.length === 0)
    return (
      <>
        {header}
        <Empty>{t('noIndicators')}</Empty>
      </>
    );
  return (
    <Stack gap="xs">
      {header}
      {!permissions.canRecord && (
        <Alert color="gray" variant="light" p="xs">
          <Text size="sm">
            {t('readOnly')} {!grid.includesDrafts && t('othersOnly')}
          </Text>
        </Alert>
      )}
      {permissions.canRecord && (
        <Text size="xs" c="dimmed">
          {t('help')}
        </Text>
      )}
      {edits.failure instanceof ApiError && edits.failure.status === 409 && (
        <Alert color="yellow" title={edits.failure.title} role="alert" p="xs">
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('common:state.conflict')}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={() => {
                edits.clearFailure();
                void client.invalidateQueries({ queryKey: gridKey(grid.agencyId, year) });
              }}
            >
              {t('common:action.reload')}
            </Button>
          </Group>
        </Alert>
      )}
      <SelectionBar
        selected={selected}
        edits={edits}
        permissions={permissions}
        workflow={workflow}
        pasteNote={pasteNote}
        onDetails={() => setDetailsOpen(true)}
        onExplain={setExplain}
        onReturn={setGiveBack}
      />
      <RealisationGrid
        grid={grid}
        year={year}
        unit={unit}
        blocks={blocks}
        rows={rows}
        view={view}
        edits={edits}
        canRecord={permissions.canRecord}
        focus={focus}
        onFocus={setFocus}
        editing={editing}
        onEditing={setEditing}
        onOpenDetails={() => setDetailsOpen(true)}
        onPasted={onPasted}
        periodLabel={periodLabel}
      />
      <Legend />
      <LeaveGuard unsaved={edits.pending + edits.errors} />
      <RealisationDrawer
        opened={detailsOpen}
        onClose={() => setDetailsOpen(false)}
        selected={selected}
        grid={grid}
        permissions={permissions}
        workflow={workflow}
        onExplain={setExplain}
        onReturn={setGiveBack}
      />
      <ExplainDialog
        target={explain}
        workflow={workflow}
        onClose={() => setExplain(null)}
        onDone={() => setExplain(null)}
      />
      <ReturnDialog
        target={giveBack}
        workflow={workflow}
        onClose={() => setGiveBack(null)}
        onDone={() => setGiveBack(null)}
      />
    </Stack>
  );
}

export default function RealisationsPage() {
  const { t } = useTexts('realisations', texts);
  const me = useMe();
  const { agencyId, agency, year } = useAgencyYear();
  const query = useRealisationGrid(agencyId, year);
  const grid = query.data;
  if (grid && me.data && grid.renstra !== null)
    return (
      <Workspace
        key={`${agencyId}:${year}`}
        grid={grid}
        me={me.data}
        year={year}
        agencyName={agency?.shortName ?? agency?.name ?? ''}
      />
    );
  return (
    <>
      <PageHeader title={t('title', { year })} description={agency?.name} />
      {query.isPending || !me.data ? (
        <Loading />
      ) : query.isError ? (
        query.error instanceof ApiError && query.error.status === 403 ? (
          <Alert color="red" title={t('common:state.forbidden')} role="alert" data-testid="forbidden">
            {t('common:forbiddenAgency')}
          </Alert>
        ) : (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : (
        <Empty
          action={
            <Anchor component={Link} to={agencyPath(agencyId, 'renstra', year)}>
              {t('openRenstra')}
            </Anchor>
          }
        >
          {t('noRenstra', { year })}
        </Empty>
      )}
    </>
  );
}
