/**
 * A PK draft being edited: the typed text of every target and pagu (kept as
 * typed, Indonesian notation, until saved), rows to remove and rows added from
 * the Renstra, and the one request that saves them (PUT /pk-versions/:id/targets),
 * with the index each row has in it so a field error lands on its field.
 */
import type { PkBudget, PkTarget, PkVersion, TargetInput, TreeIndicator } from './pk-api.ts';
import { inputText, rupiahInputText } from './target-text.ts';

export type Polarity = PkTarget['polarity'];

/** What a row shows, whether it comes from the PK or was just added from the Renstra. */
export type RowInfo = {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  /** The ordinal scale's grades, best first (ordinal indicators). */
  grades: string[] | null;
};

export type RowDraft = RowInfo & {
  value: string;
  low: string;
  high: string;
  grade: string;
  added: boolean;
  removed: boolean;
};

export type BudgetDraft = Pick<PkBudget, 'level' | 'id' | 'code' | 'name'> & { amount: string };

export type PkDraft = { rows: RowDraft[]; budgets: BudgetDraft[] };

export function draftOf(version: PkVersion, indicators: Map<string, TreeIndicator>): PkDraft {
  return {
    rows: version.targets.map((t) => ({
      indicatorId: t.indicatorId,
      code: t.indicatorCode,
      name: t.indicatorName,
      unit: t.unit,
      polarity: t.polarity,
      grades: indicators.get(t.indicatorId)?.ordinalScale?.grades ?? null,
      value: inputText(t.value),
      low: inputText(t.low),
      high: inputText(t.high),
      grade: t.grade ?? '',
      added: false,
      removed: false,
    })),
    budgets: version.budgets.map((b) => ({
      level: b.level,
      id: b.id,
      code: b.code,
      name: b.name,
      amount: rupiahInputText(b.amount),
    })),
  };
}

/** A Renstra indicator added to the draft, its target filled from the Renstra target of the year. */
export function addedRow(indicator: TreeIndicator, year: number): RowDraft {
  const target = indicator.targets.find((t) => t.year === year);
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    polarity: indicator.polarity,
    grades: indicator.ordinalScale?.grades ?? null,
    value: inputText(target?.value ?? null),
    low: inputText(target?.low ?? null),
    high: inputText(target?.high ?? null),
    grade: target?.grade ?? '',
    added: true,
    removed: false,
  };
}

/** The fields a target of this polarity takes. */
export function targetFields(polarity: Polarity): readonly ('value' | 'low' | 'high' | 'grade')[] {
  if (polarity === 'range') return ['low', 'high'];
  if (polarity === 'ordinal') return ['grade'];
  return ['value'];
}

export type SaveRequest = {
  targets: TargetInput[];
  removeIndicatorIds: string[];
  budgets: { programId?: string; kegiatanId?: string; subKegiatanId?: string; amount: string }[];
  /** The index of each indicator's target in `targets` (for `targets[i].value` errors). */
  targetIndex: Map<string, number>;
};

export function saveRequest(draft: PkDraft): SaveRequest {
  const kept = draft.rows.filter((r) => !r.removed);
  const targets = kept.map((row) => {
    const target: TargetInput = { indicatorId: row.indicatorId };
    for (const field of targetFields(row.polarity)) {
      const text = row[field].trim();
      if (text !== '') target[field] = text;
    }
    return target;
  });
  return {
    targets,
    removeIndicatorIds: draft.rows.filter((r) => r.removed && !r.added).map((r) => r.indicatorId),
    budgets: draft.budgets.map((b) => ({ [`${b.level}Id`]: b.id, amount: b.amount.trim() })),
    targetIndex: new Map(kept.map((row, i) => [row.indicatorId, i])),
  };
}
