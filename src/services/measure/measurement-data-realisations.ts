/**
 * Realisations for measurement-data.ts: the realisation rows of the
 * indicators, and their component values where the indicator's formula
 * derives the value from them.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { PeriodKind, RealisationStatus } from '../../store/schema/enums.ts';
import type { AgencySelection, StoredIndicator } from './measurement-data.ts';
import { decimalOrNull, inSelection, uuidList } from './measurement-data-sql.ts';

/** Realisations of `fromYear`..`year` with one of `statuses`, then components, set on the indicators read. */
export async function loadRealisations(
  tx: Database,
  selection: AgencySelection,
  fromYear: number,
  year: number,
  statuses: readonly RealisationStatus[],
  indicators: Map<string, StoredIndicator>,
): Promise<void> {
  const realisations = await queryRows<{
    id: string;
    indicator_id: string;
    year: number;
    period_kind: PeriodKind;
    period_no: number;
    value: string | null;
    grade: string | null;
    status: RealisationStatus;
  }>(
    tx,
    sql`select id, indicator_id, year, period_kind, period_no, value::text as value, grade, status
        from realisation
        where ${inSelection(sql`agency_id`, selection)} and year between ${fromYear} and ${year}
          and status in (${sql.join(
            statuses.map((s) => sql`${s}`),
            sql`, `,
          )})`,
  );
  for (const r of realisations) {
    const indicator = indicators.get(r.indicator_id);
    if (!indicator) continue;
    const list = indicator.periods.get(r.year) ?? [];
    list.push({
      realisationId: r.id,
      year: r.year,
      kind: r.period_kind,
      no: r.period_no,
      value: decimalOrNull(r.value),
      grade: r.grade,
      status: r.status,
    });
    indicator.periods.set(r.year, list);
  }
  await loadComponents(tx, fromYear, year, indicators);
}

/** Component codes of indicators with a formula; values only for those. */
async function loadComponents(
  tx: Database,
  fromYear: number,
  year: number,
  indicators: Map<string, StoredIndicator>,
): Promise<void> {
  const withFormula = [...indicators.values()].filter((i) => i.formula !== null).map((i) => i.id);
  if (withFormula.length === 0) return;
  const codes = await queryRows<{ indicator_id: string; code: string }>(
    tx,
    sql`select indicator_id, code from indicator_component
        where indicator_id in (${uuidList(withFormula)}) order by sort_order, code`,
  );
  for (const c of codes) indicators.get(c.indicator_id)?.componentCodes.push(c.code);
  const withComponents = withFormula.filter((id) => indicators.get(id)!.componentCodes.length > 0);
  if (withComponents.length === 0) return;
  const values = await queryRows<{
    realisation_id: string;
    indicator_id: string;
    code: string;
    value: string;
  }>(
    tx,
    sql`select rc.realisation_id, r.indicator_id, ic.code, rc.value::text as value
        from realisation r
        join realisation_component rc on rc.realisation_id = r.id
        join indicator_component ic on ic.id = rc.indicator_component_id
        where r.indicator_id in (${uuidList(withComponents)})
          and r.year between ${fromYear} and ${year}`,
  );
  for (const v of values) {
    const indicator = indicators.get(v.indicator_id);
    if (!indicator) continue;
    const record = indicator.components.get(v.realisation_id) ?? {};
    record[v.code] = Number(v.value);
    indicator.components.set(v.realisation_id, record);
  }
}
