/**
 * One row per route of the API: a valid input built from a target agency's
 * ids, and who may call it — written out here from the rules in docs/api.md
 * ("Roles"), not computed from src/services/authorization.ts, so the tests
 * check that table instead of repeating it. A route added to the API without a
 * row here fails the authorization matrix.
 */
import type { ActorName, Method, RawBody, SignedInActor, Target } from './security-fixtures.ts';
import { USERNAMES } from './security-fixtures.ts';
import ExcelJS from 'exceljs';
import { logoBytes } from '../../support/store-fixtures.ts';

export type Probe = {
  /** Signed-in actors whose call on their own agency (or region) succeeds. */
  allowed: readonly SignedInActor[];
  /** The status of that success. */
  ok: number;
  /**
   * `agency`: the route acts on one agency's record (probed on the own, a
   * sibling and a foreign agency); `region`: on a region (own and foreign
   * region); `open`: on nothing in particular (sign-in, health).
   */
  scope: 'agency' | 'region' | 'open';
  /** A valid input (path parameters, query or body) against the target. */
  input: (t: Target, actor: ActorName) => Record<string, unknown>;
  /** A raw (non-JSON) body, for uploads. */
  raw?: (t: Target) => RawBody;
  /** The status of a signed-in actor when the target's ids do not exist (default 404). */
  unknown?: number | ((actor: SignedInActor) => number);
  /** The status of a refused call (default 403). */
  refused?: number;
  /** The status without a session (default 401). */
  anonymous?: number;
};

/** Everyone signed in who may read an agency: the region-wide roles and the agency's own users. */
const READERS: readonly SignedInActor[] = [
  'admin',
  'operator',
  'kepala',
  'evaluator',
  'viewer',
  'viewerBound',
];
/** The agency's own staff: Renstra, PK drafts, realisations, budget, evidence, social data. */
const STAFF: readonly SignedInActor[] = ['operator', 'kepala'];
const ADMIN: readonly SignedInActor[] = ['admin'];
/** Everyone with a role in the region (the calendar is the region's). */
const REGION_MEMBERS: readonly SignedInActor[] = READERS;
const EVERYONE: readonly SignedInActor[] = [...READERS, 'provinceAdmin'];
/** Actors bound to one agency: never another agency's records, even in their region. */
export const AGENCY_BOUND: readonly SignedInActor[] = ['operator', 'kepala', 'viewerBound'];

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const LOGO_PNG = Buffer.from(logoBytes);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A real (empty) realisations workbook: it passes the file checks; the import job then lists its problems. */
const IMPORT_XLSX = await (async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Realisasi');
  return Buffer.from(await workbook.xlsx.writeBuffer());
})();

