/**
 * Typed texts of a social-data table waiting to be saved (typing never waits
 * on the network), the errors the server gave per cell, and what the last
 * save said. Keys are `<rowKey>|<field>`.
 */
import { useCallback, useState } from 'react';

export type Outcome =
  | { kind: 'invalid'; count: number }
  | { kind: 'saved'; count: number }
  | { kind: 'refused'; message: string }
  | { kind: 'pasted'; count: number; skipped: number };

export function useTableDrafts() {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, string>>(new Map());
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const type = useCallback((entries: readonly (readonly [string, string])[]) => {
    setDrafts((previous) => {
      const next = new Map(previous);
      for (const [key, text] of entries) next.set(key, text);
      return next;
    });
    setServerErrors((previous) => {
      if (!entries.some(([key]) => previous.has(key))) return previous;
      const next = new Map(previous);
      for (const [key] of entries) next.delete(key);
      return next;
    });
    setOutcome(null);
  }, []);
  const typeOne = useCallback((key: string, text: string) => type([[key, text]]), [type]);

  const revert = useCallback((key: string) => {
    setDrafts((previous) => {
      if (!previous.has(key)) return previous;
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    setDrafts(new Map());
    setServerErrors(new Map());
  }, []);

  return { drafts, serverErrors, setServerErrors, outcome, setOutcome, type, typeOne, revert, clear };
}

export type TableDrafts = ReturnType<typeof useTableDrafts>;
