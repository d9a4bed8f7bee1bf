/** The IKM reads and writes of the page (types from the server's use cases). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { IkmSurveyView } from '../../../../src/services/ikm/get-ikm-survey.ts';
import type { IkmYear } from '../../../../src/services/ikm/list-ikm-surveys.ts';
import type { SavedIkmData } from '../../../../src/services/ikm/save-ikm-responses.ts';
import type { FeedCandidate } from '../../../../src/services/feed/feed-candidates.ts';

export type { FeedCandidate, IkmSurveyView, IkmYear, SavedIkmData };

export const ikmYearKey = (agencyId: string, year: number) => ['ikm', agencyId, year] as const;
export const ikmSurveyKey = (surveyId: string) => ['ikm-survey', surveyId] as const;

export function useIkmYear(agencyId: string, year: number) {
  return useQuery({
    queryKey: ikmYearKey(agencyId, year),
    queryFn: () => api.get<IkmYear>(`/agencies/${agencyId}/ikm-surveys`, { year }),
    enabled: agencyId !== '',
  });
}

export function useIkmSurvey(surveyId: string | null) {
  return useQuery({
    queryKey: ikmSurveyKey(surveyId ?? ''),
    queryFn: () => api.get<IkmSurveyView>(`/ikm-surveys/${surveyId}`),
    enabled: surveyId !== null,
  });
}

/** After any IKM write: the year's list, the survey, and whatever shows the fed realisation. */
export function useIkmRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: () => true });
}

export type SurveyFields = {
  serviceName: string;
  periodLabel: string;
  method: 'responses' | 'element_totals';
  startedOn: string | null;
  endedOn: string | null;
};

export function useSaveSurvey(agencyId: string, year: number) {
  const refresh = useIkmRefresh();
  return useMutation({
    mutationFn: (input: { fields: SurveyFields; id?: string; version?: number }) =>
      input.id === undefined
        ? api.post<{ id: string; version: number }>(`/agencies/${agencyId}/ikm-surveys`, {
            year,
            ...input.fields,
          })
        : api.put<{ id: string; version: number }>(`/ikm-surveys/${input.id}`, {
            version: input.version,
            ...input.fields,
          }),
    onSuccess: refresh,
  });
}

export type ResponseInput = Record<`u${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`, string> & {
  sex: 'L' | 'P' | null;
  education: string | null;
  occupation: string | null;
};

export function useSaveResponses(surveyId: string) {
  const refresh = useIkmRefresh();
  return useMutation({
    mutationFn: (input: { version: number; responses: ResponseInput[] }) =>
      api.put<SavedIkmData>(`/ikm-surveys/${surveyId}/responses`, input),
    onSuccess: refresh,
  });
}

export function useSaveTotals(surveyId: string) {
  const refresh = useIkmRefresh();
  return useMutation({
    mutationFn: (input: { version: number; respondents: string; totals: Record<string, string> }) =>
      api.put<SavedIkmData>(`/ikm-surveys/${surveyId}/element-totals`, input),
    onSuccess: refresh,
  });
}

export function useSetFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { indicatorId: string; version: number; feed: 'ikm' | 'akip' | null }) =>
      api.put<{ id: string; version: number }>(`/indicators/${input.indicatorId}/feed`, {
        version: input.version,
        feed: input.feed,
      }),
    onSuccess: () => client.invalidateQueries({ predicate: () => true }),
  });
}
