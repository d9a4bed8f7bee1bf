/**
 * Data Sosial: the Dinas Sosial's PPKS (26 categories), PSKS and assistance
 * delivered per programme, for one year and one area (the whole region or a
 * kecamatan), each as an entry table beside its bar chart. The agency's
 * operator and kepala type and paste; everyone else reads.
 */
import { NativeSelect, Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useAgencyYear } from '../../api/agencies.ts';
import { ROLE_CAN, useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/PageState.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { LeaveGuard } from '../../components/LeaveGuard.tsx';
import { AssistanceTab } from './AssistanceTab.tsx';
import { CountTab } from './CountTab.tsx';
import { SummaryTab } from './SummaryTab.tsx';
import type { StoredCount } from './count-rows.ts';
import {
  PPKS_CATEGORIES,
  PSKS_TYPES,
  useSocialData,
  type AssistanceProgram,
  type SocialData,
} from './social-api.ts';
import { texts } from './texts.ts';
import { useTableDrafts } from './use-table-drafts.ts';

type Tab = 'ppks' | 'psks' | 'assistance' | 'summary';

function storedCounts<R extends { kecamatanId: string | null } & StoredCount>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  kecamatanId: string | null,
): Map<string, StoredCount> {
  return new Map(rows.filter((r) => r.kecamatanId === kecamatanId).map((r) => [keyOf(r), r]));
}

function SocialContent({
  data,
  agencyId,
  editable,
}: {
  data: SocialData;
  agencyId: string;
  editable: boolean;
}) {
  const { t } = useTexts('social', texts);
  const [tab, setTab] = useState<Tab>('ppks');
  const [area, setArea] = useState('');
  const [added, setAdded] = useState<{ key: string; program: AssistanceProgram }[]>([]);
  const tables = { ppks: useTableDrafts(), psks: useTableDrafts(), assistance: useTableDrafts() };
  const kecamatanId = area === '' ? null : area;
  const areaName =
    kecamatanId === null
      ? t('area.whole')
      : t('area.kecamatan', { name: data.kecamatan.find((k) => k.id === kecamatanId)?.name ?? '' });
  const unsaved =
    tables.ppks.drafts.size + tables.psks.drafts.size + tables.assistance.drafts.size + added.length;
  const ppks = useMemo(
    () => storedCounts(data.ppks, (r) => r.category, kecamatanId),
    [data.ppks, kecamatanId],
  );
  const psks = useMemo(() => storedCounts(data.psks, (r) => r.type, kecamatanId), [data.psks, kecamatanId]);
  const assistance = useMemo(
    () => data.assistance.filter((r) => r.kecamatanId === kecamatanId),
    [data.assistance, kecamatanId],
  );
  const common = { kecamatanId, areaName, agencyId, year: data.year, editable };
  return (
    <>
      <LeaveGuard unsaved={unsaved} />
      <NativeSelect
        label={t('area.label')}
        value={area}
        onChange={(event) => setArea(event.currentTarget.value)}
        disabled={unsaved > 0}
        description={unsaved > 0 ? t('area.locked') : undefined}
        data={[
          { value: '', label: t('area.whole') },
          ...data.kecamatan.map((k) => ({ value: k.id, label: t('area.kecamatan', { name: k.name }) })),
        ]}
        maw={360}
        mb="md"
      />
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List mb="sm">
          {(['ppks', 'psks', 'assistance'] as const).map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`tabs.${value}`)}
              {tables[value].drafts.size > 0 ? ' •' : ''}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="summary">{t('tabs.summary')}</Tabs.Tab>
        </Tabs.List>
        {(['ppks', 'psks', 'assistance'] as const).map((value) => (
          <Tabs.Panel key={value} value={value}>
            <Text size="sm" c="dimmed" mb="sm">
              {t(`tabHint.${value}`)}
            </Text>
            {!editable && (
              <Text size="sm" c="dimmed" mb="xs">
                {t('entry.readOnly')}
              </Text>
            )}
            {value === 'ppks' && (
              <CountTab dataset="ppks" keys={PPKS_CATEGORIES} stored={ppks} table={tables.ppks} {...common} />
            )}
            {value === 'psks' && (
              <CountTab dataset="psks" keys={PSKS_TYPES} stored={psks} table={tables.psks} {...common} />
            )}
            {value === 'assistance' && (
              <AssistanceTab
                stored={assistance}
                table={tables.assistance}
                added={added}
                setAdded={setAdded}
                {...common}
              />
            )}
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="summary">
          <Text size="sm" c="dimmed" mb="sm">
            {t('tabHint.summary')}
          </Text>
          <SummaryTab data={data} agencyId={agencyId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

export default function SocialDataPage() {
  const { t } = useTexts('social', texts);
  const { agencyId, year } = useAgencyYear();
  const me = useMe();
  const data = useSocialData(agencyId, year);
  const role = me.data?.role;
  const editable = role !== undefined && ROLE_CAN.record(role) && me.data?.agencyId === agencyId;
  return (
    <>
      <PageHeader title={t('title', { year })} description={t('description')} />
      <QueryState query={data}>
        {(loaded) => (
          <SocialContent key={`${agencyId}:${year}`} data={loaded} agencyId={agencyId} editable={editable} />
        )}
      </QueryState>
    </>
  );
}
