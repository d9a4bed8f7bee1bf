/**
 * What a Renstra import plans to write (plan-renstra-*.ts) and
 * write-renstra-import.ts writes: tujuan, sasaran strategis, indicators and
 * their targets, each new (`existing` null) or changed (the id and version
 * read, so a row changed meanwhile is a conflict). Parents are named by code:
 * a new sasaran's id is made only when it is written.
 */
import type { OrdinalScale } from '../../store/schema/indicators.ts';
import type { PeriodAggregation, Polarity, ReportingFrequency } from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import type { ImportChange, ImportCounts, ProblemList } from './import-outcome.ts';
import type { TargetColumns } from '../plan/measured-value.ts';
import type { CellInput } from './workbook-cells.ts';

export type Existing = { id: string; version: number } | null;

export type TujuanWrite = { kind: 'tujuan'; existing: Existing; code: string; statement: string };

export type SasaranWrite = {
  kind: 'sasaran';
  existing: Existing;
  code: string;
  /** The fields that change (all of them for a new sasaran). */
  set: { statement?: string; tujuanCode?: string };
  sortOrder?: number;
};

/** The indicator columns the template holds. */
export type IndicatorColumns = {
  name: string;
  unit: string;
  isIku: boolean;
  polarity: Polarity;
  ordinalScale: OrdinalScale | null;
  definition: string | null;
  formula: string | null;
  dataSource: string | null;
  reportingFrequency: ReportingFrequency;
  periodAggregation: PeriodAggregation;
  baselineYear: number | null;
  baselineValue: string | null;
  baselineGrade: string | null;
  endTargetValue: string | null;
  endTargetLow: string | null;
  endTargetHigh: string | null;
  endTargetGrade: string | null;
};

export type IndicatorWrite = {
  kind: 'indicator';
  existing: Existing;
  code: string;
  sasaranCode: string;
  /** The columns that change (all of them for a new indicator). */
  set: Partial<IndicatorColumns>;
  sortOrder?: number;
};

export type TargetWrite = {
  kind: 'target';
  existing: Existing;
  indicatorCode: string;
  year: number;
  columns: TargetColumns;
};

export type RenstraWrite = TujuanWrite | SasaranWrite | IndicatorWrite | TargetWrite;

/** The plan being built, shared by the sheet planners. */
export type RenstraPlanState = {
  problems: ProblemList;
  counts: ImportCounts;
  changes: ImportChange[];
  writes: RenstraWrite[];
  rowsRead: number;
};

/** Adds a problem at a cell of the sheet being read. */
export type AddProblem = (
  row: number | null,
  column: string | null,
  found: CellInput,
  expected: Texts,
) => void;

/** A stored or planned target as the preview shows it: "80,5", "70 – 80", "BB". */
export function shownTarget(t: TargetColumns | null): string | null {
  if (!t) return null;
  if (t.grade !== null) return t.grade;
  if (t.low !== null && t.high !== null) return `${t.low.replace('.', ',')} – ${t.high.replace('.', ',')}`;
  return t.value === null ? null : t.value.replace('.', ',');
}
