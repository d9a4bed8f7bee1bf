/**
 * The `akuntabel/agency-bundle@1` format: everything the product needs to
 * start with one real agency — region, organisation, Renstra with indicators
 * and targets, budget tree, Perjanjian Kinerja, realisations, staff, social
 * welfare data, IKM, evaluasi AKIP, report narratives and demo users.
 *
 * Unlike report-data@1 (which keeps numbers as a report printed them so the
 * checker can find the report's errors), a bundle holds clean values: JSON
 * numbers, money as integer Rupiah, the report's typing errors corrected and
 * each correction listed in `corrections`. Derived numbers (kegiatan and
 * program totals, capaian, predikat, percentages) are not stored: the product
 * computes them. `lines` are line numbers in the seed text the data came from.
 *
 * Objects are strict: an unknown key is an error, so a misspelt field never
 * disappears silently on the way into the database.
 *
 * The closed lists (PPKS categories, PSKS types, assistance programs, eselon,
 * spending types, follow-up statuses) use the same slugs as
 * src/store/schema/enums.ts, so the loader maps them one to one.
 */
import { z } from 'zod';
import { formatPath } from '../../domain/report-data/schema.ts';
import {
  AKIP_GRADES,
  ASSISTANCE_PROGRAMS,
  FOLLOW_UP_STATUSES,
  IKM_ELEMENTS,
  PPKS_CATEGORIES,
  PSKS_TYPES,
  ROLES,
  SPENDING_TYPES,
} from '../../store/schema/enums.ts';

export const AGENCY_BUNDLE_FORMAT = 'akuntabel/agency-bundle@1';

// ---------------------------------------------------------------------------
// Closed lists
// ---------------------------------------------------------------------------

/** The same lists as the database's (one list per concept). */
export const BUNDLE_ROLES = ROLES;
export type BundleRole = (typeof BUNDLE_ROLES)[number];

export const ESELON_LEVELS = ['II', 'III', 'IV', 'non_eselon'] as const;
export const UNIT_KINDS = ['kepala_dinas', 'sekretariat', 'bidang', 'subbagian', 'sub_substansi'] as const;

export const PERIOD_AGGREGATIONS = ['stock', 'cumulative', 'average'] as const;

export const IKM_MUTU = ['A', 'B', 'C', 'D'] as const;
// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

const text = z.string().min(1);
const lines = z.array(z.number().int().positive()).min(1);
const year = z.number().int().min(1990).max(2100);
const rupiah = z.number().int().min(0);
const count = z.number().int().min(0);
const percent = z.number().min(0).max(100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD');
const budgetCode = z
  .string()
  .regex(/^\d+\.\d{2}(\.\d{2}(\.\d\.\d{2}(\.\d{4})?)?)?$/, 'kode anggaran tidak sah');
const yearKey = z.string().regex(/^\d{4}$/, 'kunci tahun harus 4 angka');

/** A short verbatim excerpt of the report with its line numbers. */
const excerpt = z.strictObject({ text, lines });

const period = z.strictObject({ start: year, end: year });

// ---------------------------------------------------------------------------
// Region, RPJMD, agency, organisation
// ---------------------------------------------------------------------------

const region = z.strictObject({
  name: text,
  level: z.enum(['provinsi', 'kabupaten', 'kota']),
  province: text,
  seat: z.strictObject({ name: text, lines, note: text.optional() }),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
  /** The kecamatan (districts); every `byKecamatan` row must name one of them. */
  kecamatan: z.array(text).min(1),
  kecamatanNote: text.optional(),
});

const regionalHead = z.strictObject({ name: text, namePrinted: text, title: text, lines });

const rpjmd = z.strictObject({
  name: text,
  period,
  lines,
  misi: z.array(z.strictObject({ id: text, number: z.number().int().positive().nullable(), text, lines })),
  tujuan: z.array(
    z.strictObject({
      id: text,
      misiId: text,
      number: z.number().int().positive().nullable(),
      text,
      lines,
      note: text.optional(),
    }),
  ),
  sasaran: z.array(
    z.strictObject({ id: text, tujuanId: text, number: z.number().int().positive().nullable(), text, lines }),
  ),
  note: text,
});

const agency = z.strictObject({
  name: text,
  shortName: text,
  address: z.strictObject({ text, lines }),
  urusan: z.strictObject({ code: z.string().regex(/^\d+\.\d{2}$/), name: text }),
  legalBasis: excerpt,
  lines,
});

const head = z.strictObject({
  name: text,
  namePrinted: text,
  nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka'),
  rank: text,
  title: text,
  lines,
});

export type BundleUnit = {
  id: string;
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  eselon: (typeof ESELON_LEVELS)[number];
  headTitle: string;
  task: { text: string; lines: number[] } | null;
  lines: number[];
  children: BundleUnit[];
};

const unit: z.ZodType<BundleUnit> = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id unit: huruf kecil, angka dan tanda hubung'),
    name: text,
    kind: z.enum(UNIT_KINDS),
    eselon: z.enum(ESELON_LEVELS),
    headTitle: text,
    task: excerpt.nullable(),
    lines,
    children: z.array(unit),
  }),
);

// ---------------------------------------------------------------------------
// Renstra and indicators
// ---------------------------------------------------------------------------

