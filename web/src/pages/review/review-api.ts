/** Reviu: the reviews of an agency-year, one review with its findings, running the checker, findings → comments. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ReviewSummary } from '../../../../src/services/review/list-reviews.ts';
import type { ReviewFinding, ReviewResult } from '../../../../src/services/review/review-record.ts';
import type { Wire } from '../pk/pk-api.ts';

export type Review = Wire<ReviewResult>;
export type Finding = Wire<ReviewFinding>;
export type Summary = Wire<ReviewSummary>;

export type RunSource =
  | { source: 'lkjip' }
  | { source: 'report_data'; fileName: string; reportData: unknown }
  | { source: 'template'; fileName: string; contentBase64: string };

const keys = {
  all: (agencyId: string) => ['reviews', agencyId] as const,
  list: (agencyId: string, year: number) => ['reviews', agencyId, 'list', year] as const,
  one: (agencyId: string, reviewId: string) => ['reviews', agencyId, 'one', reviewId] as const,
};

export function useReviews(agencyId: string, year: number) {
  return useQuery({
    queryKey: keys.list(agencyId, year),
    queryFn: () => api.get<{ reviews: Summary[] }>(`/agencies/${agencyId}/reviews`, { year }),
    enabled: agencyId !== '',
  });
}

export function useReview(agencyId: string, reviewId: string) {
  return useQuery({
    queryKey: keys.one(agencyId, reviewId),
    queryFn: () => api.get<Review>(`/reviews/${reviewId}`),
    enabled: reviewId !== '',
  });
}

export function useRunReview(agencyId: string, year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RunSource) =>
      api.post<Review>(`/agencies/${agencyId}/reviews`, { agencyId, year, ...input }),
    onSuccess: (review) => {
      client.setQueryData(keys.one(agencyId, review.id), review);
      void client.invalidateQueries({ queryKey: keys.list(agencyId, year) });
    },
  });
}

export function useCommentFindings(agencyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { reviewId: string; version: number; findings: number[]; note?: string }) =>
      api.post<Review>(`/reviews/${input.reviewId}/comments`, input),
    onSuccess: (review) => {
      client.setQueryData(keys.one(agencyId, review.id), review);
      void client.invalidateQueries({ queryKey: keys.all(agencyId) });
      void client.invalidateQueries({ queryKey: ['lkjip', agencyId] });
    },
  });
}

export function worksheetUrl(reviewId: string, format: 'xlsx' | 'docx', locale: string): string {
  return `/api/reviews/${reviewId}/worksheet?format=${format}&locale=${locale === 'en' ? 'en' : 'id'}`;
}

export function templateUrl(agencyId: string, year: number): string {
  return `/api/agencies/${agencyId}/review-template?year=${year}`;
}

/** A file's bytes as base64 (the template travels inside the JSON request). */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
