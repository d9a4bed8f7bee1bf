/**
 * The world the security tests probe: three agencies — `own` (the signed-in
 * users' agency), `sibling` (another agency of the same region) and `foreign`
 * (an agency of another region) — each with the rows a probe of every route
 * needs (a draft, a submitted and a signed PK version, a submitted and a draft
 * realisation with evidence, a budget line, an unlinked program...), one user
 * per role, and the tools to probe without leaving a trace: a database handle
 * the app uses that can be pointed at a transaction the test rolls back, and a
 * fingerprint of every table to prove a refused request changed nothing.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../../src/http/app.ts';
import { queryRows, type Database } from '../../../src/store/database.ts';
import * as s from '../../../src/store/schema/index.ts';
import { evidenceSha256, seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { PASSWORD, seedTwoAgencies } from '../http-fixtures.ts';
import { hashPassword } from '../../../src/services/administer/password-hash.ts';

/** Who calls: the five roles (a viewer bound to the agency and a provinsi admin besides), or nobody. */
export const ACTORS = [
  'admin',
  'operator',
  'kepala',
  'evaluator',
  'viewer',
  'viewerBound',
  'provinceAdmin',
  'anonymous',
] as const;
export type ActorName = (typeof ACTORS)[number];
export type SignedInActor = Exclude<ActorName, 'anonymous'>;

/** The username of each actor (all in the `own` region; the bound ones in the `own` agency). */
export const USERNAMES: Record<SignedInActor, string> = {
  admin: 'admin1',
  operator: 'operator1',
  kepala: 'kepala1',
  evaluator: 'evaluator1',
  viewer: 'viewer1',
  viewerBound: 'viewer-dinsos',
  provinceAdmin: 'admin-provinsi',
};

/** The ids a probe of one agency needs. */
export type Target = {
  provinceId: string;
  regionId: string;
  agencyId: string;
  headUnitId: string;
  bidangUnitId: string;
  renstraPeriodId: string;
  sasaranId: string;
  sasaranVersion: number;
  indicatorId: string;
  indicatorVersion: number;
  programId: string;
  /** A program no sasaran is linked to yet. */
  unlinkedProgramId: string;
  kegiatanId: string;
  subKegiatanId: string;
  pkId: string;
  signedPkVersionId: string;
  draftPkVersionId: string;
  draftPkVersion: number;
  submittedPkVersionId: string;
  submittedPkVersion: number;
  firstSignatoryId: string;
  secondSignatoryId: string;
  submittedRealisationId: string;
  submittedRealisationVersion: number;
  draftRealisationId: string;
  draftRealisationVersion: number;
  /** Evidence of the submitted realisation. */
  evidenceId: string;
  /** Evidence of the draft realisation (removable). */
  draftEvidenceId: string;
  draftEvidenceVersion: number;
  budgetLineId: string;
  /** A user with a role in this agency (for the user administration routes). */
  userId: string;
  userVersion: number;
  /** LKjIP 2024 in draft; LKjIP 2022 in review with an answered, unresolved comment. */
  draftReportId: string;
  draftReportVersion: number;
  reviewReportId: string;
  reviewReportVersion: number;
  commentId: string;
  commentVersion: number;
  /** A notification of the agency's operator (the signed-in `operator` for the own agency). */
  notificationId: string;
  /** A locked period of the region (LKjIP 2021). */
  lockId: string;
  lockVersion: number;
  /** A finished job of the agency. */
  jobId: string;
  /** The store fixture's IKM survey of 2024 (responses) and evaluasi AKIP of 2023 with its recommendation. */
  ikmSurveyId: string;
  ikmSurveyVersion: number;
  /** An IKM survey of 2024 entered as per-element totals. */
  ikmTotalsSurveyId: string;
  ikmTotalsSurveyVersion: number;
  akipEvaluationId: string;
  akipEvaluationVersion: number;
  akipRecommendationId: string;
  akipRecommendationVersion: number;
  /** A reviu of 2022 (the year of the LKjIP in review) with one finding not yet a comment. */
  reviewId: string;
  reviewVersion: number;
};

export type TargetName = 'own' | 'sibling' | 'foreign' | 'unknown';

export type World = {
  own: Target;
  sibling: Target;
  foreign: Target;
  /** Every id a random uuid no row has (versions 1). */
  unknown: Target;
  users: Record<string, string>;
};

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('no row');
  return row;
}

