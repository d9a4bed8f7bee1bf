/**
 * Planning one indicator of a report-data@1 file (plan-report-data-import.ts
 * walks the sasaran): the indicator itself, its end target and baseline, and
 * its target and realisation for a year (the file's year or a history entry).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { toPlainDecimal } from '../../domain/numbers.ts';
import type { IndikatorData } from '../../domain/report-data/schema.ts';
import { derivationFromFormula } from '../../domain/formula-derivation.ts';
import type { Database } from '../../store/database.ts';
import type { Polarity } from '../../store/schema/enums.ts';
import { lockOf, quarterOf } from '../calendar/period-lock.ts';
import { AppError } from '../errors.ts';
import { formatPolarity, yearValue } from '../measure/measure-agencies-report-data.ts';
import type { StoredIndicator } from '../measure/measurement-data.ts';
import { indicatorFields, indicatorShapeColumns } from '../plan/indicator-fields.ts';
import type { TargetColumns } from '../plan/measured-value.ts';
import { realisationRowSchema } from '../record/realisation-input.ts';
import { planRealisation } from '../record/realisation-plan.ts';
import type { ImportScope } from './import-kind.ts';
import { sameDecimal } from './plan-realisation-import.ts';
import { A_NUMBER, columnsOf, storedColumns, type Raw } from './report-data-values.ts';
import { codeKey, type RdIndicator, type ReportDataImportFacts } from './report-data-import-facts.ts';
import { sameTarget, shownDecimal, shownTarget, type Planner } from './report-data-plan-context.ts';

export type Ctx = {
  tx: Database;
  p: Planner;
  facts: ReportDataImportFacts;
  scope: ImportScope;
  measuredById: Map<string, StoredIndicator>;
};

function outsidePeriod(c: Ctx, year: number): { id: string; en: string } | null {
  const period = c.facts.period!;
  if (year >= period.startYear && year <= period.endYear) return null;
  return {
    id: `tahun di dalam periode Renstra ${period.startYear}–${period.endYear}: nilai tahun ${year} di luar periode tidak diimpor (hapus entri ini, atau buat periode Renstra yang mencakup tahun itu)`,
    en: `a year within the Renstra period ${period.startYear}–${period.endYear}: values of ${year}, outside the period, are not imported (remove this entry, or create a Renstra period covering that year)`,
  };
}

export function planTarget(c: Ctx, ind: RdIndicator, year: number, raw: Raw, path: string): void {
  if (raw === null || raw === undefined) {
    c.p.plan.counts.empty += 1;
    return;
  }
  const columns = columnsOf(c.p, ind, raw, path);
  if (!columns) return;
  const pk = c.facts.measured?.pk.get(year)?.targets.get(ind.id);
  const renstra = c.facts.targets.get(ind.id)?.get(year) ?? null;
  const effective = pk ?? renstra;
  if (effective && sameTarget(storedColumns(effective), columns)) {
    c.p.plan.counts.unchanged += 1;
    return;
  }
  if (pk) {
    c.p.problem(path, raw, {
      id: `target PK yang ditandatangani untuk ${year} (${shownTarget(storedColumns(pk))}): target tahun itu ditetapkan oleh PK; ubah melalui PK perubahan`,
      en: `the signed PK's target for ${year} (${shownTarget(storedColumns(pk))}): the PK sets that year's target; change it through a revised PK`,
    });
    return;
  }
  const outside = outsidePeriod(c, year);
  if (outside) return c.p.problem(path, raw, outside);
  c.p.plan.writes.push({
    kind: 'target',
    indicatorId: ind.id,
    code: ind.code,
    year,
    existing: renstra ? { id: renstra.id, version: renstra.version } : null,
    columns,
  });
  c.p.change(
    renstra ? 'changed' : 'new',
    `${ind.code} · target ${year}`,
    renstra ? shownTarget(storedColumns(renstra)) : null,
    shownTarget(columns),
  );
}

export async function planRealisasi(
  c: Ctx,
  ind: RdIndicator,
  year: number,
  raw: IndikatorData['realisasi'],
  path: string,
): Promise<void> {
  if (raw === null || raw === undefined) {
    c.p.plan.counts.empty += 1;
    return;
  }
  const rows = c.facts.realisations.get(ind.id)?.get(year) ?? [];
  const existing = rows.find((r) => r.periodKind === 'year' && r.periodNo === 1) ?? null;
  const ordinal = ind.polarity === 'ordinal';
  const parsed = realisationRowSchema.safeParse({
    indicatorId: ind.id,
    year,
    periodKind: 'year',
    periodNo: 1,
    ...(ordinal ? { grade: String(raw), value: null } : { value: raw, grade: null }),
    note: existing?.note ?? null,
    ...(existing ? { version: existing.version } : {}),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      c.p.problem(path, raw, {
        id: `${A_NUMBER.id} (${issue.message})`,
        en: `${A_NUMBER.en} (${issue.message})`,
      });
    return;
  }
  const measured = c.measuredById.get(ind.id);
  let before: string | null = null;
  if (measured && rows.length > 0) {
    const now = yearValue(measured, year, derivationFromFormula(measured.formula, measured.componentCodes));
    const same = ordinal
      ? (now.grade ?? '').toUpperCase() === (parsed.data.grade ?? '').toUpperCase()
      : now.value !== null && sameDecimal(toPlainDecimal(now.value), parsed.data.value ?? null);
    if (same) {
      c.p.plan.counts.unchanged += 1;
      return;
    }
    before = ordinal ? now.grade : now.value === null ? null : shownDecimal(toPlainDecimal(now.value));
  }
  const outside = outsidePeriod(c, year);
  if (outside) return c.p.problem(path, raw, outside);
  const lock = lockOf(
    c.facts.locks.filter((l) => l.year === year && l.periodNo === quarterOf('year', 1)),
    c.scope.agencyId,
  );
  if (lock) {
    c.p.problem(path, raw, {
      id: `periode yang belum dikunci: realisasi ${year} sudah dikunci karena melewati tenggat; minta admin membukanya kembali`,
      en: `a period that is not locked: the realisations of ${year} are locked (past their deadline); ask an admin to reopen them`,
    });
    return;
  }
  const planned = await planRealisation(
    c.tx,
    { indicator: ind, components: ind.components, realisations: rows, target: null, lock: null },
    c.scope.agencyId,
    parsed.data,
    '',
  );
  for (const problem of planned.problems) c.p.problem(path, raw, problem.field.message);
  if (!planned.plan) return;
  const change = existing ? 'changed' : 'new';
  c.p.plan.writes.push({ kind: 'realisation', code: ind.code, planned: { plan: planned.plan, change } });
  const after = planned.plan.values.grade ?? shownDecimal(planned.plan.values.value);
  c.p.change(change, `${ind.code} · realisasi ${year}`, before, after);
}

/** The indicator of the file's entry: the Renstra's, or a new one planned; null after its problems. */
export function planIndicator(
  c: Ctx,
  k: IndikatorData,
  path: string,
  sasaranId: string,
  sortOrder: number,
): RdIndicator | null {
  const { p, facts } = c;
  const found = facts.indicatorsByCode.get(codeKey(k.id));
  if (found) {
    let ok = true;
    if (found.sasaranId !== sasaranId) {
      ok = false;
      p.problem(`${path}.id`, k.id, {
        id: `kode indikator sasaran ini: ${found.code} pada Renstra berada di sasaran lain atau bukan indikator sasaran`,
        en: `an indicator code of this sasaran: ${found.code} in the Renstra belongs to another sasaran or is not a sasaran indicator`,
      });
    }
    if (formatPolarity(found.polarity) !== k.polarity) {
      ok = false;
      p.problem(`${path}.polarity`, k.polarity, {
        id: `${formatPolarity(found.polarity)} (polaritas ${found.code} pada Renstra)`,
        en: `${formatPolarity(found.polarity)} (the polarity of ${found.code} in the Renstra)`,
      });
    }
    if (ok) p.plan.counts.unchanged += 1;
    return ok ? found : null;
  }
  const fields = z
    .object({ id: indicatorFields.code, name: indicatorFields.name, unit: indicatorFields.unit })
    .safeParse({ id: k.id, name: k.name, unit: k.unit });
  if (!fields.success) {
    for (const issue of fields.error.issues) {
      const key = String(issue.path[0]);
      p.problem(`${path}.${key}`, (k as Record<string, unknown>)[key], {
        id: `${key === 'unit' ? 'satuan indikator (wajib untuk membuat indikator baru)' : 'teks isian'}: ${issue.message}`,
        en: `${key === 'unit' ? "the indicator's unit (required to create a new indicator)" : 'a text'}: ${issue.message}`,
      });
    }
    return null;
  }
  const isRange = k.polarity === 'positive' && typeof k.target === 'object' && k.target !== null;
  const polarity: Polarity = isRange ? 'range' : k.polarity;
  const ordinalScale = k.polarity === 'ordinal' && k.grades ? { grades: [...k.grades].reverse() } : undefined;
  let shape;
  try {
    shape = indicatorShapeColumns({
      polarity,
      ordinalScale,
      endTarget: null,
      baseline: null,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const f of error.fields ?? []) p.problem(`${path}.grades`, k.grades, f.message);
    return null;
  }
  const ind: RdIndicator = {
    id: randomUUID(),
    agencyId: c.scope.agencyId,
    name: fields.data.name,
    polarity,
    periodAggregation: 'last',
    ordinalScale: shape.ordinalScale,
    formula: null,
    feed: null,
    code: fields.data.id,
    unit: fields.data.unit,
    version: 1,
    sasaranId,
    endTargetValue: null,
    endTargetLow: null,
    endTargetHigh: null,
    endTargetGrade: null,
    baselineValue: null,
    baselineGrade: null,
    components: [],
  };
  p.plan.writes.push({
    kind: 'indicator',
    id: ind.id,
    periodId: c.facts.period!.id,
    sasaranId,
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    polarity,
    ordinalScale: ind.ordinalScale,
    periodAggregation: 'last',
    reportingFrequency: 'yearly',
    endTarget: { value: null, low: null, high: null, grade: null },
    baselineValue: null,
    baselineGrade: null,
    sortOrder,
  });
  p.change('new', `${ind.code} · indikator`, null, `${ind.name} (${ind.unit}, ${k.polarity})`);
  return ind;
}

/**
 * The end target and baseline: set on the indicator when they differ from
 * what it holds (a new indicator is created with them).
 */
export function planIndicatorValues(c: Ctx, ind: RdIndicator, k: IndikatorData, path: string): void {
  const update: { endTarget?: TargetColumns; baselineValue?: string | null } = {};
  const stored: TargetColumns = {
    value: ind.endTargetValue,
    low: ind.endTargetLow,
    high: ind.endTargetHigh,
    grade: ind.endTargetGrade,
  };
  const created = c.p.plan.writes.find((w) => w.kind === 'indicator' && w.id === ind.id);
  if (k.endTarget !== null && k.endTarget !== undefined) {
    const columns = columnsOf(c.p, ind, k.endTarget, `${path}.endTarget`);
    if (columns && sameTarget(columns, stored)) c.p.plan.counts.unchanged += 1;
    else if (columns) {
      update.endTarget = columns;
      const before = shownTarget(stored);
      c.p.change(
        before === null ? 'new' : 'changed',
        `${ind.code} · target akhir`,
        before,
        shownTarget(columns),
      );
    }
  }
  if (k.baseline !== null && k.baseline !== undefined && ind.polarity !== 'ordinal') {
    const plain = { polarity: 'positive' as const, ordinalScale: null };
    const columns = columnsOf(c.p, plain, k.baseline, `${path}.baseline`);
    if (columns && sameDecimal(columns.value, ind.baselineValue)) c.p.plan.counts.unchanged += 1;
    else if (columns) {
      update.baselineValue = columns.value;
      const before = shownDecimal(ind.baselineValue);
      c.p.change(
        before === null ? 'new' : 'changed',
        `${ind.code} · baseline`,
        before,
        shownDecimal(columns.value),
      );
    }
  }
  if (created?.kind === 'indicator') {
    if (update.endTarget) created.endTarget = update.endTarget;
    if (update.baselineValue !== undefined) created.baselineValue = update.baselineValue;
  } else if (update.endTarget || update.baselineValue !== undefined)
    c.p.plan.writes.push({
      kind: 'indicator-update',
      id: ind.id,
      code: ind.code,
      version: ind.version,
      ...update,
    });
}
