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
 */
import { and, asc, eq, inArray, isNull, lte, desc } from 'drizzle-orm';
import { z } from 'zod';
import { computeAkip, type AkipComponentKey } from '../../domain/akip.ts';
import { ikmFromTotals } from '../../domain/ikm.ts';
import { IKM_ELEMENTS } from '../../store/schema/enums.ts';
import type { Locale } from '../../domain/numbers.ts';
import type { BudgetItemMeasurement } from '../../domain/report-data/measure-report.ts';
import { SCALE_PRESET_IDS, type BudgetItemInput, type ReportData } from '../../domain/report-data/schema.ts';
import type { LkjipSource, Person } from '../../report/build-lkjip.ts';
import type { PkSource } from '../../report/build-pk.ts';
import type { Database } from '../../store/database.ts';
import {
  agency,
  agencyLogo,
  akipComponentScore,
  akipEvaluation,
  akipRecommendation,
  assistanceDelivery,
  budgetLine,
  evidenceBlob,
  ikmElementTotal,
  ikmSurvey,
  indicator as indicatorTable,
  lkjipReport,
  narrative,
  orgUnit,
  perjanjianKinerja,
  position,
  ppksCount,
  psksCount,
  region,
  sasaranStrategis,
  sdmCount,
  sdmSnapshot,
  signatory,
} from '../../store/schema/index.ts';
import type { SpendingType } from '../../store/schema/enums.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { getPk, type PkResult } from '../commit/get-pk.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { loadMeasurementData } from '../measure/measurement-data.ts';
import { measureAgencyYear, type AgencyYearMeasurement } from '../measure/measure-agency-year.ts';
import { getRenstraTree, type RenstraTree, type TreeSasaran } from '../plan/get-renstra-tree.ts';
import { parseInput } from '../validate.ts';
import { socialReportDetail } from './social-report-detail.ts';
import {
  LIST_SECTIONS,
  listItems,
  NARRATIVE_SECTIONS,
  paragraphs,
  PSKS_LABELS,
  SASARAN_NARRATIVE_SECTION,
  SPENDING_LABELS,
} from './report-labels.ts';

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

const num = (text: string | null | undefined): number | null =>
  text === null || text === undefined ? null : Number(text);

async function reportDataOf(
  tx: Database,
  m: AgencyYearMeasurement,
  tree: RenstraTree | null,
  agencyRow: { name: string; regionName: string; regionKind: 'provinsi' | 'kabupaten' | 'kota' },
  province: string | null,
  keys: { sasaranKey: Map<string, string>; indicatorKey: Map<string, string> },
): Promise<ReportData> {
  const plans = new Map(
    (tree ? allSasaran(tree) : []).flatMap((s) => s.indicators.map((i) => [i.id, i] as const)),
  );
  const sasaran = m.sasaran
    .map((s) => ({
      id: keys.sasaranKey.get(s.id)!,
      name: s.statement,
      indikator: s.indicators
        // Only indicators with a target for the year are reported (the others have no capaian).
        .filter((i) => i.targetSource !== null)
        .map((i) => {
          const plan = plans.get(i.id);
          const target =
            i.target === null
              ? null
              : i.target.kind === 'value'
                ? i.target.value
                : i.target.kind === 'range'
                  ? { min: i.target.min, max: i.target.max }
                  : i.target.grade;
          const endTarget = num(plan?.endTarget.value);
          const baseline = num(plan?.baseline.value);
          return {
            id: keys.indicatorKey.get(i.id)!,
            name: i.name,
            ...(i.unit !== null ? { unit: i.unit } : {}),
            polarity: i.polarity,
            ...(plan?.ordinalScale && i.polarity === 'ordinal'
              ? { grades: [...plan.ordinalScale.grades].reverse() }
              : {}),
            target,
            realisasi: i.realisasi,
            ...(endTarget !== null ? { endTarget } : {}),
            ...(baseline !== null ? { baseline } : {}),
            ...(plan?.formula ? { formula: plan.formula } : {}),
            ...(plan?.dataSource ? { dataSource: plan.dataSource } : {}),
            history: i.history.map((h) => ({ year: h.year, target: h.target, realisasi: h.realisasi })),
          };
        }),
    }))
    .filter((s) => s.indikator.length > 0);
  const scale = await scaleOf(tx, m);
  return {
    format: 'akuntabel/report-data@1',
    agency: {
      name: agencyRow.name,
      region: agencyRow.regionName,
      level: agencyRow.regionKind,
      ...(province ? { province } : {}),
    },
    year: m.year,
    scale,
    aggregation: m.settings.aggregation,
    policy: { negativeFormula: m.settings.negativeFormula, cap: m.settings.cap },
    sasaran,
    ...(m.budget ? { budget: { items: m.budget.items.map(budgetInput) } } : {}),
  } as ReportData;
}

