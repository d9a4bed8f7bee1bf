/** The PK page's reads (the year's PKs per unit, one PK with its versions, signatories, the Renstra) and writes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CreatePkDraftResult } from '../../../../src/services/commit/create-pk-draft.ts';
import type { PkDiff, PkResult } from '../../../../src/services/commit/get-pk.ts';
import type { AgencyPkList, AgencyPkUnit } from '../../../../src/services/commit/list-agency-pks.ts';
import type { PkSignatory } from '../../../../src/services/commit/list-pk-signatories.ts';
import type {
  PkBudgetResult,
  PkTargetResult,
  PkVersionResult,
} from '../../../../src/services/commit/pk-rows.ts';
import type { UpdatePkTargetsResult } from '../../../../src/services/commit/update-pk-targets.ts';
import type { RenstraTree, TreeIndicator } from '../../../../src/services/plan/get-renstra-tree.ts';

/** A server type as it arrives over JSON: instants are ISO text. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type PkList = Wire<AgencyPkList>;
export type PkUnit = Wire<AgencyPkUnit>;
export type Pk = Wire<PkResult>;
export type PkVersion = Wire<PkVersionResult & { diff: PkDiff | null }>;
export type PkTarget = Wire<PkTargetResult>;
export type PkBudget = Wire<PkBudgetResult>;
export type Diff = Wire<PkDiff>;
export type Signatory = PkSignatory;
export type { RenstraTree, TreeIndicator };

export const pkKeys = {
  all: (agencyId: string) => ['pk', agencyId] as const,
  list: (agencyId: string, year: number) => ['pk', agencyId, 'list', year] as const,
  one: (agencyId: string, pkId: string) => ['pk', agencyId, 'one', pkId] as const,
};

export function usePkList(agencyId: string, year: number) {
  return useQuery({
    queryKey: pkKeys.list(agencyId, year),
    queryFn: () => api.get<PkList>(`/agencies/${agencyId}/pk`, { year }),
    enabled: agencyId !== '',
  });
}

export function usePk(agencyId: string, pkId: string | undefined) {
  return useQuery({
    queryKey: pkKeys.one(agencyId, pkId ?? ''),
    queryFn: () => api.get<Pk>(`/pk/${pkId}`),
    enabled: pkId !== undefined,
  });
}

export function useSignatories(agencyId: string) {
  return useQuery({
    queryKey: ['pk-signatories', agencyId],
    queryFn: () => api.get<{ signatories: Signatory[] }>(`/agencies/${agencyId}/pk-signatories`),
    enabled: agencyId !== '',
    staleTime: 5 * 60_000,
  });
}

/** The Renstra period's tree: where each PK indicator sits (sasaran, program …) and its ordinal grades. */
export function useRenstraOfPeriod(agencyId: string, renstraPeriodId: string | undefined) {
  return useQuery({
    queryKey: ['renstra', agencyId, 'tree', renstraPeriodId],
    queryFn: () => api.get<RenstraTree>(`/agencies/${agencyId}/renstra`, { renstraPeriodId }),
    enabled: renstraPeriodId !== undefined,
    staleTime: 60_000,
  });
}

/** After any PK write: the list (statuses) and the PKs read again. */
function useReloadPk(agencyId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: pkKeys.all(agencyId) });
}

export function useCreatePkDraft(agencyId: string) {
  const reload = useReloadPk(agencyId);
  return useMutation({
    mutationFn: (input: { orgUnitId: string; year: number }) =>
      api.post<CreatePkDraftResult>(`/agencies/${agencyId}/pk`, { agencyId, ...input }),
    onSuccess: reload,
  });
}

export type TargetInput = {
  indicatorId: string;
  value?: string;
  low?: string;
  high?: string;
  grade?: string;
};

export function useUpdatePkTargets(agencyId: string) {
  const reload = useReloadPk(agencyId);
  return useMutation({
    mutationFn: (input: {
      pkVersionId: string;
      version: number;
      targets: TargetInput[];
      removeIndicatorIds: string[];
      budgets: { programId?: string; kegiatanId?: string; subKegiatanId?: string; amount: string }[];
    }) => api.put<Wire<UpdatePkTargetsResult>>(`/pk-versions/${input.pkVersionId}/targets`, input),
    onSuccess: reload,
  });
}

export function useSubmitPk(agencyId: string) {
  const reload = useReloadPk(agencyId);
  return useMutation({
    mutationFn: (input: { pkVersionId: string; version: number }) =>
      api.post<PkVersion>(`/pk-versions/${input.pkVersionId}/submit`, input),
    onSuccess: reload,
  });
}

export type SignInput = {
  pkVersionId: string;
  version: number;
  firstPartySignatoryId: string;
  secondPartySignatoryId: string;
  signedOn: string;
  signedPlace?: string;
};

export function useSignPk(agencyId: string) {
  const reload = useReloadPk(agencyId);
  return useMutation({
    mutationFn: (input: SignInput) => api.post<PkVersion>(`/pk-versions/${input.pkVersionId}/sign`, input),
    onSuccess: reload,
  });
}

export function useRevisePk(agencyId: string) {
  const reload = useReloadPk(agencyId);
  return useMutation({
    mutationFn: (input: { pkVersionId: string; reason: string }) =>
      api.post<PkVersion>(`/pk-versions/${input.pkVersionId}/revise`, input),
    onSuccess: reload,
  });
}
