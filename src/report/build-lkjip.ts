/**
 * Builds the LKjIP report model (model.ts) from one agency-year of data: the
 * numbers as an `akuntabel/report-data@1` object, measured here by the domain
 * (`measureReport`), plus whatever else the caller has (Renstra, PK, SDM,
 * social-welfare data, IKM, AKIP, narratives). Parts without data are left
 * out or say so in one sentence. The outline follows PermenPANRB 53/2014 as
 * the real reports use it (DOMAIN.md §5).
 *
 * Each part is built in lkjip/ (front matter, one file per chapter or BAB III
 * section, the appendices), in document order, since headings, captions and
 * sheet names are numbered as they are made (lkjip/build-context.ts).
 *
 * Callers: build-from-bundle.ts (the demo agency), build-from-report-data.ts
 * (a report-data file alone), later a builder on the database services.
 */
import { computeEfficiency, type Efficiency } from '../domain/efficiency.ts';
import type { Locale } from '../domain/numbers.ts';
import { measureReport } from '../domain/report-data/measure-report.ts';
import type { ReportData } from '../domain/report-data/schema.ts';
import type { PkSource } from './build-pk.ts';
import { pick, type DatePrecision } from './format.ts';
import { buildBab1 } from './lkjip/bab1.ts';
import { buildBab2 } from './lkjip/bab2.ts';
import { buildBab3Budget } from './lkjip/bab3-budget.ts';
import { buildBab3Measurement } from './lkjip/bab3-measurement.ts';
import { buildBab3Sasaran } from './lkjip/bab3-sasaran.ts';
import { buildBab3Social } from './lkjip/bab3-social.ts';
import { buildBab4 } from './lkjip/bab4.ts';
import { createLkjipContext } from './lkjip/build-context.ts';
import {
  buildContents,
  buildCover,
  buildIkhtisar,
  buildKataPengantar,
  signing,
} from './lkjip/front-matter.ts';
import { countBudget, keyFigures } from './lkjip/key-figures.ts';
import { buildLampiran } from './lkjip/lampiran.ts';
import type { Block, DocumentMeta, LkjipReportModel } from './model.ts';
import type { NarrativeContext } from './narrative-defaults.ts';

export type Person = { name: string; rank: string | null; nip: string | null; title: string };

export type IndicatorPlan = {
  id: string;
  formula: string | null;
  dataSource: string | null;
  definition: string | null;
  iku: boolean;
};

export type LkjipSource = {
  data: ReportData;
  locale: Locale;
  /** ISO time stamp written into the files (the snapshot's time, never "now" read here). */
  createdAt: string;
  agency: {
    name: string;
    region: string | null;
    province: string | null;
    address: string | null;
    legalBasis: string | null;
  };
  head: Person | null;
  /** Place and date of signing the report; date null leaves a blank to fill in. */
  signed: { place: string | null; date: string | null; precision: DatePrecision };
  /** The agency's logo on the cover: PNG or JPEG bytes. */
  logo?: Uint8Array | null;
  renstra?: {
    name: string;
    visi: string;
    misi: string[];
    tujuan: string[];
    indicators: IndicatorPlan[];
  } | null;
  pk?: PkSource[];
  organisation?:
    { name: string; headTitle: string; eselon: string; depth: number; task: string | null }[] | null;
  sdm?: {
    totals: { pns: number; kontrak: number };
    byPosition: { group: string; category: string; count: number }[];
    byEducation: { category: string; pns: number; kontrak: number }[];
  } | null;
  isuStrategis?: string[] | null;
  /** Budget codes (program or sub kegiatan) that support each sasaran. */
  sasaranPrograms?: { sasaranId: string; codes: string[] }[];
  social?: {
    ppks: { year: number; total: number; categories: string[] } | null;
    psks: { label: string; count: number; unit: string }[];
    assistance: {
      label: string;
      year: number;
      funding: string;
      target: number | null;
      recipients: number;
      unit: string;
    }[];
    /** The report year's figures from the Data Sosial (region rule of the social summary), when recorded. */
    detail?: SocialReportDetail | null;
  } | null;
  ikm?: {
    surveys: { year: number; respondents: number | null; nilai: number }[];
    related: { name: string; by: string; year: number; score: number; grade: string; category: string }[];
  } | null;
  akip?: {
    evaluations: {
      year: number;
      score: number;
      evaluator: string | null;
      recommendations: { text: string; followUp: string | null }[];
    }[];
  } | null;
  spendingByType?: { label: string; amount: number }[] | null;
  /** Texts the agency wrote, by section key; a missing key gets a generated default. */
  narratives: Readonly<Record<string, readonly string[] | undefined>>;
};

