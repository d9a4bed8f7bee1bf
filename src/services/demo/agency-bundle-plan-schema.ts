/**
 * The agency-bundle@1 sections about the agency and its plan: region, RPJMD,
 * agency and organisation, Renstra with indicators and targets, budget tree,
 * Perjanjian Kinerja and realisations. Objects are strict: an unknown key is
 * an error, so a misspelt field never disappears silently.
 */
import { z } from 'zod';
import { SPENDING_TYPES } from '../../store/schema/enums.ts';
import type { BundleUnit } from './agency-bundle.ts';
import {
  budgetCode,
  count,
  ESELON_LEVELS,
  excerpt,
  isoDate,
  lines,
  percent,
  PERIOD_AGGREGATIONS,
  period,
  rupiah,
  text,
  UNIT_KINDS,
  year,
  yearKey,
} from './agency-bundle-fields.ts';

// ---------------------------------------------------------------------------
// Region, RPJMD, agency, organisation
// ---------------------------------------------------------------------------

export const region = z.strictObject({
  name: text,
  level: z.enum(['provinsi', 'kabupaten', 'kota']),
  province: text,
  seat: z.strictObject({ name: text, lines, note: text.optional() }),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
  /** The kecamatan (districts); every `byKecamatan` row must name one of them. */
  kecamatan: z.array(text).min(1),
  kecamatanNote: text.optional(),
});

export const regionalHead = z.strictObject({ name: text, namePrinted: text, title: text, lines });

export const rpjmd = z.strictObject({
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

export const agency = z.strictObject({
  name: text,
  shortName: text,
  address: z.strictObject({ text, lines }),
  urusan: z.strictObject({ code: z.string().regex(/^\d+\.\d{2}$/), name: text }),
  legalBasis: excerpt,
  lines,
});

export const head = z.strictObject({
  name: text,
  namePrinted: text,
  nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 angka'),
  rank: text,
  title: text,
  lines,
});

export const unit: z.ZodType<BundleUnit> = z.lazy(() =>
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

export const renstra = z.strictObject({
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

export const budgetTree = z.strictObject({
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

export const perjanjianKinerja = z.strictObject({
  documents: z.array(pkDocument).min(1),
  note: text.optional(),
});

export const realisation = z.strictObject({
  indikatorId: text,
  year,
  period: z.union([z.literal('year'), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  value: z.number(),
  lines,
  note: text.optional(),
});
