/**
 * The zod schema of the whole agency-bundle@1 document. The agency and plan
 * sections come from agency-bundle-plan-schema.ts; this file holds the rest
 * (SDM, social welfare, IKM, AKIP, narratives, demo users, corrections) and
 * puts them together. Objects are strict: an unknown key is an error, so a
 * misspelt field never disappears silently on the way into the database.
 */
import { z } from 'zod';
import {
  AKIP_GRADES,
  ASSISTANCE_PROGRAMS,
  FOLLOW_UP_STATUSES,
  IKM_ELEMENTS,
  PPKS_CATEGORIES,
  PSKS_TYPES,
} from '../../store/schema/enums.ts';
import {
  budgetCode,
  BUNDLE_ROLES,
  count,
  excerpt,
  IKM_MUTU,
  isoDate,
  lines,
  rupiah,
  text,
  year,
} from './agency-bundle-fields.ts';
import {
  agency,
  budgetTree,
  head,
  perjanjianKinerja,
  realisation,
  region,
  regionalHead,
  renstra,
  rpjmd,
  unit,
} from './agency-bundle-plan-schema.ts';

export const AGENCY_BUNDLE_FORMAT = 'akuntabel/agency-bundle@1';

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
