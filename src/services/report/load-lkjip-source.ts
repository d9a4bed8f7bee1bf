/**
 * What the LKjIP builder (`buildLkjipModel`, src/report/build-lkjip.ts) needs
 * for one agency-year, read from the database through the services:
 *
 * - the numbers: the agency-year measurement (`measureAgencyYear`: PK targets,
 *   realisations derived and rolled up by the domain, history, budget tree),
 *   turned back into the report-data@1 object the builder measures — values
 *   as measured, never a formula recomputed here; indicators without a target
 *   for the year are left out (they have no capaian and no place in Tabel 3.2);
 * - Renstra (visi, misi, tujuan, IKU with formula and data source:
 *   `getRenstraTree`), the signed PK versions of the year (`getPk`), head and
 *   signatory, organisation, SDM, PPKS/PSKS/assistance, IKM and AKIP where
 *   their scores can be derived (domain `ikmFromTotals`, `computeAkip`), the
 *   spending types, and the narratives (report-labels.ts maps the report's
 *   keys to the `narrative` table). A missing narrative gets the report's
 *   generated default (marked in the model);
 * - the agency's logo for the cover (`agency_logo`, set-agency-logo.ts): the
 *   source keeps its SHA-256, the bytes are read from `evidence_blob`, which
 *   never changes or loses a blob — so a final report keeps the logo it was
 *   sealed with, whatever logo the agency uploads later.
 *
 * What the database does not hold (decision 0006-demo-loader: the agency's
 * legal basis, PPKS without categories, IKM/AKIP without element or
 * component scores, related assessments, assistance targets) is left out;
 * the report says so or omits the table.
 *
 * A FINAL LKjIP (review/finalize-lkjip.ts) is never read live: its snapshot
 * holds this source (`report` in the snapshot content), and the report is
 * rebuilt from it with the snapshot's time as `createdAt`, so its files are
 * the same bytes every time, whatever changed in the records since.
 *
 * Realisations counted: submitted and verified only (the report is an
 * official document); `includeDrafts: true` is the agency's own preview.
 *
 * This file holds the use case and the snapshot handling; the parts are read
 * in lkjip-report-data.ts (the numbers), lkjip-renstra-pk-organisation.ts
 * (Renstra, PK, organisation, head) and lkjip-narratives-and-records.ts
 * (narratives, SDM, social, IKM, AKIP, spending).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Locale } from '../../domain/numbers.ts';
import type { LkjipSource } from '../../report/build-lkjip.ts';
import type { Database } from '../../store/database.ts';
import { agency, agencyLogo, evidenceBlob, lkjipReport, region } from '../../store/schema/index.ts';
import type { SpendingType } from '../../store/schema/enums.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { measureAgencyYear, type AgencyYearMeasurement } from '../measure/measure-agency-year.ts';
import { getRenstraTree } from '../plan/get-renstra-tree.ts';
import { parseInput } from '../validate.ts';
import { akipOf, ikmOf, narrativesOf, sdmOf, socialOf, spendingOf } from './lkjip-narratives-and-records.ts';
import { reportDataOf } from './lkjip-report-data.ts';
import { headOf, organisationOf, pkSourcesOf, renstraOf } from './lkjip-renstra-pk-organisation.ts';
import { SPENDING_LABELS } from './report-labels.ts';

export const loadLkjipSourceInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  locale: z.enum(['id', 'en']).optional(),
  /** Time stamp written into the files (live reports; a final one uses its snapshot's). Default: now. */
  createdAt: z.iso.datetime({ offset: true }).optional(),
  /** Signing date printed under Kata Pengantar and BAB IV (live reports); default a blank to fill in. */
  signedOn: z.iso.date().optional(),
  includeDrafts: z.boolean().optional(),
});
export type LoadLkjipSourceInput = z.input<typeof loadLkjipSourceInput>;

/** The locale-free part of an LkjipSource: what a final LKjIP's snapshot keeps (JSON). */
export type StoredLkjipSource = Omit<LkjipSource, 'locale' | 'createdAt' | 'logo' | 'spendingByType'> & {
  spendingByType: { type: SpendingType; amount: number }[] | null;
  /** SHA-256 of the cover's logo in `evidence_blob` (absent in snapshots sealed before logos existed). */
  logoSha256?: string | null;
};

/** A sasaran of the report: its record, and the id the report's keys use (`sasaran.<key>.analysis`). */
export type ReportSasaran = { id: string; code: string; statement: string; key: string };

export type LoadedLkjipSource = {
  source: LkjipSource;
  /** 'snapshot': a final LKjIP rebuilt from its frozen snapshot; 'live': read from the records now. */
  from: 'snapshot' | 'live';
  /** The LKjIP review record, when there is one. */
  report: { id: string; status: 'draft' | 'in_review' | 'final' } | null;
  /** The sasaran of the year's Renstra, in order, with their report keys. */
  sasaran: ReportSasaran[];
};