/** The rows a probe needs beyond seedSmallAgency, and the ids of all of them. */
async function probeRows(
  db: Database,
  seeded: SmallAgency,
  where: { regionId: string; provinceId: string; operatorId: string; lock?: { id: string; version: number } },
): Promise<Target> {
  const { regionId, provinceId } = where;
  const agencyId = seeded.agency.id;
  const user = seeded.user;
  const indicatorId = seeded.indicator.id;
  // the formula names the component codes, so a realisation can be derived from them
  await db
    .update(s.indicator)
    .set({ formula: 'served / total × 100' })
    .where(eq(s.indicator.id, indicatorId));
  // a draft PK (with a target, so it can be submitted) for the bidang, a submitted one for the seksi
  const draftVersion = one(
    await db
      .insert(s.pkVersion)
      .values({ agencyId, perjanjianKinerjaId: seeded.unitPk.id, number: 1, kind: 'original' })
      .returning(),
  );
  await db.insert(s.pkTarget).values({ agencyId, pkVersionId: draftVersion.id, indicatorId, value: '80.50' });
  const seksiPk = one(
    await db
      .insert(s.perjanjianKinerja)
      .values({ agencyId, orgUnitId: seeded.seksi.id, year: 2024, parentId: seeded.unitPk.id })
      .returning(),
  );
  const submitted = one(
    await db
      .insert(s.pkVersion)
      .values({ agencyId, perjanjianKinerjaId: seksiPk.id, number: 1, kind: 'original' })
      .returning(),
  );
  await db.insert(s.pkTarget).values({ agencyId, pkVersionId: submitted.id, indicatorId, value: '80.50' });
  const submittedVersion = one(
    await db
      .update(s.pkVersion)
      .set({ status: 'submitted' })
      .where(eq(s.pkVersion.id, submitted.id))
      .returning(),
  );
  const kadis = one(await db.select().from(s.signatory).where(eq(s.signatory.agencyId, agencyId)));
  const bupati = one(
    await db
      .select({ id: s.signatory.id })
      .from(s.signatory)
      .innerJoin(s.position, eq(s.position.id, s.signatory.positionId))
      .where(and(eq(s.position.regionId, regionId), isNull(s.signatory.agencyId))),
  );
  const draft = one(
    await db
      .insert(s.realisation)
      .values({
        agencyId,
        indicatorId,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 2,
        value: '80',
        status: 'draft',
        enteredByUserId: user.id,
      })
      .returning(),
  );
  const draftEvidence = one(
    await db
      .insert(s.evidenceFile)
      .values({
        agencyId,
        realisationId: draft.id,
        blobSha256: evidenceSha256,
        fileName: 'draf-tw2.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 10,
        uploadedByUserId: user.id,
      })
      .returning(),
  );
  const unlinked = one(
    await db
      .insert(s.program)
      .values({ agencyId, renstraPeriodId: seeded.renstra.id, code: '1.06.05', name: 'Program Perlindungan' })
      .returning(),
  );
  const draftReport = one(
    await db
      .insert(s.lkjipReport)
      .values({ agencyId, year: 2024, status: 'draft', createdByUserId: user.id })
      .returning(),
  );
  const reviewReport = one(
    await db
      .insert(s.lkjipReport)
      .values({ agencyId, year: 2022, status: 'in_review', createdByUserId: user.id })
      .returning(),
  );
  const comment = one(
    await db
      .insert(s.lkjipReviewComment)
      .values({
        agencyId,
        reportId: reviewReport.id,
        sectionKey: 'bab1',
        authorUserId: user.id,
        body: 'Lengkapi struktur organisasi.',
        responseText: 'Sudah dilengkapi.',
        respondedAt: new Date('2023-02-20T02:00:00Z'),
      })
      .returning(),
  );
  const note = one(
    await db
      .insert(s.notification)
      .values({
        userId: where.operatorId,
        kind: 'deadline.reminder',
        textId: 'Realisasi TW II jatuh tempo',
        textEn: 'Q2 realisation is due',
        dedupeKey: `probe:${agencyId}`,
      })
      .returning(),
  );
  const lock =
    where.lock ??
    one(
      await db
        .insert(s.periodLock)
        .values({ regionId, year: 2021, kind: 'lkjip', lockedAt: new Date('2022-03-10T17:00:00Z') })
        .returning(),
    );
  const job = one(await db.select().from(s.backgroundJob).where(eq(s.backgroundJob.agencyId, agencyId)));
  // the store fixture's IKM survey of 2024 (responses) and evaluasi AKIP of 2023 with a recommendation
  const survey = one(
    await db
      .select()
      .from(s.ikmSurvey)
      .where(and(eq(s.ikmSurvey.agencyId, agencyId), eq(s.ikmSurvey.year, 2024))),
  );
  const totalsSurvey = one(
    await db
      .insert(s.ikmSurvey)
      .values({ agencyId, year: 2024, periodLabel: 'Semester II', method: 'element_totals' })
      .returning(),
  );
  const evaluation = one(
    await db.select().from(s.akipEvaluation).where(eq(s.akipEvaluation.agencyId, agencyId)),
  );
  const recommendation = one(
    await db
      .select()
      .from(s.akipRecommendation)
      .where(eq(s.akipRecommendation.akipEvaluationId, evaluation.id)),
  );
  const review = one(
    await db
      .insert(s.reviewRecord)
      .values({
        agencyId,
        year: 2022,
        source: 'report_data',
        fileName: 'lkjip-2022.json',
        reportData: {
          format: 'akuntabel/report-data@1',
          agency: { name: 'Dinas Sosial' },
          year: 2022,
          sasaran: [],
        },
        findings: [
          {
            path: 'printed.averageLabel',
            kind: 'count-label',
            severity: 'error',
            printed: '3 (tiga) Indikator',
            expected: { id: '4 indikator', en: '4 indikator' },
            message: { id: 'Label rata-rata menyebut 3 indikator.', en: 'The label names 3 indicators.' },
            section: 'bab3-pengukuran',
            commentId: null,
          },
        ],
      })
      .returning(),
  );
  return {
    provinceId,
    regionId,
    agencyId,
    headUnitId: seeded.head.id,
    bidangUnitId: seeded.bidang.id,
    renstraPeriodId: seeded.renstra.id,
    sasaranId: seeded.sasaran.id,
    sasaranVersion: seeded.sasaran.version,
    indicatorId,
    indicatorVersion: seeded.indicator.version,
    programId: seeded.program.id,
    unlinkedProgramId: unlinked.id,
    kegiatanId: seeded.sub.kegiatanId,
    subKegiatanId: seeded.sub.id,
    pkId: seeded.pk.id,
    signedPkVersionId: seeded.pkV1.id,
    draftPkVersionId: draftVersion.id,
    draftPkVersion: draftVersion.version,
    submittedPkVersionId: submitted.id,
    submittedPkVersion: submittedVersion.version,
    firstSignatoryId: kadis.id,
    secondSignatoryId: bupati.id,
    submittedRealisationId: seeded.realisation.id,
    submittedRealisationVersion: seeded.realisation.version,
    draftRealisationId: draft.id,
    draftRealisationVersion: draft.version,
    evidenceId: seeded.evidence.id,
    draftEvidenceId: draftEvidence.id,
    draftEvidenceVersion: draftEvidence.version,
    budgetLineId: seeded.budget.id,
    userId: user.id,
    userVersion: user.version,
    draftReportId: draftReport.id,
    draftReportVersion: draftReport.version,
    reviewReportId: reviewReport.id,
    reviewReportVersion: reviewReport.version,
    commentId: comment.id,
    commentVersion: comment.version,
    notificationId: note.id,
    lockId: lock.id,
    lockVersion: lock.version,
    jobId: job.id,
    ikmSurveyId: survey.id,
    ikmSurveyVersion: survey.version,
    ikmTotalsSurveyId: totalsSurvey.id,
    ikmTotalsSurveyVersion: totalsSurvey.version,
    akipEvaluationId: evaluation.id,
    akipEvaluationVersion: evaluation.version,
    reviewId: review.id,
    reviewVersion: review.version,
    akipRecommendationId: recommendation.id,
    akipRecommendationVersion: recommendation.version,
  };
}