const target = z.strictObject({ year, value: z.number(), source: text, lines, note: text.optional() });

const indikator = z.strictObject({
  id: text,
  name: text,
  /** Other names the report uses for the same indicator. */
  otherNamesPrinted: z.array(z.strictObject({ text, lines })),
  definition: excerpt.nullable(),
  formula: text.nullable(),
  formulaNote: text.optional(),
  unit: text,
  polarity: z.enum(['positive', 'negative', 'range', 'ordinal']),
  periodAggregation: z.enum(PERIOD_AGGREGATIONS),
  periodAggregationNote: text,
  dataSource: excerpt.nullable(),
  dataSourceNote: text.optional(),
  iku: z.boolean(),
  ikuLines: lines,
  baseline: z.strictObject({ year, value: z.number(), lines, note: text }).nullable(),
  /** The "Target (Awal) RPJMD" column of Tabel 3.3/3.4/3.6, kept as printed because its meaning is ambiguous. */
  rpjmdColumn: z.strictObject({ label: text, value: z.number(), lines, note: text }).nullable(),
  /** Targets inside the Renstra period. */
  targets: z.array(target),
  /** Targets of years before the Renstra period (the previous plan), as the report quotes them. */
  historicalTargets: z.array(target),
  endTarget: z.number().nullable(),
  endTargetNote: text.optional(),
  note: text.optional(),
});

const renstraSasaran = z.strictObject({
  id: text,
  name: text,
  rpjmdSasaranIds: z.array(text),
  rpjmdLinkNote: text.optional(),
  lines,
  indikator: z.array(indikator).min(1),
});

const sasaranProgram = z.strictObject({
  sasaranId: text,
  programCode: budgetCode,
  subKegiatanCodes: z.array(budgetCode),
  basis: z.enum(['stated', 'assumed']),
  lines,
  note: text.optional(),
});

const renstra = z.strictObject({
  name: text,
  period,
  lines,
  visi: excerpt,
  misi: z.array(z.strictObject({ id: text, text, lines })).min(1),
  tujuan: z.array(z.strictObject({ id: text, text, lines })),
  tujuanNote: text.optional(),
  sasaran: z.array(renstraSasaran).min(1),
  programs: z.array(sasaranProgram),
  programsNote: text.optional(),
});

// ---------------------------------------------------------------------------
// Budget tree
// ---------------------------------------------------------------------------

const budgetYear = z.strictObject({
  paguMurni: rupiah,
  paguPerubahan: rupiah,
  realisasi: rupiah,
  /** Physical progress in percent; null when the report prints "-" (no revised budget). */
  fisik: percent.nullable(),
  spendingType: z.enum(SPENDING_TYPES).optional(),
});

const outputIndicator = z.strictObject({
  name: text,
  unit: text,
  target: count.nullable(),
  realisasi: count.nullable(),
  lines,
  note: text.optional(),
});

const subKegiatan = z.strictObject({
  code: budgetCode,
  name: text,
  level: z.literal('sub_kegiatan'),
  lines,
  outputIndicators: z.array(outputIndicator).optional(),
  years: z.record(yearKey, budgetYear),
  note: text.optional(),
});

const kegiatan = z.strictObject({
  code: budgetCode,
  name: text,
  level: z.literal('kegiatan'),
  lines,
  /** Part of the kegiatan's budget that the report prints on the kegiatan row but on no sub kegiatan row. */
  unitemized: z.record(yearKey, z.strictObject({ paguMurni: rupiah, note: text })).optional(),
  subKegiatan: z.array(subKegiatan).min(1),
  note: text.optional(),
});

const program = z.strictObject({
  code: budgetCode,
  name: text,
  level: z.literal('program'),
  lines,
  kegiatan: z.array(kegiatan).min(1),
  note: text.optional(),
});

const budgetTree = z.strictObject({
  currency: z.literal('IDR'),
  programs: z.array(program).min(1),
  /** The report's own totals; the sums of the sub kegiatan (plus `unitemized`) must equal them. */
  controlTotals: z.record(
    yearKey,
    z.strictObject({ paguMurni: rupiah, paguPerubahan: rupiah, realisasi: rupiah, lines }),
  ),
  /** Pagu perubahan by spending type for the whole agency (the report gives no per-line type). */
  spendingByType: z.record(
    yearKey,
    z.strictObject({
      items: z.array(z.strictObject({ type: z.enum(SPENDING_TYPES), amount: rupiah })).min(1),
      lines,
      note: text.optional(),
    }),
  ),
  note: text,
});

// ---------------------------------------------------------------------------
// Perjanjian Kinerja and realisations
// ---------------------------------------------------------------------------

const pkDocument = z.strictObject({
  id: text,
  year,
  version: z.enum(['original', 'perubahan']),
  title: text,
  signedAt: z.strictObject({
    date: isoDate,
    precision: z.enum(['day', 'month']),
    printed: text,
    lines,
    note: text.optional(),
  }),
  pihakPertama: z.strictObject({
    name: text,
    nip: z.string().regex(/^\d{18}$/),
    rank: text,
    title: text,
    lines,
    note: text.optional(),
  }),
  pihakKedua: z.strictObject({ name: text, title: text, lines }),
  items: z
    .array(
      z.strictObject({
        sasaranId: text,
        indikatorId: text,
        target: z.number(),
        targetPrinted: text,
        lines,
        note: text.optional(),
      }),
    )
    .min(1),
  programBudgets: z.array(z.strictObject({ programCode: budgetCode, pagu: rupiah, lines })),
  lines,
  note: text.optional(),
});