/** Data Sosial of the report year for BAB III's tables and charts (labels as printed). */
export type SocialReportDetail = {
  year: number;
  ppksByCategory: { label: string; count: number | null; served: number | null }[];
  ppksTotal: { count: number | null; served: number | null };
  ppksByKecamatan: { name: string; count: number | null; served: number | null }[];
  assistanceByProgram: { label: string; recipients: number | null; value: number | null }[];
  assistanceTotal: { recipients: number | null; value: number | null };
  assistanceByKecamatan: { name: string; recipients: number | null; value: number | null }[];
  /** The region's totals per year, oldest first, ending with `year`. */
  history: {
    year: number;
    ppks: number | null;
    served: number | null;
    psks: number | null;
    recipients: number | null;
    value: number | null;
  }[];
};

export function buildLkjipModel(src: LkjipSource): LkjipReportModel {
  const { locale, data } = src;
  const L = (id: string, en: string) => pick(locale, id, en);
  const m = measureReport(data);

  // -- figures the texts are written from ---------------------------------
  const budget = m.budget;
  const overallEfficiency: Efficiency | null =
    budget && budget.persen !== null ? computeEfficiency(m.overall.capaian, budget.persen) : null;
  const budgetCounts = budget ? countBudget(budget.items) : null;
  const narrativeContext: NarrativeContext = {
    locale,
    measurement: m,
    agencyName: src.agency.name,
    regionName: src.agency.region,
    efficiency: overallEfficiency,
    budgetCounts,
    renstraName: src.renstra?.name ?? null,
  };
  const figures = keyFigures(m, locale, overallEfficiency);
  const ctx = createLkjipContext(src, m, narrativeContext);
  const { heading, generated } = ctx;
  const signer = signing(ctx);

  // -- parts, in document order ---------------------------------------------
  const cover = buildCover(ctx);
  const kataPengantar = buildKataPengantar(ctx, signer);
  const ikhtisar = buildIkhtisar(ctx);
  const contents = buildContents(ctx);
  const bab1 = buildBab1(ctx);
  const bab2 = buildBab2(ctx, budgetCounts);
  const bab3: Block[] = [
    heading(1, `${L('BAB', 'CHAPTER')} III ${L('AKUNTABILITAS KINERJA', 'PERFORMANCE ACCOUNTABILITY')}`),
    ...buildBab3Measurement(ctx, figures.indicatorCount),
  ];
  const { blocks: sasaranBlocks, sasaranEfficiency } = buildBab3Sasaran(ctx);
  bab3.push(...sasaranBlocks);
  // Sections after C take the next letters, as far as the agency has their data.
  let section = 'D';
  const nextSection = () => {
    const current = section;
    section = String.fromCharCode(section.charCodeAt(0) + 1);
    return current;
  };
  bab3.push(...buildBab3Social(ctx, nextSection));
  bab3.push(...buildBab3Budget(ctx, nextSection, sasaranEfficiency, overallEfficiency));
  const bab4 = buildBab4(ctx, signer);
  const appendix = buildLampiran(ctx);

  const meta: DocumentMeta = {
    locale,
    title: `LKjIP ${src.agency.name} ${L('Tahun', '')} ${m.year}`.replace('  ', ' '),
    subject: L('Laporan Kinerja Instansi Pemerintah', 'Government Agency Performance Report'),
    author: src.agency.name,
    createdAt: src.createdAt,
    footer: `LKjIP ${src.agency.name} ${m.year}`,
    generatedMark: L(
      'Teks bawaan dari data — tinjau dan sunting sebelum ditandatangani.',
      'Default text written from the data — review and edit before signing.',
    ),
  };
  return {
    kind: 'lkjip',
    meta,
    agency: { name: src.agency.name, region: src.agency.region, province: src.agency.province },
    year: m.year,
    figures,
    generatedSections: generated,
    parts: [
      { kind: 'cover', id: 'cover', blocks: cover },
      { kind: 'front', id: 'kata-pengantar', blocks: kataPengantar },
      { kind: 'front', id: 'daftar-isi', blocks: contents },
      { kind: 'front', id: 'ikhtisar', blocks: ikhtisar },
      { kind: 'chapter', id: 'bab-1', blocks: bab1 },
      { kind: 'chapter', id: 'bab-2', blocks: bab2 },
      { kind: 'chapter', id: 'bab-3', blocks: bab3 },
      { kind: 'chapter', id: 'bab-4', blocks: bab4 },
      ...appendix,
    ],
  };
}