/** Snapshot content key under which the report source is kept (beside the measurement). */
export const SNAPSHOT_REPORT_KEY = 'report';

export async function loadLkjipSource(ctx: ServiceContext, input: unknown): Promise<LoadedLkjipSource> {
  const data = parseInput(loadLkjipSourceInput, input);
  const locale: Locale = data.locale ?? 'id';
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const [row] = await tx
      .select({
        id: lkjipReport.id,
        status: lkjipReport.status,
        snapshot: lkjipReport.snapshot,
      })
      .from(lkjipReport)
      .where(and(eq(lkjipReport.agencyId, data.agencyId), eq(lkjipReport.year, data.year)));
    const report = row ? { id: row.id, status: row.status } : null;
    if (row?.status === 'final') {
      const frozen = storedFromSnapshot(row.snapshot);
      if (frozen) {
        return {
          source: toLkjipSource(
            frozen.stored,
            locale,
            frozen.takenAt,
            await logoBytes(tx, frozen.stored.logoSha256 ?? null),
          ),
          from: 'snapshot' as const,
          report,
          sasaran: frozen.sasaran,
        };
      }
    }
    const inner: ServiceContext = { ...ctx, db: tx };
    const { stored, measurement } = await collectLkjipSource(inner, {
      agencyId: data.agencyId,
      year: data.year,
      includeDrafts: data.includeDrafts ?? false,
      signedOn: data.signedOn ?? null,
    });
    return {
      source: toLkjipSource(
        stored,
        locale,
        data.createdAt ?? ctx.now().toISOString(),
        await logoBytes(tx, stored.logoSha256 ?? null),
      ),
      from: 'live' as const,
      report,
      sasaran: reportSasaran(measurement.sasaran),
    };
  });
}

/**
 * The snapshot content finalize-lkjip.ts seals: the measurement (as before)
 * plus, under `report`, everything the report is built from. The signing
 * date is the finalisation day in the region's time zone.
 */
export async function lkjipSnapshotContent(
  ctx: ServiceContext,
  report: { agencyId: string; year: number },
): Promise<AgencyYearMeasurement & { [SNAPSHOT_REPORT_KEY]: StoredLkjipSource }> {
  const { measurement, stored } = await collectLkjipSource(ctx, {
    ...report,
    includeDrafts: false,
    signedOn: 'now',
  });
  return { ...measurement, [SNAPSHOT_REPORT_KEY]: stored };
}

function storedFromSnapshot(
  snapshot: unknown,
): { stored: StoredLkjipSource; takenAt: string; sasaran: ReportSasaran[] } | null {
  if (snapshot === null || typeof snapshot !== 'object') return null;
  const s = snapshot as { takenAt?: unknown; content?: Record<string, unknown> };
  const stored = s.content?.[SNAPSHOT_REPORT_KEY];
  if (typeof s.takenAt !== 'string' || stored === null || typeof stored !== 'object') return null;
  const measured = s.content?.['sasaran'];
  return {
    stored: stored as StoredLkjipSource,
    takenAt: s.takenAt,
    sasaran: Array.isArray(measured) ? reportSasaran(measured as AgencyYearMeasurement['sasaran']) : [],
  };
}

/**
 * The ids the report uses for sasaran and indicators: the codes people know
 * (SS1, SS1.1), unless they collide (then the record ids).
 */
function reportKeys(sasaran: AgencyYearMeasurement['sasaran']): {
  sasaranKey: Map<string, string>;
  indicatorKey: Map<string, string>;
} {
  const sasaranCodes = sasaran.map((s) => s.code);
  const indicatorCodes = sasaran.flatMap((s) => s.indicators.map((i) => i.code));
  const codesUnique =
    new Set([...sasaranCodes, ...indicatorCodes]).size === sasaranCodes.length + indicatorCodes.length;
  return {
    sasaranKey: new Map(sasaran.map((s) => [s.id, codesUnique ? s.code : s.id])),
    indicatorKey: new Map(
      sasaran.flatMap((s) => s.indicators.map((i) => [i.id, codesUnique ? i.code : i.id] as const)),
    ),
  };
}

function reportSasaran(sasaran: AgencyYearMeasurement['sasaran']): ReportSasaran[] {
  const { sasaranKey } = reportKeys(sasaran);
  return sasaran.map((s) => ({ id: s.id, code: s.code, statement: s.statement, key: sasaranKey.get(s.id)! }));
}

/** The logo's bytes by their SHA-256 (null: no logo). */
async function logoBytes(tx: Database, sha256: string | null): Promise<Uint8Array | null> {
  if (sha256 === null) return null;
  const [blob] = await tx
    .select({ content: evidenceBlob.content })
    .from(evidenceBlob)
    .where(eq(evidenceBlob.sha256, sha256));
  return blob ? new Uint8Array(blob.content) : null;
}

