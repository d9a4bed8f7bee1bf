/**
 * The `akuntabel/report-data@1` file format (../shared/formats/report-data.md):
 * one agency-year of numbers, optionally with what a published report printed.
 *
 * Numbers stay as given (JSON number or the printed string) so that a malformed
 * printed number becomes a finding of the checker rather than a schema error.
 * Unknown keys are ignored, so that files written by a newer @1 writer with
 * extra optional fields still read.
 */
import { z } from 'zod';
import { reportScaleErrors } from './report-scale.ts';

export const REPORT_DATA_FORMAT = 'akuntabel/report-data@1';

/** A number as a report prints it: a JSON number, or text such as "1.234.567,89" or "74,53 %". */
const numberish = z.union([z.number(), z.string()]);

const sourceRef = z.object({ lines: z.array(z.number().int().positive()).optional() }).loose();

const printedValue = z.object({ capaian: numberish.optional(), predikat: z.string().optional() });

const rangeTarget = z.object({ min: numberish, max: numberish });

const historyEntry = z.object({
  year: z.number().int(),
  target: z.union([numberish, rangeTarget]).nullish(),
  realisasi: numberish.nullish(),
});

const indikator = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  unit: z.string().optional(),
  polarity: z.enum(['positive', 'negative', 'ordinal']),
  grades: z.array(z.string().min(1)).min(2).optional(),
  target: z.union([numberish, rangeTarget]).nullish(),
  realisasi: numberish.nullish(),
  endTarget: numberish.nullish(),
  baseline: numberish.nullish(),
  national: numberish.nullish(),
  provincial: numberish.nullish(),
  formula: z.string().optional(),
  dataSource: z.string().optional(),
  weight: z.number().positive().optional(),
  history: z.array(historyEntry).optional(),
  source: sourceRef.optional(),
  printed: printedValue.optional(),
});

const sasaran = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  indikator: z.array(indikator),
  printed: printedValue.optional(),
});

const scaleLevel = z.object({
  label: z.string().min(1),
  labelEn: z.string().optional(),
  min: z.number().nullish(),
  minInclusive: z.boolean().optional(),
  max: z.number().nullish(),
  maxInclusive: z.boolean().optional(),
  meanValue: z.number().optional(),
});

export const SCALE_PRESET_IDS = [
  'permendagri-86-2017',
  'baik-4',
  'lan-239-2003',
  'akip-88-2021',
  'ikm-14-2017',
] as const;

const scale = z.union([
  z.enum(SCALE_PRESET_IDS),
  z.object({ id: z.string().optional(), name: z.string().optional(), levels: z.array(scaleLevel).min(1) }),
]);

export type TerbilangPrinted = {
  pagu?: string | undefined;
  paguMurni?: string | undefined;
  realisasi?: string | undefined;
};

export type BudgetItemInput = {
  code: string;
  level: 'program' | 'kegiatan' | 'subkegiatan';
  name: string;
  pagu?: number | string | null | undefined;
  paguMurni?: number | string | null | undefined;
  realisasi?: number | string | null | undefined;
  fisik?: number | string | null | undefined;
  spendingType?: 'pegawai' | 'barang-jasa' | 'modal' | 'lainnya' | undefined;
  source?: { lines?: number[] | undefined } | undefined;
  printed?: { persen?: number | string | undefined; terbilang?: TerbilangPrinted | undefined } | undefined;
  children: BudgetItemInput[];
};

/** Amounts written out in words as printed, compared with the engine's terbilang. */
const terbilangPrinted = z.object({
  pagu: z.string().optional(),
  paguMurni: z.string().optional(),
  realisasi: z.string().optional(),
});

const budgetItem: z.ZodType<BudgetItemInput, unknown> = z.lazy(() =>
  z.object({
    code: z.string().min(1),
    level: z.enum(['program', 'kegiatan', 'subkegiatan']),
    name: z.string().min(1),
    pagu: numberish.nullish(),
    paguMurni: numberish.nullish(),
    realisasi: numberish.nullish(),
    fisik: numberish.nullish(),
    spendingType: z.enum(['pegawai', 'barang-jasa', 'modal', 'lainnya']).optional(),
    source: sourceRef.optional(),
    printed: z.object({ persen: numberish.optional(), terbilang: terbilangPrinted.optional() }).optional(),
    children: z.array(budgetItem).default([]),
  }),
);

