/**
 * The audit trail: who changed what, when, with each field's value before →
 * after. `AuditTrail` shows the history of one record ("riwayat perubahan"),
 * e.g. `<AuditTrail entityTable="realisation" entityId={id} />`;
 * `AuditFeed` shows any search of GET /api/audit (the administration page).
 * The server decides what the reader may see; newest first, a page at a time.
 */
import {
  Badge,
  Button,
  Divider,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAgencies } from '../api/agencies.ts';
import { api, type Query } from '../api/client.ts';
import { show } from '../format.ts';
import { useTexts } from '../i18n/i18n.ts';
import {
  actionLabel,
  fieldChanges,
  recordName,
  type AuditEvent,
  type Translate,
} from './audit-event-view.ts';
import { auditTrailTexts } from './audit-trail-texts.ts';
import { Empty, Loading } from './PageState.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

export type { AuditEvent };

type AuditPage = { events: AuditEvent[]; nextBefore: number | null };

/** The search of GET /api/audit: one record (entityTable + entityId), or filters (agencyId, actor, entityTable, from, to). */
export type AuditQuery = Query;

const PAGE_SIZE = 25;

function useAuditPages(query: AuditQuery) {
  return useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/audit', { ...query, limit: PAGE_SIZE, before: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

function useAuditTexts() {
  const { t, i18n } = useTexts('auditTrail', auditTrailTexts);
  const translate: Translate = (key, options) => t(key, { ns: 'auditTrail', ...options });
  return { t: translate, language: i18n.language };
}

const FIELDS_SHOWN = 4;

function Changes({
  event,
  agencyName,
}: {
  event: AuditEvent;
  agencyName: (id: string) => string | undefined;
}) {
  const { t } = useAuditTexts();
  const [open, setOpen] = useState(false);
  const changes = fieldChanges(event, t, agencyName);
  if (changes.length === 0) return <Text c="dimmed">{t('noDetails')}</Text>;
  const visible = open ? changes : changes.slice(0, FIELDS_SHOWN);
  return (
    <Stack gap={2} style={{ overflowWrap: 'anywhere' }}>
      {visible.map((change) => (
        <Text key={change.key} size="sm" data-field={change.key}>
          <Text span c="dimmed">
            {change.label}:{' '}
          </Text>
          {change.before !== undefined && change.after !== undefined ? (
            <>
              <Text span td="line-through" c="red.8">
                {change.before}
              </Text>
              {' → '}
              <Text span c="teal.9" fw={500}>
                {change.after}
              </Text>
            </>
          ) : (
            <Text span>{change.after ?? change.before}</Text>
          )}
        </Text>
      ))}
      {changes.length > FIELDS_SHOWN && (
        <UnstyledButton onClick={() => setOpen(!open)} aria-expanded={open}>
          <Text size="xs" c="teal.8" td="underline">
            {open ? t('less') : t('more', { count: changes.length - FIELDS_SHOWN })}
          </Text>
        </UnstyledButton>
      )}
    </Stack>
  );
}

type ShowRecord = ((event: AuditEvent, name: string) => void) | undefined;

function useAgencyName(): (id: string) => string | undefined {
  const agencies = useAgencies();
  return (id) => {
    const agency = agencies.data?.agencies.find((a) => a.id === id);
    return agency ? (agency.shortName ?? agency.name) : undefined;
  };
}

function Who({ event }: { event: AuditEvent }) {
  const { t } = useAuditTexts();
  return (
    <>
      <Text size="sm" fw={500}>
        {event.actorUserId === null && event.actorLabel === 'system' ? t('system') : event.actorLabel}
      </Text>
      {event.origin !== 'web' && event.origin !== 'system' && (
        <Badge size="xs" variant="light" color="gray" miw="max-content">
          {t(`origin.${event.origin}`, { defaultValue: event.origin })}
        </Badge>
      )}
    </>
  );
}

function What({ event, onShowRecord }: { event: AuditEvent; onShowRecord: ShowRecord }) {
  const { t, language } = useAuditTexts();
  const agencyName = useAgencyName();
  const name = recordName(event, t, language);
  const agency = event.agencyId ? agencyName(event.agencyId) : undefined;
  const what = actionLabel(event, t);
  return (
    <>
      <Text size="sm" fw={500}>
        {what}
      </Text>
      {name && <Text size="sm">{name}</Text>}
      {agency && (
        <Text size="xs" c="dimmed">
          {agency}
        </Text>
      )}
      {onShowRecord && (
        <UnstyledButton
          onClick={() => onShowRecord(event, name ?? what)}
          aria-label={t('showHistoryOf', { name: name ?? what })}
        >
          <Text size="xs" c="teal.8" td="underline">
            {t('showHistory')}
          </Text>
        </UnstyledButton>
      )}
    </>
  );
}

const TOP = { verticalAlign: 'top' } as const;

function EventRow({ event, onShowRecord }: { event: AuditEvent; onShowRecord: ShowRecord }) {
  const agencyName = useAgencyName();
  return (
    <Table.Tr data-testid="audit-event" data-action={event.action}>
      <Table.Td style={{ ...TOP, whiteSpace: 'nowrap' }}>{show.dateTime(event.occurredAt)}</Table.Td>
      <Table.Td style={TOP}>
        <Who event={event} />
      </Table.Td>
      <Table.Td style={TOP}>
        <What event={event} onShowRecord={onShowRecord} />
      </Table.Td>
      <Table.Td style={TOP}>
        <Changes event={event} agencyName={agencyName} />
      </Table.Td>
    </Table.Tr>
  );
}

/** On a phone: one card per event, read top to bottom. */
function EventCard({ event, onShowRecord }: { event: AuditEvent; onShowRecord: ShowRecord }) {
  const agencyName = useAgencyName();
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="audit-event" data-action={event.action}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={0}>
          <What event={event} onShowRecord={onShowRecord} />
        </Stack>
        <Stack gap={0} align="flex-end">
          <Who event={event} />
          <Text size="xs" c="dimmed" ta="right">
            {show.dateTime(event.occurredAt)}
          </Text>
        </Stack>
      </Group>
      <Divider my={6} />
      <Changes event={event} agencyName={agencyName} />
    </Paper>
  );
}

