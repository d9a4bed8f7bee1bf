/**
 * The LKjIP model of an agency bundle (`akuntabel/agency-bundle@1`, the demo
 * agency in data/demo/): the bundle's clean values are turned into a
 * report-data@1 object (PK targets of the year, Renstra targets otherwise;
 * realisations; history; the budget tree of the year) that the domain
 * measures, plus the bundle's Renstra, PK, SDM, social-welfare data, IKM, AKIP
 * and narratives. The database builder will produce the same model.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../domain/numbers.ts';
import type { BudgetItemInput, ReportData } from '../domain/report-data/schema.ts';
import {
  parseAgencyBundle,
  type AgencyBundle,
  type BundleIndikator,
  type BundlePkDocument,
  type BundleUnit,
} from '../services/demo/agency-bundle.ts';
import { buildLkjipModel, type LkjipSource } from './build-lkjip.ts';
import { buildPkDocumentModel, type PkSource } from './build-pk.ts';
import type { DatePrecision } from './format.ts';
import type { LkjipReportModel, PkDocumentModel } from './model.ts';

export const DEMO_BUNDLE_PATH = fileURLToPath(
  new URL('../../data/demo/limapuluhkota-2023.json', import.meta.url),
);

export async function readDemoBundle(path: string = DEMO_BUNDLE_PATH): Promise<AgencyBundle> {
  const parsed = parseAgencyBundle(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.ok)
    throw new Error(`${path}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.bundle;
}

export type BundleReportOptions = {
  locale: Locale;
  /** Year to report; default the bundle's year. */
  year?: number;
  /** Time stamp written into the files; default: the end of the signing day, so the demo is reproducible. */
  createdAt?: string;
  /** Signing date of the report; default Februari of the next year (month precision, as the demo report prints). */
  signedOn?: { date: string; precision: DatePrecision };
  logo?: Uint8Array | null;
};

/** The Perjanjian Kinerja of the year used for targets: the latest version (perubahan after original). */
function pkOfYear(bundle: AgencyBundle, year: number): BundlePkDocument | null {
  const docs = bundle.perjanjianKinerja.documents.filter((d) => d.year === year);
  return docs.find((d) => d.version === 'perubahan') ?? docs.find((d) => d.version === 'original') ?? null;
}

function targetOf(ind: BundleIndikator, year: number): number | null {
  return [...ind.targets, ...ind.historicalTargets].find((t) => t.year === year)?.value ?? null;
}

/** Converts the bundle into the report-data@1 numbers the domain measures. */
export function reportDataFromBundle(bundle: AgencyBundle, year: number = bundle.year): ReportData {
  const pk = pkOfYear(bundle, year);
  const pkTarget = new Map(pk?.items.map((i) => [i.indikatorId, i.target]) ?? []);
  const realisasi = (id: string, y: number) =>
    bundle.realisations.find((r) => r.indikatorId === id && r.year === y && r.period === 'year')?.value ??
    null;
  const yearKey = String(year);
  const budgetItems: BudgetItemInput[] = bundle.budgetTree.programs.map((p) => ({
    code: p.code,
    level: 'program',
    name: p.name,
    children: p.kegiatan.map((k) => {
      const unitemized = k.unitemized?.[yearKey]?.paguMurni ?? 0;
      const subs = k.subKegiatan.filter((s) => s.years[yearKey]);
      return {
        code: k.code,
        level: 'kegiatan' as const,
        name: k.name,
        // A kegiatan amount printed above its rows is given on the kegiatan; everything else rolls up.
        ...(unitemized > 0
          ? { paguMurni: unitemized + subs.reduce((a, s) => a + s.years[yearKey]!.paguMurni, 0) }
          : {}),
        children: subs.map((s) => {
          const y = s.years[yearKey]!;
          return {
            code: s.code,
            level: 'subkegiatan' as const,
            name: s.name,
            pagu: y.paguPerubahan,
            paguMurni: y.paguMurni,
            realisasi: y.realisasi,
            children: [],
          };
        }),
      };
    }),
  }));
  // Only sasaran/indicators in the year's PK are measured; without a PK, those with a target for the year.
  const sasaran = bundle.renstra.sasaran
    .map((s) => ({
      id: s.id,
      name: s.name,
      indikator: s.indikator
        .filter((ind) => (pk ? pkTarget.has(ind.id) : targetOf(ind, year) !== null))
        .map((ind) => ({
          id: ind.id,
          name: ind.name,
          unit: ind.unit,
          polarity: ind.polarity === 'range' ? ('positive' as const) : ind.polarity,
          target: pkTarget.get(ind.id) ?? targetOf(ind, year),
          realisasi: realisasi(ind.id, year),
          ...(ind.baseline ? { baseline: ind.baseline.value } : {}),
          ...(ind.endTarget !== null ? { endTarget: ind.endTarget } : {}),
          ...(ind.formula ? { formula: ind.formula } : {}),
          ...(ind.dataSource ? { dataSource: ind.dataSource.text } : {}),
          history: [
            ...new Set(
              bundle.realisations.filter((r) => r.indikatorId === ind.id && r.year < year).map((r) => r.year),
            ),
          ]
            .sort((a, b) => a - b)
            .map((y) => ({ year: y, target: targetOf(ind, y), realisasi: realisasi(ind.id, y) })),
        })),
    }))
    .filter((s) => s.indikator.length > 0);
  return {
    format: 'akuntabel/report-data@1',
    agency: {
      name: bundle.agency.name,
      region: bundle.region.name,
      level: bundle.region.level,
      province: bundle.region.province,
    },
    year,
    scale: 'permendagri-86-2017',
    aggregation: 'mean',
    policy: { cap: null },
    sasaran,
    budget: { items: budgetItems },
  } as ReportData;
}

