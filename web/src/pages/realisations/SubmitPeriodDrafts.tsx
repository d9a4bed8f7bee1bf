/**
 * "Submit all drafts of a period": the API submits one realisation at a
 * time, so the drafts of the chosen period are submitted one after the other
 * with a progress bar; those refused are listed with the server's reason, and
 * those that need an explanation get a button to give it.
 */
import { Button, Group, List, Progress, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked } from './grid-model.ts';
import type { Grid, GridIndicator, GridRealisation, PeriodKind } from './realisations-api.ts';
import type { GridEdits } from './use-grid-edits.ts';
import { explanationNeeded, type Workflow } from './use-workflow.ts';
import type { DialogTarget } from './WorkflowDialogs.tsx';

type Candidate = { indicator: GridIndicator; realisation: GridRealisation; title: string };
type Failure = { candidate: Candidate; message: string; explain: boolean };

const KIND_ORDER: readonly PeriodKind[] = ['month', 'quarter', 'semester', 'year'];

export function SubmitPeriodDrafts({
  grid,
  year,
  edits,
  workflow,
  periodLabel,
  onExplain,
}: {
  grid: Grid;
  year: number;
  edits: GridEdits;
  workflow: Workflow;
  periodLabel: (kind: PeriodKind, periodNo: number) => string;
  onExplain: (target: DialogTarget) => void;
}) {
  const { t } = useTranslation(['realisations', 'common']);
  const [chosen, setChosen] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<{ submitted: number; failures: Failure[] } | null>(null);

  const byPeriod = new Map<string, Candidate[]>();
  for (const indicator of grid.sasaran.flatMap((s) => s.indicators))
    for (const realisation of indicator.realisations) {
      const ready =
        (realisation.status === 'draft' || realisation.status === 'returned') &&
        (realisation.value !== null || realisation.grade !== null) &&
        !isLocked(grid, realisation.periodKind, realisation.periodNo) &&
        !edits.hasDrafts(indicator.id, realisation.periodNo);
      if (!ready) continue;
      const key = `${realisation.periodKind}:${realisation.periodNo}`;
      const list = byPeriod.get(key) ?? [];
      const period = periodLabel(realisation.periodKind, realisation.periodNo);
      list.push({
        indicator,
        realisation,
        title: t('selection.cell', { code: indicator.code, period, year }),
      });
      byPeriod.set(key, list);
    }
  const options = [...byPeriod.entries()]
    .map(([key, list]) => {
      const [kind, no] = key.split(':') as [PeriodKind, string];
      return {
        value: key,
        order: KIND_ORDER.indexOf(kind) * 100 + Number(no),
        label: t('submitAll.option', { period: periodLabel(kind, Number(no)), count: list.length }),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ value, label }) => ({ value, label }));
  const selected = chosen !== null && byPeriod.has(chosen) ? chosen : (options[0]?.value ?? null);

  const run = async () => {
    const items = selected ? (byPeriod.get(selected) ?? []) : [];
    const failures: Failure[] = [];
    let submitted = 0;
    setOutcome(null);
    setProgress({ done: 0, total: items.length });
    for (const [i, candidate] of items.entries()) {
      try {
        await workflow.submit(candidate.realisation);
        submitted += 1;
      } catch (error) {
        const reason = explanationNeeded(error);
        failures.push({
          candidate,
          message: reason ?? (error instanceof Error ? error.message : String(error)),
          explain: reason !== undefined,
        });
      }
      setProgress({ done: i + 1, total: items.length });
    }
    setProgress(null);
    setOutcome({ submitted, failures });
  };

  const current = (id: string) =>
    grid.sasaran.flatMap((s) => s.indicators.flatMap((i) => i.realisations)).find((r) => r.id === id);
  const open = outcome?.failures.filter((f) => {
    const now = current(f.candidate.realisation.id);
    return now?.status === 'draft' || now?.status === 'returned';
  });

  return (
    <Stack gap={4} maw={420}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={t('submitAll.label')}
          size="xs"
          data={options}
          value={selected}
          onChange={setChosen}
          placeholder={t('submitAll.none')}
          disabled={options.length === 0 || progress !== null}
          allowDeselect={false}
          w={220}
        />
        <Button size="xs" onClick={() => void run()} disabled={selected === null} loading={progress !== null}>
          {t('submitAll.button')}
        </Button>
      </Group>
      {progress && (
        <Stack gap={2} aria-live="polite">
          <Progress value={(progress.done / Math.max(1, progress.total)) * 100} size="sm" />
          <Text size="xs">{t('submitAll.progress', progress)}</Text>
        </Stack>
      )}
      {outcome && (
        <Stack gap={2} aria-live="polite">
          <Text size="xs" c="teal.8">
            {t('submitAll.done', { count: outcome.submitted })}
          </Text>
          {open && open.length > 0 && (
            <>
              <Text size="xs" c="red.8">
                {t('submitAll.failed')}
              </Text>
              <List size="xs" spacing={2}>
                {open.map((f) => (
                  <List.Item key={f.candidate.realisation.id}>
                    {f.candidate.title}: {f.message}{' '}
                    {f.explain && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => {
                          const now = current(f.candidate.realisation.id);
                          if (now) onExplain({ realisation: now, title: f.candidate.title, lead: f.message });
                        }}
                      >
                        {t('submitAll.explain')}
                      </Button>
                    )}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
