/**
 * The entry state of the budget grid: typed texts waiting to be saved
 * (typing never waits on the network), the errors the server gave per cell,
 * and saving: every change checked first (nothing is written while a cell is
 * wrong), then written with the routes of the API, a few at a time; the tree
 * is read again before the saved texts are dropped, so no cell flickers back.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { budgetTreeKey, type BudgetTree, type SpendingType } from './budget-api.ts';
import type { Drafts } from './live-amounts.ts';
import { planSave, reviewDrafts, type EntryProblem, type SaveTask } from './save-plan.ts';

export type CellError = { message: string; conflict: boolean };

export type SaveOutcome =
  | { kind: 'invalid'; count: number }
  | { kind: 'saved'; saved: number; failed: number; warnings: { id: string; en: string }[] };

const AT_ONCE = 3;

async function runAll<T>(tasks: readonly T[], work: (task: T) => Promise<void>, onDone: () => void) {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      await work(task);
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, tasks.length) }, worker));
}

function errorFor(error: unknown, task: SaveTask, cell: string): CellError {
  if (error instanceof ApiError) {
    const own = error.errors.find((e) => {
      const field = e.path.replace(/^body\./, '').split(/[.[]/)[0] ?? '';
      return task.fieldCell[field] === cell;
    });
    const conflict = error.status === 409 && error.type.endsWith('/conflict');
    return { message: own?.message ?? error.message, conflict };
  }
  return { message: error instanceof Error ? error.message : String(error), conflict: false };
}

export function useBudgetEntry(agencyId: string, tree: BudgetTree | undefined) {
  const client = useQueryClient();
  const [drafts, setDrafts] = useState<Drafts>(new Map());
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, CellError>>(new Map());
  const [newLineTypes, setNewLineTypes] = useState<ReadonlyMap<string, SpendingType>>(new Map());
  /** Sub kegiatan the user is adding a spending type (a new budget line) to. */
  const [adding, setAdding] = useState<ReadonlySet<string>>(new Set());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const review = useMemo(
    () => (tree ? reviewDrafts(tree, drafts) : { changed: [], problems: new Map<string, EntryProblem>() }),
    [tree, drafts],
  );

  const changed = useMemo<ReadonlySet<string>>(() => new Set(review.changed), [review]);

  /** Types texts into cells (one, or a pasted block); an edited cell loses its old server error. */
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

  const revert = useCallback((key: string) => {
    setDrafts((previous) => {
      if (!previous.has(key)) return previous;
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
    setServerErrors((previous) => {
      if (!previous.has(key)) return previous;
      const next = new Map(previous);
      next.delete(key);
      return next;
    });
  }, []);

  const cancelAdd = useCallback((subId: string) => {
    setAdding((previous) => {
      const next = new Set(previous);
      next.delete(subId);
      return next;
    });
    setDrafts((previous) => {
      const next = new Map(previous);
      next.delete(`npm:${subId}`);
      next.delete(`npp:${subId}`);
      return next;
    });
  }, []);

  const discard = useCallback(() => {
    setAdding(new Set());
    setDrafts(new Map());
    setServerErrors(new Map());
    setOutcome(null);
  }, []);

  const setNewLineType = useCallback((subId: string, type: SpendingType) => {
    setNewLineTypes((previous) => new Map(previous).set(subId, type));
  }, []);

  const addLine = useCallback((subId: string, type: SpendingType) => {
    setAdding((previous) => new Set(previous).add(subId));
    setNewLineTypes((previous) => new Map(previous).set(subId, type));
  }, []);

  const save = useCallback(async () => {
    if (!tree || progress) return;
    if (review.problems.size > 0) {
      setOutcome({ kind: 'invalid', count: review.problems.size });
      return;
    }
    const tasks = planSave(tree, drafts, review.changed, newLineTypes);
    if (tasks.length === 0) return;
    const errors = new Map<string, CellError>();
    const savedCells: string[] = [];
    const warnings: { id: string; en: string }[] = [];
    let failed = 0;
    setProgress({ done: 0, total: tasks.length });
    await runAll(
      tasks,
      async (task) => {
        try {
          const result = await task.run();
          savedCells.push(...task.cells);
          warnings.push(...result.warnings.map((w) => w.message));
        } catch (error) {
          failed += 1;
          for (const cell of task.cells) errors.set(cell, errorFor(error, task, cell));
        }
      },
      () => setProgress((p) => (p ? { ...p, done: p.done + 1 } : p)),
    );
    // Read the tree again before dropping the saved texts, so a cell never shows the old value.
    await client.refetchQueries({ queryKey: budgetTreeKey(agencyId, tree.year) });
    await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'budget-tree' });
    setDrafts((previous) => {
      const next = new Map(previous);
      for (const cell of savedCells) next.delete(cell);
      return next;
    });
    setAdding((previous) => {
      const next = new Set(previous);
      for (const cell of savedCells) if (cell.startsWith('npm:')) next.delete(cell.slice(4));
      return next;
    });
    setServerErrors(errors);
    setProgress(null);
    setOutcome({ kind: 'saved', saved: tasks.length - failed, failed, warnings });
  }, [tree, progress, review, drafts, newLineTypes, client, agencyId]);

  return {
    drafts,
    serverErrors,
    problems: review.problems,
    changed,
    changedCount: review.changed.length,
    newLineTypes,
    setNewLineType,
    adding,
    addLine,
    cancelAdd,
    type,
    revert,
    discard,
    save,
    saving: progress,
    outcome,
    clearOutcome: () => setOutcome(null),
  };
}

export type BudgetEntry = ReturnType<typeof useBudgetEntry>;