function pkSourceOf(bundle: AgencyBundle, doc: BundlePkDocument): PkSource {
  const sasaranName = new Map(bundle.renstra.sasaran.map((s) => [s.id, s.name]));
  const indikator = new Map(
    bundle.renstra.sasaran.flatMap((s) => s.indikator.map((i) => [i.id, i] as const)),
  );
  const programName = new Map(bundle.budgetTree.programs.map((p) => [p.code, p.name]));
  const place = /^([^,]+),/.exec(doc.signedAt.printed)?.[1] ?? null;
  return {
    year: doc.year,
    version: doc.version,
    place,
    signed: { date: doc.signedAt.date, precision: doc.signedAt.precision },
    agencyName: bundle.agency.name,
    pihakPertama: {
      name: doc.pihakPertama.name,
      nip: doc.pihakPertama.nip,
      rank: doc.pihakPertama.rank,
      title: doc.pihakPertama.title,
    },
    pihakKedua: { name: doc.pihakKedua.name, title: doc.pihakKedua.title },
    items: doc.items.map((i) => ({
      sasaran: sasaranName.get(i.sasaranId) ?? i.sasaranId,
      indikator: indikator.get(i.indikatorId)?.name ?? i.indikatorId,
      target: i.target,
      unit: indikator.get(i.indikatorId)?.unit ?? null,
    })),
    programBudgets: doc.programBudgets.map((b) => ({
      code: b.programCode,
      name: programName.get(b.programCode) ?? b.programCode,
      pagu: b.pagu,
    })),
  };
}

const SPENDING_LABELS: Record<string, { id: string; en: string }> = {
  pegawai: { id: 'Belanja Pegawai', en: 'Personnel' },
  barang_jasa: { id: 'Belanja Barang dan Jasa', en: 'Goods and Services' },
  modal: { id: 'Belanja Modal', en: 'Capital' },
  hibah: { id: 'Belanja Hibah', en: 'Grants' },
  bantuan_sosial: { id: 'Belanja Bantuan Sosial', en: 'Social Assistance' },
  tidak_terduga: { id: 'Belanja Tidak Terduga', en: 'Contingency' },
  lainnya: { id: 'Belanja Lainnya', en: 'Other' },
};

const FUNDING: Record<string, { id: string; en: string }> = {
  apbd: { id: 'APBD', en: 'Regional budget' },
  apbn: { id: 'APBN', en: 'State budget' },
  tidak_dicetak: { id: '-', en: '-' },
};

function flattenUnits(unit: BundleUnit, depth = 0): NonNullable<LkjipSource['organisation']> {
  return [
    { name: unit.name, headTitle: unit.headTitle, eselon: unit.eselon, depth, task: unit.task?.text ?? null },
    ...unit.children.flatMap((c) => flattenUnits(c, depth + 1)),
  ];
}