/** The measured budget tree as input again: amounts on the leaves (sub kegiatan), rolled up by the domain. */
function budgetInput(item: BudgetItemMeasurement): BudgetItemInput {
  const leaf = item.children.length === 0;
  return {
    code: item.code,
    level: item.level,
    name: item.name,
    ...(leaf ? { pagu: item.pagu, paguMurni: item.paguMurni, realisasi: item.realisasi } : {}),
    children: item.children.map(budgetInput),
  };
}

/** A preset scale by id; a custom one with its bands (read from the setting the measurement used). */
async function scaleOf(tx: Database, m: AgencyYearMeasurement): Promise<ReportData['scale']> {
  const id = m.settings.scale.id;
  if ((SCALE_PRESET_IDS as readonly string[]).includes(id)) return id as ReportData['scale'];
  const [loaded] = await loadMeasurementData(
    tx,
    { agencyId: m.agency.id },
    { year: m.year, historyYears: 0, statuses: [], budget: 'none' },
  );
  const bands = [...(loaded?.setting.customScale ?? [])].sort(
    (a, b) => (b.min === null ? -Infinity : Number(b.min)) - (a.min === null ? -Infinity : Number(a.min)),
  );
  return {
    name: m.settings.scale.name,
    levels: bands.map((band) => ({
      label: band.label,
      min: band.min === null ? null : Number(band.min),
      minInclusive: band.minInclusive,
      max: band.max === null ? null : Number(band.max),
      maxInclusive: band.maxInclusive,
    })),
  };
}

function allSasaran(tree: RenstraTree): TreeSasaran[] {
  return [
    ...tree.misi.flatMap((m) => m.tujuan.flatMap((t) => t.sasaran)),
    ...tree.tujuanWithoutMisi.flatMap((t) => t.sasaran),
    ...tree.sasaranWithoutTujuan,
  ];
}

function renstraOf(
  tree: RenstraTree,
  agencyName: string,
  indicatorKey: Map<string, string>,
): NonNullable<LkjipSource['renstra']> {
  const { startYear, endYear } = tree.period;
  return {
    name: `Renstra ${agencyName} ${startYear}-${endYear}`,
    visi: tree.period.visi,
    misi: tree.misi.map((m) => m.statement),
    tujuan: [...tree.misi.flatMap((m) => m.tujuan), ...tree.tujuanWithoutMisi].map((t) => t.statement),
    indicators: allSasaran(tree).flatMap((s) =>
      s.indicators.map((i) => ({
        id: indicatorKey.get(i.id) ?? i.code,
        formula: i.formula,
        dataSource: i.dataSource,
        definition: i.definition,
        iku: i.isIku,
      })),
    ),
  };
}

type Units = { rows: NonNullable<LkjipSource['organisation']>; topUnitId: string | null };

/** Units depth first with their head's title; a unit's task is the year's `bab1.tugas_fungsi.*` text "Unit: task". */
async function organisationOf(tx: Database, agencyId: string, year: number): Promise<Units> {
  const tasks = (
    await tx
      .select({ section: narrative.section, body: narrative.body })
      .from(narrative)
      .where(and(eq(narrative.agencyId, agencyId), eq(narrative.year, year)))
  ).filter((n) => n.section.startsWith(`${NARRATIVE_SECTIONS.tugasFungsi!.section}.`));
  const taskOf = (name: string) => {
    const found = tasks.find((t) => t.body.startsWith(`${name}: `));
    return found ? found.body.slice(name.length + 2).trim() : null;
  };
  const units = await tx
    .select()
    .from(orgUnit)
    .where(eq(orgUnit.agencyId, agencyId))
    .orderBy(asc(orgUnit.sortOrder), asc(orgUnit.name));
  const heads = await tx
    .select({ orgUnitId: position.orgUnitId, title: position.title })
    .from(position)
    .where(and(eq(position.agencyId, agencyId), eq(position.isHead, true)));
  const headTitle = new Map(heads.map((h) => [h.orgUnitId, h.title]));
  const children = new Map<string | null, typeof units>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const rows: Units['rows'] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const u of children.get(parentId) ?? []) {
      rows.push({
        name: u.name,
        headTitle: headTitle.get(u.id) ?? '-',
        eselon: u.echelon,
        depth,
        task: taskOf(u.name),
      });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  const top = children.get(null)?.[0] ?? null;
  return { rows, topUnitId: top?.id ?? null };
}

