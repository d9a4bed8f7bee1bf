/**
 * Generating a document is a background job on the server: POST starts it,
 * GET /jobs/:jobId is polled about every second until it is done or failed,
 * and the file is downloaded from GET /jobs/:jobId/result (a plain link, so the
 * browser saves it under the server's file name).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { JobResult } from '../../../../src/services/jobs/get-job.ts';

export const REPORT_KINDS = ['lkjip', 'pk'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export type DocumentLanguage = 'id' | 'en';

export type Job = Omit<JobResult, 'createdAt' | 'updatedAt' | 'startedAt' | 'finishedAt'> & {
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

/** A job started from this page: what was asked, and the job that makes it. */
export type StartedJob = {
  jobId: string;
  kind: ReportKind;
  format: ReportFormat;
  year: number;
  lang: DocumentLanguage;
};

export const jobResultUrl = (jobId: string) => `/api/jobs/${jobId}/result`;

const finished = (job: Job | undefined) => job?.status === 'done' || job?.status === 'failed';

/** One job's status, read again every second until it has finished. */
export function useJob(jobId: string) {
  return useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api.get<Job>(`/jobs/${jobId}`),
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
    refetchIntervalInBackground: true,
  });
}

/** The jobs started on this page (newest first) and how to start one. */
export function useReportJobs(agencyId: string) {
  const [jobs, setJobs] = useState<StartedJob[]>([]);
  const start = useMutation({
    mutationFn: async (input: Omit<StartedJob, 'jobId'>): Promise<StartedJob> => {
      const { jobId } = await api.post<{ jobId: string }>(`/agencies/${agencyId}/reports`, {
        agencyId,
        ...input,
      });
      return { jobId, ...input };
    },
    onSuccess: (job) => setJobs((list) => [job, ...list]),
  });
  const dismiss = (jobId: string) => setJobs((list) => list.filter((j) => j.jobId !== jobId));
  return { jobs, start, dismiss };
}
