/**
 * What each agency of a region still owes for a deadline, the one rule shared
 * by reminders (only agencies with work outstanding are reminded) and the
 * late list:
 *
 * - realisations of quarter Q of year Y: every indicator with a target for Y
 *   needs a submitted or verified realisation covering the quarter: the
 *   quarter itself, its last month (3Q: monthly reporting up to the quarter's
 *   end), the semester ending with it (Q2, Q4) or the year (Q4). The count of
 *   indicators without one is `missing`;
 * - PK of year Y: a signed version of a top-level PK (no parent) of year Y;
 * - LKjIP of year Y: the agency's LKjIP for Y is final.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { DeadlineKind } from '../../store/schema/workflow.ts';

export type DeadlineKey = { regionId: string; year: number; kind: DeadlineKind; periodNo: number | null };

export type AgencyStatus = {
  agencyId: string;
  code: string;
  name: string;
  done: boolean;
  /** Indicators without a submitted realisation for the quarter (realisation deadlines only). */
  missing: number | null;
};

function outstanding(deadline: DeadlineKey) {
  const { year } = deadline;
  switch (deadline.kind) {
    case 'realisation_quarter': {
      const q = deadline.periodNo ?? 4;
      return sql`(select count(*)::int from indicator_target t
        where t.agency_id = a.id and t.year = ${year}
          and not exists (select 1 from realisation r
            where r.indicator_id = t.indicator_id and r.year = ${year}
              and r.status in ('submitted', 'verified')
              and ((r.period_kind = 'quarter' and r.period_no = ${q})
                or (r.period_kind = 'month' and r.period_no = ${q * 3})
                or (r.period_kind = 'semester' and ${sql.raw(String(q % 2 === 0))} and r.period_no = ${Math.ceil(q / 2)})
                or (r.period_kind = 'year' and ${sql.raw(String(q === 4))}))))`;
    }
    case 'pk':
      return sql`(case when exists (select 1 from perjanjian_kinerja p
        join pk_version v on v.perjanjian_kinerja_id = p.id
        where p.agency_id = a.id and p.year = ${year} and p.parent_id is null and v.status = 'signed')
        then 0 else 1 end)`;
    case 'lkjip':
      return sql`(case when exists (select 1 from lkjip_report l
        where l.agency_id = a.id and l.year = ${year} and l.status = 'final')
        then 0 else 1 end)`;
  }
}

/** Every agency of the deadline's region (or only `agencyId`), with what it still owes. */
export async function agencyStatuses(
  tx: Database,
  deadline: DeadlineKey,
  agencyId: string | null = null,
): Promise<AgencyStatus[]> {
  const rows = await queryRows<{ id: string; code: string; name: string; owed: number }>(
    tx,
    sql`select a.id, a.code, a.name, ${outstanding(deadline)} as owed
        from agency a
        where a.region_id = ${deadline.regionId}
          ${agencyId === null ? sql`` : sql`and a.id = ${agencyId}`}
        order by a.code`,
  );
  return rows.map((row) => {
    const owed = Number(row.owed);
    return {
      agencyId: row.id,
      code: row.code,
      name: row.name,
      done: owed === 0,
      missing: deadline.kind === 'realisation_quarter' ? owed : null,
    };
  });
}