/** Builds the world on an empty, migrated database. */
export async function seedSecurityWorld(db: Database): Promise<World> {
  const { own, foreign, users } = await seedTwoAgencies(db);
  // the sibling: a complete agency moved into the own region (its regional rows follow it)
  const sibling = await seedSmallAgency(db, '03');
  await db
    .update(s.agency)
    .set({ regionId: own.region.id, code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan' })
    .where(eq(s.agency.id, sibling.agency.id));
  await db
    .update(s.position)
    .set({ regionId: own.region.id })
    .where(eq(s.position.regionId, sibling.region.id));
  const hash = await hashPassword(PASSWORD);
  const addUser = async (
    username: string,
    role: 'viewer' | 'admin',
    regionId: string,
    agencyId: string | null,
  ) => {
    const user = one(
      await db.insert(s.appUser).values({ username, displayName: username, passwordHash: hash }).returning(),
    );
    await db.insert(s.userRole).values({ userId: user.id, role, regionId, agencyId });
    users[username] = user.id;
  };
  await addUser(USERNAMES.viewerBound, 'viewer', own.region.id, own.agency.id);
  await addUser(USERNAMES.provinceAdmin, 'admin', own.region.parentRegionId!, null);
  const province = own.region.parentRegionId!;
  const ownTarget = await probeRows(db, own, {
    regionId: own.region.id,
    provinceId: province,
    operatorId: users.operator1!,
  });
  // after the move the region has two regional heads (either signs as second party); one lock
  const siblingTarget = await probeRows(db, sibling, {
    regionId: own.region.id,
    provinceId: province,
    operatorId: sibling.user.id,
    lock: { id: ownTarget.lockId, version: ownTarget.lockVersion },
  });
  const foreignTarget = await probeRows(db, foreign, {
    regionId: foreign.region.id,
    provinceId: foreign.region.parentRegionId!,
    operatorId: users.operator2!,
  });
  const unknown = Object.fromEntries(
    Object.entries(ownTarget).map(([key, value]) => [key, typeof value === 'number' ? 1 : randomUUID()]),
  ) as Target;
  return { own: ownTarget, sibling: siblingTarget, foreign: foreignTarget, unknown, users };
}

/**
 * A database handle for the app whose every call goes to `holder.current`:
 * the test database, or a transaction of it that the test will roll back.
 */
export function switchableDatabase(initial: Database): { db: Database; holder: { current: Database } } {
  const holder = { current: initial };
  const db = new Proxy({} as Database, {
    get(_target, key) {
      const current = holder.current as unknown as Record<string | symbol, unknown>;
      const value = current[key];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
  return { db, holder };
}

class Rollback extends Error {}

/** Runs `work` with the app's database pointed at a transaction, then rolls everything back. */
export async function rolledBack<T>(
  db: Database,
  holder: { current: Database },
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  let result: { value: T } | undefined;
  try {
    await db.transaction(async (tx) => {
      holder.current = tx as unknown as Database;
      try {
        result = { value: await work(tx as unknown as Database) };
      } finally {
        holder.current = db;
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result!.value;
}

let tableNames: string[] | undefined;

/**
 * A fingerprint of every table of the schema: its row count and a hash of
 * all its rows (sessions: count and revoked count only, since every request
 * touches its session's last-seen time). Equal fingerprints = nothing changed.
 */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  tableNames ??= (
    await queryRows<{ name: string }>(
      db,
      sql`select table_name as name from information_schema.tables
           where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  ).map((r) => r.name);
  const parts = tableNames.map((name) =>
    name === 'session'
      ? `select '${name}' as t, count(*)::text || ' revoked ' || count(revoked_at)::text as h from "${name}"`
      : `select '${name}' as t, count(*)::text || ' ' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from "${name}" x`,
  );
  const rows = await queryRows<{ t: string; h: string }>(db, sql.raw(parts.join(' union all ')));
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
}

/** A signed-in browser: its cookie header and CSRF token. */
export type Session = { cookie: string; csrf: string; token: string };

export async function signIn(app: App, username: string): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: PASSWORD },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const token = response.cookies.find((c) => c.name === 'akuntabel_session')!.value;
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  return { cookie: `akuntabel_session=${token}; akuntabel_csrf=${csrf}`, csrf, token };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RawBody = { payload: string | Buffer; contentType: string; headers?: Record<string, string> };

/**
 * Sends a request the way the web app does: path parameters from the input,
 * the rest as the JSON body (POST, PUT, PATCH) or the query (GET, DELETE).
 */
export async function send(
  app: App,
  session: Session | null,
  method: Method,
  url: string,
  input: Record<string, unknown> = {},
  raw?: RawBody,
): Promise<LightMyRequestResponse> {
  const rest = { ...input };
  const path = url.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value));
  });
  const hasBody = method !== 'GET' && method !== 'DELETE';
  const query =
    !hasBody && Object.keys(rest).length > 0
      ? `?${new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
      : '';
  const headers: Record<string, string> = {
    ...(session ? { cookie: session.cookie } : {}),
    ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrf } : {}),
    ...(raw ? { 'content-type': raw.contentType, ...raw.headers } : {}),
  };
  return app.inject({
    method,
    url: `/api${path}${query}`,
    headers,
    ...(raw ? { payload: raw.payload } : hasBody ? { payload: rest } : {}),
  });
}

/**
 * Waits until the background job a response started (202 {jobId}) has
 * finished, so that all its writes land in the probe's transaction.
 */
export async function settleJob(
  app: App,
  session: Session | null,
  response: LightMyRequestResponse,
): Promise<void> {
  if (response.statusCode !== 202) return;
  const { jobId } = response.json() as { jobId?: string };
  if (!jobId) return;
  for (let i = 0; i < 600; i++) {
    const job = await send(app, session, 'GET', '/jobs/:jobId', { jobId });
    const { status } = job.json() as { status?: string };
    if (status === 'done' || status === 'failed') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`job ${jobId} did not finish`);
}

/** The app over a switchable database, and a session per signed-in actor. */
export async function securityApp(db: Database): Promise<{
  app: App;
  holder: { current: Database };
  sessions: Record<SignedInActor, Session>;
}> {
  const { db: appDb, holder } = switchableDatabase(db);
  const app = await buildApp({ db: appDb });
  const sessions = {} as Record<SignedInActor, Session>;
  for (const [actor, username] of Object.entries(USERNAMES))
    sessions[actor as SignedInActor] = await signIn(app, username);
  return { app, holder, sessions };
}
