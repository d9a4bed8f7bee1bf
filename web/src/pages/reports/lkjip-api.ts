/** The LKjIP workflow: the agency's reports (history), one report with its review comments, and every step. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { LkjipWithComments } from '../../../../src/services/review/get-lkjip.ts';
import type { CommentResult, ReportResult } from '../../../../src/services/review/lkjip-report.ts';
import type { LkjipReportSummary } from '../../../../src/services/review/list-lkjip-reports.ts';
import type { Wire } from '../pk/pk-api.ts';

export type ReportSummary = Wire<LkjipReportSummary>;
export type Section = ReportSummary['sections'][number];
export type Report = Wire<LkjipWithComments>;
export type Comment = Wire<CommentResult>;

const keys = {
  all: (agencyId: string) => ['lkjip', agencyId] as const,
  list: (agencyId: string) => ['lkjip', agencyId, 'list'] as const,
  one: (agencyId: string, reportId: string) => ['lkjip', agencyId, 'one', reportId] as const,
};

export function useLkjipReports(agencyId: string) {
  return useQuery({
    queryKey: keys.list(agencyId),
    queryFn: () => api.get<{ reports: ReportSummary[] }>(`/agencies/${agencyId}/lkjip-reports`),
    enabled: agencyId !== '',
  });
}

export function useLkjip(agencyId: string, reportId: string) {
  return useQuery({
    queryKey: keys.one(agencyId, reportId),
    queryFn: () => api.get<Report>(`/lkjip/${reportId}`),
    enabled: reportId !== '',
  });
}

function useLkjipMutation<Input>(agencyId: string, send: (input: Input) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all(agencyId) }),
  });
}

export const useCreateLkjip = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: { year: number }) =>
    api.post<Wire<ReportResult>>(`/agencies/${agencyId}/lkjip`, { agencyId, ...input }),
  );

type Step = { reportId: string; version: number };

export const useSubmitLkjip = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: Step) => api.post(`/lkjip/${input.reportId}/submit`, input));

export const useReturnLkjip = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: Step) => api.post(`/lkjip/${input.reportId}/return`, input));

export const useFinalizeLkjip = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: Step) => api.post(`/lkjip/${input.reportId}/finalize`, input));

export const useAddComment = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: { reportId: string; sectionKey: string; body: string }) =>
    api.post<Comment>(`/lkjip/${input.reportId}/comments`, input),
  );

export const useAnswerComment = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: { commentId: string; version: number; response: string }) =>
    api.post<Comment>(`/review-comments/${input.commentId}/answer`, input),
  );

export const useResolveComment = (agencyId: string) =>
  useLkjipMutation(agencyId, (input: { commentId: string; version: number }) =>
    api.post<Comment>(`/review-comments/${input.commentId}/resolve`, input),
  );

/** A comment's state: open (the agency has to act), answered (the evaluator has to act), resolved. */
export function commentState(comment: Comment): 'open' | 'answered' | 'resolved' {
  if (comment.resolvedAt !== null) return 'resolved';
  return comment.respondedAt !== null ? 'answered' : 'open';
}

/** "2 terbuka · 1 dijawab": the non-zero counts of a report's comments by state. */
export function countsText(
  counts: ReportSummary['comments'],
  t: (key: string, values: { count: number }) => string,
): string {
  return (['open', 'answered', 'resolved'] as const)
    .filter((state) => counts[state] > 0)
    .map((state) => t(`review.${state}`, { count: counts[state] }))
    .join(' · ');
}
