/** The nomenklatur of Permendagri 90/2019 one level under some codes, and the urusan an agency's code names. */
import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { NomenklaturList } from '../../../../src/services/plan/list-nomenklatur.ts';
import type { NomenklaturEntry } from '../../../../src/services/plan/nomenklatur-index.ts';

export type { NomenklaturEntry };

/** The entries under each parent, merged in code order (reference data: read once per session). */
export function useNomenklatur(parents: readonly string[]): {
  entries: NomenklaturEntry[];
  pending: boolean;
} {
  const results = useQueries({
    queries: parents.map((parent) => ({
      queryKey: ['nomenklatur', parent],
      queryFn: () => api.get<NomenklaturList>('/nomenklatur', { parent }),
      staleTime: Infinity,
    })),
  });
  const entries = results
    .flatMap((r) => r.data?.entries ?? [])
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  return { entries, pending: results.some((r) => r.isPending) };
}

/**
 * The urusan.bidang an agency serves, read from its code (U.BB.U.BB.U.BB.NN.NNNN:
 * up to three urusan, "0.00" when unused) and from the programs it already has.
 */
export function urusanOf(agencyCode: string | undefined, programCodes: readonly string[]): string[] {
  const found = new Set<string>();
  const parts = (agencyCode ?? '').split('.');
  for (let i = 0; i + 1 < Math.min(parts.length, 6); i += 2) {
    const pair = `${parts[i]}.${parts[i + 1]}`;
    if (/^[0-9A-Za-z]\.[0-9A-Za-z]{2}$/.test(pair) && pair !== '0.00') found.add(pair);
  }
  for (const code of programCodes) {
    const pair = code.split('.').slice(0, 2).join('.');
    if (/^[0-9A-Za-z]\.[0-9A-Za-z]{2}$/.test(pair)) found.add(pair);
  }
  return [...found].sort();
}
