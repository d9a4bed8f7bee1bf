/**
 * The region recap (`/wilayah?tahun=`), for the region's admin, evaluator and
 * viewer: every agency side by side for the year, sortable, each opening its
 * dashboard. The year picker is on the page (the header's picker belongs to
 * an agency).
 */
import { Box, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { defaultYear, useAgencies } from '../../api/agencies.ts';
import { useMe } from '../../api/session.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Empty, Loading, QueryState } from '../../components/PageState.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useTexts } from '../../i18n/i18n.ts';
import { useLate, useRecap } from './measurement.ts';
import { RegionCards } from './RegionCards.tsx';
import { nextSort, type Row, type Sort } from './region-sort.ts';
import { RegionTable } from './RegionTable.tsx';
import { texts } from './texts.ts';

function useRegionYear(): { year: number; years: number[]; setYear: (year: number) => void } {
  const agencies = useAgencies();
  const [search, setSearch] = useSearchParams();
  const list = agencies.data?.agencies ?? [];
  const fromAddress = Number(search.get('tahun'));
  const latest = list.length > 0 ? Math.max(...list.map((a) => defaultYear(a))) : defaultYear(undefined);
  const year = Number.isInteger(fromAddress) && fromAddress > 1900 ? fromAddress : latest;
  const firsts = list.map((a) => a.firstYear ?? defaultYear(a));
  const lasts = list.map((a) => a.lastYear ?? defaultYear(a));
  const years: number[] = [];
  for (let y = Math.min(year, ...firsts); y <= Math.max(year, ...lasts); y++) years.push(y);
  const setYear = (next: number) =>
    setSearch(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('tahun', String(next));
        return params;
      },
      { replace: true },
    );
  return { year, years, setYear };
}

function Recap({ regionId, year }: { regionId: string; year: number }) {
  const { t } = useTexts('dashboard', texts);
  const recap = useRecap(regionId, year);
  const late = useLate(regionId, year);
  const [sort, setSort] = useState<Sort>({ column: 'capaian', descending: true });
  return (
    <QueryState query={recap}>
      {(data) => {
        if (data.agencies.length === 0) return <Empty>{t('region.none')}</Empty>;
        const rows: Row[] = data.agencies.map((a) => ({
          ...a,
          lateCount: late.data ? (late.data.find((l) => l.agencyId === a.agency.id)?.late.length ?? 0) : null,
        }));
        return (
          <>
            {late.isError && <ProblemAlert error={late.error} onRetry={() => void late.refetch()} />}
            <Box visibleFrom="sm">
              <RegionTable
                rows={rows}
                year={year}
                sort={sort}
                onSort={(c) => setSort((s) => nextSort(s, c))}
              />
            </Box>
            <Box hiddenFrom="sm">
              <RegionCards rows={rows} year={year} sort={sort} onSort={setSort} />
            </Box>
            <Text size="xs" c="dimmed" mt="xs">
              {t('region.onlySubmitted')}
            </Text>
          </>
        );
      }}
    </QueryState>
  );
}

export default function RegionDashboardPage() {
  const { t } = useTexts('dashboard', texts);
  const me = useMe();
  const agencies = useAgencies();
  const { year, years, setYear } = useRegionYear();
  const regionName = agencies.data?.region.name ?? '';
  if (agencies.isError)
    return <ProblemAlert error={agencies.error} onRetry={() => void agencies.refetch()} />;
  if (!me.data || agencies.isPending) return <Loading />;
  return (
    <>
      <PageHeader
        title={t('region.title', { region: regionName })}
        description={t('region.description')}
        actions={
          <Select
            label={t('region.year')}
            data={years.map(String)}
            value={String(year)}
            onChange={(value) => value && setYear(Number(value))}
            allowDeselect={false}
            w={110}
          />
        }
      />
      <Recap regionId={me.data.regionId} year={year} />
    </>
  );
}