/** The source the LKjIP builder needs, from a bundle. */
export function lkjipSourceFromBundle(bundle: AgencyBundle, options: BundleReportOptions): LkjipSource {
  const { locale } = options;
  const year = options.year ?? bundle.year;
  const data = reportDataFromBundle(bundle, year);
  const pk = bundle.perjanjianKinerja.documents.filter((d) => d.year === year);
  const signedOn = options.signedOn ?? { date: `${year + 1}-02-01`, precision: 'month' as const };
  const place =
    pk.map((d) => /^([^,]+),/.exec(d.signedAt.printed)?.[1]).find(Boolean) ?? bundle.region.seat.name;
  const n = bundle.narratives;
  const analysis = Object.fromEntries(
    n.perSasaran.flatMap((p) => [
      ...(p.analysis ? [[`sasaran.${p.sasaranId}.analysis`, [p.analysis.text]] as const] : []),
      ...(p.solutions
        ? [
            [
              `sasaran.${p.sasaranId}.causes`,
              [p.solutions.text, ...(p.nextSteps ? [p.nextSteps.text] : [])],
            ] as const,
          ]
        : []),
    ]),
  );
  const lang = (v: { id: string; en: string }) => (locale === 'id' ? v.id : v.en);
  const edu = new Map<string, { pns: number; kontrak: number }>();
  for (const r of bundle.sdm.byEducation.pns) edu.set(r.category, { pns: r.count, kontrak: 0 });
  for (const r of bundle.sdm.byEducation.kontrak) {
    const row = edu.get(r.category) ?? { pns: 0, kontrak: 0 };
    row.kontrak = r.count;
    edu.set(r.category, row);
  }
  const spending = bundle.budgetTree.spendingByType[String(year)];
  // The bundle's narratives are the report's own Indonesian text; an English report gets generated texts.
  const narratives: Record<string, string[]> =
    locale === 'id'
      ? {
          ikhtisar: [n.ikhtisar.text],
          latarBelakang: [n.latarBelakang.text],
          tugasFungsi: [n.tugasFungsi.text],
          kesimpulan: [n.kesimpulan.text],
          langkahKeDepan: n.langkahKeDepan.map((l) => l.text),
          ...analysis,
        }
      : {};
  return {
    data,
    locale,
    createdAt: options.createdAt ?? `${signedOn.date}T00:00:00.000Z`,
    agency: {
      name: bundle.agency.name,
      region: bundle.region.name,
      province: bundle.region.province,
      address: bundle.agency.address.text,
      legalBasis: bundle.agency.legalBasis.text,
    },
    head: { name: bundle.head.name, rank: bundle.head.rank, nip: bundle.head.nip, title: bundle.head.title },
    signed: { place, date: signedOn.date, precision: signedOn.precision },
    logo: options.logo ?? null,
    renstra: {
      name: bundle.renstra.name,
      visi: bundle.renstra.visi.text,
      misi: bundle.renstra.misi.map((m) => m.text),
      tujuan: bundle.renstra.tujuan.map((t) => t.text),
      indicators: bundle.renstra.sasaran.flatMap((s) =>
        s.indikator.map((i) => ({
          id: i.id,
          formula: i.formula,
          dataSource: i.dataSource?.text ?? null,
          definition: i.definition?.text ?? null,
          iku: i.iku,
        })),
      ),
    },
    pk: pk.map((d) => pkSourceOf(bundle, d)),
    organisation: flattenUnits(bundle.units),
    sdm: {
      totals: { pns: bundle.sdm.totals.pns, kontrak: bundle.sdm.totals.kontrak },
      byPosition: bundle.sdm.byPosition.map((r) => ({
        group: r.group,
        category: r.category,
        count: r.count,
      })),
      byEducation: [...edu].map(([category, v]) => ({ category, ...v })),
    },
    isuStrategis: locale === 'id' ? n.isuStrategis.map((i) => i.text) : null,
    sasaranPrograms: data.sasaran.map((s) => ({
      sasaranId: s.id,
      codes: bundle.renstra.programs
        .filter((p) => p.sasaranId === s.id)
        .flatMap((p) => (p.subKegiatanCodes.length > 0 ? p.subKegiatanCodes : [p.programCode])),
    })),
    social: {
      ppks: {
        year: bundle.socialWelfare.ppks.year,
        total: bundle.socialWelfare.ppks.total,
        categories: bundle.socialWelfare.ppks.categories.map((c) => c.label),
      },
      psks: bundle.socialWelfare.psks.byType.map((p) => ({ label: p.label, count: p.count, unit: p.unit })),
      assistance: bundle.socialWelfare.assistance
        .filter((a) => a.year === year)
        .map((a) => ({
          label: a.label,
          year: a.year,
          funding: lang(FUNDING[a.funding] ?? { id: a.funding, en: a.funding }),
          target: a.target,
          recipients: a.recipients,
          unit: a.unit.toUpperCase() === 'KPM' ? 'KPM' : a.unit,
        })),
    },
    ikm: {
      surveys: bundle.ikm.surveys
        .filter((s) => s.year <= year)
        .map((s) => ({ year: s.year, respondents: s.respondents, nilai: s.nilai })),
      related: bundle.ikm.relatedAssessments.filter((r) => r.year <= year),
    },
    akip: {
      evaluations: bundle.akip.evaluations
        .filter((e) => e.year <= year)
        .map((e) => ({
          year: e.year,
          score: e.score,
          evaluator: e.evaluator,
          recommendations: e.recommendations.map((r) => ({
            text: r.text,
            followUp: r.followUp?.text ?? null,
          })),
        })),
    },
    spendingByType: spending
      ? spending.items.map((i) => ({
          label: lang(SPENDING_LABELS[i.type] ?? { id: i.type, en: i.type }),
          amount: i.amount,
        }))
      : null,
    narratives,
  };
}

/** The demo agency's LKjIP model. */
export function buildLkjipFromBundle(bundle: AgencyBundle, options: BundleReportOptions): LkjipReportModel {
  return buildLkjipModel(lkjipSourceFromBundle(bundle, options));
}

/** The PK document of the bundle for a year (the latest version), or null when the bundle has none. */
export function buildPkFromBundle(
  bundle: AgencyBundle,
  options: { locale: Locale; year?: number; createdAt?: string },
): PkDocumentModel | null {
  const year = options.year ?? bundle.year;
  const doc = pkOfYear(bundle, year);
  if (!doc) return null;
  return buildPkDocumentModel(
    pkSourceOf(bundle, doc),
    options.locale,
    options.createdAt ?? `${doc.signedAt.date}T00:00:00.000Z`,
  );
}