/** The head of the agency (the top unit's head position) serving at the end of the year. */
async function headOf(
  tx: Database,
  agencyId: string,
  topUnitId: string | null,
  year: number,
): Promise<Person | null> {
  if (topUnitId === null) return null;
  const rows = await tx
    .select({ s: signatory, title: position.title })
    .from(signatory)
    .innerJoin(position, eq(position.id, signatory.positionId))
    .where(and(eq(position.agencyId, agencyId), eq(position.orgUnitId, topUnitId)));
  const end = `${year}-12-31`;
  const serving = rows
    .filter(
      (r) =>
        (r.s.validFrom === null || r.s.validFrom <= end) &&
        (r.s.validTo === null || r.s.validTo >= `${year}-01-01`),
    )
    .sort(
      (a, b) => (b.s.validFrom ?? '').localeCompare(a.s.validFrom ?? '') || a.s.name.localeCompare(b.s.name),
    );
  const chosen = serving[0] ?? rows[0];
  if (!chosen) return null;
  return {
    name: chosen.s.name,
    rank: chosen.s.rank,
    nip: chosen.s.nip,
    title: chosen.s.actingAs ? `${chosen.s.actingAs} ${chosen.title}` : chosen.title,
  };
}

/** The signed versions of the year's PK of the agency's top unit, oldest first (original, then perubahan). */
async function pkSourcesOf(
  ctx: ServiceContext,
  agencyId: string,
  year: number,
  agencyName: string,
): Promise<PkSource[]> {
  const pkRows = await ctx.db
    .select({ id: perjanjianKinerja.id })
    .from(perjanjianKinerja)
    .where(
      and(
        eq(perjanjianKinerja.agencyId, agencyId),
        eq(perjanjianKinerja.year, year),
        isNull(perjanjianKinerja.parentId),
      ),
    );
  const sources: PkSource[] = [];
  for (const { id } of pkRows.slice(0, 1)) {
    const pk = await getPk(ctx, { pkId: id });
    const signed = pk.versions.filter((v) => v.status === 'signed');
    for (const v of signed) sources.push(await pkSourceOf(ctx.db, pk, v, agencyName));
  }
  return sources;
}

/** One PK version as the PK document builder takes it. */
export async function pkSourceOf(
  tx: Database,
  pk: PkResult,
  version: PkResult['versions'][number],
  agencyName: string,
): Promise<PkSource> {
  const ids = [version.firstPartySignatoryId, version.secondPartySignatoryId].filter(
    (x): x is string => x !== null,
  );
  const people =
    ids.length > 0
      ? await tx
          .select({ s: signatory, title: position.title })
          .from(signatory)
          .innerJoin(position, eq(position.id, signatory.positionId))
          .where(inArray(signatory.id, ids))
      : [];
  const person = (id: string | null) => people.find((p) => p.s.id === id);
  const first = person(version.firstPartySignatoryId);
  const second = person(version.secondPartySignatoryId);
  const indicatorIds = version.targets.map((t) => t.indicatorId);
  const sasaranOf =
    indicatorIds.length > 0
      ? await tx
          .select({ indicatorId: indicatorTable.id, statement: sasaranStrategis.statement })
          .from(indicatorTable)
          .innerJoin(sasaranStrategis, eq(sasaranStrategis.id, indicatorTable.sasaranStrategisId))
          .where(inArray(indicatorTable.id, indicatorIds))
      : [];
  const sasaranName = new Map(sasaranOf.map((r) => [r.indicatorId, r.statement]));
  return {
    year: pk.year,
    version: version.kind,
    place: version.signedPlace,
    signed: { date: version.signedOn, precision: 'day' },
    agencyName,
    pihakPertama: first
      ? {
          name: first.s.name,
          nip: first.s.nip,
          rank: first.s.rank,
          title: first.s.actingAs ? `${first.s.actingAs} ${first.title}` : first.title,
        }
      : { name: '(……………………)', nip: null, rank: null, title: `Kepala ${pk.orgUnitName}` },
    pihakKedua: second
      ? { name: second.s.name, title: second.title }
      : { name: '(……………………)', title: '(atasan pihak pertama)' },
    items: version.targets
      // The PK table prints numbers; range and grade targets have no single number to print.
      .filter((t) => t.value !== null)
      .map((t) => ({
        sasaran: sasaranName.get(t.indicatorId) ?? '-',
        indikator: t.indicatorName,
        target: Number(t.value),
        unit: t.unit,
      })),
    programBudgets: version.budgets
      .filter((b) => b.level === 'program')
      .map((b) => ({ code: b.code, name: b.name, pagu: b.amount })),
  };
}