const perjanjianKinerja = z.strictObject({
  documents: z.array(pkDocument).min(1),
  note: text.optional(),
});

const realisation = z.strictObject({
  indikatorId: text,
  year,
  period: z.union([z.literal('year'), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  value: z.number(),
  lines,
  note: text.optional(),
});

// ---------------------------------------------------------------------------
// SDM, social welfare, IKM, AKIP, narratives, users
// ---------------------------------------------------------------------------

const headcount = z.strictObject({ category: text, count, lines });

const sdm = z.strictObject({
  year,
  totals: z.strictObject({ pns: count, kontrak: count, lines, note: text.optional() }),
  structural: z.strictObject({
    kepalaDinas: count,
    sekretaris: count,
    kepalaBidang: count,
    kasubag: count,
    subKoordinator: count,
    lines,
    note: text.optional(),
  }),
  byPosition: z.array(
    z.strictObject({
      group: z.enum(['eselon', 'sub_koordinator', 'pelaksana']),
      category: text,
      count,
      lines,
    }),
  ),
  byEducation: z.strictObject({ pns: z.array(headcount).min(1), kontrak: z.array(headcount) }),
  byRank: z.array(headcount).nullable(),
  byRankNote: text.optional(),
  byGender: z.strictObject({ L: count, P: count }).nullable(),
  byGenderNote: text.optional(),
  training: excerpt.nullable(),
});

const kecamatanRow = z.strictObject({
  kecamatan: text.nullable(),
  recipients: count,
  male: count.optional(),
  female: count.optional(),
  detail: text.optional(),
  nagari: z.array(z.strictObject({ nagari: text, jorong: text.optional(), recipients: count })).optional(),
  note: text.optional(),
});

const assistance = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id: huruf kecil, angka dan tanda hubung'),
  program: z.enum(ASSISTANCE_PROGRAMS),
  label: text,
  categories: z.array(z.enum(PPKS_CATEGORIES)).min(1),
  year,
  funding: z.enum(['apbd', 'apbn', 'tidak_dicetak']),
  target: count.nullable(),
  recipients: count,
  unit: z.enum(['orang', 'kpm', 'unit', 'kelompok', 'jiwa']),
  events: count.optional(),
  value: rupiah.nullable(),
  benefitRates: z
    .array(z.strictObject({ component: text, rupiah, per: z.enum(['bulan', 'tahun']).nullable() }))
    .optional(),
  subKegiatanCodes: z.array(budgetCode),
  byKecamatan: z.array(kecamatanRow).nullable(),
  lines,
  note: text.optional(),
});

const socialWelfare = z.strictObject({
  ppks: z.strictObject({
    year,
    total: count,
    source: excerpt,
    categories: z
      .array(
        z.strictObject({
          no: z.number().int().positive(),
          slug: z.enum(PPKS_CATEGORIES),
          label: text,
          labelPrinted: text,
          lines,
        }),
      )
      .length(26),
    byCategory: z.array(z.strictObject({ category: z.enum(PPKS_CATEGORIES), count })).nullable(),
    byCategoryNote: text.optional(),
    byKecamatan: z.array(z.strictObject({ kecamatan: text, count })).nullable(),
    byKecamatanNote: text.optional(),
  }),
  psks: z.strictObject({
    year,
    yearNote: text.optional(),
    byType: z
      .array(
        z.strictObject({
          type: z.enum(PSKS_TYPES),
          label: text,
          labelPrinted: text,
          count,
          unit: z.enum(['orang', 'nagari', 'lembaga']),
          lines,
        }),
      )
      .min(1),
    note: text.optional(),
  }),
  assistance: z.array(assistance),
});

const ikmSurvey = z.strictObject({
  year,
  respondents: count.nullable(),
  elements: z
    .array(z.strictObject({ element: z.enum(IKM_ELEMENTS), average: z.number().min(1).max(4) }))
    .nullable(),
  elementsNote: text.optional(),
  nilai: z.number().min(0).max(100),
  mutu: z.enum(IKM_MUTU).nullable(),
  kinerjaUnit: text.nullable(),
  profile: z
    .strictObject({
      bySex: z.strictObject({ L: count, P: count }),
      byEducation: z.array(z.strictObject({ level: text, count })),
      byService: z.array(z.strictObject({ service: text, count })),
    })
    .nullable(),
  period: z.strictObject({ start: isoDate, end: isoDate, printed: text, note: text.optional() }).nullable(),
  lines,
  note: text.optional(),
});

const ikm = z.strictObject({
  surveys: z.array(ikmSurvey).min(1),
  relatedAssessments: z.array(
    z.strictObject({
      name: text,
      by: text,
      year,
      score: z.number(),
      grade: text,
      category: text,
      lines,
    }),
  ),
});