/** The builder's source for a locale and a time stamp, with the logo's bytes (if any). */
export function toLkjipSource(
  stored: StoredLkjipSource,
  locale: Locale,
  createdAt: string,
  logo: Uint8Array | null = null,
): LkjipSource {
  const { spendingByType, ...rest } = stored;
  delete rest.logoSha256;
  return {
    ...rest,
    locale,
    createdAt,
    logo,
    spendingByType: spendingByType
      ? spendingByType.map((s) => ({
          label: locale === 'id' ? SPENDING_LABELS[s.type].id : SPENDING_LABELS[s.type].en,
          amount: s.amount,
        }))
      : null,
  };
}

type CollectOptions = {
  agencyId: string;
  year: number;
  includeDrafts: boolean;
  /** ISO date, 'now' (the clock's day in the region's time zone), or null (blank). */
  signedOn: string | null | 'now';
};

/** Reads everything; the caller has authorized (the services it calls authorize again). */
async function collectLkjipSource(
  ctx: ServiceContext,
  options: CollectOptions,
): Promise<{ measurement: AgencyYearMeasurement; stored: StoredLkjipSource }> {
  const { agencyId, year } = options;
  const tx = ctx.db;
  const measurement = await measureAgencyYear(ctx, {
    agencyId,
    year,
    ...(options.includeDrafts ? { includeDrafts: true } : { includeDrafts: false }),
  });
  const tree = measurement.renstra
    ? await getRenstraTree(ctx, { agencyId, renstraPeriodId: measurement.renstra.id })
    : null;

  const [agencyRow] = await tx
    .select({
      name: agency.name,
      address: agency.address,
      regionName: region.name,
      regionKind: region.kind,
      parentRegionId: region.parentRegionId,
      timeZone: region.timeZone,
    })
    .from(agency)
    .innerJoin(region, eq(region.id, agency.regionId))
    .where(eq(agency.id, agencyId));
  if (!agencyRow) throw new Error(`agency ${agencyId} vanished while the report was read`);
  const [province] = agencyRow.parentRegionId
    ? await tx.select({ name: region.name }).from(region).where(eq(region.id, agencyRow.parentRegionId))
    : [];

  // Which ids the report uses: the codes people know (SS1, SS1.1), unless they collide.
  const { sasaranKey, indicatorKey } = reportKeys(measurement.sasaran);

  const data = await reportDataOf(tx, measurement, tree, agencyRow, province?.name ?? null, {
    sasaranKey,
    indicatorKey,
  });

  const units = await organisationOf(tx, agencyId, year);
  const head = await headOf(tx, agencyId, units.topUnitId, year);
  const pkDocs = await pkSourcesOf(ctx, agencyId, year, agencyRow.name);
  const narratives = await narrativesOf(tx, agencyId, year, sasaranKey);
  const isuStrategis = narratives.lists.isuStrategis ?? null;

  const signedOn = options.signedOn === 'now' ? dayIn(ctx.now(), agencyRow.timeZone) : options.signedOn;
  const latestPk = pkDocs.at(-1);
  const stored: StoredLkjipSource = {
    data,
    agency: {
      name: agencyRow.name,
      region: agencyRow.regionName,
      province: province?.name ?? null,
      address: agencyRow.address,
      // not stored (decision 0006-demo-loader); BAB I says it in the tugas dan fungsi text
      legalBasis: null,
    },
    head,
    signed: {
      place: latestPk?.place ?? agencyRow.regionName,
      date: signedOn,
      precision: 'day',
    },
    renstra: tree ? renstraOf(tree, agencyRow.name, indicatorKey) : null,
    pk: pkDocs,
    organisation: units.rows.length > 0 ? units.rows : null,
    sdm: await sdmOf(tx, agencyId, year),
    isuStrategis,
    sasaranPrograms: measurement.sasaran
      .filter((s) => data.sasaran.some((d) => d.id === sasaranKey.get(s.id)))
      .map((s) => ({ sasaranId: sasaranKey.get(s.id)!, codes: s.programs.map((p) => p.code) })),
    social: await socialOf(tx, agencyId, year),
    ikm: await ikmOf(tx, agencyId, year),
    akip: await akipOf(tx, agencyId, year),
    spendingByType: await spendingOf(tx, agencyId, year),
    narratives: narratives.texts,
    logoSha256: await logoOf(tx, agencyId),
  };
  return { measurement, stored };
}

async function logoOf(tx: Database, agencyId: string): Promise<string | null> {
  const [row] = await tx
    .select({ sha256: agencyLogo.blobSha256 })
    .from(agencyLogo)
    .where(eq(agencyLogo.agencyId, agencyId));
  return row?.sha256 ?? null;
}

/** YYYY-MM-DD of an instant in a time zone. */
function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}
