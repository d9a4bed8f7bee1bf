/**
 * The audit trail: every change the reader may see (the server keeps an
 * agency's users to their agency), filtered by agency, who acted, the kind
 * of record and dates; any event opens the full history of its record.
 */
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useAgencies } from '../../api/agencies.ts';
import { ROLE_CAN, type Me } from '../../api/session.ts';
import { auditTrailTexts } from '../../components/audit-trail-texts.ts';
import { AuditFeed, type AuditQuery } from '../../components/AuditTrail.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useAdminTexts } from './admin-texts.ts';
import { useUsers } from './admin-api.ts';

/** The region's clock, for turning a chosen day into the instants it spans. */
const OFFSETS: Record<string, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

type RecordFilter = { entityTable: string; entityId: string; name: string };

function ActorField({ me, value, onChange }: { me: Me; value: string; onChange: (text: string) => void }) {
  const { t } = useAdminTexts();
  const isAdmin = ROLE_CAN.administer(me.role);
  const users = useUsers(isAdmin ? me.regionId : '', { includeInactive: true });
  const common = {
    label: t('audit.actor'),
    placeholder: t('audit.actorHint'),
    value,
    w: 240,
  };
  if (!isAdmin) return <TextInput {...common} onChange={(e) => onChange(e.currentTarget.value)} />;
  return (
    <Autocomplete
      {...common}
      onChange={onChange}
      data={(users.data?.users ?? []).map((u) => u.username)}
      limit={8}
    />
  );
}

export function AuditTab({ me }: { me: Me }) {
  const { t } = useAdminTexts();
  const trail = useTexts('auditTrail', auditTrailTexts);
  const agencies = useAgencies().data;
  const regionWide = me.agencyId === null;
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [actor, setActor] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [signIns, setSignIns] = useState(false);
  const [record, setRecord] = useState<RecordFilter | null>(null);
  const [actorSettled] = useDebouncedValue(actor.trim(), 400);
  const offset = OFFSETS[agencies?.region.timeZone ?? 'Asia/Jakarta'] ?? '+07:00';

  const query: AuditQuery = record
    ? { entityTable: record.entityTable, entityId: record.entityId }
    : {
        agencyId: regionWide ? agencyId : null,
        actor: actorSettled === '' ? null : actorSettled,
        entityTable: kind,
        from: from ? `${from}T00:00:00${offset}` : null,
        to: to ? `${to}T23:59:59.999${offset}` : null,
        signIns: signIns ? null : false,
      };
  const kinds = Object.keys(auditTrailTexts.id.entities).map((table) => ({
    value: table,
    label: trail.t(`entities.${table}`, { ns: 'auditTrail' }),
  }));
  const clear = () => {
    setAgencyId(null);
    setActor('');
    setKind(null);
    setFrom('');
    setTo('');
    setSignIns(false);
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {regionWide ? t('audit.hintRegion') : t('audit.hintAgency')}
      </Text>
      {record ? (
        <Alert color="blue" variant="light" title={t('audit.record', { name: record.name })}>
          <Button size="compact-sm" variant="light" onClick={() => setRecord(null)}>
            {t('audit.clearRecord')}
          </Button>
        </Alert>
      ) : (
        <Paper withBorder p="sm" radius="md" component="section" aria-label={t('audit.filters')}>
          <Group align="flex-end" wrap="wrap" gap="sm">
            {regionWide && (
              <Select
                label={t('audit.agency')}
                placeholder={t('audit.allAgencies')}
                data={(agencies?.agencies ?? []).map((a) => ({ value: a.id, label: a.shortName ?? a.name }))}
                value={agencyId}
                onChange={setAgencyId}
                clearable
                w={220}
              />
            )}
            <ActorField me={me} value={actor} onChange={setActor} />
            <Select
              label={t('audit.kind')}
              placeholder={t('audit.allKinds')}
              data={kinds}
              value={kind}
              onChange={setKind}
              clearable
              searchable
              w={220}
            />
            <TextInput
              type="date"
              label={t('audit.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              w={160}
            />
            <TextInput
              type="date"
              label={t('audit.to')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              w={160}
            />
          </Group>
          <Group justify="space-between" mt="sm" wrap="wrap">
            <Switch
              label={t('audit.signIns')}
              checked={signIns}
              onChange={(e) => setSignIns(e.currentTarget.checked)}
            />
            <Button variant="subtle" size="compact-sm" onClick={clear}>
              {t('audit.reset')}
            </Button>
          </Group>
        </Paper>
      )}
      <AuditFeed
        query={query}
        {...(record
          ? {}
          : {
              onShowRecord: (event, name) =>
                setRecord({ entityTable: event.entityTable, entityId: event.entityId, name }),
            })}
      />
    </Stack>
  );
}
