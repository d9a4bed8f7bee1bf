/**
 * Targets for measurement-data.ts: the Renstra targets of the indicators and
 * the latest signed PK of each agency's top unit, per year.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { AgencyData, AgencySelection, StoredIndicator } from './measurement-data.ts';
import { inSelection, targetOf } from './measurement-data-sql.ts';

/** Renstra targets of `fromYear`..`year`, set on the indicators read. */
export async function loadRenstraTargets(
  tx: Database,
  selection: AgencySelection,
  fromYear: number,
  year: number,
  indicators: Map<string, StoredIndicator>,
): Promise<void> {
  const targets = await queryRows<{
    indicator_id: string;
    year: number;
    value: string | null;
    low: string | null;
    high: string | null;
    grade: string | null;
  }>(
    tx,
    sql`select indicator_id, year, value::text as value, low::text as low, high::text as high, grade
        from indicator_target
        where ${inSelection(sql`agency_id`, selection)} and year between ${fromYear} and ${year}`,
  );
  for (const t of targets) indicators.get(t.indicator_id)?.renstraTargets.set(t.year, targetOf(t));
}

/** The latest signed version of the PK of each agency's top unit (eselon II), per year. */
export async function loadPkTargets(
  tx: Database,
  selection: AgencySelection,
  fromYear: number,
  year: number,
  agencies: Map<string, AgencyData>,
): Promise<void> {
  const pkRows = await queryRows<{
    agency_id: string;
    year: number;
    version_id: string;
    number: number;
    kind: 'original' | 'perubahan';
    signed_on: string | null;
    indicator_id: string | null;
    value: string | null;
    low: string | null;
    high: string | null;
    grade: string | null;
  }>(
    tx,
    sql`with latest as (
          select distinct on (pk.agency_id, pk.year)
                 pk.agency_id, pk.year, v.id as version_id, v.number, v.kind, v.signed_on::text as signed_on
          from perjanjian_kinerja pk
          join org_unit u on u.id = pk.org_unit_id and u.agency_id = pk.agency_id
          join pk_version v on v.perjanjian_kinerja_id = pk.id and v.status = 'signed'
          where ${inSelection(sql`pk.agency_id`, selection)} and pk.year between ${fromYear} and ${year}
            and u.echelon = 'II'
          order by pk.agency_id, pk.year, (u.parent_id is null) desc, v.number desc
        )
        select l.agency_id, l.year, l.version_id, l.number, l.kind, l.signed_on,
               t.indicator_id, t.value::text as value, t.low::text as low, t.high::text as high, t.grade
        from latest l left join pk_target t on t.pk_version_id = l.version_id`,
  );
  for (const row of pkRows) {
    const agency = agencies.get(row.agency_id);
    if (!agency) continue;
    let pk = agency.pk.get(row.year);
    if (!pk) {
      pk = {
        year: row.year,
        versionId: row.version_id,
        number: row.number,
        kind: row.kind,
        signedOn: row.signed_on,
        targets: new Map(),
      };
      agency.pk.set(row.year, pk);
    }
    if (row.indicator_id !== null) pk.targets.set(row.indicator_id, targetOf(row));
  }
}

/** A target as one JSON value: its numbers as text, and where it came from. */
export type YearTargetJson = {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
  source: 'pk' | 'renstra';
};

/**
 * The target one indicator is measured against in `year`, chosen as
 * measureAgency chooses it (loadPkTargets, then the Renstra): the target of the
 * latest signed PK version of the agency's top unit when that version has the
 * indicator, else the Renstra target; null when neither. A scalar SQL
 * expression (JSON), for the realisation grid and the live capaian of a save,
 * so every page shows the capaian the measurement and the report show.
 */
export function yearTargetSql(indicatorId: SQL, agencyId: SQL, year: number): SQL<YearTargetJson | null> {
  const latestSigned = sql`(select v.id from perjanjian_kinerja pk
      join org_unit u on u.id = pk.org_unit_id and u.agency_id = pk.agency_id
      join pk_version v on v.perjanjian_kinerja_id = pk.id and v.status = 'signed'
      where pk.agency_id = ${agencyId} and pk.year = ${year} and u.echelon = 'II'
      order by (u.parent_id is null) desc, v.number desc limit 1)`;
  return sql<YearTargetJson | null>`coalesce(
      (select json_build_object('value', t.value::text, 'low', t.low::text, 'high', t.high::text, 'grade', t.grade, 'source', 'pk')
         from pk_target t where t.pk_version_id = ${latestSigned} and t.indicator_id = ${indicatorId}),
      (select json_build_object('value', it.value::text, 'low', it.low::text, 'high', it.high::text, 'grade', it.grade, 'source', 'renstra')
         from indicator_target it where it.indicator_id = ${indicatorId} and it.year = ${year}))`;
}

/**
 * yearTargetSql for a query over the `indicator` table. The columns are named
 * with their table: Drizzle writes a one-table select's columns bare, and a
 * bare "id" inside the subqueries would be the subquery table's own id.
 */
export function indicatorYearTargetSql(year: number): SQL<YearTargetJson | null> {
  return yearTargetSql(sql.raw('"indicator"."id"'), sql.raw('"indicator"."agency_id"'), year);
}