async function narrativesOf(
  tx: Database,
  agencyId: string,
  year: number,
  sasaranKey: Map<string, string>,
): Promise<{ texts: Record<string, string[]>; lists: Record<string, string[]> }> {
  const rows = await tx
    .select()
    .from(narrative)
    .where(and(eq(narrative.agencyId, agencyId), eq(narrative.year, year)))
    .orderBy(asc(narrative.section), asc(narrative.topic));
  const texts: Record<string, string[]> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, where] of Object.entries(NARRATIVE_SECTIONS)) {
    const row = rows.find(
      (r) => r.section === where.section && r.topic === where.topic && r.sasaranStrategisId === null,
    );
    if (!row || row.body.trim() === '') continue;
    if (LIST_SECTIONS.has(key)) lists[key] = listItems(row.body);
    else texts[key] = paragraphs(row.body);
  }
  // BAB IV's steps are printed as a list; the isu strategis go to the source's own list.
  if (lists.langkahKeDepan) texts.langkahKeDepan = lists.langkahKeDepan;
  for (const [sasaranId, key] of sasaranKey) {
    const body = (topic: string) =>
      rows.find(
        (r) =>
          r.section === SASARAN_NARRATIVE_SECTION && r.sasaranStrategisId === sasaranId && r.topic === topic,
      )?.body;
    const analysis = body('analisis');
    if (analysis) texts[`sasaran.${key}.analysis`] = paragraphs(analysis);
    const causes = [
      body('penyebab_keberhasilan'),
      body('penyebab_kegagalan'),
      body('solusi'),
      body('langkah_ke_depan'),
    ].filter((b): b is string => b !== undefined && b.trim() !== '');
    if (causes.length > 0) texts[`sasaran.${key}.causes`] = causes.flatMap(paragraphs);
  }
  return { texts, lists };
}

async function sdmOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['sdm']> {
  const [snap] = await tx
    .select()
    .from(sdmSnapshot)
    .where(and(eq(sdmSnapshot.agencyId, agencyId), lte(sdmSnapshot.year, year)))
    .orderBy(desc(sdmSnapshot.year))
    .limit(1);
  if (!snap) return null;
  const counts = await tx
    .select()
    .from(sdmCount)
    .where(eq(sdmCount.sdmSnapshotId, snap.id))
    .orderBy(asc(sdmCount.sortOrder), asc(sdmCount.category));
  const of = (dimension: string) => counts.filter((c) => c.dimension === dimension);
  const status = of('status_kepegawaian');
  const isPns = (category: string) => /^(pns|asn)\b/i.test(category.trim());
  const pns = status.filter((c) => isPns(c.category)).reduce((a, c) => a + c.count, 0);
  const kontrak = status.filter((c) => !isPns(c.category)).reduce((a, c) => a + c.count, 0);
  // Positions: the jabatan breakdown (it names every civil servant once); else the eselon one.
  const positions = of('jabatan').length > 0 ? of('jabatan') : of('eselon');
  const education = new Map<string, { pns: number; kontrak: number }>();
  for (const c of of('pendidikan')) {
    // "PNS: S1 (Sarjana)" / "Tenaga kontrak: SLTA"; a category without a prefix counts as PNS.
    const m = /^([^:]+):\s*(.+)$/.exec(c.category);
    const category = m ? m[2]!.trim() : c.category;
    const row = education.get(category) ?? { pns: 0, kontrak: 0 };
    if (!m || isPns(m[1]!)) row.pns += c.count;
    else row.kontrak += c.count;
    education.set(category, row);
  }
  if (status.length === 0 && positions.length === 0 && education.size === 0) return null;
  return {
    totals: {
      pns: status.length > 0 ? pns : positions.reduce((a, c) => a + c.count, 0),
      kontrak,
    },
    byPosition: positions.map((c) => ({ group: c.dimension, category: c.category, count: c.count })),
    byEducation: [...education].map(([category, v]) => ({ category, ...v })),
  };
}

