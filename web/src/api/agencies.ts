/** The agencies the user may open, and the agency/year the current page is about. */
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { api } from './client.ts';

export type ListedAgency = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  firstYear: number | null;
  lastYear: number | null;
  latestDataYear: number | null;
};

export type AgencyList = {
  region: { id: string; code: string; name: string; timeZone: string };
  agencies: ListedAgency[];
};

export function useAgencies() {
  return useQuery({
    queryKey: ['agencies'],
    queryFn: () => api.get<AgencyList>('/agencies'),
    staleTime: 5 * 60_000,
  });
}

/** The year a user starts on: the newest year with data, else this year. */
export function defaultYear(agency: ListedAgency | undefined): number {
  return agency?.latestDataYear ?? new Date().getFullYear();
}

/** The agency in the address (`/instansi/:agencyId/...`) and the year in `?tahun=`. */
export function useAgencyYear(): {
  agencyId: string;
  agency: ListedAgency | undefined;
  year: number;
  setYear: (year: number) => void;
} {
  const { agencyId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const agencies = useAgencies();
  const agency = agencies.data?.agencies.find((a) => a.id === agencyId);
  const fromAddress = Number(search.get('tahun'));
  const year = Number.isInteger(fromAddress) && fromAddress > 1900 ? fromAddress : defaultYear(agency);
  const setYear = (next: number) =>
    setSearch(
      (previous) => {
        const params = new URLSearchParams(previous);
        params.set('tahun', String(next));
        return params;
      },
      { replace: true },
    );
  return { agencyId, agency, year, setYear };
}

/** The years a picker offers: the agency's Renstra years, widened to include the chosen one. */
export function yearsOf(agency: ListedAgency | undefined, year: number): number[] {
  const first = Math.min(agency?.firstYear ?? year, year);
  const last = Math.max(agency?.lastYear ?? year, year);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
