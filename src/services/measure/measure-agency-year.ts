/**
 * Measures one agency for one year from the database: the Renstra sasaran and
 * indicators active in the year, their targets (the latest signed PK of the
 * top unit, else the Renstra), realisations rolled up to the year, previous
 * years for comparison, the budget tree with absorption, and efficiency per
 * sasaran. Every number comes from the domain engine (measure-agencies.ts
 * builds a report-data@1 object and measures it with `measureReport`), at
 * full precision; round only when showing.
 *
 * Which realisations count: 'submitted' and 'verified' always; 'draft' and
 * 'returned' (still being worked on) only with `includeDrafts`. It defaults to
 * true for the agency's own users (an operator sees the effect of what they
 * typed) and to false for everyone else; others may not ask for drafts
 * (forbidden): an agency's unsubmitted work is its own.
 */
import { z } from 'zod';
import type { RealisationStatus } from '../../store/schema/enums.ts';
import { cachedAgencyScope } from '../agency-scope.ts';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { ReadCache } from '../read-cache.ts';
import { parseInput } from '../validate.ts';
import {
  measureAgency,
  type MeasuredAgency,
  type MeasuredIndicator,
  type MeasuredSasaran,
  type MeasurementSettings,
  type PredikatCount,
} from './measure-agencies.ts';
import { loadMeasurementData } from './measurement-data.ts';

export type { MeasuredIndicator, MeasuredSasaran, MeasurementSettings, PredikatCount };

export const measureAgencyYearInput = z.object({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  includeDrafts: z.boolean().optional(),
});
export type MeasureAgencyYearInput = z.input<typeof measureAgencyYearInput>;

/** Years before the measured year read for comparisons (history, previous year). */
export const HISTORY_YEARS = 4;

export const SUBMITTED_STATUSES: readonly RealisationStatus[] = ['submitted', 'verified'];
export const ALL_STATUSES: readonly RealisationStatus[] = ['draft', 'submitted', 'verified', 'returned'];

export type AgencyYearMeasurement = {
  agency: {
    id: string;
    code: string;
    name: string;
    shortName: string | null;
    regionId: string;
    regionName: string;
  };
  year: number;
  /** Whether draft and returned realisations were counted. */
  includesDrafts: boolean;
  renstra: { id: string; startYear: number; endYear: number } | null;
  /** The signed PK version whose targets were used; null: Renstra targets. */
  pk: { versionId: string; number: number; kind: 'original' | 'perubahan'; signedOn: string | null } | null;
  settings: MeasurementSettings;
  sasaran: MeasuredSasaran[];
  overall: MeasuredAgency['overall'];
  predikatCounts: PredikatCount[];
  unmeasured: number;
  indicatorCount: number;
  missingRealisasi: number;
  incomplete: number;
  /** Budget of the year (program → kegiatan → sub kegiatan) with persen and sisa; null when none. */
  budget: MeasuredAgency['budget'];
};

/** Measurements asked again before anything changed are served from memory (see read-cache.ts). */
const measurements = new ReadCache<AgencyYearMeasurement>(200);

/**
 * The measurement of one agency-year. The dashboard asks for it on every
 * visit; it is computed once per change generation and shared (callers must
 * not mutate it). Authorization is checked on every call.
 */
export async function measureAgencyYear(ctx: ServiceContext, input: unknown): Promise<AgencyYearMeasurement> {
  const { agencyId, year, includeDrafts } = parseInput(measureAgencyYearInput, input);
  authorize(ctx.actor, 'agency.read', await cachedAgencyScope(agencyId, ctx.cachedReads === true, ctx.db));
  const own = ctx.actor.agencyId === agencyId;
  if (includeDrafts === true && !own) throw forbidden();
  const withDrafts = includeDrafts ?? own;
  return measurements.get(
    ctx.db,
    `${agencyId}:${year}:${String(withDrafts)}`,
    () => computeAgencyYear(ctx, agencyId, year, withDrafts),
    Date.now(),
    ctx.cachedReads === true,
  );
}

async function computeAgencyYear(
  ctx: ServiceContext,
  agencyId: string,
  year: number,
  withDrafts: boolean,
): Promise<AgencyYearMeasurement> {
  return inTransaction(ctx, async (tx) => {
    const [data] = await loadMeasurementData(
      tx,
      { agencyId },
      {
        year,
        historyYears: HISTORY_YEARS,
        statuses: withDrafts ? ALL_STATUSES : SUBMITTED_STATUSES,
        budget: 'tree',
      },
    );
    if (!data) throw new Error(`agency ${agencyId} vanished during the measurement`);
    const measured = measureAgency(data, { year, historyYears: HISTORY_YEARS, efficiency: true });
    const pk = data.pk.get(year);
    return {
      agency: {
        id: data.id,
        code: data.code,
        name: data.name,
        shortName: data.shortName,
        regionId: data.regionId,
        regionName: data.regionName,
      },
      year,
      includesDrafts: withDrafts,
      renstra: data.renstra,
      pk: pk ? { versionId: pk.versionId, number: pk.number, kind: pk.kind, signedOn: pk.signedOn } : null,
      settings: measured.settings,
      sasaran: measured.sasaran,
      overall: measured.overall,
      predikatCounts: measured.predikatCounts,
      unmeasured: measured.unmeasured,
      indicatorCount: measured.indicatorCount,
      missingRealisasi: measured.missingRealisasi,
      incomplete: measured.incomplete,
      budget: measured.budget,
    };
  });
}