async function socialOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['social']> {
  const latestYear = async (rows: { year: number }[]) => rows.reduce((a, r) => Math.max(a, r.year), 0);
  const ppksRows = await tx
    .select({
      year: ppksCount.year,
      category: ppksCount.category,
      count: ppksCount.count,
      kecamatanId: ppksCount.kecamatanId,
    })
    .from(ppksCount)
    .where(and(eq(ppksCount.agencyId, agencyId), lte(ppksCount.year, year)));
  const ppksYear = await latestYear(ppksRows);
  const ppksOfYear = ppksRows.filter((r) => r.year === ppksYear);
  // Region-wide rows when there are any (kecamatan rows then only break them down).
  const ppksTotals = ppksOfYear.some((r) => r.kecamatanId === null)
    ? ppksOfYear.filter((r) => r.kecamatanId === null)
    : ppksOfYear;
  const psksRows = await tx
    .select()
    .from(psksCount)
    .where(and(eq(psksCount.agencyId, agencyId), lte(psksCount.year, year)));
  const psksYear = await latestYear(psksRows);
  const psksOfYear = psksRows.filter((r) => r.year === psksYear);
  const psksTotals = psksOfYear.some((r) => r.kecamatanId === null)
    ? psksOfYear.filter((r) => r.kecamatanId === null)
    : psksOfYear;
  const psks = new Map<string, { label: string; count: number; unit: string }>();
  for (const r of psksTotals) {
    const known = PSKS_LABELS[r.type];
    // The demo loader keeps the printed unit in the data source: "... (satuan: nagari)".
    const unit = /\(satuan: ([^)]+)\)/.exec(r.dataSource ?? '')?.[1] ?? known.unit;
    const entry = psks.get(r.type) ?? { label: known.label, count: 0, unit };
    entry.count += r.count;
    psks.set(r.type, entry);
  }
  const assistance = await tx
    .select()
    .from(assistanceDelivery)
    .where(
      and(
        eq(assistanceDelivery.agencyId, agencyId),
        eq(assistanceDelivery.year, year),
        isNull(assistanceDelivery.kecamatanId),
      ),
    )
    .orderBy(asc(assistanceDelivery.program), asc(assistanceDelivery.programLabel));
  const social: NonNullable<LkjipSource['social']> = {
    ppks:
      ppksTotals.length > 0
        ? {
            year: ppksYear,
            total: ppksTotals.reduce((a, r) => a + r.count, 0),
            categories: [...new Set(ppksTotals.map((r) => r.category))],
          }
        : null,
    psks: [...psks.values()],
    assistance: assistance
      .filter((a) => a.recipients !== null)
      .map((a) => ({
        label: a.programLabel !== '' ? a.programLabel : a.program.toUpperCase(),
        year: a.year,
        funding: a.fundingSource ?? '-',
        // targets are not stored (decision 0006-demo-loader)
        target: null,
        recipients: a.recipients!,
        unit: a.unitName === null ? '-' : a.unitName.toUpperCase() === 'KPM' ? 'KPM' : a.unitName,
      })),
  };
  social.detail = await socialReportDetail(tx, agencyId, year);
  return social.ppks || social.psks.length > 0 || social.assistance.length > 0 || social.detail
    ? social
    : null;
}