const budget = z.object({
  items: z.array(budgetItem),
  printed: z
    .object({
      pagu: numberish.optional(),
      paguMurni: numberish.optional(),
      realisasi: numberish.optional(),
      persen: numberish.optional(),
      terbilang: terbilangPrinted.optional(),
    })
    .optional(),
});

/**
 * A passage of the report's text (ikhtisar, analysis of a sasaran, BAB IV…):
 * the narrative checker compares the counts and sums it quotes with the
 * tables. `sasaranId` ties an analysis to its sasaran (its history quotes).
 */
const narrativePassage = z.object({
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  sasaranId: z.string().min(1).optional(),
  text: z.string(),
  source: sourceRef.optional(),
});

export const reportDataSchema = z.object({
  format: z.literal(REPORT_DATA_FORMAT),
  agency: z.object({
    name: z.string().min(1),
    region: z.string().optional(),
    level: z.enum(['provinsi', 'kabupaten', 'kota']).optional(),
    province: z.string().optional(),
  }),
  year: z.number().int().min(1990).max(2100),
  source: z
    .object({ title: z.string().optional(), file: z.string().optional(), note: z.string().optional() })
    .optional(),
  scale: scale.default('permendagri-86-2017'),
  aggregation: z.enum(['mean', 'mean-of-sasaran', 'group-mean']).default('mean'),
  policy: z
    .object({
      negativeFormula: z.enum(['two-minus-ratio', 'inverse-ratio']).optional(),
      targetZero: z.enum(['unmeasurable', 'met-when-not-worse']).optional(),
      floorAtZero: z.boolean().optional(),
      cap: z.number().positive().nullable().optional(),
    })
    .optional(),
  sasaran: z.array(sasaran),
  printed: z
    .object({
      average: numberish.optional(),
      averageLabel: z.string().optional(),
      predikat: z.string().optional(),
    })
    .optional(),
  budget: budget.optional(),
  narrative: z.array(narrativePassage).optional(),
});

export type ReportData = z.output<typeof reportDataSchema>;
export type SasaranData = ReportData['sasaran'][number];
export type IndikatorData = SasaranData['indikator'][number];
export type Numberish = number | string;

export type SchemaError = { path: string; message: string };
export type ParsedReportData = { ok: true; data: ReportData } | { ok: false; errors: SchemaError[] };

/** Formats a zod path as `sasaran[0].indikator[1].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(akar berkas)' : out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : `harus berupa ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `harus salah satu dari: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.path[0] === 'scale' && issue.path.length === 1
        ? `skala harus salah satu dari: ${SCALE_PRESET_IDS.join(', ')}, atau objek { levels: [...] }`
        : 'bentuk nilai tidak dikenali (angka, teks angka, atau objek yang diharapkan)';
    case 'too_small':
      return issue.origin === 'string'
        ? 'tidak boleh kosong'
        : issue.origin === 'array'
          ? `minimal ${String(issue.minimum)} isian`
          : issue.inclusive === false
            ? `harus lebih dari ${String(issue.minimum)}`
            : `minimal ${String(issue.minimum)}`;
    case 'too_big':
      return `maksimal ${String(issue.maximum)}`;
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
  };
  return names[expected] ?? expected;
}

/**
 * Validates a parsed JSON value as report-data@1, including the rules a
 * schema cannot say: ids unique, ordinal indicators with their grades,
 * budget codes unique.
 */
export function parseReportData(json: unknown): ParsedReportData {
  const result = reportDataSchema.safeParse(json, { reportInput: true });
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
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: result.data };
}

