/**
 * Submitting, verifying and returning realisations, one request each; the
 * new status and version are folded into the cached grid. Submitting a
 * realisation in the lowest predikat bands needs an explanation: the server
 * refuses without one (field `explanation`), and the page asks for it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ApiError } from '../../api/client.ts';
import {
  gridKey,
  patchRealisation,
  returnRealisation,
  submitRealisation,
  verifyRealisation,
  type GridRealisation,
} from './realisations-api.ts';

/** The server's reason when a submission needs an explanation, else undefined. */
export function explanationNeeded(error: unknown): string | undefined {
  return error instanceof ApiError && error.status === 400 ? error.fieldMessage('explanation') : undefined;
}

export function useWorkflow(agencyId: string, year: number) {
  const client = useQueryClient();
  return useMemo(() => {
    const key = gridKey(agencyId, year);
    const now = () => new Date().toISOString();
    return {
      submit: async (row: GridRealisation, explanation?: string) => {
        const result = await submitRealisation(row.id, row.version, explanation);
        patchRealisation(client, key, row.id, (r) => ({
          ...r,
          status: result.status,
          version: result.version,
          submittedAt: now(),
          ...(explanation ? { note: explanation } : {}),
        }));
        return result;
      },
      verify: async (row: GridRealisation) => {
        const result = await verifyRealisation(row.id, row.version);
        patchRealisation(client, key, row.id, (r) => ({
          ...r,
          status: result.status,
          version: result.version,
          verifiedAt: now(),
        }));
        return result;
      },
      giveBack: async (row: GridRealisation, comment: string) => {
        const result = await returnRealisation(row.id, row.version, comment);
        patchRealisation(client, key, row.id, (r) => ({
          ...r,
          status: result.status,
          version: result.version,
          returnedAt: now(),
          returnReason: comment,
        }));
        return result;
      },
      /** Adds to (or takes from) a realisation's evidence count. */
      countEvidence: (realisationId: string, change: number) =>
        patchRealisation(client, key, realisationId, (r) => ({
          ...r,
          evidenceCount: Math.max(0, r.evidenceCount + change),
        })),
    };
  }, [agencyId, client, year]);
}

export type Workflow = ReturnType<typeof useWorkflow>;
