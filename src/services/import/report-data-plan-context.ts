/**
 * What the planning of a report-data@1 import (plan-report-data-import.ts,
 * plan-report-data-budget.ts) shares: the planned writes, the result being
 * built, how a problem names its JSON path, and how values are compared and
 * shown.
 */
import type { TargetColumns } from '../plan/measured-value.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';
import type {
  PeriodAggregation,
  Polarity,
  ReportingFrequency,
  SpendingType,
} from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import type { ImportPlan } from './import-kind.ts';
import { MAX_LISTED_CHANGES, ProblemList } from './import-outcome.ts';
import type { PlannedRealisationWrite } from './plan-realisation-import.ts';
import { sameDecimal } from './plan-realisation-import.ts';

/** The "sheet" every problem and change of a report-data@1 file names. */
export const REPORT_DATA_SHEET = 'report-data';

export type ReportDataWrite =
  | { kind: 'sasaran'; id: string; periodId: string; code: string; statement: string; sortOrder: number }
  | {
      kind: 'indicator';
      id: string;
      periodId: string;
      sasaranId: string;
      code: string;
      name: string;
      unit: string;
      polarity: Polarity;
      ordinalScale: OrdinalScale | null;
      periodAggregation: PeriodAggregation;
      reportingFrequency: ReportingFrequency;
      endTarget: TargetColumns;
      baselineValue: string | null;
      baselineGrade: string | null;
      sortOrder: number;
    }
  | {
      kind: 'indicator-update';
      id: string;
      code: string;
      version: number;
      endTarget?: TargetColumns;
      baselineValue?: string | null;
    }
  | {
      kind: 'target';
      indicatorId: string;
      code: string;
      year: number;
      existing: { id: string; version: number } | null;
      columns: TargetColumns;
    }
  | { kind: 'realisation'; code: string; planned: PlannedRealisationWrite }
  | { kind: 'program'; id: string; periodId: string; code: string; name: string }
  | { kind: 'kegiatan'; id: string; programId: string; code: string; name: string }
  | { kind: 'subkegiatan'; id: string; kegiatanId: string; code: string; name: string }
  | {
      kind: 'budget-line';
      id: string;
      code: string;
      subKegiatanId: string;
      existing: { id: string; version: number } | null;
      spendingType: SpendingType;
      paguMurni: number;
      paguPerubahan: number | null;
    }
  | {
      kind: 'budget-realisation';
      code: string;
      budgetLineId: string;
      existing: { id: string; version: number } | null;
      amount: number;
    };

export type ReportDataPlan = ImportPlan<ReportDataWrite>;

export type Planner = {
  plan: ReportDataPlan;
  year: number;
  problem(path: string, found: unknown, expected: Texts): void;
  /** Counts a new or changed value and lists it: `SS1.1 · target 2023`, before → after. */
  change(change: 'new' | 'changed', label: string, before: string | null, after: string | null): void;
};

/** A value found in the file, as the problem list shows it. */
export function shownValue(found: unknown): string | null {
  if (found === null || found === undefined) return null;
  if (typeof found === 'string') return found;
  return JSON.stringify(found);
}

export function newPlanner(year: number): Planner {
  const plan: ReportDataPlan = {
    problems: new ProblemList(),
    counts: { new: 0, changed: 0, unchanged: 0, empty: 0 },
    changes: [],
    writes: [],
    rowsRead: 0,
  };
  let changeNo = 0;
  return {
    plan,
    year,
    problem: (path, found, expected) =>
      plan.problems.add({
        sheet: REPORT_DATA_SHEET,
        row: null,
        column: path,
        found: shownValue(found),
        expected,
      }),
    change: (change, label, before, after) => {
      plan.counts[change] += 1;
      changeNo += 1;
      // a JSON file has no rows: `row` numbers the changes in the file's order
      if (plan.changes.length < MAX_LISTED_CHANGES)
        plan.changes.push({ change, sheet: REPORT_DATA_SHEET, row: changeNo, label, before, after });
    },
  };
}

/** Decimal text (`74.53`) as Indonesian shows it (`74,53`). */
export function shownDecimal(text: string | null): string | null {
  if (text === null) return null;
  const [whole = '', fraction] = text.split('.');
  const negative = whole.startsWith('-');
  const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${digits}${fraction ? `,${fraction}` : ''}`;
}

export function shownTarget(columns: TargetColumns | null): string | null {
  if (!columns) return null;
  if (columns.grade !== null) return columns.grade;
  if (columns.value !== null) return shownDecimal(columns.value);
  if (columns.low !== null && columns.high !== null)
    return `${shownDecimal(columns.low)}–${shownDecimal(columns.high)}`;
  return null;
}

export function sameTarget(a: TargetColumns, b: TargetColumns): boolean {
  return (
    sameDecimal(a.value, b.value) &&
    sameDecimal(a.low, b.low) &&
    sameDecimal(a.high, b.high) &&
    (a.grade ?? '').toUpperCase() === (b.grade ?? '').toUpperCase()
  );
}
