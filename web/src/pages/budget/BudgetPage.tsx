/**
 * Anggaran: the year's budget tree (program → kegiatan → sub kegiatan →
 * budget lines) with pagu, realisasi per period, physical progress and
 * serapan bars, totals per level from the domain's roll-up, and what needs
 * checking. The agency's operator and kepala type pagu, realisasi and
 * progress in a grid (keyboard, paste from Excel) and save; everyone else
 * reads. On a phone the tree is a list for reading.
 */
import { Alert, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, QueryState } from '../../components/PageState.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useBudgetTree, type BudgetTree, type PeriodKind } from './budget-api.ts';
import { BudgetGrid } from './BudgetGrid.tsx';
import { BudgetList } from './BudgetList.tsx';
import { BudgetSummary } from './BudgetSummary.tsx';
import { BudgetWarnings } from './BudgetWarnings.tsx';
import { buildRows, finestRecorded, unitOptions, type GridMode } from './grid-model.ts';
import { LeaveGuard } from '../../components/LeaveGuard.tsx';
import { liveBudget } from './live-amounts.ts';
import { liveWarnings } from './live-warnings.ts';
import { texts } from './texts.ts';
import { useBudgetEntry } from './use-budget-entry.ts';

const ProgramChart = lazy(() => import('./ProgramChart.tsx'));

function hasLines(tree: BudgetTree): boolean {
  return tree.programs.some((p) => p.kegiatan.some((k) => k.subKegiatan.some((s) => s.lines.length > 0)));
}

