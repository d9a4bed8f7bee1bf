/** The LKjIP's narrative sections of an agency-year: read (stored text or generated default) and save one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { NarrativeList } from '../../../../src/services/report/list-narratives.ts';
import type { SavedNarrative } from '../../../../src/services/report/save-narrative.ts';

export type { NarrativeList, SavedNarrative };
export type NarrativeEntry = NarrativeList['sections'][number];

/** Longest text of one section (save-narrative.ts NARRATIVE_MAX_CHARS). */
export const NARRATIVE_MAX_CHARS = 20_000;

const key = (agencyId: string, year: number, locale: string) => ['narratives', agencyId, year, locale];

export function useNarratives(agencyId: string, year: number, locale: 'id' | 'en') {
  return useQuery({
    queryKey: key(agencyId, year, locale),
    queryFn: () => api.get<NarrativeList>(`/agencies/${agencyId}/narratives`, { year, locale }),
  });
}

export function useSaveNarrative(agencyId: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { section: string; text: string; version: number | null }) =>
      api.put<SavedNarrative>(`/agencies/${agencyId}/narratives`, {
        year,
        section: input.section,
        text: input.text,
        ...(input.version !== null ? { version: input.version } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['narratives', agencyId, year] }),
  });
}
