/**
 * The recap of a region for a year, for the region's admin, evaluator and a
 * viewer without an agency: per agency the number of indicators, the overall
 * capaian and predikat, indicators per predikat, budget pagu / realisasi /
 * persen, and how many realisations are missing. Read with a fixed number of
 * set-based queries for the whole region (measurement-data.ts), then measured
 * per agency through the same domain path as measureAgencyYear, so the
 * recap's overall capaian of an agency is exactly its own measurement's.
 *
 * Only 'submitted' and 'verified' realisations count (the recap is read by
 * people outside the agencies). Budget totals are sums of integer Rupiah in
 * the database (pagu = pagu perubahan where revised, else pagu murni);
 * persen comes from the domain's absorptionPercent.
 */
import { z } from 'zod';
import { absorptionPercent } from '../../domain/budget-rollup.ts';
import { region } from '../../store/schema/index.ts';
import { eq } from 'drizzle-orm';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { ReadCache } from '../read-cache.ts';
import { parseInput } from '../validate.ts';
import {
  measureAgency,
  type MeasurementSettings,
  type PredikatCount,
  type Predikat,
} from './measure-agencies.ts';
import { loadMeasurementData } from './measurement-data.ts';
import { SUBMITTED_STATUSES } from './measure-agency-year.ts';

export const recapRegionYearInput = z.object({
  regionId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type RecapRegionYearInput = z.input<typeof recapRegionYearInput>;

export type AgencyRecap = {
  agency: { id: string; code: string; name: string; shortName: string | null };
  indicatorCount: number;
  overall: { capaian: number | null; predikat: Predikat | null; count: number; excluded: number };
  predikatCounts: PredikatCount[];
  /** Indicators without a capaian (no target, no realisation ...). */
  unmeasured: number;
  /** Indicators with no realisation for the year. */
  missingRealisasi: number;
  /** Indicators with a realisation but not every period reported. */
  incomplete: number;
  settings: MeasurementSettings;
  budget: { pagu: number; paguMurni: number; realisasi: number; persen: number | null } | null;
};

export type RegionYearRecap = {
  region: { id: string; code: string; name: string };
  year: number;
  agencies: AgencyRecap[];
};

/** Recaps asked again before anything changed are served from memory (see read-cache.ts). */
const recaps = new ReadCache<RegionYearRecap>(100);

export async function recapRegionYear(ctx: ServiceContext, input: unknown): Promise<RegionYearRecap> {
  const { regionId, year } = parseInput(recapRegionYearInput, input);
  // A region-wide read: an agency-bound user (operator, kepala, viewer of an agency) may not.
  if (ctx.actor.agencyId !== null) throw forbidden();
  authorize(ctx.actor, 'agency.read', { regionId, agencyId: null });
  return recaps.get(
    ctx.db,
    `${regionId}:${year}`,
    () => computeRecap(ctx, regionId, year),
    Date.now(),
    ctx.cachedReads === true,
  );
}

async function computeRecap(ctx: ServiceContext, regionId: string, year: number): Promise<RegionYearRecap> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select({ id: region.id, code: region.code, name: region.name })
      .from(region)
      .where(eq(region.id, regionId));
    if (!row) throw notFound({ id: 'Wilayah', en: 'Region' });
    const data = await loadMeasurementData(
      tx,
      { regionId },
      { year, historyYears: 0, statuses: SUBMITTED_STATUSES, budget: 'totals' },
    );
    const agencies = data.map((agency): AgencyRecap => {
      const m = measureAgency(agency, { year, historyYears: 0, efficiency: false });
      const t = agency.budgetTotals;
      return {
        agency: { id: agency.id, code: agency.code, name: agency.name, shortName: agency.shortName },
        indicatorCount: m.indicatorCount,
        overall: m.overall,
        predikatCounts: m.predikatCounts,
        unmeasured: m.unmeasured,
        missingRealisasi: m.missingRealisasi,
        incomplete: m.incomplete,
        settings: m.settings,
        budget: t
          ? {
              pagu: t.pagu,
              paguMurni: t.paguMurni,
              realisasi: t.realisasi,
              persen: absorptionPercent(t.realisasi, t.pagu),
            }
          : null,
      };
    });
    return { region: row, year, agencies };
  });
}