/** Any search of the audit trail, with "load more" paging. */
export function AuditFeed({
  query,
  onShowRecord,
}: {
  query: AuditQuery;
  /** Offers each event's record history; called with the event and the record's readable name. */
  onShowRecord?: (event: AuditEvent, name: string) => void;
}) {
  const { t } = useAuditTexts();
  const pages = useAuditPages(query);
  const wide = useMediaQuery('(min-width: 48em)', true);
  if (pages.isPending) return <Loading />;
  if (pages.isError && !pages.data)
    return <ProblemAlert error={pages.error} onRetry={() => void pages.refetch()} />;
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];
  if (events.length === 0) return <Empty>{t('empty')}</Empty>;
  return (
    <Stack gap="sm">
      {!wide ? (
        <Stack gap="xs">
          {events.map((event) => (
            <EventCard key={event.id} event={event} onShowRecord={onShowRecord} />
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover verticalSpacing="xs" layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('when')}</Table.Th>
                <Table.Th w={150}>{t('who')}</Table.Th>
                <Table.Th w={260}>{t('what')}</Table.Th>
                <Table.Th>{t('details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <EventRow key={event.id} event={event} onShowRecord={onShowRecord} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages.isFetchNextPageError && <ProblemAlert error={pages.error} />}
      {pages.hasNextPage && (
        <Group justify="center">
          <Button
            variant="light"
            loading={pages.isFetchingNextPage}
            onClick={() => void pages.fetchNextPage()}
          >
            {t('loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The change history of one record ("riwayat perubahan"). */
export function AuditTrail({
  entityTable,
  entityId,
  title,
}: {
  entityTable: string;
  entityId: string;
  /** A heading above the list; the default says "Riwayat perubahan". Pass null for none. */
  title?: string | null;
}) {
  const { t } = useAuditTexts();
  return (
    <Stack gap="xs">
      {title !== null && (
        <Title order={3} size="h4">
          {title ?? t('title')}
        </Title>
      )}
      <AuditFeed query={{ entityTable, entityId }} />
    </Stack>
  );
}
