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
 * This file parses a bundle and names its types. The shape is in
 * agency-bundle-schema.ts (with agency-bundle-plan-schema.ts and
 * agency-bundle-fields.ts), the rules a shape cannot say in
 * agency-bundle-checks.ts.
 */
import type { z } from 'zod';
import { formatPath } from '../../domain/report-data/schema.ts';
import { semanticErrors } from './agency-bundle-checks.ts';
import type { ESELON_LEVELS, UNIT_KINDS } from './agency-bundle-fields.ts';
import { agencyBundleSchema } from './agency-bundle-schema.ts';

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
