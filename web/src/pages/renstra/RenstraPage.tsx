/**
 * Renstra: the agency's five-year plan as a tree (visi → misi → tujuan →
 * sasaran → indikator) and its program → kegiatan → sub kegiatan cascade,
 * each indicator's full definition in a side panel. Operators and the head
 * of agency add and change; everyone else reads.
 */
import { Alert, Button, Select, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { Empty, Loading, QueryState } from '../../components/PageState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { CascadeTab } from './CascadeTab.tsx';
import { EditDialogs } from './EditDialogs.tsx';
import { IndicatorDrawer } from './IndicatorDrawer.tsx';
import { PeriodForm } from './PlanForms.tsx';
import { PlanTree } from './PlanTree.tsx';
import {
  useRenstraPeriods,
  useRenstraTree,
  type ListedRenstraPeriod,
  type RenstraTree,
} from './renstra-api.ts';
import { RenstraContext, type EditAction, type RenstraView } from './renstra-context.ts';
import { texts } from './texts.ts';
import { indexTree } from './tree-index.ts';

const INDICATOR_PARAM = 'indikator';

/** The period covering the year, else the newest. */
function periodFor(periods: readonly ListedRenstraPeriod[], year: number): ListedRenstraPeriod | undefined {
  return periods.find((p) => p.startYear <= year && year <= p.endYear) ?? periods[0];
}

function RenstraBody({
  tree,
  agencyId,
  year,
  canEdit,
}: {
  tree: RenstraTree;
  agencyId: string;
  year: number;
  canEdit: boolean;
}) {
  const { t } = useTexts('renstra', texts);
  const [search, setSearch] = useSearchParams();
  const [action, setAction] = useState<EditAction | null>(null);
  const [tab, setTab] = useState<string | null>('plan');
  const indicatorId = search.get(INDICATOR_PARAM);
  const setIndicator = (id: string | null) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      if (id) next.set(INDICATOR_PARAM, id);
      else next.delete(INDICATOR_PARAM);
      return next;
    });
  const index = useMemo(() => indexTree(tree), [tree]);
  const view: RenstraView = {
    agencyId,
    tree,
    index,
    year,
    canEdit,
    openIndicator: setIndicator,
    edit: setAction,
  };
  const outside = year < tree.period.startYear || year > tree.period.endYear;
  return (
    <RenstraContext.Provider value={view}>
      {outside && (
        <Alert color="blue" mb="md" role="status">
          {t('yearOutside', { year, start: tree.period.startYear, end: tree.period.endYear })}
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="plan">{t('tabs.plan')}</Tabs.Tab>
          <Tabs.Tab value="cascade">{t('tabs.cascade')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan">
          <PlanTree />
        </Tabs.Panel>
        <Tabs.Panel value="cascade">
          <CascadeTab />
        </Tabs.Panel>
      </Tabs>
      <IndicatorDrawer key={indicatorId ?? ''} indicatorId={indicatorId} onClose={() => setIndicator(null)} />
      <EditDialogs action={action} onClose={() => setAction(null)} />
    </RenstraContext.Provider>
  );
}

export default function RenstraPage() {
  const { t } = useTexts('renstra', texts);
  const me = useMe();
  const { agencyId, year } = useAgencyYear();
  const periods = useRenstraPeriods(agencyId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = periods.data?.periods ?? [];
  const period = list.find((p) => p.id === chosen) ?? periodFor(list, year);
  const tree = useRenstraTree(agencyId, period?.id);
  const canEdit = me.data ? ROLE_CAN.editPlan(me.data.role) : false;

  const header = (
    <PageHeader
      title={period ? t('title', { start: period.startYear, end: period.endYear }) : t('titleNone')}
      description={t('description')}
      actions={
        <>
          {list.length > 1 && (
            <Select
              aria-label={t('period.choose')}
              data={list.map((p) => ({ value: p.id, label: `${p.startYear}–${p.endYear}` }))}
              value={period?.id ?? null}
              onChange={setChosen}
              allowDeselect={false}
              w={140}
            />
          )}
          {canEdit && list.length > 0 && (
            <Button variant="default" onClick={() => setCreating(true)}>
              {t('period.add')}
            </Button>
          )}
        </>
      }
    />
  );

  let body;
  if (periods.isPending) body = <Loading />;
  else if (periods.isError)
    body = <ProblemAlert error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (!period)
    body = (
      <Empty
        action={canEdit ? <Button onClick={() => setCreating(true)}>{t('period.add')}</Button> : undefined}
      >
        {canEdit ? t('empty.periodStaff') : t('empty.period')}
      </Empty>
    );
  else
    body = (
      <QueryState query={tree}>
        {(data) => <RenstraBody tree={data} agencyId={agencyId} year={year} canEdit={canEdit} />}
      </QueryState>
    );

  return (
    <>
      {header}
      {body}
      {creating && (
        <PeriodForm agencyId={agencyId} onClose={() => setCreating(false)} onCreated={setChosen} />
      )}
    </>
  );
}
