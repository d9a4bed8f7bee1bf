/**
 * The grid's unsaved work and its saving. A committed cell (Enter, Tab, an
 * arrow, leaving it, a pasted block) becomes a draft; shortly after the last
 * commit every ready draft is sent in ONE batch request
 * (PUT /agencies/:agencyId/realisations), which the server writes whole or
 * not at all. Each cell has its own state: dirty (waiting), saving, error
 * (with the message for that cell: the server's, or the number not being a
 * number), blocked (its pasted block has a refused cell: the block is saved
 * together once that cell is fixed). One request at a time; edits made while
 * one is on its way go in the next. Typing itself never touches the network.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { parseNumber } from '@domain/numbers.ts';
import { cellKey, realisationKey, realisationOf, storedText, type GridRow } from './grid-model.ts';
import { readTyped } from './live-measure.ts';
import {
  applySaved,
  gridKey,
  saveRows,
  type Grid,
  type RowInput,
  type ServerMeasurement,
} from './realisations-api.ts';

export type SaveState = 'dirty' | 'saving' | 'error' | 'blocked';

export type CellDraft = {
  text: string;
  /** Cells committed together (one edit, or one pasted block) are saved together. */
  group: number;
  state: SaveState;
  message?: string;
  /** The error was found here (not a number, not a grade): sending again would not help. */
  local?: boolean;
};

export type CellTarget = { row: GridRow; periodNo: number };

export type LocalMessages = {
  notNumber: (reason: string) => string;
  notGrade: (grades: string) => string;
  blocked: string;
};

/** Whether a typed text says the same as what is stored (so committing it changes nothing). */
function sameAsStored(row: GridRow, text: string, stored: string): boolean {
  if (row.kind === 'grade') return text.trim().toUpperCase() === stored.trim().toUpperCase();
  const typed = readTyped(text);
  const before = readTyped(stored);
  return typed !== undefined && typed === before;
}

function localProblem(row: GridRow, text: string, messages: LocalMessages): string | undefined {
  if (text.trim() === '') return undefined;
  if (row.kind === 'grade') {
    const grades = row.indicator.grades ?? [];
    return grades.some((g) => g.toUpperCase() === text.trim().toUpperCase())
      ? undefined
      : messages.notGrade(grades.join(', '));
  }
  const parsed = parseNumber(text);
  return parsed.ok ? undefined : messages.notNumber(parsed.reason);
}

/** The row of the batch for one realisation: its full state, with the drafts given applied. */
function rowInput(
  year: number,
  row: GridRow,
  periodNo: number,
  textOf: (key: string) => string | undefined,
): RowInput {
  const { indicator } = row;
  const existing = realisationOf(indicator, periodNo);
  const base: RowInput = {
    indicatorId: indicator.id,
    year,
    periodKind: indicator.periodKind,
    periodNo,
    note: existing?.note ?? null,
    ...(existing ? { version: existing.version } : {}),
  };
  const blankIsNull = (text: string) => (text.trim() === '' ? null : text.trim());
  if (indicator.components.length > 0) {
    const components: Record<string, string | null> = {};
    for (const c of indicator.components) {
      const key = cellKey(indicator.id, periodNo, c.code);
      components[c.code] = blankIsNull(textOf(key) ?? existing?.components?.[c.code] ?? '');
    }
    return { ...base, components };
  }
  const text = textOf(cellKey(indicator.id, periodNo, null)) ?? storedText(row, periodNo);
  return indicator.polarity === 'ordinal'
    ? { ...base, grade: blankIsNull(text) }
    : { ...base, value: blankIsNull(text) };
}