/** IKM surveys whose element totals give the index (domain ikmFromTotals); surveys without them are left out. */
async function ikmOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['ikm']> {
  const surveys = await tx
    .select()
    .from(ikmSurvey)
    .where(and(eq(ikmSurvey.agencyId, agencyId), lte(ikmSurvey.year, year)))
    .orderBy(asc(ikmSurvey.year));
  if (surveys.length === 0) return null;
  const totals = await tx
    .select()
    .from(ikmElementTotal)
    .where(
      inArray(
        ikmElementTotal.ikmSurveyId,
        surveys.map((s) => s.id),
      ),
    );
  const result: NonNullable<LkjipSource['ikm']>['surveys'] = [];
  for (const s of surveys) {
    const rows = totals.filter((t) => t.ikmSurveyId === s.id);
    const byElement = IKM_ELEMENTS.map((e) => rows.find((r) => r.element === e));
    if (byElement.some((r) => r === undefined)) continue;
    const respondents = byElement[0]!.respondents;
    if (byElement.some((r) => r!.respondents !== respondents)) continue;
    const ikm = ikmFromTotals(
      byElement.map((r) => r!.scoreSum),
      respondents,
    );
    result.push({ year: s.year, respondents, nilai: ikm.nilai });
  }
  return result.length > 0 ? { surveys: result, related: [] } : null;
}

const AKIP_KEYS: Readonly<Record<string, AkipComponentKey>> = {
  perencanaan: 'perencanaan',
  pengukuran: 'pengukuran',
  pelaporan: 'pelaporan',
  evaluasi: 'evaluasi',
};

/** AKIP evaluations whose four component scores give the total (domain computeAkip); others are left out. */
async function akipOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['akip']> {
  const evaluations = await tx
    .select()
    .from(akipEvaluation)
    .where(and(eq(akipEvaluation.agencyId, agencyId), lte(akipEvaluation.year, year)))
    .orderBy(asc(akipEvaluation.year), asc(akipEvaluation.evaluator));
  if (evaluations.length === 0) return null;
  const ids = evaluations.map((e) => e.id);
  const scores = await tx
    .select()
    .from(akipComponentScore)
    .where(inArray(akipComponentScore.akipEvaluationId, ids));
  const recommendations = await tx
    .select()
    .from(akipRecommendation)
    .where(inArray(akipRecommendation.akipEvaluationId, ids))
    .orderBy(asc(akipRecommendation.number));
  const result: NonNullable<LkjipSource['akip']>['evaluations'] = [];
  for (const e of evaluations) {
    const input: Partial<Record<AkipComponentKey, { score: number }>> = {};
    for (const s of scores.filter((x) => x.akipEvaluationId === e.id)) {
      const key = AKIP_KEYS[s.component];
      if (key) input[key] = { score: Number(s.score) };
    }
    if (Object.keys(input).length !== 4) continue;
    const computed = computeAkip(input as Record<AkipComponentKey, { score: number }>);
    result.push({
      year: e.year,
      score: computed.score,
      evaluator: e.evaluator,
      recommendations: recommendations
        .filter((r) => r.akipEvaluationId === e.id)
        .map((r) => ({ text: r.recommendation, followUp: r.followUpNote })),
    });
  }
  return result.length > 0 ? { evaluations: result } : null;
}

/** Pagu of the year by spending type; null when every line is `lainnya` (the type was not recorded). */
async function spendingOf(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<StoredLkjipSource['spendingByType']> {
  const lines = await tx
    .select({
      type: budgetLine.spendingType,
      murni: budgetLine.paguMurni,
      perubahan: budgetLine.paguPerubahan,
    })
    .from(budgetLine)
    .where(and(eq(budgetLine.agencyId, agencyId), eq(budgetLine.year, year)));
  if (lines.length === 0 || lines.every((l) => l.type === 'lainnya')) return null;
  const sums = new Map<SpendingType, number>();
  for (const l of lines) sums.set(l.type, (sums.get(l.type) ?? 0) + (l.perubahan ?? l.murni));
  return [...sums]
    .filter(([, amount]) => amount > 0)
    .sort(([a], [b]) => SPENDING_ORDER.indexOf(a) - SPENDING_ORDER.indexOf(b))
    .map(([type, amount]) => ({ type, amount }));
}

const SPENDING_ORDER = Object.keys(SPENDING_LABELS) as SpendingType[];
