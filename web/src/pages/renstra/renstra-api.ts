/** The Renstra page's reads (periods, tree, units) and its writes, which reload the tree when they succeed. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { SetIndicatorTargetsResult } from '../../../../src/services/plan/set-indicator-targets.ts';
import type { ListedRenstraPeriod } from '../../../../src/services/plan/list-renstra-periods.ts';
import type {
  RenstraTree,
  TreeIndicator,
  TreeKegiatan,
  TreeMisi,
  TreeProgram,
  TreeSasaran,
  TreeSubKegiatan,
  TreeTujuan,
} from '../../../../src/services/plan/get-renstra-tree.ts';

export type {
  ListedRenstraPeriod,
  RenstraTree,
  TreeIndicator,
  TreeKegiatan,
  TreeMisi,
  TreeProgram,
  TreeSasaran,
  TreeSubKegiatan,
  TreeTujuan,
};

/** An organisation unit as GET /agencies/:agencyId/units lists it (parents first, with depth). */
export type OrgUnit = { id: string; name: string; echelon: string; depth: number };

const renstraKey = (agencyId: string) => ['renstra', agencyId] as const;

export function useRenstraPeriods(agencyId: string) {
  return useQuery({
    queryKey: [...renstraKey(agencyId), 'periods'],
    queryFn: () => api.get<{ periods: ListedRenstraPeriod[] }>(`/agencies/${agencyId}/renstra-periods`),
    enabled: agencyId !== '',
  });
}

export function useRenstraTree(agencyId: string, renstraPeriodId: string | undefined) {
  return useQuery({
    queryKey: [...renstraKey(agencyId), 'tree', renstraPeriodId],
    queryFn: () => api.get<RenstraTree>(`/agencies/${agencyId}/renstra`, { renstraPeriodId }),
    enabled: agencyId !== '' && renstraPeriodId !== undefined,
  });
}

export function useOrgUnits(agencyId: string) {
  return useQuery({
    queryKey: ['units', agencyId],
    queryFn: () => api.get<{ units: OrgUnit[] }>(`/agencies/${agencyId}/units`),
    enabled: agencyId !== '',
    staleTime: 5 * 60_000,
  });
}

/** Reloads the periods and the tree (after a save, or to see someone else's change after a conflict). */
export function useReloadRenstra(agencyId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: renstraKey(agencyId) });
}

/**
 * The write of one dialog: on success the Renstra is read again before `onDone`
 * (the dialog closes on the saved state); after a conflict, `reloadLatest`
 * reads it again and clears the error, leaving the dialog's fields as typed.
 */
export function useDialogWrite<TBody, TResult = unknown>(
  agencyId: string,
  send: (body: TBody) => Promise<TResult>,
  onDone: (result: TResult) => void,
) {
  const reload = useReloadRenstra(agencyId);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      await reload();
      onDone(result);
    },
  });
  const reloadLatest = () => reload().then(() => mutation.reset());
  return { mutation, reloadLatest };
}

export const planApi = {
  createPeriod: (agencyId: string) => (body: object) =>
    api.post<{ id: string }>(`/agencies/${agencyId}/renstra-periods`, body),
  addMisi: (periodId: string) => (body: object) => api.post(`/renstra-periods/${periodId}/misi`, body),
  addTujuan: (periodId: string) => (body: object) => api.post(`/renstra-periods/${periodId}/tujuan`, body),
  addSasaran: (periodId: string) => (body: object) => api.post(`/renstra-periods/${periodId}/sasaran`, body),
  updateSasaran: (sasaranId: string) => (body: object) => api.patch(`/sasaran/${sasaranId}`, body),
  addIndicator: () => (body: object) => api.post('/indicators', body),
  updateIndicator: (indicatorId: string) => (body: object) => api.patch(`/indicators/${indicatorId}`, body),
  setTargets: (indicatorId: string) => (body: object) =>
    api.put<SetIndicatorTargetsResult>(`/indicators/${indicatorId}/targets`, body),
  addProgram: (periodId: string) => (body: object) => api.post(`/renstra-periods/${periodId}/programs`, body),
  addKegiatan: (programId: string) => (body: object) => api.post(`/programs/${programId}/kegiatan`, body),
  addSubKegiatan: (kegiatanId: string) => (body: object) =>
    api.post(`/kegiatan/${kegiatanId}/sub-kegiatan`, body),
  linkProgram: (sasaranId: string) => (body: object) => api.post(`/sasaran/${sasaranId}/programs`, body),
};
