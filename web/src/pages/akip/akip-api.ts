/** The evaluasi AKIP reads and writes of the page (types from the server's use cases). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AkipEvaluationView } from '../../../../src/services/akip/akip-evaluation-data.ts';
import type { SavedAkipEvaluation } from '../../../../src/services/akip/create-akip-evaluation.ts';
import type { AkipHistory } from '../../../../src/services/akip/list-akip-evaluations.ts';

export type { AkipEvaluationView, AkipHistory, SavedAkipEvaluation };

export type ComponentKey = 'perencanaan' | 'pengukuran' | 'pelaporan' | 'evaluasi_internal';
export type FollowUpStatus = 'belum' | 'proses' | 'selesai' | 'tidak_dapat_ditindaklanjuti';
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = [
  'belum',
  'proses',
  'selesai',
  'tidak_dapat_ditindaklanjuti',
];
export const AKIP_GRADES = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] as const;

export function useAkipHistory(agencyId: string, year: number) {
  return useQuery({
    queryKey: ['akip', agencyId, year],
    queryFn: () => api.get<AkipHistory>(`/agencies/${agencyId}/akip-evaluations`, { year }),
    enabled: agencyId !== '',
  });
}

export type WorksheetInput = {
  evaluator: string;
  evaluatedOn: string | null;
  letterNumber: string | null;
  publishedGrade: string | null;
  components: {
    component: ComponentKey;
    score?: string;
    subComponents?: { name: string; weight: string; score: string }[];
  }[];
  recommendations: { number: number; recommendation: string }[];
};

export function useSaveWorksheet(agencyId: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { sheet: WorksheetInput; evaluation: { id: string; version: number } | null }) =>
      input.evaluation === null
        ? api.post<SavedAkipEvaluation>(`/agencies/${agencyId}/akip-evaluations`, { year, ...input.sheet })
        : api.put<SavedAkipEvaluation>(`/akip-evaluations/${input.evaluation.id}`, {
            version: input.evaluation.version,
            ...input.sheet,
          }),
    onSuccess: () => client.invalidateQueries({ predicate: () => true }),
  });
}

export function useFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      recommendationId: string;
      version: number;
      status: FollowUpStatus;
      note: string | null;
      date: string | null;
    }) =>
      api.put<{ id: string; version: number }>(`/akip-recommendations/${input.recommendationId}/follow-up`, {
        version: input.version,
        status: input.status,
        note: input.note,
        date: input.date,
      }),
    onSuccess: () => client.invalidateQueries({ predicate: () => true }),
  });
}

/** Which saved state of an evaluation is shown (id and version). */
export const versionOf = (evaluation: AkipEvaluationView | null): string | null =>
  evaluation ? `${evaluation.id}:${evaluation.version}` : null;
