/**
 * The administration page's reads and writes. Each write reloads what it
 * changed; errors stay with the form that sent them (ApiError from the client).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AgencyResult } from '../../../../src/services/administer/create-agency.ts';
import type { OrgUnitResult } from '../../../../src/services/administer/create-org-unit.ts';
import type { CreatedUser } from '../../../../src/services/administer/create-user.ts';
import type { ListedOrgUnit } from '../../../../src/services/administer/list-org-units.ts';
import type { ListedUser } from '../../../../src/services/administer/list-users.ts';
import type { MeasurementSettingResult } from '../../../../src/services/administer/set-measurement-setting.ts';
import type { UserView } from '../../../../src/services/administer/user-scope.ts';
import type { DeadlineResult } from '../../../../src/services/calendar/deadline-texts.ts';
import type { LateAgency } from '../../../../src/services/calendar/list-late.ts';
import type { LockResult } from '../../../../src/services/calendar/list-period-locks.ts';

/** A server result as it arrives in JSON: instants are ISO text. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type User = Wire<ListedUser>;
export type OrgUnit = Wire<ListedOrgUnit>;
export type MeasurementSetting = Wire<MeasurementSettingResult>;
export type Deadline = Wire<DeadlineResult>;
export type PeriodLock = Wire<LockResult>;
export type LateEntry = Wire<LateAgency>;

// ---- users (admin) ----

export function useUsers(regionId: string, filter: { agencyId?: string; includeInactive: boolean }) {
  return useQuery({
    queryKey: ['admin', 'users', regionId, filter],
    queryFn: () =>
      api.get<{ users: User[] }>('/users', {
        regionId,
        agencyId: filter.agencyId,
        includeInactive: filter.includeInactive,
      }),
    enabled: regionId !== '',
  });
}

export type NewUser = {
  regionId: string;
  username: string;
  displayName: string;
  password: string;
  email: string | null;
  nip: string | null;
  locale: 'id' | 'en';
  role: string;
  agencyId: string | null;
};

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => api.post<Wire<CreatedUser>>('/users', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useSetUserActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; isActive: boolean; version: number }) =>
      api.patch<Wire<UserView>>(`/users/${input.userId}/active`, {
        isActive: input.isActive,
        version: input.version,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useResetPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; password: string; version: number }) =>
      api.put<Wire<UserView>>(`/users/${input.userId}/password`, {
        password: input.password,
        version: input.version,
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

// ---- agencies and units ----

export function useCreateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      regionId: string;
      code: string;
      name: string;
      shortName: string | null;
      address: string | null;
    }) => {
      const { regionId, ...body } = input;
      return api.post<Wire<AgencyResult>>(`/regions/${regionId}/agencies`, body);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['agencies'] }),
  });
}

/** The same query key as the Renstra page's, so a new unit shows there too. */
export function useOrgUnits(agencyId: string | null) {
  return useQuery({
    queryKey: ['units', agencyId],
    queryFn: () => api.get<{ units: OrgUnit[] }>(`/agencies/${agencyId ?? ''}/units`),
    enabled: agencyId !== null && agencyId !== '',
  });
}

export function useCreateOrgUnit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      agencyId: string;
      parentId: string | null;
      name: string;
      echelon: string;
      sortOrder?: number;
    }) => {
      const { agencyId, ...body } = input;
      return api.post<Wire<OrgUnitResult>>(`/agencies/${agencyId}/units`, body);
    },
    onSuccess: (_unit, input) => client.invalidateQueries({ queryKey: ['units', input.agencyId] }),
  });
}

// ---- measurement settings ----

export function useMeasurementSettings(regionId: string) {
  return useQuery({
    queryKey: ['admin', 'measurement', regionId],
    queryFn: () => api.get<{ settings: MeasurementSetting[] }>('/settings/measurement', { regionId }),
    enabled: regionId !== '',
  });
}

export type MeasurementInput = {
  regionId?: string;
  agencyId?: string;
  fromYear: number;
  scalePreset: string;
  sasaranAggregation: string;
  negativeFormula: string;
  capaianCap: string | null;
  version?: number;
};

export function useSetMeasurementSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasurementInput) => api.put<MeasurementSetting>('/settings/measurement', input),
    // every measured number may change: reload everything that shows one
    onSuccess: () => client.invalidateQueries(),
  });
}

// ---- reporting calendar ----

export function useDeadlines(regionId: string, year: number) {
  return useQuery({
    queryKey: ['admin', 'deadlines', regionId, year],
    queryFn: () => api.get<Deadline[]>(`/regions/${regionId}/deadlines`, { year }),
    enabled: regionId !== '',
  });
}

export type DeadlineInput = {
  regionId: string;
  year: number;
  kind: string;
  periodNo: number | null;
  dueDate: string;
  reminderWorkingDays: number;
  graceDays: number;
  version?: number;
};

export function useSetDeadline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DeadlineInput) => {
      const { regionId, ...body } = input;
      return api.put<Deadline>(`/regions/${regionId}/deadlines`, body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'deadlines'] });
      void client.invalidateQueries({ queryKey: ['admin', 'late'] });
    },
  });
}

export function usePeriodLocks(regionId: string, year: number) {
  return useQuery({
    queryKey: ['admin', 'locks', regionId, year],
    queryFn: () => api.get<PeriodLock[]>(`/regions/${regionId}/period-locks`, { year }),
    enabled: regionId !== '',
  });
}

export function useReopenPeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { lockId: string; version: number; reason: string; agencyId?: string }) => {
      const { lockId, ...body } = input;
      return api.post<PeriodLock>(`/period-locks/${lockId}/reopen`, body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'locks'] });
      void client.invalidateQueries({ queryKey: ['admin', 'late'] });
    },
  });
}

export function useLate(regionId: string, year: number) {
  return useQuery({
    queryKey: ['admin', 'late', regionId, year],
    queryFn: () => api.get<LateEntry[]>(`/regions/${regionId}/late`, { year }),
    enabled: regionId !== '',
  });
}
