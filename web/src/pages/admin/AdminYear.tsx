/**
 * The year the calendar tabs (deadlines, locks, late) are about: `?tahun=` in
 * the address, so a link keeps it; by default the newest year with data.
 */
import { Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useAgencies } from '../../api/agencies.ts';
import { useAdminTexts } from './admin-texts.ts';

export function useAdminYear(): { year: number; years: number[]; setYear: (year: number) => void } {
  const [search, setSearch] = useSearchParams();
  const agencies = useAgencies().data?.agencies ?? [];
  const thisYear = new Date().getFullYear();
  const dataYears = agencies.flatMap((a) => (a.latestDataYear === null ? [] : [a.latestDataYear]));
  const fallback = dataYears.length > 0 ? Math.max(...dataYears) : thisYear;
  const asked = Number(search.get('tahun'));
  const year = Number.isInteger(asked) && asked > 1999 && asked < 2101 ? asked : fallback;
  const firsts = agencies.flatMap((a) => (a.firstYear === null ? [] : [a.firstYear]));
  const lasts = agencies.flatMap((a) => (a.lastYear === null ? [] : [a.lastYear]));
  const first = Math.min(year, thisYear - 1, ...firsts);
  const last = Math.max(year, thisYear + 1, ...lasts);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
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

export function YearSelect() {
  const { t } = useAdminTexts();
  const { year, years, setYear } = useAdminYear();
  return (
    <Select
      label={t('year')}
      data={years.map(String)}
      value={String(year)}
      onChange={(value) => value && setYear(Number(value))}
      allowDeselect={false}
      w={110}
    />
  );
}
