/**
 * The frame of every signed-in page: header (agency, year, language, user),
 * the menu (a drawer on a phone), and the page. Works at 1366×768 and on a phone.
 */
import {
  ActionIcon,
  AppShell,
  Box,
  Burger,
  Group,
  Indicator,
  Menu,
  NavLink,
  Popover,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { defaultYear, useAgencies, useAgencyYear, yearsOf } from '../api/agencies.ts';
import { api } from '../api/client.ts';
import { useLogout, type Me } from '../api/session.ts';
import { Loading } from '../components/PageState.tsx';
import { setLanguage, type Language } from '../i18n/i18n.ts';
import { show } from '../format.ts';
import { AGENCY_PAGES, agencyPath, REGION_PAGES } from './nav.ts';

type Notification = {
  id: string;
  kind: string;
  text: { id: string; en: string };
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

function Notifications() {
  const { t, i18n } = useTranslation('common');
  const notes = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.get<Notification[]>('/notifications', { unreadOnly: true, limit: 10 }),
    refetchInterval: 60_000,
  });
  const list = notes.data ?? [];
  return (
    <Popover width={340} position="bottom-end" shadow="md">
      <Popover.Target>
        <Indicator disabled={list.length === 0} label={list.length} size={16} color="red">
          <ActionIcon variant="subtle" size="lg" aria-label={t('header.notifications')}>
            <svg
              width="20"
              height="20"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden
            >
              <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text fw={600}>{t('header.notifications')}</Text>
          {list.length === 0 && (
            <Text c="dimmed" size="sm">
              {t('header.noNotifications')}
            </Text>
          )}
          {list.map((n) => (
            <Stack key={n.id} gap={0}>
              <Text size="sm">{i18n.language === 'en' ? n.text.en : n.text.id}</Text>
              <Text size="xs" c="dimmed">
                {show.dateTime(n.createdAt)}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function AgencyAndYear({ inDrawer = false }: { inDrawer?: boolean }) {
  const { t } = useTranslation('common');
  const agencies = useAgencies();
  const { agencyId, agency, year, setYear } = useAgencyYear();
  const navigate = useNavigate();
  const location = useLocation();
  const list = agencies.data?.agencies ?? [];
  if (!agencyId) return null;
  const page = location.pathname.split('/')[3] ?? '';
  return (
    <Group
      gap="xs"
      wrap={inDrawer ? 'wrap' : 'nowrap'}
      {...(inDrawer ? { hiddenFrom: 'sm', p: 'xs' } : { visibleFrom: 'sm' })}
    >
      {list.length > 1 && (
        <Select
          aria-label={t('header.agency')}
          data={list.map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
          value={agencyId}
          onChange={(id) => {
            const next = list.find((a) => a.id === id);
            if (next) void navigate(agencyPath(next.id, page, defaultYear(next)));
          }}
          searchable
          w={inDrawer ? '100%' : 260}
          allowDeselect={false}
        />
      )}
      {list.length <= 1 && agency && (
        <Text fw={500} size="sm" truncate maw={320}>
          {agency.shortName ?? agency.name}
        </Text>
      )}
      <Select
        aria-label={t('header.year')}
        data={yearsOf(agency, year).map(String)}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
        w={96}
        allowDeselect={false}
      />
    </Group>
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('common');
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        size="xs"
        aria-label={t('header.language')}
        value={i18n.language === 'en' ? 'en' : 'id'}
        onChange={(value) => setLanguage(value as Language)}
        data={[
          { value: 'id', label: 'ID' },
          { value: 'en', label: 'EN' },
        ]}
      />
      <Notifications />
      <Menu position="bottom-end">
        <Menu.Target>
          <UnstyledButton aria-label={me.displayName} data-testid="user-menu">
            <Stack gap={0} visibleFrom="md">
              <Text size="sm" fw={500} lh={1.2}>
                {me.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t(`header.role.${me.role}`)}
              </Text>
            </Stack>
            <Box hiddenFrom="md" component="span" display="inline-flex">
              <svg
                width="22"
                height="22"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                aria-hidden
              >
                <circle cx="12" cy="8" r="4" />
                <path d="M4 21a8 8 0 0 1 16 0" />
              </svg>
            </Box>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {me.displayName} · {t(`header.role.${me.role}`)}
          </Menu.Label>
          <Menu.Item
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => void navigate('/masuk', { replace: true }) })
            }
          >
            {t('header.logout')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

function Navigation({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation('common');
  const location = useLocation();
  const { agencyId: inAddress } = useParams();
  const { year } = useAgencyYear();
  const agencyId = inAddress ?? me.agencyId;
  const links: { to: string; label: string; active: boolean }[] = [];
  if (REGION_PAGES.recap.roles.includes(me.role) && me.agencyId === null) {
    links.push({
      to: REGION_PAGES.recap.path,
      label: t('nav.region'),
      active: location.pathname === '/wilayah',
    });
  }
  if (agencyId) {
    for (const page of AGENCY_PAGES) {
      const to = agencyPath(agencyId, page.path);
      links.push({
        to: inAddress ? `${to}?tahun=${year}` : to,
        label: t(`nav.${page.label}`),
        active: location.pathname === to,
      });
    }
  }
  if (REGION_PAGES.admin.roles.includes(me.role)) {
    links.push({
      to: REGION_PAGES.admin.path,
      label: t('nav.admin'),
      active: location.pathname.startsWith('/admin'),
    });
  }
  return (
    <nav aria-label={t('nav.menu')}>
      {links.map((link) => (
        <NavLink
          key={link.to}
          component={Link}
          to={link.to}
          label={link.label}
          active={link.active}
          onClick={onNavigate}
          aria-current={link.active ? 'page' : undefined}
        />
      ))}
    </nav>
  );
}

export function Layout({ me }: { me: Me }) {
  const { t } = useTranslation('common');
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text component={Link} to="/" fw={700} c="teal.8" size="lg">
              {t('appName')}
            </Text>
            <AgencyAndYear />
          </Group>
          <UserMenu me={me} />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section>
          <AgencyAndYear inDrawer />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <Navigation me={me} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