/** Which level a budget row's children have: program → kegiatan → subkegiatan. */
const CHILD_LEVEL: Record<BudgetItemInput['level'] | 'root', BudgetItemInput['level'] | null> = {
  root: 'program',
  program: 'kegiatan',
  kegiatan: 'subkegiatan',
  subkegiatan: null,
};

function groupMeanReady(scale: ReportData['scale']): boolean {
  if (typeof scale === 'string') return scale === 'lan-239-2003';
  return scale.levels.every((level) => level.meanValue !== undefined);
}

function semanticErrors(data: ReportData): SchemaError[] {
  const errors: SchemaError[] = reportScaleErrors(data.scale).map((message) => ({ path: 'scale', message }));
  const sasaranIds = new Set<string>();
  const indikatorIds = new Set<string>();
  data.sasaran.forEach((s, si) => {
    if (sasaranIds.has(s.id))
      errors.push({ path: `sasaran[${si}].id`, message: `id "${s.id}" dipakai lebih dari sekali` });
    sasaranIds.add(s.id);
    s.indikator.forEach((ind, ii) => {
      const path = `sasaran[${si}].indikator[${ii}]`;
      if (indikatorIds.has(ind.id))
        errors.push({ path: `${path}.id`, message: `id "${ind.id}" dipakai lebih dari sekali` });
      indikatorIds.add(ind.id);
      if (ind.polarity === 'ordinal' && !ind.grades) {
        errors.push({
          path: `${path}.grades`,
          message: 'indikator ordinal wajib menyebut urutan nilai (grades), terendah dulu',
        });
      }
      if (ind.polarity !== 'ordinal' && ind.grades) {
        errors.push({ path: `${path}.grades`, message: 'grades hanya untuk indikator ordinal' });
      }
    });
  });
  if (data.aggregation === 'group-mean' && !groupMeanReady(data.scale)) {
    errors.push({
      path: 'aggregation',
      message:
        'metode group-mean memerlukan skala dengan nilai tengah (meanValue) di setiap tingkat, mis. lan-239-2003',
    });
  }
  data.sasaran.forEach((s, si) => {
    const weighted = s.indikator.filter((ind) => ind.weight !== undefined).length;
    if (weighted > 0 && weighted < s.indikator.length) {
      const missing = s.indikator.findIndex((ind) => ind.weight === undefined);
      errors.push({
        path: `sasaran[${si}].indikator[${missing}].weight`,
        message: 'bobot (weight) harus diisi untuk semua indikator sasaran ini atau tidak sama sekali',
      });
    }
  });
  const passageIds = new Set<string>();
  (data.narrative ?? []).forEach((passage, pi) => {
    if (passage.id !== undefined) {
      if (passageIds.has(passage.id))
        errors.push({ path: `narrative[${pi}].id`, message: `id "${passage.id}" dipakai lebih dari sekali` });
      passageIds.add(passage.id);
    }
    if (passage.sasaranId !== undefined && !sasaranIds.has(passage.sasaranId))
      errors.push({
        path: `narrative[${pi}].sasaranId`,
        message: `sasaran "${passage.sasaranId}" tidak ada di daftar sasaran`,
      });
  });
  const codes = new Set<string>();
  const walk = (
    items: readonly BudgetItemInput[],
    path: string,
    parentLevel: BudgetItemInput['level'] | 'root',
  ) => {
    items.forEach((item, i) => {
      const here = `${path}[${i}]`;
      if (codes.has(item.code))
        errors.push({ path: `${here}.code`, message: `kode "${item.code}" dipakai lebih dari sekali` });
      codes.add(item.code);
      const expected = CHILD_LEVEL[parentLevel];
      if (item.level !== expected) {
        errors.push({
          path: `${here}.level`,
          message: expected
            ? `di tingkat ini harus ${expected}, bukan ${item.level}`
            : `sub kegiatan tidak boleh memiliki rincian (${item.level} "${item.code}")`,
        });
      }
      walk(item.children, `${here}.children`, item.level);
    });
  };
  if (data.budget) walk(data.budget.items, 'budget.items', 'root');
  return errors;
}
