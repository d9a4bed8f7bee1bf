/**
 * Administration (`/admin/*`): one tab per part, each its own address under
 * /admin. The admin sees and changes everything; evaluators, kepala and
 * operators read what applies to them (units, scales, calendar, locks, what
 * is late, the audit trail of what they may see). The server decides; the
 * page only hides what a role cannot do.
 */
import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ROLE_CAN, useMe, type Me, type Role } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Loading } from '../../components/PageState.tsx';
import { useAdminTexts } from './admin-texts.ts';
import { AgenciesTab } from './AgenciesTab.tsx';
import { AuditTab } from './AuditTab.tsx';
import { DeadlinesTab } from './DeadlinesTab.tsx';
import { LateTab } from './LateTab.tsx';
import { LocksTab } from './LocksTab.tsx';
import { ScalesTab } from './ScalesTab.tsx';
import { UsersTab } from './UsersTab.tsx';

type Tab = {
  id: 'users' | 'agencies' | 'scales' | 'deadlines' | 'locks' | 'late' | 'audit';
  path: string;
  shownTo: (role: Role) => boolean;
  page: (me: Me) => ReactNode;
};

const everyone = () => true;

const TABS: readonly Tab[] = [
  { id: 'users', path: 'pengguna', shownTo: ROLE_CAN.administer, page: (me) => <UsersTab me={me} /> },
  { id: 'agencies', path: 'perangkat-daerah', shownTo: everyone, page: (me) => <AgenciesTab me={me} /> },
  { id: 'scales', path: 'skala', shownTo: everyone, page: (me) => <ScalesTab me={me} /> },
  { id: 'deadlines', path: 'tenggat', shownTo: everyone, page: (me) => <DeadlinesTab me={me} /> },
  { id: 'locks', path: 'kunci-periode', shownTo: everyone, page: (me) => <LocksTab me={me} /> },
  { id: 'late', path: 'keterlambatan', shownTo: everyone, page: (me) => <LateTab me={me} /> },
  { id: 'audit', path: 'jejak-audit', shownTo: ROLE_CAN.readAudit, page: (me) => <AuditTab me={me} /> },
];

function AdminTabs({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = TABS.filter((tab) => tab.shownTo(me.role));
  const first = tabs[0]?.path ?? 'perangkat-daerah';
  const current = location.pathname.split('/')[2] ?? '';
  const active = tabs.find((tab) => tab.path === current);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={ROLE_CAN.administer(me.role) ? t('descriptionAdmin') : t('descriptionReader')}
      />
      <Tabs
        value={active?.path ?? null}
        onChange={(path) => path && void navigate({ pathname: `/admin/${path}`, search: location.search })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabsLabel')} mb="md">
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.id} value={tab.path}>
              {t(`tab.${tab.id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Routes>
          {tabs.map((tab) => (
            <Route
              key={tab.id}
              path={tab.path}
              element={<Tabs.Panel value={tab.path}>{tab.page(me)}</Tabs.Panel>}
            />
          ))}
          <Route path="*" element={<Navigate to={`/admin/${first}${location.search}`} replace />} />
        </Routes>
      </Tabs>
    </>
  );
}

export default function AdminPage() {
  const me = useMe().data;
  if (!me) return <Loading />;
  return <AdminTabs me={me} />;
}
