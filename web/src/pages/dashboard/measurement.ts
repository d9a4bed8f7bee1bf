/**
 * The reads of the dashboard and analysis pages: an agency-year's
 * measurement (computed by the server's domain engine), the region's recap,
 * what is late, the deadlines and the agency's recent changes.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { RecentChanges } from '../../../../src/services/audit/list-recent-changes.ts';
import type { LateAgency } from '../../../../src/services/calendar/list-late.ts';
import type { DeadlineResult } from '../../../../src/services/calendar/deadline-texts.ts';
import type { AgencyYearMeasurement } from '../../../../src/services/measure/measure-agency-year.ts';
import type { RegionYearRecap } from '../../../../src/services/measure/recap-region-year.ts';

/** A server result as it arrives over JSON: instants become ISO text. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type Measurement = AgencyYearMeasurement;
export type MeasuredSasaran = Measurement['sasaran'][number];
export type MeasuredIndicator = MeasuredSasaran['indicators'][number];
export type ScaleLevels = Measurement['settings']['scale']['levels'];
export type Recap = RegionYearRecap;
export type Late = Wire<LateAgency>[];
export type Deadline = Wire<DeadlineResult>;
export type Changes = Wire<RecentChanges>;

const measurementQuery = (agencyId: string, year: number) => ({
  queryKey: ['measurement', agencyId, year],
  queryFn: () => api.get<Measurement>(`/agencies/${agencyId}/measurement`, { year }),
  enabled: agencyId !== '',
});

export function useMeasurement(agencyId: string, year: number) {
  return useQuery(measurementQuery(agencyId, year));
}

/** The measurement of each year (for a trend); results in the order of `years`. */
export function useMeasurements(agencyId: string, years: readonly number[]) {
  return useQueries({ queries: years.map((year) => measurementQuery(agencyId, year)) });
}

export function useRecap(regionId: string, year: number) {
  return useQuery({
    queryKey: ['recap', regionId, year],
    queryFn: () => api.get<Recap>(`/regions/${regionId}/recap`, { year }),
    enabled: regionId !== '',
  });
}

/** What is late in the region (an agency's own users get their agency only). */
export function useLate(regionId: string, year: number) {
  return useQuery({
    queryKey: ['late', regionId, year],
    queryFn: () => api.get<Late>(`/regions/${regionId}/late`, { year }),
    enabled: regionId !== '',
  });
}

export function useDeadlines(regionId: string, year: number) {
  return useQuery({
    queryKey: ['deadlines', regionId, year],
    queryFn: () => api.get<Deadline[]>(`/regions/${regionId}/deadlines`, { year }),
    enabled: regionId !== '',
  });
}

export function useRecentChanges(agencyId: string, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: ['recent-changes', agencyId, limit],
    queryFn: () => api.get<Changes>(`/agencies/${agencyId}/recent-changes`, { limit }),
    enabled: enabled && agencyId !== '',
    placeholderData: (previous) => previous,
  });
}