const akipEvaluation = z.strictObject({
  /** The year the evaluation was carried out and the score published. */
  year,
  /** The year whose performance and documents were evaluated. */
  evaluatedYear: year,
  evaluatedYearBasis: z.enum(['stated', 'assumed']),
  score: z.number().min(0).max(100),
  grade: z.enum(AKIP_GRADES).nullable(),
  gradeNote: text.optional(),
  gradeMeaningPrinted: text.optional(),
  evaluator: text.nullable(),
  components: z
    .array(
      z.strictObject({
        component: z.enum(['perencanaan', 'pengukuran', 'pelaporan', 'evaluasi_internal']),
        weight: z.number(),
        score: z.number(),
      }),
    )
    .nullable(),
  componentsNote: text.optional(),
  recommendations: z.array(
    z.strictObject({
      no: z.number().int().positive(),
      text,
      /** status null: the report prints the follow-up text but not whether it is done. */
      followUp: z
        .strictObject({ text, status: z.enum(FOLLOW_UP_STATUSES).nullable(), note: text.optional() })
        .nullable(),
      lines,
    }),
  ),
  lines,
  note: text.optional(),
});

const narratives = z.strictObject({
  ikhtisar: excerpt,
  latarBelakang: excerpt,
  tugasFungsi: excerpt,
  isuStrategis: z.array(z.strictObject({ no: z.number().int().positive(), text, lines })).min(1),
  perSasaran: z.array(
    z.strictObject({
      sasaranId: text,
      analysis: excerpt.nullable(),
      solutions: excerpt.nullable(),
      nextSteps: excerpt.nullable(),
      note: text.optional(),
    }),
  ),
  kesimpulan: excerpt,
  langkahKeDepan: z.array(excerpt).min(1),
});

const demoUser = z.strictObject({
  username: z
    .string()
    .regex(/^[a-z0-9._-]{3,40}$/, 'nama pengguna: 3-40 huruf kecil, angka, titik, garis bawah'),
  displayName: text,
  role: z.enum(BUNDLE_ROLES),
  /** true: bound to the bundle's agency; false: region level. */
  agency: z.boolean(),
  password: z.string().min(12, 'kata sandi minimal 12 karakter'),
  note: text.optional(),
});

const correction = z.strictObject({
  id: z.string().regex(/^C\d+$/, 'id koreksi berbentuk C1, C2, ...'),
  fixtureInconsistencyId: z.number().int().positive().nullable(),
  kind: z.enum(['typo', 'malformed-number', 'unit', 'date', 'name', 'number-typo']),
  lines,
  /** Where the corrected value lives in this bundle (or "-" if it is derived, not stored). */
  path: text,
  printed: text,
  corrected: z.union([z.number(), text]),
  reason: text,
});

const knownIssue = z.strictObject({
  fixtureInconsistencyId: z.number().int().positive().nullable(),
  lines,
  path: text.optional(),
  note: text,
});

export const agencyBundleSchema = z.strictObject({
  format: z.literal(AGENCY_BUNDLE_FORMAT),
  /** The reporting year the bundle was built from. */
  year,
  source: z.strictObject({ title: text, file: text, fixture: text, builtBy: text, note: text }),
  region,
  regionalHead,
  rpjmd,
  agency,
  head,
  units: unit,
  renstra,
  budgetTree,
  perjanjianKinerja,
  realisations: z.array(realisation),
  sdm,
  socialWelfare,
  ikm,
  akip: z.strictObject({ evaluations: z.array(akipEvaluation).min(1) }),
  narratives,
  demoUsers: z.array(demoUser).min(1),
  corrections: z.array(correction),
  knownIssues: z.array(knownIssue),
});

export type AgencyBundle = z.output<typeof agencyBundleSchema>;
export type BundleRegion = AgencyBundle['region'];
export type BundleRpjmd = AgencyBundle['rpjmd'];
export type BundleRenstra = AgencyBundle['renstra'];
export type BundleSasaran = BundleRenstra['sasaran'][number];
export type BundleIndikator = BundleSasaran['indikator'][number];
export type BundleBudgetTree = AgencyBundle['budgetTree'];
export type BundleProgram = BundleBudgetTree['programs'][number];
export type BundleKegiatan = BundleProgram['kegiatan'][number];
export type BundleSubKegiatan = BundleKegiatan['subKegiatan'][number];
export type BundleBudgetYear = BundleSubKegiatan['years'][string];
export type BundlePkDocument = AgencyBundle['perjanjianKinerja']['documents'][number];
export type BundleRealisation = AgencyBundle['realisations'][number];
export type BundleSdm = AgencyBundle['sdm'];
export type BundleSocialWelfare = AgencyBundle['socialWelfare'];
export type BundleAssistance = BundleSocialWelfare['assistance'][number];
export type BundleIkm = AgencyBundle['ikm'];
export type BundleAkipEvaluation = AgencyBundle['akip']['evaluations'][number];
export type BundleNarratives = AgencyBundle['narratives'];
export type BundleDemoUser = AgencyBundle['demoUsers'][number];
export type BundleCorrection = AgencyBundle['corrections'][number];

// ---------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------

export type BundleError = { path: string; message: string };
export type ParsedAgencyBundle = { ok: true; bundle: AgencyBundle } | { ok: false; errors: BundleError[] };

/**
 * Validates a parsed JSON value as agency-bundle@1: first the shape, then the
 * rules a shape cannot say (unique ids and codes, references that resolve,
 * target years inside the Renstra period, totals that reconcile, one demo
 * user per role). Messages are Indonesian and every error names its path.
 */