export const PROBES: Readonly<Record<string, Probe>> = {
  // measurement
  'GET /agencies/:agencyId/measurement': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'GET /regions/:regionId/recap': {
    // a region-wide read: agency-bound users see only their agency
    allowed: ['admin', 'evaluator', 'viewer'],
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId, year: 2024 }),
    // a region that is not the caller's is refused before it is looked up
    unknown: 403,
  },
  // Renstra
  'GET /agencies/:agencyId/renstra': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'GET /agencies/:agencyId/renstra-periods': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'POST /agencies/:agencyId/renstra-periods': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, startYear: 2027, endYear: 2031, visi: 'Visi periode berikutnya' }),
  },
  'POST /renstra-periods/:renstraPeriodId/misi': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ renstraPeriodId: t.renstraPeriodId, number: 2, statement: 'Misi kedua' }),
  },
  'POST /renstra-periods/:renstraPeriodId/tujuan': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ renstraPeriodId: t.renstraPeriodId, code: 'T2', statement: 'Tujuan kedua' }),
  },
  'POST /renstra-periods/:renstraPeriodId/sasaran': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ renstraPeriodId: t.renstraPeriodId, code: 'SS2', statement: 'Sasaran kedua' }),
  },
  'PATCH /sasaran/:sasaranId': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ sasaranId: t.sasaranId, version: t.sasaranVersion, statement: 'Sasaran diubah' }),
  },
  'POST /indicators': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({
      sasaranStrategisId: t.sasaranId,
      code: 'IKU2',
      name: 'Indikator kedua',
      unit: '%',
      polarity: 'positive',
      periodAggregation: 'last',
    }),
  },
  'PATCH /indicators/:indicatorId': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ indicatorId: t.indicatorId, version: t.indicatorVersion, name: 'Nama diubah' }),
  },
  'PUT /indicators/:indicatorId/targets': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ indicatorId: t.indicatorId, targets: [{ year: 2025, value: '82,5' }] }),
  },
  'POST /renstra-periods/:renstraPeriodId/programs': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ renstraPeriodId: t.renstraPeriodId, code: '1.06.06', name: 'Program baru' }),
  },
  'POST /programs/:programId/kegiatan': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ programId: t.programId, code: '1.06.04.2.02', name: 'Kegiatan baru' }),
  },
  'POST /kegiatan/:kegiatanId/sub-kegiatan': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ kegiatanId: t.kegiatanId, code: '1.06.04.2.01.0002', name: 'Sub kegiatan baru' }),
  },
  'GET /nomenklatur': {
    // public reference data (Permendagri 90/2019): anyone signed in
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: () => ({ parent: '1.06.04' }),
  },
  'POST /sasaran/:sasaranStrategisId/programs': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ sasaranStrategisId: t.sasaranId, programId: t.unlinkedProgramId }),
  },
  // Perjanjian Kinerja
  'POST /agencies/:agencyId/pk': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, orgUnitId: t.headUnitId, year: 2025 }),
  },
  'GET /agencies/:agencyId/pk': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'GET /agencies/:agencyId/pk-signatories': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'GET /pk/:pkId': { allowed: READERS, ok: 200, scope: 'agency', input: (t) => ({ pkId: t.pkId }) },
  'PUT /pk-versions/:pkVersionId/targets': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      pkVersionId: t.draftPkVersionId,
      version: t.draftPkVersion,
      targets: [{ indicatorId: t.indicatorId, value: '81' }],
    }),
  },
  'POST /pk-versions/:pkVersionId/submit': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ pkVersionId: t.draftPkVersionId, version: t.draftPkVersion }),
  },
  'POST /pk-versions/:pkVersionId/sign': {
    // only the head of the agency signs
    allowed: ['kepala'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      pkVersionId: t.submittedPkVersionId,
      version: t.submittedPkVersion,
      firstPartySignatoryId: t.firstSignatoryId,
      secondPartySignatoryId: t.secondSignatoryId,
      signedOn: '2024-01-25',
    }),
  },
  'POST /pk-versions/:pkVersionId/revise': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ pkVersionId: t.signedPkVersionId, reason: 'APBD Perubahan 2024' }),
  },
  // realisations
  'GET /agencies/:agencyId/realisations': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'POST /realisations': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      indicatorId: t.indicatorId,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 3,
      components: { served: '650', total: '800' },
    }),
  },
  'PUT /agencies/:agencyId/realisations': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      agencyId: t.agencyId,
      rows: [
        {
          indicatorId: t.indicatorId,
          year: 2024,
          periodKind: 'quarter',
          periodNo: 4,
          components: { served: '660', total: '800' },
        },
      ],
    }),
  },
  'POST /realisations/:realisationId/submit': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ realisationId: t.draftRealisationId, version: t.draftRealisationVersion }),
  },
  'POST /realisations/:realisationId/verify': {
    // the agency's head, or the region's admin
    allowed: ['admin', 'kepala'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ realisationId: t.submittedRealisationId, version: t.submittedRealisationVersion }),
  },
  'POST /realisations/:realisationId/return': {
    allowed: ['admin', 'kepala'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      realisationId: t.submittedRealisationId,
      version: t.submittedRealisationVersion,
      comment: 'Lampirkan data DTKS',
    }),
  },
  'GET /realisations/:realisationId/evidence': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ realisationId: t.submittedRealisationId }),
  },
  'DELETE /evidence/:evidenceId': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ evidenceId: t.draftEvidenceId, version: t.draftEvidenceVersion }),
  },
  'POST /realisations/:realisationId/evidence': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ realisationId: t.draftRealisationId }),
    raw: () => ({ payload: PDF, contentType: 'application/pdf', headers: { 'x-file-name': 'bukti.pdf' } }),
  },
  'GET /evidence/:evidenceId/content': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ evidenceId: t.evidenceId }),
  },
  // budget and social data
  'GET /agencies/:agencyId/budget': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'GET /agencies/:agencyId/social-data': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'GET /agencies/:agencyId/social-summary': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'PUT /sub-kegiatan/:subKegiatanId/budget': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      subKegiatanId: t.subKegiatanId,
      year: 2025,
      spendingType: 'barang_jasa',
      paguMurni: '150.000.000',
    }),
  },
  'PUT /budget-lines/:budgetLineId/realisations': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ budgetLineId: t.budgetLineId, periodKind: 'quarter', periodNo: 2, amount: 30_000_000 }),
  },
  'PUT /sub-kegiatan/:subKegiatanId/progress': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      subKegiatanId: t.subKegiatanId,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      percent: '50',
    }),
  },
  'PUT /agencies/:agencyId/ppks': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024, rows: [{ category: 'anak_telantar', count: 12 }] }),
  },
  'PUT /agencies/:agencyId/psks': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      agencyId: t.agencyId,
      year: 2024,
      rows: [{ type: 'pekerja_sosial_masyarakat', count: 5 }],
    }),
  },
  'PUT /agencies/:agencyId/assistance': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024, rows: [{ program: 'pkh', recipients: 10 }] }),
  },
  // administration
  'POST /regions': {
    // only a provinsi's admin adds a kabupaten/kota under that provinsi
    allowed: ['provinceAdmin'],
    ok: 201,
    scope: 'region',
    input: (t) => ({ parentRegionId: t.provinceId, code: '9.77', name: 'Kabupaten Baru', kind: 'kabupaten' }),
    unknown: 403,
  },
  'POST /regions/:regionId/agencies': {
    allowed: ADMIN,
    ok: 201,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId, code: '1.03.0.00.0.00.01.0000', name: 'Dinas Pekerjaan Umum' }),
  },
  'GET /agencies/:agencyId/units': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'POST /agencies/:agencyId/units': {
    allowed: ADMIN,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, parentId: t.headUnitId, name: 'Bidang Baru', echelon: 'III' }),
  },
  'GET /agencies': {
    // everyone signed in; each sees only the agencies they may read (tested in list-agencies.test.ts)
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: () => ({}),
  },
  'GET /users': {
    allowed: ADMIN,
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId }),
    unknown: 403,
  },
  'POST /users': {
    allowed: ADMIN,
    ok: 201,
    scope: 'region',
    input: (t) => ({
      regionId: t.regionId,
      username: 'pengguna-baru',
      displayName: 'Pengguna Baru',
      password: 'kata-sandi-baru-123',
      role: 'evaluator',
    }),
    unknown: 403,
  },
  'PATCH /users/:userId/active': {
    // the user's agency decides: the sibling's user is in the admin's region
    allowed: ADMIN,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ userId: t.userId, isActive: false, version: t.userVersion }),
  },
  'PUT /users/:userId/password': {
    allowed: ADMIN,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ userId: t.userId, password: 'kata-sandi-baru-123', version: t.userVersion }),
  },
  'GET /settings/measurement': {
    // the region's settings decide every predikat its people see
    allowed: REGION_MEMBERS,
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId }),
    unknown: 403,
  },
  'PUT /settings/measurement': {
    allowed: ADMIN,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, fromYear: 2024, scalePreset: 'permendagri_86_2017' }),
  },
  // reporting calendar and notifications
  'GET /regions/:regionId/deadlines': {
    allowed: REGION_MEMBERS,
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId, year: 2024 }),
    unknown: 403,
  },
  'PUT /regions/:regionId/deadlines': {
    allowed: ADMIN,
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId, year: 2025, kind: 'lkjip', dueDate: '2026-02-27' }),
  },
  'GET /regions/:regionId/period-locks': {
    allowed: REGION_MEMBERS,
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId }),
    unknown: 403,
  },
  'POST /period-locks/:lockId/reopen': {
    allowed: ADMIN,
    ok: 200,
    scope: 'region',
    input: (t) => ({ lockId: t.lockId, version: t.lockVersion, reason: 'Perbaikan setelah reviu' }),
  },
  'GET /regions/:regionId/late': {
    allowed: REGION_MEMBERS,
    ok: 200,
    scope: 'region',
    input: (t) => ({ regionId: t.regionId, year: 2024 }),
    unknown: 403,
  },
  'GET /notifications': {
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: () => ({ unreadOnly: true, limit: 10 }),
  },
  'POST /notifications/:notificationId/read': {
    // only its addressee; to anyone else it does not exist
    allowed: ['operator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ notificationId: t.notificationId }),
    refused: 404,
  },
  // LKjIP review
  'POST /agencies/:agencyId/lkjip': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2025 }),
  },
  'GET /agencies/:agencyId/lkjip': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'GET /agencies/:agencyId/lkjip-reports': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'GET /lkjip/:reportId': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reportId: t.draftReportId }),
  },
  'POST /lkjip/:reportId/submit': {
    allowed: ['kepala'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reportId: t.draftReportId, version: t.draftReportVersion }),
  },
  'POST /lkjip/:reportId/comments': {
    // the Inspektorat reviews every agency of its region
    allowed: ['evaluator'],
    ok: 201,
    scope: 'agency',
    input: (t) => ({ reportId: t.reviewReportId, sectionKey: 'bab2', body: 'Tabel 2.1 belum lengkap.' }),
  },
  // reviu: the evaluator runs the checker and turns findings into comments; readers see the reviews
  'POST /agencies/:agencyId/reviews': {
    allowed: ['evaluator'],
    ok: 201,
    scope: 'agency',
    input: (t) => ({
      agencyId: t.agencyId,
      year: 2022,
      source: 'report_data',
      fileName: 'lkjip-2022.json',
      reportData: {
        format: 'akuntabel/report-data@1',
        agency: { name: 'Dinas Sosial' },
        year: 2022,
        sasaran: [],
        printed: { averageLabel: '3 (tiga) Indikator' },
      },
    }),
  },
  'GET /agencies/:agencyId/reviews': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2022 }),
  },
  'GET /reviews/:reviewId': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reviewId: t.reviewId }),
  },
  'POST /reviews/:reviewId/comments': {
    allowed: ['evaluator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reviewId: t.reviewId, version: t.reviewVersion, findings: [0] }),
  },
  'GET /reviews/:reviewId/worksheet': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reviewId: t.reviewId, format: 'docx' }),
  },
  'GET /agencies/:agencyId/review-template': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2022 }),
  },
  'POST /review-comments/:commentId/answer': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ commentId: t.commentId, version: t.commentVersion, response: 'Sudah diperbaiki.' }),
  },
  'POST /review-comments/:commentId/resolve': {
    allowed: ['evaluator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ commentId: t.commentId, version: t.commentVersion }),
  },
  'POST /lkjip/:reportId/return': {
    allowed: ['evaluator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reportId: t.reviewReportId, version: t.reviewReportVersion }),
  },
  'POST /lkjip/:reportId/finalize': {
    allowed: ['kepala'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ reportId: t.reviewReportId, version: t.reviewReportVersion }),
  },
  // LKjIP narratives and the agency's logo on its cover
  'GET /agencies/:agencyId/narratives': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'PUT /agencies/:agencyId/narratives': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      agencyId: t.agencyId,
      year: 2024,
      section: 'kesimpulan',
      text: 'Kinerja tahun ini baik.',
    }),
  },
  'PUT /agencies/:agencyId/logo': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
    raw: () => ({ payload: LOGO_PNG, contentType: 'image/png' }),
  },
  'GET /agencies/:agencyId/logo': {
    // the store fixture gives every agency a logo
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'DELETE /agencies/:agencyId/logo': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, version: 1 }),
  },
  // IKM surveys, evaluasi AKIP and the indicators they feed
  'GET /agencies/:agencyId/ikm-surveys': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'POST /agencies/:agencyId/ikm-surveys': {
    allowed: STAFF,
    ok: 201,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024, serviceName: 'Rekomendasi PBI', method: 'responses' }),
  },
  'GET /ikm-surveys/:surveyId': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ surveyId: t.ikmSurveyId }),
  },
  'PUT /ikm-surveys/:surveyId': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ surveyId: t.ikmSurveyId, version: t.ikmSurveyVersion, periodLabel: 'Semester I' }),
  },
  'PUT /ikm-surveys/:surveyId/responses': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      surveyId: t.ikmSurveyId,
      version: t.ikmSurveyVersion,
      responses: [{ u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3, sex: 'P' }],
    }),
  },
  'PUT /ikm-surveys/:surveyId/element-totals': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      surveyId: t.ikmTotalsSurveyId,
      version: t.ikmTotalsSurveyVersion,
      respondents: 2,
      totals: { U1: 7, U2: 6, U3: 6, U4: 8, U5: 6, U6: 7, U7: 8, U8: 5, U9: 6 },
    }),
  },
  'GET /agencies/:agencyId/akip-evaluations': {
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2023 }),
  },
  'POST /agencies/:agencyId/akip-evaluations': {
    // the Inspektorat evaluates every agency of its region
    allowed: ['evaluator'],
    ok: 201,
    scope: 'agency',
    input: (t) => ({
      agencyId: t.agencyId,
      year: 2024,
      evaluator: 'Inspektorat',
      components: [{ component: 'perencanaan', score: '24,5' }],
    }),
  },
  'PUT /akip-evaluations/:evaluationId': {
    allowed: ['evaluator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      evaluationId: t.akipEvaluationId,
      version: t.akipEvaluationVersion,
      evaluator: 'Inspektorat',
      components: [{ component: 'pelaporan', score: 11 }],
      recommendations: [{ number: 1, recommendation: 'Menyusun SOP.' }],
    }),
  },
  'PUT /akip-recommendations/:recommendationId/follow-up': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({
      recommendationId: t.akipRecommendationId,
      version: t.akipRecommendationVersion,
      status: 'proses',
      note: 'SOP sedang disusun.',
      date: '2024-03-01',
    }),
  },
  'PUT /indicators/:indicatorId/feed': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ indicatorId: t.indicatorId, version: t.indicatorVersion, feed: 'ikm' }),
  },
  // audit trail and jobs
  'GET /audit': {
    // not the viewers
    allowed: ['admin', 'operator', 'kepala', 'evaluator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'GET /agencies/:agencyId/recent-changes': {
    // who may read the agency's audit trail: not the viewers
    allowed: ['admin', 'operator', 'kepala', 'evaluator'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId }),
  },
  'GET /jobs/:jobId': {
    // its owner, or the people of its agency
    allowed: ['operator', 'kepala', 'viewerBound'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ jobId: t.jobId }),
  },
  // reports (a background job) and job results
  'POST /agencies/:agencyId/reports': {
    // anyone who may read the agency; the job reads as them
    allowed: READERS,
    ok: 202,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024, kind: 'pk', format: 'xlsx' }),
  },
  'GET /jobs/:jobId/result': {
    allowed: ['operator', 'kepala', 'viewerBound'],
    ok: 200,
    scope: 'agency',
    input: (t) => ({ jobId: t.jobId }),
  },
  // import: template download and uploads (a background job each)
  'GET /agencies/:agencyId/import-templates/:kind': {
    allowed: STAFF,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, kind: 'realisasi', year: 2024 }),
  },
  'GET /agencies/:agencyId/report-data': {
    // the export: anyone who may read the agency (evaluators and viewers too)
    allowed: READERS,
    ok: 200,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, year: 2024 }),
  },
  'POST /agencies/:agencyId/imports/:kind/:year/preview': {
    allowed: STAFF,
    ok: 202,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, kind: 'realisasi', year: 2024 }),
    raw: () => ({ payload: IMPORT_XLSX, contentType: XLSX_TYPE }),
  },
  'POST /agencies/:agencyId/imports/:kind/:year/confirm': {
    allowed: STAFF,
    ok: 202,
    scope: 'agency',
    input: (t) => ({ agencyId: t.agencyId, kind: 'realisasi', year: 2024 }),
    raw: () => ({ payload: IMPORT_XLSX, contentType: XLSX_TYPE }),
  },
  // sign-in and system
  'POST /auth/login': {
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: (_t, actor) => ({
      username: USERNAMES[actor === 'anonymous' ? 'viewer' : actor],
      password: 'kata-sandi-uji-123',
    }),
    anonymous: 200,
  },
  'POST /auth/logout': {
    allowed: EVERYONE,
    ok: 204,
    scope: 'open',
    input: () => ({}),
    anonymous: 204,
  },
  'GET /auth/demo-logins': {
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: () => ({}),
    anonymous: 200,
  },
  'GET /auth/me': {
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: () => ({}),
  },
  'GET /health': {
    allowed: EVERYONE,
    ok: 200,
    scope: 'open',
    input: () => ({}),
    anonymous: 200,
  },
};

/** `METHOD /path` of a probe key. */
export function splitKey(key: string): { method: Method; url: string } {
  const [method, url] = key.split(' ');
  return { method: method as Method, url: url! };
}
