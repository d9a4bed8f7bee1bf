/**
 * The agencies the caller may open, with their region and the years they have
 * data for: the web app's agency and year pickers. An agency-bound user sees
 * only their own agency (the rule is `agency.read` in the authorization table).
 */
import { asc, eq, max, min, sql } from 'drizzle-orm';
import { z } from 'zod';
import { agency, realisation, region, renstraPeriod } from '../../store/schema/index.ts';
import { can } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';

export const listAgenciesInput = z.strictObject({});

export type ListedAgency = {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  /** First and last year of the agency's Renstra periods; null when it has none. */
  firstYear: number | null;
  lastYear: number | null;
  /** The newest year with any realisation entered: where a user most likely wants to start. */
  latestDataYear: number | null;
};

export type AgencyList = {
  region: { id: string; code: string; name: string; timeZone: string };
  agencies: ListedAgency[];
};

export async function listAgencies(ctx: ServiceContext, input: unknown): Promise<AgencyList> {
  parseInput(listAgenciesInput, input);
  return inTransaction(ctx, async (tx) => {
    const [home] = await tx
      .select({ id: region.id, code: region.code, name: region.name, timeZone: region.timeZone })
      .from(region)
      .where(eq(region.id, ctx.actor.regionId));
    if (home === undefined)
      return {
        region: { id: ctx.actor.regionId, code: '', name: '', timeZone: 'Asia/Jakarta' },
        agencies: [],
      };
    const plans = tx
      .select({
        agencyId: renstraPeriod.agencyId,
        firstYear: min(renstraPeriod.startYear).as('first_year'),
        lastYear: max(renstraPeriod.endYear).as('last_year'),
      })
      .from(renstraPeriod)
      .groupBy(renstraPeriod.agencyId)
      .as('plans');
    const data = tx
      .select({
        agencyId: realisation.agencyId,
        latestDataYear: max(realisation.year).as('latest_data_year'),
      })
      .from(realisation)
      .groupBy(realisation.agencyId)
      .as('data');
    const rows = await tx
      .select({
        id: agency.id,
        code: agency.code,
        name: agency.name,
        shortName: agency.shortName,
        firstYear: sql<number | null>`${plans.firstYear}`,
        lastYear: sql<number | null>`${plans.lastYear}`,
        latestDataYear: sql<number | null>`${data.latestDataYear}`,
      })
      .from(agency)
      .leftJoin(plans, eq(plans.agencyId, agency.id))
      .leftJoin(data, eq(data.agencyId, agency.id))
      .where(eq(agency.regionId, home.id))
      .orderBy(asc(agency.name));
    const visible = rows.filter((row) =>
      can(ctx.actor, 'agency.read', { regionId: home.id, agencyId: row.id }),
    );
    return {
      region: home,
      agencies: visible.map((row) => ({
        ...row,
        firstYear: row.firstYear === null ? null : Number(row.firstYear),
        lastYear: row.lastYear === null ? null : Number(row.lastYear),
        latestDataYear: row.latestDataYear === null ? null : Number(row.latestDataYear),
      })),
    };
  });
}
