/**
 * Checking a report-data@1 file against the agency's Renstra period covering
 * its year and sorting what it holds into new, changed and unchanged values —
 * writing nothing. The rules are the hand-entry use cases' own: codes, names
 * and units with the Renstra schemas (add-sasaran.ts, indicator-fields.ts),
 * targets with `targetShapeInput`/`targetColumns` (set-indicator-targets.ts),
 * realisations with `realisationRowSchema`/`planRealisation` (one period kind
 * a year, editable statuses, computed and fed indicators, period locks), the
 * budget with the budget use cases' (plan-report-data-budget.ts).
 *
 * Decisions (docs/en/import.md, section report-data):
 * - Sasaran and indicators are matched by code (`id`); missing ones are
 *   created (name, unit, polarity); an existing one keeps its name.
 * - A value equal to what the app measures is unchanged and not written: the
 *   target against the year's target as measured (signed PK, else Renstra),
 *   the realisation against the year's value as measured (periods rolled
 *   up). So the app's own export imported back changes nothing.
 * - A target that differs from a signed PK's is refused: the PK decides the
 *   year's target; revise the PK.
 * - The realisation is recorded as a yearly realisation (period `year`,
 *   draft); an indicator already recorded in another period kind that year
 *   is refused (one period kind a year).
 * - `history` entries are written like the year's values for their years.
 *   An entry for a year outside the Renstra period that would change
 *   something is refused (the outcome has no place for skipped entries).
 * - `printed` blocks are ignored (the reviu checker reads them); missing or
 *   null values mean "no data": nothing is ever deleted.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../store/database.ts';
import { addSasaranInput } from '../plan/add-sasaran.ts';
import type { ImportScope } from './import-kind.ts';
import { planReportDataBudget } from './plan-report-data-budget.ts';
import { readReportDataFile } from './report-data-values.ts';
import { codeKey, type ReportDataImportFacts } from './report-data-import-facts.ts';
import {
  planIndicator,
  planIndicatorValues,
  planRealisasi,
  planTarget,
  type Ctx,
} from './report-data-indicator-plan.ts';
import { newPlanner, type ReportDataPlan } from './report-data-plan-context.ts';

export async function planReportDataImport(
  tx: Database,
  facts: ReportDataImportFacts,
  json: unknown,
  scope: ImportScope,
  progress: (share: number) => void = () => undefined,
): Promise<ReportDataPlan> {
  const p = newPlanner(scope.year);
  const data = readReportDataFile(json, p);
  if (!data) return p.plan;
  if (data.year !== scope.year) {
    p.problem('year', data.year, {
      id: `tahun ${scope.year} (tahun yang dipilih untuk impor)`,
      en: `the year ${scope.year} (the year chosen for the import)`,
    });
    return p.plan;
  }
  if (!facts.period) {
    p.problem('year', data.year, {
      id: `tahun yang dicakup periode Renstra perangkat daerah ini: buat dahulu periode Renstra yang mencakup ${scope.year}`,
      en: `a year covered by a Renstra period of this agency: create the Renstra period covering ${scope.year} first`,
    });
    return p.plan;
  }
  const measuredById = new Map(
    (facts.measured?.sasaran ?? []).flatMap((s) => s.indicators.map((i) => [i.id, i] as const)),
  );
  const c: Ctx = { tx, p, facts, scope, measuredById };
  let sasaranSort = facts.maxSasaranSort;
  let indicatorSort = facts.maxIndicatorSort;
  for (const [si, s] of data.sasaran.entries()) {
    const sPath = `sasaran[${si}]`;
    p.plan.rowsRead += 1;
    progress(si / Math.max(data.sasaran.length, 1));
    let sasaranId = facts.sasaranByCode.get(codeKey(s.id))?.id;
    if (sasaranId) p.plan.counts.unchanged += 1;
    else {
      const fields = addSasaranInput
        .pick({ code: true, statement: true })
        .safeParse({ code: s.id, statement: s.name });
      if (!fields.success) {
        for (const issue of fields.error.issues)
          p.problem(
            `${sPath}.${issue.path[0] === 'code' ? 'id' : 'name'}`,
            issue.path[0] === 'code' ? s.id : s.name,
            {
              id: `teks isian: ${issue.message}`,
              en: `a text: ${issue.message}`,
            },
          );
        continue;
      }
      sasaranId = randomUUID();
      sasaranSort += 1;
      p.plan.writes.push({
        kind: 'sasaran',
        id: sasaranId,
        periodId: facts.period.id,
        code: fields.data.code,
        statement: fields.data.statement,
        sortOrder: sasaranSort,
      });
      p.change('new', `${fields.data.code} · sasaran`, null, fields.data.statement);
    }
    for (const [ii, k] of s.indikator.entries()) {
      const path = `${sPath}.indikator[${ii}]`;
      p.plan.rowsRead += 1;
      indicatorSort += 1;
      const ind = planIndicator(c, k, path, sasaranId, indicatorSort);
      if (!ind) continue;
      planIndicatorValues(c, ind, k, path);
      planTarget(c, ind, data.year, k.target, `${path}.target`);
      await planRealisasi(c, ind, data.year, k.realisasi, `${path}.realisasi`);
      const seen = new Set<number>();
      for (const [hi, h] of (k.history ?? []).entries()) {
        const hPath = `${path}.history[${hi}]`;
        if (h.year >= data.year || seen.has(h.year)) {
          p.problem(`${hPath}.year`, h.year, {
            id: `tahun sebelum ${data.year}, sekali per indikator`,
            en: `a year before ${data.year}, once per indicator`,
          });
          continue;
        }
        seen.add(h.year);
        planTarget(c, ind, h.year, h.target, `${hPath}.target`);
        await planRealisasi(c, ind, h.year, h.realisasi, `${hPath}.realisasi`);
      }
    }
  }
  planReportDataBudget(p, facts, scope.agencyId, data.budget?.items ?? []);
  return p.plan;
}