function BudgetContent({
  tree,
  agencyId,
  editable,
}: {
  tree: BudgetTree;
  agencyId: string;
  editable: boolean;
}) {
  const { t } = useTexts('budget', texts);
  const phone = useMediaQuery('(max-width: 48em)');
  const budgeted = hasLines(tree);
  const [mode, setMode] = useState<GridMode>(budgeted || !editable ? 'realisasi' : 'pagu');
  const [unitChoice, setUnitChoice] = useState<PeriodKind | null>(null);
  const [pasted, setPasted] = useState<{ count: number; skipped: number } | null>(null);
  const entry = useBudgetEntry(agencyId, tree);

  const finest = finestRecorded(tree, mode);
  const options = unitOptions(finest);
  const unit: PeriodKind = unitChoice && options.includes(unitChoice) ? unitChoice : (finest ?? 'quarter');
  const rows = useMemo(() => buildRows(tree, mode, unit, entry.adding), [tree, mode, unit, entry.adding]);
  const live = useMemo(() => liveBudget(tree, entry.drafts), [tree, entry.drafts]);
  const warnings = useMemo(() => liveWarnings(tree, live, entry.drafts), [tree, live, entry.drafts]);
  const periodLabel = useCallback(
    (kind: string, no: number) => t(`period.${kind}.${no - 1}`, { year: tree.year }),
    [t, tree.year],
  );
  const unsaved = entry.changedCount;
  const save = () => {
    setPasted(null);
    void entry.save();
  };

  if (tree.programs.length === 0)
    return (
      <Empty>
        {t('empty', { year: tree.year })}{' '}
        {tree.yearsWithBudget.length > 0 && t('emptyYears', { years: tree.yearsWithBudget.join(', ') })}
      </Empty>
    );

  const outcome = entry.outcome;
  return (
    <>
      <LeaveGuard unsaved={unsaved} />
      <BudgetSummary total={live.total} unsaved={unsaved > 0} />
      {!budgeted && (
        <Alert color="blue" mb="md">
          {t('noBudgetYet', { year: tree.year })}
        </Alert>
      )}
      <BudgetWarnings
        warnings={warnings}
        serverNotes={outcome?.kind === 'saved' ? outcome.warnings : []}
        periodLabel={periodLabel}
      />
      {phone ? (
        <BudgetList tree={tree} live={live} />
      ) : (
        <>
          <Paper
            p="xs"
            mb="xs"
            withBorder
            style={{ position: 'sticky', top: 'var(--app-shell-header-height, 0px)', zIndex: 5 }}
          >
            <Group justify="space-between" align="flex-end" gap="sm">
              <Group align="flex-end" gap="sm">
                <Stack gap={2}>
                  <Text size="sm" fw={500} id="budget-view-label">
                    {t('view.label')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby="budget-view-label"
                    data-testid="budget-view"
                    value={mode}
                    onChange={(value) => setMode(value as GridMode)}
                    data={(['pagu', 'realisasi', 'fisik'] as const).map((value) => ({
                      value,
                      label: t(`view.${value}`),
                    }))}
                  />
                </Stack>
                {mode !== 'pagu' && (
                  <NativeSelect
                    label={t('unit.label')}
                    value={unit}
                    disabled={unsaved > 0}
                    title={unsaved > 0 ? t('unit.locked') : undefined}
                    onChange={(event) => setUnitChoice(event.currentTarget.value as PeriodKind)}
                    data={options.map((kind) => ({ value: kind, label: t(`unit.${kind}`) }))}
                  />
                )}
              </Group>
              {editable && (
                <Group gap="xs" align="center">
                  {unsaved > 0 && !entry.saving && (
                    <Text size="sm" c="dimmed" data-testid="unsaved">
                      {t('entry.unsaved', { count: unsaved })}
                    </Text>
                  )}
                  {unsaved > 0 && (
                    <Button variant="default" onClick={entry.discard} disabled={entry.saving !== null}>
                      {t('entry.discard')}
                    </Button>
                  )}
                  <Button onClick={save} disabled={unsaved === 0} loading={entry.saving !== null}>
                    {unsaved > 0 ? t('entry.save', { count: unsaved }) : t('entry.saveNothing')}
                  </Button>
                </Group>
              )}
            </Group>
            <div aria-live="polite">
              {entry.saving && (
                <Text size="sm" mt={4}>
                  {t('entry.saving', entry.saving)}
                </Text>
              )}
              {outcome?.kind === 'invalid' && (
                <Text size="sm" c="red.8" mt={4} data-testid="entry-outcome">
                  {t('entry.invalid', { count: outcome.count })}
                </Text>
              )}
              {outcome?.kind === 'saved' && (
                <Text
                  size="sm"
                  c={outcome.failed > 0 ? 'orange.8' : 'teal.8'}
                  mt={4}
                  data-testid="entry-outcome"
                >
                  {outcome.saved > 0 && t('entry.saved', { count: outcome.saved })}{' '}
                  {outcome.failed > 0 && t('entry.failed', { count: outcome.failed })}
                </Text>
              )}
              {pasted && !outcome && (
                <Text size="sm" mt={4}>
                  {pasted.skipped > 0
                    ? t('entry.pastedSkipped', pasted)
                    : t('entry.pasted', { count: pasted.count })}
                </Text>
              )}
            </div>
          </Paper>
          {!editable && (
            <Text size="sm" c="dimmed" mb="xs">
              {t('entry.readOnly')}
            </Text>
          )}
          <BudgetGrid
            tree={tree}
            rows={rows}
            mode={mode}
            unit={unit}
            live={live}
            entry={entry}
            editable={editable}
            changed={entry.changed}
            onPasted={(count, skipped) => setPasted({ count, skipped })}
            onSave={save}
          />
        </>
      )}
      <Suspense fallback={null}>
        <ProgramChart tree={tree} live={live} />
      </Suspense>
    </>
  );
}

export default function BudgetPage() {
  const { t } = useTexts('budget', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const tree = useBudgetTree(agencyId, year);
  const role = me.data?.role;
  const editable = role !== undefined && ROLE_CAN.record(role) && me.data?.agencyId === agencyId;
  return (
    <>
      <PageHeader title={t('title', { year })} description={t('description')} />
      <QueryState query={tree}>
        {(data) => (
          <BudgetContent key={`${agencyId}:${year}`} tree={data} agencyId={agencyId} editable={editable} />
        )}
      </QueryState>
    </>
  );
}