export function useGridEdits(agencyId: string, year: number, messages: LocalMessages) {
  const client = useQueryClient();
  const key = useMemo(() => gridKey(agencyId, year), [agencyId, year]);
  const drafts = useRef(new Map<string, CellDraft>());
  const targets = useRef(new Map<string, CellTarget>());
  const saved = useRef(new Set<string>());
  const measures = useRef(new Map<string, ServerMeasurement>());
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const groups = useRef(0);
  const messagesRef = useRef(messages);
  messagesRef.current = messages;
  const [, setTick] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const rerender = useCallback(() => setTick((t) => t + 1), []);

  const flush = useCallback(async (): Promise<void> => {
    if (inFlight.current) return;
    const grid = client.getQueryData<Grid>(key);
    if (!grid) return;
    const all = drafts.current;
    const refused = new Set([...all.values()].filter((d) => d.state === 'error').map((d) => d.group));
    for (const d of all.values())
      if (d.state === 'blocked' && !refused.has(d.group)) {
        d.state = 'dirty';
        delete d.message;
      } else if (d.state === 'dirty' && refused.has(d.group)) {
        // a pasted block with a cell that is not a number waits for it, whole
        d.state = 'blocked';
        d.message = messagesRef.current.blocked;
      }
    const ready = [...all.entries()].filter(([, d]) => d.state === 'dirty' && !refused.has(d.group));
    if (ready.length === 0) {
      rerender();
      return;
    }

    // one batch row per realisation (indicator + period), with every cell of it that is ready
    const readyText = new Map(ready.map(([k, d]) => [k, d.text]));
    const rows = new Map<string, { target: CellTarget; cells: string[] }>();
    for (const [k] of ready) {
      const target = targets.current.get(k)!;
      const rk = realisationKey(target.row.indicator.id, target.periodNo);
      const entry = rows.get(rk) ?? { target, cells: [] };
      entry.cells.push(k);
      rows.set(rk, entry);
    }
    const freshRow = (target: CellTarget): GridRow => {
      const indicator =
        grid.sasaran.flatMap((s) => s.indicators).find((i) => i.id === target.row.indicator.id) ??
        target.row.indicator;
      return { ...target.row, indicator };
    };
    const batch = [...rows.values()];
    const inputs = batch.map(({ target }) =>
      rowInput(year, freshRow(target), target.periodNo, (k) => readyText.get(k)),
    );
    for (const [, d] of ready) d.state = 'saving';
    inFlight.current = true;
    rerender();
    try {
      const result = await saveRows(agencyId, inputs);
      applySaved(client, key, result.rows);
      for (const row of result.rows)
        measures.current.set(realisationKey(row.indicatorId, row.periodNo), row.measurement);
      for (const [k, text] of readyText) {
        const d = all.get(k);
        if (d && d.state === 'saving' && d.text === text) {
          all.delete(k);
          saved.current.add(k);
        }
      }
      setFailure(null);
    } catch (error) {
      const problems = error instanceof ApiError ? error.errors : [];
      const messageOf = new Map<string, string>();
      for (const problem of problems) {
        const match = /^rows\[(\d+)\]\.?(.*)$/.exec(problem.path);
        const entry = match ? batch[Number(match[1])] : undefined;
        if (!match || !entry) continue;
        const field = match[2] ?? '';
        const { indicator } = entry.target.row;
        const periodNo = entry.target.periodNo;
        const aimed = field.startsWith('components.')
          ? cellKey(indicator.id, periodNo, field.slice('components.'.length))
          : field === 'value' || field === 'grade'
            ? cellKey(indicator.id, periodNo, null)
            : null;
        const hit = aimed !== null && entry.cells.includes(aimed) ? [aimed] : entry.cells;
        for (const k of hit) if (!messageOf.has(k)) messageOf.set(k, problem.message);
      }
      const general = error instanceof Error ? error.message : String(error);
      const anyAimed = messageOf.size > 0;
      for (const [k, text] of readyText) {
        const d = all.get(k);
        if (!d || d.state !== 'saving' || d.text !== text) continue;
        const message = messageOf.get(k) ?? (anyAimed ? undefined : general);
        if (message !== undefined) {
          d.state = 'error';
          d.message = message;
        } else {
          d.state = 'blocked';
          d.message = messagesRef.current.blocked;
        }
      }
      setFailure(error);
    } finally {
      inFlight.current = false;
      rerender();
      const waiting = [...all.values()].some((d) => d.state === 'dirty' || d.state === 'blocked');
      if (waiting) {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), 0);
      }
    }
  }, [agencyId, client, key, rerender, year]);

  const schedule = useCallback(
    (delay: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  /** Commits typed or pasted texts; they are saved together shortly after (at once with `immediate`). */
  const commit = useCallback(
    (entries: readonly (CellTarget & { text: string })[], options: { immediate?: boolean } = {}) => {
      const group = ++groups.current;
      let changed = false;
      for (const { row, periodNo, text } of entries) {
        const k = cellKey(row.indicator.id, periodNo, row.component?.code ?? null);
        const before = drafts.current.get(k);
        if (sameAsStored(row, text, storedText(row, periodNo)) && before?.state !== 'saving') {
          if (before) {
            drafts.current.delete(k);
            changed = true;
          }
          continue;
        }
        if (before && before.text === text && before.state !== 'error') continue;
        const problem = localProblem(row, text, messagesRef.current);
        drafts.current.set(k, {
          text,
          group,
          state: problem ? 'error' : 'dirty',
          ...(problem ? { message: problem, local: true } : {}),
        });
        targets.current.set(k, { row, periodNo });
        saved.current.delete(k);
        changed = true;
      }
      if (!changed) return;
      rerender();
      schedule(options.immediate ? 0 : 400);
    },
    [rerender, schedule],
  );

  /** Sends again the cells the server (or the network) refused. */
  const retry = useCallback(() => {
    for (const d of drafts.current.values())
      if (d.state === 'error' && !d.local) {
        d.state = 'dirty';
        delete d.message;
      }
    rerender();
    schedule(0);
  }, [rerender, schedule]);

  /** Drops a cell's unsaved text: it shows what is stored again. */
  const discard = useCallback(
    (key: string) => {
      const d = drafts.current.get(key);
      if (!d || d.state === 'saving') return;
      drafts.current.delete(key);
      rerender();
      schedule(0);
    },
    [rerender, schedule],
  );

  const list = [...drafts.current.values()];
  const pending = list.filter((d) => d.state !== 'error').length;
  const errors = list.filter((d) => d.state === 'error').length;
  /** Errors that sending again may cure (the server's or the network's, not a mistyped number). */
  const retryable = list.filter((d) => d.state === 'error' && !d.local).length;

  return {
    draftOf: (k: string) => drafts.current.get(k),
    isSaved: (k: string) => saved.current.has(k),
    /** The server's measurement of the realisation, from its latest save in this visit. */
    measurementOf: (rk: string) => measures.current.get(rk),
    hasDrafts: (indicatorId: string, periodNo?: number) =>
      [...drafts.current.keys()].some((k) =>
        periodNo === undefined
          ? k.startsWith(`${indicatorId}:`)
          : k.startsWith(`${indicatorId}:${periodNo}:`),
      ),
    /** Forgets a stale server measurement (after a workflow step re-measured the realisation). */
    setMeasurement: (rk: string, m: ServerMeasurement) => {
      measures.current.set(rk, m);
      rerender();
    },
    commit,
    retry,
    discard,
    pending,
    errors,
    retryable,
    failure,
    clearFailure: () => setFailure(null),
  };
}

export type GridEdits = ReturnType<typeof useGridEdits>;
