/**
 * Reading a report-data@1 file for the import (plan-report-data-import.ts):
 * the schema check, each error a problem naming its JSON path with the
 * value found; and a file's target-like value (target, end target, baseline)
 * as the columns a target row stores, by the Renstra's own rules
 * (`targetShapeInput`, `targetColumns` of measured-value.ts).
 */
import { toPlainDecimal } from '../../domain/numbers.ts';
import {
  formatPath,
  parseReportData,
  reportDataSchema,
  type IndikatorData,
  type ReportData,
} from '../../domain/report-data/schema.ts';
import type { Polarity } from '../../store/schema/enums.ts';
import { targetColumns, targetShapeInput, type TargetColumns } from '../plan/measured-value.ts';
import type { StoredTarget } from '../measure/measurement-data.ts';
import type { RdIndicator } from './report-data-import-facts.ts';
import type { Planner } from './report-data-plan-context.ts';

export const A_NUMBER = { id: 'angka, mis. 74,53 atau 1.234,5', en: 'a number, e.g. 74,53 or 1.234,5' };

/** The value at a zod path of the parsed JSON (for the problem's "found"). */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = json;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** Validates the file with the report-data@1 schema; every error is a problem naming its JSON path. */
export function readReportDataFile(json: unknown, p: Planner): ReportData | null {
  const parsed = parseReportData(json);
  if (parsed.ok) return parsed.data;
  const issues = reportDataSchema.safeParse(json, { reportInput: true });
  parsed.errors.forEach((error, i) => {
    const issue = issues.success ? undefined : issues.error.issues[i];
    const found = issue ? valueAt(json, issue.path) : undefined;
    p.problem(issue ? formatPath(issue.path) : error.path, found, {
      id: `${error.message} (format akuntabel/report-data@1)`,
      en: `${issue ? issue.message : error.message} (the akuntabel/report-data@1 format)`,
    });
  });
  return null;
}

export type Raw = IndikatorData['target'];

/** A value of the file as the target shape of the polarity asks it. */
function shapeOf(polarity: Polarity, raw: NonNullable<Raw>): Record<string, unknown> {
  if (polarity === 'ordinal') return { grade: String(raw) };
  if (typeof raw === 'object') return { low: raw.min, high: raw.max };
  return { value: raw };
}

const SHAPE_KEY: Record<string, string> = { value: '', low: '.min', high: '.max', grade: '' };

/** A target-like value of the file as the columns a target row stores, or null after its problems. */
export function columnsOf(
  p: Planner,
  ind: { polarity: Polarity; ordinalScale: RdIndicator['ordinalScale'] },
  raw: NonNullable<Raw>,
  path: string,
): TargetColumns | null {
  const parsed = targetShapeInput.safeParse(shapeOf(ind.polarity, raw));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'value');
      const found = typeof raw === 'object' ? raw[key === 'high' ? 'max' : 'min'] : raw;
      p.problem(`${path}${SHAPE_KEY[key] ?? ''}`, found, A_NUMBER);
    }
    return null;
  }
  const shaped = targetColumns(ind.polarity, ind.ordinalScale, parsed.data, path);
  for (const error of shaped.errors) p.problem(path, raw, error.message);
  return shaped.errors.length > 0 ? null : shaped.columns;
}

export function storedColumns(
  target:
    StoredTarget | { value: string | null; low: string | null; high: string | null; grade: string | null },
): TargetColumns {
  const text = (v: number | string | null) =>
    v === null ? null : typeof v === 'number' ? toPlainDecimal(v) : v;
  return { value: text(target.value), low: text(target.low), high: text(target.high), grade: target.grade };
}
