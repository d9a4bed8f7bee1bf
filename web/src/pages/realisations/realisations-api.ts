/**
 * The realisation page's reads and writes: the year's grid
 * (GET /agencies/:agencyId/realisations), the batch save, the workflow steps
 * and evidence. Results of writes are folded into the cached grid (never a
 * refetch while the user types): saved rows, new statuses and versions,
 * evidence counts.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, uploadFile } from '../../api/client.ts';
import type { EvidenceInfo } from '../../../../src/services/record/add-evidence.ts';
import type {
  ListedIndicator,
  ListedRealisation,
  ListedSasaran,
  RealisationGrid,
} from '../../../../src/services/record/list-realisations.ts';
import type {
  RealisationRowInput,
  SavedRealisation,
} from '../../../../src/services/record/realisation-input.ts';
import type { Measurement } from '../../../../src/services/record/realisation-measure.ts';
import type { TransitionResult } from '../../../../src/services/record/realisation-workflow.ts';

/** What JSON makes of a server type: instants travel as ISO text. */
export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

export type Grid = Wire<RealisationGrid>;
export type GridSasaran = Wire<ListedSasaran>;
export type GridIndicator = Wire<ListedIndicator>;
export type GridRealisation = Wire<ListedRealisation>;
export type Saved = Wire<SavedRealisation>;
export type ServerMeasurement = Wire<Measurement>;
export type Evidence = Wire<EvidenceInfo>;
export type PeriodKind = GridIndicator['periodKind'];
/** One row of the batch save, as sent (numbers as the user typed them). */
export type RowInput = Omit<RealisationRowInput, 'value' | 'components' | 'note'> & {
  value?: string | null;
  components?: Record<string, string | null>;
  note?: string | null;
};

export const gridKey = (agencyId: string, year: number) => ['realisations', agencyId, year] as const;

export function useRealisationGrid(agencyId: string, year: number) {
  return useQuery({
    queryKey: gridKey(agencyId, year),
    queryFn: () => api.get<Grid>(`/agencies/${agencyId}/realisations`, { year }),
    enabled: agencyId !== '',
  });
}

export function saveRows(agencyId: string, rows: RowInput[]) {
  return api.put<{ rows: Saved[] }>(`/agencies/${agencyId}/realisations`, { agencyId, rows });
}

export function submitRealisation(id: string, version: number, explanation?: string) {
  return api.post<TransitionResult & { measurement: ServerMeasurement }>(`/realisations/${id}/submit`, {
    version,
    ...(explanation ? { explanation } : {}),
  });
}

export function verifyRealisation(id: string, version: number) {
  return api.post<TransitionResult>(`/realisations/${id}/verify`, { version });
}

export function returnRealisation(id: string, version: number, comment: string) {
  return api.post<TransitionResult>(`/realisations/${id}/return`, { version, comment });
}

export function useEvidence(realisationId: string | null) {
  return useQuery({
    queryKey: ['evidence', realisationId],
    queryFn: () => api.get<Evidence[]>(`/realisations/${realisationId}/evidence`),
    enabled: realisationId !== null,
  });
}

/** Uploads one evidence file: the bytes as the body, its type as Content-Type, its name in X-File-Name. */
export function uploadEvidence(realisationId: string, file: File): Promise<Evidence> {
  return uploadFile<Evidence>(`/realisations/${realisationId}/evidence`, file);
}

export function removeEvidence(evidenceId: string, version: number) {
  return api.delete<{ id: string }>(`/evidence/${evidenceId}`, { version });
}

export const evidenceDownloadUrl = (evidenceId: string) => `/api/evidence/${evidenceId}/content`;

function updateGrid(
  client: QueryClient,
  key: readonly unknown[],
  change: (indicator: GridIndicator) => GridIndicator,
): void {
  client.setQueryData<Grid>(key, (grid) =>
    grid
      ? {
          ...grid,
          sasaran: grid.sasaran.map((s) => ({ ...s, indicators: s.indicators.map(change) })),
        }
      : grid,
  );
}

/** Folds rows returned by a save into the cached grid (new ids, versions, values, components). */
export function applySaved(client: QueryClient, key: readonly unknown[], saved: readonly Saved[]): void {
  const now = new Date().toISOString();
  updateGrid(client, key, (indicator) => {
    const mine = saved.filter((row) => row.indicatorId === indicator.id);
    if (mine.length === 0) return indicator;
    const realisations = [...indicator.realisations];
    for (const row of mine) {
      const at = realisations.findIndex((r) => r.id === row.id);
      const before = at >= 0 ? realisations[at] : undefined;
      const next: GridRealisation = {
        id: row.id,
        periodKind: row.periodKind as PeriodKind,
        periodNo: row.periodNo,
        value: row.value,
        grade: row.grade,
        note: row.note,
        status: row.status,
        version: row.version,
        components: row.components,
        submittedAt: before?.submittedAt ?? null,
        verifiedAt: before?.verifiedAt ?? null,
        returnedAt: before?.returnedAt ?? null,
        returnReason: before?.returnReason ?? null,
        updatedAt: now,
        evidenceCount: before?.evidenceCount ?? 0,
      };
      if (at >= 0) realisations[at] = next;
      else realisations.push(next);
    }
    realisations.sort((a, b) => a.periodNo - b.periodNo);
    return { ...indicator, periodKind: mine[0]!.periodKind as PeriodKind, realisations };
  });
}

/** Folds one realisation's change (a workflow step, an evidence count) into the cached grid. */
export function patchRealisation(
  client: QueryClient,
  key: readonly unknown[],
  realisationId: string,
  change: (row: GridRealisation) => GridRealisation,
): void {
  updateGrid(client, key, (indicator) =>
    indicator.realisations.some((r) => r.id === realisationId)
      ? {
          ...indicator,
          realisations: indicator.realisations.map((r) => (r.id === realisationId ? change(r) : r)),
        }
      : indicator,
  );
}