export function parseAgencyBundle(json: unknown): ParsedAgencyBundle {
  const result = agencyBundleSchema.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issueMessage(issue),
      })),
    };
  }
  const errors = semanticErrors(result.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bundle: result.data };
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : `harus berupa ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'bentuk nilai tidak dikenali';
    case 'unrecognized_keys':
      return `kolom tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'format tidak sah';
    case 'too_small':
      if (issue.origin === 'string')
        return issue.message.startsWith('Too') ? 'tidak boleh kosong' : issue.message;
      if (issue.origin === 'array')
        return issue.exact
          ? `harus tepat ${String(issue.minimum)} isian`
          : `minimal ${String(issue.minimum)} isian`;
      return `tidak boleh kurang dari ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array')
        return issue.exact
          ? `harus tepat ${String(issue.maximum)} isian`
          : `maksimal ${String(issue.maximum)} isian`;
      return `tidak boleh lebih dari ${String(issue.maximum)}`;
    case 'invalid_key':
      return 'kunci tidak sah (tahun harus 4 angka)';
    default:
      return issue.message;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'teks',
    number: 'angka',
    int: 'bilangan bulat',
    boolean: 'true/false',
    array: 'daftar',
    object: 'objek',
    record: 'objek',
    null: 'null',
  };
  return names[expected] ?? expected;
}

const fmtRp = (n: number): string => `Rp ${n.toLocaleString('id-ID')}`;

function semanticErrors(b: AgencyBundle): BundleError[] {
  const errors: BundleError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const unique = (seen: Set<string>, value: string, path: string, what: string) => {
    if (seen.has(value)) err(path, `${what} "${value}" dipakai lebih dari sekali`);
    seen.add(value);
  };

  // Periods.
  if (b.rpjmd.period.end < b.rpjmd.period.start) err('rpjmd.period', 'tahun akhir sebelum tahun awal');
  const rp = b.renstra.period;
  if (rp.end < rp.start) err('renstra.period', 'tahun akhir sebelum tahun awal');
  const inRenstra = (y: number) => y >= rp.start && y <= rp.end;
  const periodText = `${String(rp.start)}–${String(rp.end)}`;

  // RPJMD references.
  const rpjmdIds = new Set<string>();
  const misiIds = new Set<string>();
  const tujuanIds = new Set<string>();
  const rpjmdSasaranIds = new Set<string>();
  b.rpjmd.misi.forEach((m, i) => {
    unique(rpjmdIds, m.id, `rpjmd.misi[${i}].id`, 'id');
    misiIds.add(m.id);
  });
  b.rpjmd.tujuan.forEach((t, i) => {
    unique(rpjmdIds, t.id, `rpjmd.tujuan[${i}].id`, 'id');
    tujuanIds.add(t.id);
    if (!misiIds.has(t.misiId))
      err(`rpjmd.tujuan[${i}].misiId`, `misi "${t.misiId}" tidak ada di rpjmd.misi`);
  });
  b.rpjmd.sasaran.forEach((s, i) => {
    unique(rpjmdIds, s.id, `rpjmd.sasaran[${i}].id`, 'id');
    rpjmdSasaranIds.add(s.id);
    if (!tujuanIds.has(s.tujuanId))
      err(`rpjmd.sasaran[${i}].tujuanId`, `tujuan "${s.tujuanId}" tidak ada di rpjmd.tujuan`);
  });

  // Units.
  const unitIds = new Set<string>();
  const walkUnits = (u: BundleUnit, path: string) => {
    unique(unitIds, u.id, `${path}.id`, 'id unit');
    u.children.forEach((c, i) => walkUnits(c, `${path}.children[${i}]`));
  };
  walkUnits(b.units, 'units');

  // Budget tree: unique codes, code hierarchy, years, sums.
  const codes = new Set<string>();
  const programOfSub = new Map<string, string>();
  const programSums = new Map<string, Map<string, number>>(); // programCode -> year -> paguPerubahan
  const leafSums = new Map<string, { paguMurni: number; paguPerubahan: number; realisasi: number }>();
  const addLeaf = (y: string, murni: number, perubahan: number, realisasi: number) => {
    const s = leafSums.get(y) ?? { paguMurni: 0, paguPerubahan: 0, realisasi: 0 };
    s.paguMurni += murni;
    s.paguPerubahan += perubahan;
    s.realisasi += realisasi;
    leafSums.set(y, s);
  };
  b.budgetTree.programs.forEach((p, pi) => {
    const pPath = `budgetTree.programs[${pi}]`;
    unique(codes, p.code, `${pPath}.code`, 'kode');
    if (p.code.split('.').length !== 3)
      err(`${pPath}.code`, `kode program "${p.code}" harus berbentuk U.BB.PP`);
    const perYear = new Map<string, number>();
    programSums.set(p.code, perYear);
    p.kegiatan.forEach((k, ki) => {
      const kPath = `${pPath}.kegiatan[${ki}]`;
      unique(codes, k.code, `${kPath}.code`, 'kode');
      if (!k.code.startsWith(`${p.code}.`) || k.code.split('.').length !== 5)
        err(`${kPath}.code`, `kode kegiatan "${k.code}" harus berbentuk ${p.code}.K.KK`);
      for (const [y, u] of Object.entries(k.unitemized ?? {})) {
        if (!inRenstra(Number(y)))
          err(`${kPath}.unitemized.${y}`, `tahun ${y} di luar periode Renstra ${periodText}`);
        addLeaf(y, u.paguMurni, 0, 0);
      }
      k.subKegiatan.forEach((s, si) => {
        const sPath = `${kPath}.subKegiatan[${si}]`;
        unique(codes, s.code, `${sPath}.code`, 'kode');
        if (!s.code.startsWith(`${k.code}.`) || s.code.split('.').length !== 6)
          err(`${sPath}.code`, `kode sub kegiatan "${s.code}" harus berbentuk ${k.code}.SSSS`);
        programOfSub.set(s.code, p.code);
        const years = Object.entries(s.years);
        if (years.length === 0) err(`${sPath}.years`, 'minimal satu tahun anggaran');
        for (const [y, v] of years) {
          const yPath = `${sPath}.years.${y}`;
          if (!inRenstra(Number(y))) err(yPath, `tahun ${y} di luar periode Renstra ${periodText}`);
          if (v.realisasi > v.paguPerubahan)
            err(
              `${yPath}.realisasi`,
              `realisasi ${fmtRp(v.realisasi)} melebihi pagu perubahan ${fmtRp(v.paguPerubahan)}`,
            );
          if (v.paguPerubahan > 0 && v.fisik === null)
            err(`${yPath}.fisik`, 'wajib diisi bila pagu perubahan lebih dari 0');
          addLeaf(y, v.paguMurni, v.paguPerubahan, v.realisasi);
          perYear.set(y, (perYear.get(y) ?? 0) + v.paguPerubahan);
        }
        s.outputIndicators?.forEach((o, oi) => {
          if (o.target === null && o.realisasi === null)
            err(`${sPath}.outputIndicators[${oi}]`, 'target atau realisasi harus diisi');
        });
      });
    });
  });
  for (const [y, t] of Object.entries(b.budgetTree.controlTotals)) {
    const s = leafSums.get(y) ?? { paguMurni: 0, paguPerubahan: 0, realisasi: 0 };
    for (const field of ['paguMurni', 'paguPerubahan', 'realisasi'] as const) {
      if (s[field] !== t[field])
        err(
          `budgetTree.controlTotals.${y}.${field}`,
          `jumlah sub kegiatan ${fmtRp(s[field])} tidak sama dengan total laporan ${fmtRp(t[field])}`,
        );
    }
  }
  for (const [y, st] of Object.entries(b.budgetTree.spendingByType)) {
    const total = st.items.reduce((a, i) => a + i.amount, 0);
    const perubahan = leafSums.get(y)?.paguPerubahan ?? 0;
    if (total !== perubahan)
      err(
        `budgetTree.spendingByType.${y}.items`,
        `jumlah per jenis belanja ${fmtRp(total)} tidak sama dengan pagu perubahan ${fmtRp(perubahan)}`,
      );
    const types = new Set<string>();
    st.items.forEach((i, ii) =>
      unique(types, i.type, `budgetTree.spendingByType.${y}.items[${ii}].type`, 'jenis belanja'),
    );
  }

  // Renstra: sasaran, indicators, targets.
  const sasaranIds = new Set<string>();
  const indikatorOf = new Map<string, string>(); // indikatorId -> sasaranId
  b.renstra.sasaran.forEach((s, si) => {
    const sPath = `renstra.sasaran[${si}]`;
    unique(sasaranIds, s.id, `${sPath}.id`, 'id sasaran');
    s.rpjmdSasaranIds.forEach((r, ri) => {
      if (!rpjmdSasaranIds.has(r))
        err(`${sPath}.rpjmdSasaranIds[${ri}]`, `sasaran RPJMD "${r}" tidak ada di rpjmd.sasaran`);
    });
    s.indikator.forEach((ind, ii) => {
      const iPath = `${sPath}.indikator[${ii}]`;
      if (indikatorOf.has(ind.id)) err(`${iPath}.id`, `id indikator "${ind.id}" dipakai lebih dari sekali`);
      indikatorOf.set(ind.id, s.id);
      const years = new Set<number>();
      ind.targets.forEach((t, ti) => {
        if (!inRenstra(t.year))
          err(
            `${iPath}.targets[${ti}].year`,
            `tahun ${String(t.year)} di luar periode Renstra ${periodText}`,
          );
        if (years.has(t.year)) err(`${iPath}.targets[${ti}].year`, `target tahun ${String(t.year)} ganda`);
        years.add(t.year);
      });
      ind.historicalTargets.forEach((t, ti) => {
        if (t.year >= rp.start)
          err(
            `${iPath}.historicalTargets[${ti}].year`,
            `tahun ${String(t.year)} bukan sebelum periode Renstra (${String(rp.start)}); pindahkan ke targets`,
          );
      });
      if (ind.endTarget === null && !ind.endTargetNote)
        err(
          `${iPath}.endTargetNote`,
          'wajib diisi bila endTarget null (jelaskan mengapa target akhir tidak ada)',
        );
      if (ind.formula === null && !ind.formulaNote)
        err(`${iPath}.formulaNote`, 'wajib diisi bila formula null');
      if (ind.dataSource === null && !ind.dataSourceNote)
        err(`${iPath}.dataSourceNote`, 'wajib diisi bila dataSource null');
    });
  });
  b.renstra.programs.forEach((l, li) => {
    const lPath = `renstra.programs[${li}]`;
    if (!sasaranIds.has(l.sasaranId))
      err(`${lPath}.sasaranId`, `sasaran "${l.sasaranId}" tidak ada di renstra.sasaran`);
    if (!programSums.has(l.programCode))
      err(`${lPath}.programCode`, `program "${l.programCode}" tidak ada di budgetTree`);
    l.subKegiatanCodes.forEach((c, ci) => {
      const owner = programOfSub.get(c);
      if (owner === undefined)
        err(`${lPath}.subKegiatanCodes[${ci}]`, `sub kegiatan "${c}" tidak ada di budgetTree`);
      else if (owner !== l.programCode)
        err(
          `${lPath}.subKegiatanCodes[${ci}]`,
          `sub kegiatan "${c}" bukan bagian program "${l.programCode}"`,
        );
    });
  });

  // Perjanjian Kinerja.
  const pkIds = new Set<string>();
  b.perjanjianKinerja.documents.forEach((d, di) => {
    const dPath = `perjanjianKinerja.documents[${di}]`;
    unique(pkIds, d.id, `${dPath}.id`, 'id PK');
    if (!inRenstra(d.year))
      err(`${dPath}.year`, `tahun ${String(d.year)} di luar periode Renstra ${periodText}`);
    const pairs = new Set<string>();
    d.items.forEach((it, ii) => {
      const iPath = `${dPath}.items[${ii}]`;
      if (!sasaranIds.has(it.sasaranId))
        err(`${iPath}.sasaranId`, `sasaran "${it.sasaranId}" tidak ada di renstra.sasaran`);
      const owner = indikatorOf.get(it.indikatorId);
      if (owner === undefined)
        err(`${iPath}.indikatorId`, `indikator "${it.indikatorId}" tidak ada di renstra`);
      else if (owner !== it.sasaranId)
        err(`${iPath}.indikatorId`, `indikator "${it.indikatorId}" bukan milik sasaran "${it.sasaranId}"`);
      unique(pairs, it.indikatorId, `${iPath}.indikatorId`, 'indikator');
    });
    const programs = new Set<string>();
    d.programBudgets.forEach((pb, pi) => {
      const pPath = `${dPath}.programBudgets[${pi}]`;
      unique(programs, pb.programCode, `${pPath}.programCode`, 'program');
      const perYear = programSums.get(pb.programCode);
      if (perYear === undefined) {
        err(`${pPath}.programCode`, `program "${pb.programCode}" tidak ada di budgetTree`);
        return;
      }
      const tree = perYear.get(String(d.year));
      if (d.version === 'perubahan' && tree !== undefined && tree !== pb.pagu)
        err(
          `${pPath}.pagu`,
          `pagu PK ${fmtRp(pb.pagu)} tidak sama dengan pagu perubahan program di budgetTree ${fmtRp(tree)}`,
        );
    });
  });

  // Realisations.
  const realKeys = new Set<string>();
  b.realisations.forEach((r, ri) => {
    const rPath = `realisations[${ri}]`;
    if (!indikatorOf.has(r.indikatorId))
      err(`${rPath}.indikatorId`, `indikator "${r.indikatorId}" tidak ada di renstra`);
    if (r.year > b.year)
      err(`${rPath}.year`, `tahun ${String(r.year)} sesudah tahun laporan ${String(b.year)}`);
    unique(
      realKeys,
      `${r.indikatorId} ${String(r.year)} ${String(r.period)}`,
      rPath,
      'realisasi (indikator, tahun, periode)',
    );
  });

  // SDM sums.
  const sum = (xs: readonly { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
  if (sum(b.sdm.byPosition) !== b.sdm.totals.pns)
    err(
      'sdm.byPosition',
      `jumlah ${String(sum(b.sdm.byPosition))} tidak sama dengan totals.pns ${String(b.sdm.totals.pns)}`,
    );
  if (sum(b.sdm.byEducation.pns) !== b.sdm.totals.pns)
    err(
      'sdm.byEducation.pns',
      `jumlah ${String(sum(b.sdm.byEducation.pns))} tidak sama dengan totals.pns ${String(b.sdm.totals.pns)}`,
    );
  if (sum(b.sdm.byEducation.kontrak) !== b.sdm.totals.kontrak)
    err(
      'sdm.byEducation.kontrak',
      `jumlah ${String(sum(b.sdm.byEducation.kontrak))} tidak sama dengan totals.kontrak ${String(b.sdm.totals.kontrak)}`,
    );
  if (b.sdm.byRank === null && !b.sdm.byRankNote) err('sdm.byRankNote', 'wajib diisi bila byRank null');
  if (b.sdm.byGender === null && !b.sdm.byGenderNote)
    err('sdm.byGenderNote', 'wajib diisi bila byGender null');

  // Social welfare.
  const kecamatan = new Set(b.region.kecamatan);
  const slugs = new Set<string>();
  b.socialWelfare.ppks.categories.forEach((c, ci) =>
    unique(slugs, c.slug, `socialWelfare.ppks.categories[${ci}].slug`, 'kategori'),
  );
  if (b.socialWelfare.ppks.byCategory === null && !b.socialWelfare.ppks.byCategoryNote)
    err('socialWelfare.ppks.byCategoryNote', 'wajib diisi bila byCategory null');
  const psksTypes = new Set<string>();
  b.socialWelfare.psks.byType.forEach((t, ti) =>
    unique(psksTypes, t.type, `socialWelfare.psks.byType[${ti}].type`, 'jenis PSKS'),
  );
  const assistanceIds = new Set<string>();
  b.socialWelfare.assistance.forEach((a, ai) => {
    const aPath = `socialWelfare.assistance[${ai}]`;
    unique(assistanceIds, a.id, `${aPath}.id`, 'id bantuan');
    a.subKegiatanCodes.forEach((c, ci) => {
      if (!programOfSub.has(c))
        err(`${aPath}.subKegiatanCodes[${ci}]`, `sub kegiatan "${c}" tidak ada di budgetTree`);
    });
    if (a.byKecamatan) {
      const total = a.byKecamatan.reduce((x, r) => x + r.recipients, 0);
      if (total !== a.recipients)
        err(
          `${aPath}.byKecamatan`,
          `jumlah per kecamatan ${String(total)} tidak sama dengan recipients ${String(a.recipients)}`,
        );
      a.byKecamatan.forEach((r, ri) => {
        const rPath = `${aPath}.byKecamatan[${ri}]`;
        if (r.kecamatan !== null && !kecamatan.has(r.kecamatan))
          err(`${rPath}.kecamatan`, `kecamatan "${r.kecamatan}" tidak ada di region.kecamatan`);
        if (r.kecamatan === null && !r.note)
          err(`${rPath}.note`, 'wajib diisi bila nama kecamatan tidak tercetak');
        if (r.male !== undefined && r.female !== undefined && r.male + r.female !== r.recipients)
          err(
            `${rPath}.recipients`,
            `L ${String(r.male)} + P ${String(r.female)} tidak sama dengan ${String(r.recipients)}`,
          );
        if (r.nagari) {
          const n = r.nagari.reduce((x, g) => x + g.recipients, 0);
          if (n !== r.recipients)
            err(
              `${rPath}.nagari`,
              `jumlah per nagari ${String(n)} tidak sama dengan recipients ${String(r.recipients)}`,
            );
        }
      });
    }
  });

  // IKM.
  const ikmYears = new Set<string>();
  b.ikm.surveys.forEach((s, si) => {
    const sPath = `ikm.surveys[${si}]`;
    unique(ikmYears, String(s.year), `${sPath}.year`, 'tahun survei');
    if (s.profile && s.respondents !== null) {
      const p = s.profile;
      if (p.bySex.L + p.bySex.P !== s.respondents)
        err(`${sPath}.profile.bySex`, `L + P tidak sama dengan jumlah responden ${String(s.respondents)}`);
      if (sum(p.byEducation) !== s.respondents)
        err(
          `${sPath}.profile.byEducation`,
          `jumlah tidak sama dengan jumlah responden ${String(s.respondents)}`,
        );
      if (sum(p.byService) !== s.respondents)
        err(
          `${sPath}.profile.byService`,
          `jumlah tidak sama dengan jumlah responden ${String(s.respondents)}`,
        );
    }
    if (s.period && s.period.end < s.period.start)
      err(`${sPath}.period`, 'tanggal akhir sebelum tanggal awal');
  });

  // AKIP.
  b.akip.evaluations.forEach((e, ei) => {
    const ePath = `akip.evaluations[${ei}]`;
    if (e.evaluatedYear > e.year)
      err(`${ePath}.evaluatedYear`, 'tahun yang dievaluasi sesudah tahun evaluasi');
    const nos = new Set<string>();
    e.recommendations.forEach((r, ri) =>
      unique(nos, String(r.no), `${ePath}.recommendations[${ri}].no`, 'nomor rekomendasi'),
    );
  });

  // Narratives.
  b.narratives.perSasaran.forEach((n, ni) => {
    if (!sasaranIds.has(n.sasaranId))
      err(`narratives.perSasaran[${ni}].sasaranId`, `sasaran "${n.sasaranId}" tidak ada di renstra.sasaran`);
  });

  // Demo users: one per role, unique names, agency binding that the roles allow.
  const usernames = new Set<string>();
  const roles = new Map<string, number>();
  b.demoUsers.forEach((u, ui) => {
    const uPath = `demoUsers[${ui}]`;
    unique(usernames, u.username, `${uPath}.username`, 'nama pengguna');
    roles.set(u.role, (roles.get(u.role) ?? 0) + 1);
    if ((u.role === 'operator' || u.role === 'kepala') && !u.agency)
      err(`${uPath}.agency`, `peran ${u.role} harus terikat pada dinas (agency: true)`);
    if ((u.role === 'admin' || u.role === 'evaluator') && u.agency)
      err(`${uPath}.agency`, `peran ${u.role} bekerja di tingkat daerah (agency: false)`);
  });
  for (const role of BUNDLE_ROLES) {
    const n = roles.get(role) ?? 0;
    if (n !== 1) err('demoUsers', `harus ada tepat satu pengguna demo berperan ${role} (ada ${String(n)})`);
  }

  // Corrections.
  const correctionIds = new Set<string>();
  b.corrections.forEach((c, ci) => unique(correctionIds, c.id, `corrections[${ci}].id`, 'id koreksi'));

  return errors;
}
