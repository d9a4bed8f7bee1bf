/**
 * Builds the LKjIP report model (model.ts) from one agency-year of data: the
 * numbers as an `akuntabel/report-data@1` object, measured here by the domain
 * (`measureReport`), plus whatever else the caller has (Renstra, PK, SDM,
 * social-welfare data, IKM, AKIP, narratives). Parts without data are left
 * out or say so in one sentence. The outline follows PermenPANRB 53/2014 as
 * the real reports use it (DOMAIN.md §5).
 *
 * Callers: build-from-bundle.ts (the demo agency), build-from-report-data.ts
 * (a report-data file alone), later a builder on the database services.
 */
import { akipGrade } from '../domain/akip.ts';
import { absorptionPercent, rollUpBudget, type BudgetNode } from '../domain/budget-rollup.ts';
import { computeEfficiency, EFFICIENCY_REASON_TEXT, type Efficiency } from '../domain/efficiency.ts';
import { ikmGrade } from '../domain/ikm.ts';
import { formatNumber, type Locale } from '../domain/numbers.ts';
import {
  budgetNodesOf,
  measureReport,
  type BudgetItemMeasurement,
  type IndicatorMeasurement,
  type ReportMeasurement,
  type SasaranMeasurement,
} from '../domain/report-data/measure-report.ts';
import { resolveReportScale } from '../domain/report-data/report-scale.ts';
import type { ReportData } from '../domain/report-data/schema.ts';
import {
  DASH,
  formatDate,
  formatNip,
  integerCell,
  percentCell,
  percentText,
  pick,
  rupiahCell,
  rupiahText,
  textCell,
  valueCell,
  type DatePrecision,
} from './format.ts';
import type {
  Block,
  ChartBlock,
  DocumentMeta,
  LkjipKeyFigures,
  LkjipReportModel,
  ReportPart,
  TableBlock,
  TableCell,
  TableColumn,
  TableRow,
} from './model.ts';
import {
  defaultIkhtisar,
  defaultKataPengantar,
  defaultKesimpulan,
  defaultLangkahKeDepan,
  defaultLatarBelakang,
  defaultSasaranAnalysis,
  defaultSasaranCauses,
  predikatCounts,
  type BudgetCounts,
  type NarrativeContext,
} from './narrative-defaults.ts';
import { buildPkBlocks, type PkSource } from './build-pk.ts';
import { fitHeight, imageInfo } from './image-size.ts';

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

/** Numbers captions per chapter: Tabel 3.2, Grafik 3.1. */
class Captions {
  private readonly counts = new Map<string, number>();
  constructor(private readonly locale: Locale) {}
  next(kind: 'table' | 'chart', chapter: string, title: string): string {
    const key = `${kind}:${chapter}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    const word =
      kind === 'table' ? pick(this.locale, 'Tabel', 'Table') : pick(this.locale, 'Grafik', 'Chart');
    return `${word} ${chapter}.${n} ${title}`;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function sheetNameOf(caption: string, used: Set<string>): string {
  const m = /^\S+ (\d+\.\d+) (.*)$/.exec(caption);
  const base = (m ? `${m[1]} ${m[2]}` : caption)
    .replace(/[\\/?*[\]:]/g, ' ')
    .slice(0, 31)
    .trim();
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 27)} (${i})`;
  used.add(name.toLowerCase());
  return name;
}

export function buildLkjipModel(src: LkjipSource): LkjipReportModel {
  const { locale, data } = src;
  const L = (id: string, en: string) => pick(locale, id, en);
  const m = measureReport(data);
  const scale = resolveReportScale(data.scale);
  const captions = new Captions(locale);
  const sheetNames = new Set<string>();
  const generated: string[] = [];
  let headingSeq = 0;

  const heading = (level: 1 | 2 | 3, text: string): Block => ({
    type: 'heading',
    level,
    text,
    id: `h${++headingSeq}`,
  });
  const para = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
    type: 'paragraph',
    text,
    align: 'justify',
    ...extra,
  });
  const table = (
    chapter: string,
    title: string,
    columns: TableColumn[],
    rows: TableRow[],
    options: { landscape?: boolean; note?: string; id?: string } = {},
  ): TableBlock => {
    const caption = captions.next('table', chapter, title);
    return {
      type: 'table',
      id: options.id ?? `tabel-${caption.split(' ')[1]!.replace('.', '-')}`,
      caption,
      sheetName: sheetNameOf(caption, sheetNames),
      columns,
      rows,
      landscape: options.landscape ?? false,
      ...(options.note ? { note: options.note } : {}),
    };
  };
  const narrative = (key: string, fallback: () => string[]): Block => {
    const given = src.narratives[key];
    if (given && given.length > 0)
      return { type: 'narrative', key, paragraphs: [...given], generated: false };
    generated.push(key);
    return { type: 'narrative', key, paragraphs: fallback(), generated: true };
  };
  const col = (header: string, width: number, align: TableColumn['align'] = 'left'): TableColumn => ({
    header,
    width,
    align,
  });

  // -- figures the texts are written from ---------------------------------
  const budget = m.budget;
  const overallEfficiency: Efficiency | null =
    budget && budget.persen !== null ? computeEfficiency(m.overall.capaian, budget.persen) : null;
  const budgetCounts = budget ? countBudget(budget.items) : null;
  const ctx: NarrativeContext = {
    locale,
    measurement: m,
    agencyName: src.agency.name,
    regionName: src.agency.region,
    efficiency: overallEfficiency,
    budgetCounts,
    renstraName: src.renstra?.name ?? null,
  };
  const predikatLabel = (p: IndicatorMeasurement['predikat']) => (p ? L(p.label, p.labelEn) : null);
  const figures: LkjipKeyFigures = {
    indicatorCount: m.sasaran.reduce((a, s) => a + s.indikator.length, 0),
    overallCapaian: fig(m.overall.capaian, locale),
    overallPredikat: predikatLabel(m.overall.predikat),
    sasaranCapaian: m.sasaran.map((s) => ({
      id: s.id,
      name: s.name,
      capaian: fig(s.capaian, locale),
      predikat: predikatLabel(s.predikat),
      count: s.count,
    })),
    indicatorCapaian: m.sasaran.flatMap((s) =>
      s.indikator.map((i) => ({
        id: i.id,
        name: i.name,
        capaian: fig(i.capaian, locale),
        predikat: predikatLabel(i.predikat),
      })),
    ),
    predikatCounts: predikatCounts(m, locale),
    pagu: { value: budget?.pagu ?? null, text: budget ? rupiahText(budget.pagu, locale) : DASH },
    realisasi: {
      value: budget?.realisasi ?? null,
      text: budget ? rupiahText(budget.realisasi, locale) : DASH,
    },
    serapan: fig(budget?.persen ?? null, locale),
    efficiency: overallEfficiency ? efficiencyLabel(overallEfficiency, locale) : null,
  };

  const region = src.agency.region;
  const regionUpper = region ? `PEMERINTAH ${region.toUpperCase()}` : null;
  const placeDate = `${src.signed.place ?? '…………'}, ${src.signed.date ? formatDate(src.signed.date, locale, src.signed.precision) : `……………… ${m.year + 1}`}`;
  const headSignatory = src.head
    ? {
        roleLines: splitTitle(src.head.title),
        name: src.head.name,
        rank: src.head.rank,
        nip: src.head.nip ? `NIP. ${formatNip(src.head.nip)}` : null,
      }
    : {
        roleLines: [L('KEPALA PERANGKAT DAERAH', 'HEAD OF AGENCY')],
        name: '(……………………)',
        rank: null,
        nip: 'NIP.',
      };

  // -- cover --------------------------------------------------------------
  const cover: Block[] = [];
  if (regionUpper) cover.push(para(regionUpper, { align: 'center', bold: true, size: 'large' }));
  // The logo about 3 cm high, its aspect kept (a very wide one narrowed to 12 cm); unreadable bytes are left out.
  const logo = src.logo ? imageInfo(src.logo) : null;
  if (src.logo && logo)
    cover.push({ type: 'image', data: src.logo, format: logo.format, ...fitHeight(logo, 3, 12) });
  cover.push(
    para(L('LAPORAN KINERJA INSTANSI PEMERINTAH', 'GOVERNMENT AGENCY PERFORMANCE REPORT'), {
      align: 'center',
      bold: true,
      size: 'title',
    }),
    para(`(LKjIP) ${L('TAHUN', '')} ${m.year}`.replace('  ', ' '), {
      align: 'center',
      bold: true,
      size: 'title',
    }),
    para(src.agency.name.toUpperCase(), { align: 'center', bold: true, size: 'large' }),
  );
  if (src.agency.address) cover.push(para(src.agency.address, { align: 'center', size: 'small' }));
  cover.push(para(`${L('TAHUN', 'YEAR')} ${m.year + 1}`, { align: 'center', bold: true, size: 'large' }));

  // -- front matter -------------------------------------------------------
  const kataPengantar: Block[] = [
    heading(1, L('KATA PENGANTAR', 'FOREWORD')),
    narrative('kataPengantar', () => defaultKataPengantar(ctx)),
    { type: 'signature', placeDate, left: null, right: headSignatory },
  ];
  const ikhtisar: Block[] = [
    heading(1, L('IKHTISAR EKSEKUTIF', 'EXECUTIVE SUMMARY')),
    narrative('ikhtisar', () => defaultIkhtisar(ctx)),
  ];
  const contents: Block[] = [
    { type: 'contents', of: 'headings', title: L('DAFTAR ISI', 'CONTENTS') },
    { type: 'contents', of: 'tables', title: L('DAFTAR TABEL', 'LIST OF TABLES') },
    { type: 'contents', of: 'charts', title: L('DAFTAR GRAFIK', 'LIST OF CHARTS') },
  ];

  // -- BAB I --------------------------------------------------------------
  const bab1: Block[] = [heading(1, `${L('BAB', 'CHAPTER')} I ${L('PENDAHULUAN', 'INTRODUCTION')}`)];
  bab1.push(
    heading(2, L('A. Latar Belakang', 'A. Background')),
    narrative('latarBelakang', () => defaultLatarBelakang(ctx)),
  );
  bab1.push(heading(2, L('B. Tugas dan Fungsi', 'B. Duties and Functions')));
  bab1.push(
    narrative('tugasFungsi', () => [
      src.agency.legalBasis
        ? L(
            `Kedudukan, susunan organisasi, tugas dan fungsi ${src.agency.name} diatur dalam ${src.agency.legalBasis}.`,
            `The position, organisation, duties and functions of ${src.agency.name} are set by ${src.agency.legalBasis}.`,
          )
        : L(
            `Tugas dan fungsi ${src.agency.name} diuraikan oleh perangkat daerah.`,
            `The agency describes the duties and functions of ${src.agency.name}.`,
          ),
    ]),
  );
  bab1.push(heading(2, L('C. Struktur Organisasi', 'C. Organisation')));
  if (src.organisation && src.organisation.length > 0) {
    bab1.push(
      table(
        '1',
        L('Struktur Organisasi', 'Organisation'),
        [
          col(L('Unit Kerja', 'Unit'), 5),
          col(L('Jabatan', 'Head'), 5),
          col('Eselon', 1.6, 'center'),
          col(L('Tugas', 'Task'), 9),
        ],
        src.organisation.map((u) => ({
          cells: [
            textCell(u.name, { indent: u.depth, bold: u.depth === 0 }),
            textCell(u.headTitle),
            textCell(u.eselon === 'non_eselon' ? '-' : u.eselon),
            textCell(u.task ?? DASH),
          ],
        })),
        { landscape: true },
      ),
    );
  } else
    bab1.push(
      para(L('Data struktur organisasi belum tersedia.', 'No organisation data yet.'), { italic: true }),
    );
  bab1.push(heading(2, L('D. Sumber Daya Manusia', 'D. Staff')));
  if (src.sdm) {
    const sdm = src.sdm;
    bab1.push(
      para(
        L(
          `Pada tahun ${m.year} ${src.agency.name} didukung oleh ${formatNumber(sdm.totals.pns, { locale })} Pegawai Negeri Sipil dan ${formatNumber(sdm.totals.kontrak, { locale })} tenaga kontrak.`,
          `In ${m.year} ${src.agency.name} had ${formatNumber(sdm.totals.pns, { locale })} civil servants and ${formatNumber(sdm.totals.kontrak, { locale })} contract staff.`,
        ),
      ),
    );
    const positionTotal = sdm.byPosition.reduce((a, r) => a + r.count, 0);
    bab1.push(
      table(
        '1',
        L('Komposisi Pegawai Negeri Sipil Berdasarkan Jabatan', 'Civil Servants by Position'),
        [
          col('No', 0.8, 'center'),
          col(L('Jabatan', 'Position'), 6),
          col(L('Jumlah (orang)', 'Number'), 2, 'right'),
        ],
        [
          ...sdm.byPosition.map((r, i) => ({
            cells: [textCell(String(i + 1)), textCell(r.category), integerCell(r.count, locale)],
          })),
          {
            emphasis: 'total' as const,
            cells: [textCell(L('Jumlah', 'Total'), { colSpan: 2 }), integerCell(positionTotal, locale)],
          },
        ],
      ),
    );
    const edu = sdm.byEducation;
    bab1.push(
      table(
        '1',
        L('Sumber Daya Manusia Berdasarkan Pendidikan', 'Staff by Education'),
        [
          col('No', 0.8, 'center'),
          col(L('Pendidikan', 'Education'), 5),
          col('PNS', 1.6, 'right'),
          col(L('Kontrak', 'Contract'), 1.6, 'right'),
          col(L('Jumlah', 'Total'), 1.6, 'right'),
        ],
        [
          ...edu.map((r, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(r.category),
              integerCell(r.pns, locale),
              integerCell(r.kontrak, locale),
              integerCell(r.pns + r.kontrak, locale),
            ],
          })),
          {
            emphasis: 'total' as const,
            cells: [
              textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
              integerCell(sum(edu.map((r) => r.pns)), locale),
              integerCell(sum(edu.map((r) => r.kontrak)), locale),
              integerCell(sum(edu.map((r) => r.pns + r.kontrak)), locale),
            ],
          },
        ],
      ),
    );
  } else bab1.push(para(L('Data kepegawaian belum tersedia.', 'No staff data yet.'), { italic: true }));
  bab1.push(heading(2, L('E. Isu Strategis', 'E. Strategic Issues')));
  if (src.isuStrategis && src.isuStrategis.length > 0)
    bab1.push({ type: 'list', ordered: true, items: [...src.isuStrategis] });
  else
    bab1.push(
      narrative('isuStrategis', () => [
        L('Isu strategis diuraikan oleh perangkat daerah.', 'The agency lists its strategic issues.'),
      ]),
    );
  bab1.push(heading(2, L('F. Sistematika Penyajian', 'F. Structure of this Report')));
  bab1.push({
    type: 'list',
    ordered: false,
    items: [
      L(
        'BAB I Pendahuluan: latar belakang, tugas dan fungsi, struktur organisasi, sumber daya manusia, isu strategis.',
        'Chapter I Introduction: background, duties, organisation, staff, strategic issues.',
      ),
      L(
        'BAB II Perencanaan dan Perjanjian Kinerja: Rencana Strategis, indikator kinerja utama, Perjanjian Kinerja dan anggarannya.',
        'Chapter II Planning and Performance Agreement: strategic plan, key indicators, the agreement and its budget.',
      ),
      L(
        'BAB III Akuntabilitas Kinerja: metode pengukuran, hasil pengukuran, analisis capaian per sasaran, realisasi anggaran dan efisiensi.',
        'Chapter III Performance Accountability: method, results, analysis per objective, budget and efficiency.',
      ),
      L(
        'BAB IV Penutup: kesimpulan dan langkah ke depan.',
        'Chapter IV Closing: conclusions and next steps.',
      ),
      L('Lampiran: Perjanjian Kinerja.', 'Appendix: Performance Agreement.'),
    ],
  });

  // -- BAB II -------------------------------------------------------------
  const bab2: Block[] = [
    heading(
      1,
      `${L('BAB', 'CHAPTER')} II ${L('PERENCANAAN DAN PERJANJIAN KINERJA', 'PLANNING AND PERFORMANCE AGREEMENT')}`,
    ),
  ];
  bab2.push(heading(2, L('A. Rencana Strategis', 'A. Strategic Plan (Renstra)')));
  const plans = new Map((src.renstra?.indicators ?? []).map((p) => [p.id, p]));
  if (src.renstra) {
    const r = src.renstra;
    bab2.push(
      para(
        L(
          `${r.name} menetapkan visi, misi, tujuan dan sasaran berikut.`,
          `The ${r.name} sets the following vision, missions, goals and objectives.`,
        ),
      ),
    );
    bab2.push(heading(3, L('1. Visi', '1. Vision')), para(`"${r.visi}"`, { align: 'center', italic: true }));
    bab2.push(heading(3, L('2. Misi', '2. Missions')), { type: 'list', ordered: true, items: [...r.misi] });
    bab2.push(heading(3, L('3. Tujuan', '3. Goals')));
    bab2.push(
      r.tujuan.length > 0
        ? { type: 'list', ordered: true, items: [...r.tujuan] }
        : para(L('Tujuan Renstra belum dicatat.', 'No Renstra goals recorded.'), { italic: true }),
    );
  } else
    bab2.push(
      para(
        L(
          'Data Rencana Strategis belum tersedia; bagian ini memuat sasaran dan indikator dari data pengukuran.',
          'No strategic plan data; this part lists the objectives and indicators measured.',
        ),
        { italic: true },
      ),
    );
  bab2.push(
    heading(
      3,
      L(
        '4. Sasaran Strategis dan Indikator Kinerja Utama',
        '4. Strategic Objectives and Key Performance Indicators',
      ),
    ),
  );
  bab2.push({ type: 'list', ordered: true, items: data.sasaran.map((s) => s.name) });
  {
    const rows: TableRow[] = [];
    data.sasaran.forEach((s, si) =>
      s.indikator.forEach((ind, ii) => {
        const plan = plans.get(ind.id);
        rows.push({
          cells: [
            textCell(ii === 0 ? String(si + 1) : ''),
            textCell(ii === 0 ? s.name : ''),
            textCell(ind.name + (plan && !plan.iku ? L(' (bukan IKU)', ' (not a KPI)') : '')),
            textCell(ind.unit ?? DASH),
            textCell(plan?.formula ?? ind.formula ?? L('belum dirumuskan', 'not defined yet')),
            textCell(plan?.dataSource ?? ind.dataSource ?? L('belum dicatat', 'not recorded')),
          ],
        });
      }),
    );
    bab2.push(
      table(
        '2',
        L('Indikator Kinerja Utama', 'Key Performance Indicators'),
        [
          col('No', 0.7, 'center'),
          col(L('Sasaran Strategis', 'Objective'), 5),
          col(L('Indikator Kinerja', 'Indicator'), 5),
          col(L('Satuan', 'Unit'), 1.3, 'center'),
          col(L('Formula', 'Formula'), 4.5),
          col(L('Sumber Data', 'Data Source'), 4.5),
        ],
        rows,
        { landscape: true },
      ),
    );
  }
  bab2.push(heading(2, L(`B. Perjanjian Kinerja Tahun ${m.year}`, `B. Performance Agreement ${m.year}`)));
  const pkDocs = src.pk ?? [];
  if (pkDocs.length > 0) {
    for (const pk of pkDocs) {
      const when = pk.signed.date ? formatDate(pk.signed.date, locale, pk.signed.precision) : null;
      bab2.push(
        para(
          pk.version === 'perubahan'
            ? L(
                `Perjanjian Kinerja Tahun ${pk.year} diubah${when ? ` pada ${when}` : ''} menyesuaikan perubahan anggaran; target yang diukur dalam laporan ini adalah target Perubahan Perjanjian Kinerja berikut.`,
                `The ${pk.year} agreement was revised${when ? ` in ${when}` : ''} after the budget revision; the targets measured here are those of the revised agreement below.`,
              )
            : L(
                `Perjanjian Kinerja Tahun ${pk.year}${when ? ` ditandatangani pada ${when}` : ''} memuat sasaran, indikator dan target berikut.`,
                `The ${pk.year} agreement${when ? `, signed in ${when},` : ''} sets the objectives, indicators and targets below.`,
              ),
        ),
      );
      bab2.push(
        table(
          '2',
          `${pk.version === 'perubahan' ? L('Perubahan Perjanjian Kinerja', 'Revised Performance Agreement') : L('Perjanjian Kinerja', 'Performance Agreement')} ${L('Tahun', '')} ${pk.year}`.replace(
            '  ',
            ' ',
          ),
          pkTargetColumns(locale),
          pkTargetRows(pk, locale),
        ),
      );
    }
  } else
    bab2.push(
      para(
        L(
          'Dokumen Perjanjian Kinerja belum tersedia; target diambil dari data pengukuran.',
          'No Performance Agreement document; targets come from the measurement data.',
        ),
        { italic: true },
      ),
    );
  if (budget) {
    bab2.push(
      para(
        L(
          `Pencapaian sasaran didukung oleh program dengan anggaran sebagai berikut.`,
          `The objectives are supported by these programs and budgets.`,
        ),
      ),
    );
    bab2.push(
      table(
        '2',
        L('Program, Kegiatan, Sub Kegiatan dan Anggaran', 'Programs, Activities, Sub-activities and Budget'),
        [
          col(L('Kode', 'Code'), 1.6),
          col('Program', 7),
          col(L('Kegiatan', 'Activities'), 1.4, 'right'),
          col(L('Sub Kegiatan', 'Sub-activities'), 1.4, 'right'),
          col(L('Pagu Murni (Rp)', 'Original (Rp)'), 2.6, 'right'),
          col(L('Pagu Perubahan (Rp)', 'Revised (Rp)'), 2.6, 'right'),
        ],
        [
          ...budget.items.map((p) => ({
            cells: [
              textCell(p.code),
              textCell(p.name),
              integerCell(p.children.filter((k) => (k.pagu ?? 0) > 0).length, locale),
              integerCell(
                sum(p.children.map((k) => k.children.filter((s) => (s.pagu ?? 0) > 0).length)),
                locale,
              ),
              rupiahCell(p.paguMurni, locale),
              rupiahCell(p.pagu, locale),
            ],
          })),
          {
            emphasis: 'total' as const,
            cells: [
              textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
              integerCell(budgetCounts?.kegiatan ?? null, locale),
              integerCell(budgetCounts?.subKegiatan ?? null, locale),
              rupiahCell(budget.paguMurni, locale),
              rupiahCell(budget.pagu, locale),
            ],
          },
        ],
        {
          note: L(
            'Jumlah kegiatan dan sub kegiatan: yang memiliki pagu perubahan.',
            'Activities counted: those with a revised budget.',
          ),
        },
      ),
    );
  }

  // -- BAB III ------------------------------------------------------------
  const bab3: Block[] = [
    heading(1, `${L('BAB', 'CHAPTER')} III ${L('AKUNTABILITAS KINERJA', 'PERFORMANCE ACCOUNTABILITY')}`),
  ];
  bab3.push(heading(2, L('A. Metode Pengukuran Capaian Kinerja', 'A. Measurement Method')));
  bab3.push(
    para(
      L(
        'Capaian indikator dengan polaritas positif (semakin tinggi semakin baik) dihitung dengan rumus:',
        'The achievement of a positive indicator (higher is better) is:',
      ),
    ),
  );
  bab3.push(
    para(L('Capaian (%) = Realisasi ÷ Target × 100', 'Achievement (%) = Actual ÷ Target × 100'), {
      align: 'center',
      bold: true,
    }),
  );
  if (data.sasaran.some((s) => s.indikator.some((i) => i.polarity === 'negative'))) {
    const inverse = data.policy?.negativeFormula === 'inverse-ratio';
    bab3.push(
      para(
        L(
          'Indikator dengan polaritas negatif (semakin rendah semakin baik):',
          'A negative indicator (lower is better):',
        ),
      ),
    );
    bab3.push(
      para(
        inverse
          ? L('Capaian (%) = Target ÷ Realisasi × 100', 'Achievement (%) = Target ÷ Actual × 100')
          : L(
              'Capaian (%) = (2 × Target − Realisasi) ÷ Target × 100',
              'Achievement (%) = (2 × Target − Actual) ÷ Target × 100',
            ),
        { align: 'center', bold: true },
      ),
    );
  }
  bab3.push(
    para(
      L(
        `Rata-rata capaian ${m.aggregation === 'mean-of-sasaran' ? 'dihitung dari rata-rata setiap sasaran' : m.aggregation === 'group-mean' ? 'dihitung dengan metode rata-rata data kelompok' : 'adalah rata-rata seluruh indikator'}${data.policy?.cap ? `, dengan capaian dibatasi ${formatNumber(data.policy.cap, { locale })} % saat dirata-ratakan` : ', tanpa batas atas capaian'}. Angka dihitung dengan presisi penuh dan dibulatkan dua desimal hanya saat ditampilkan. Predikat ditetapkan dengan skala ${scale.name} berikut.`,
        `The average is ${m.aggregation === 'mean-of-sasaran' ? 'the mean of the objectives' : m.aggregation === 'group-mean' ? 'computed with the group-mean method' : 'the mean of all indicators'}${data.policy?.cap ? `, each capped at ${formatNumber(data.policy.cap, { locale })} % as it is averaged` : ', uncapped'}. Numbers keep full precision and are rounded to two decimals only when shown. Ratings follow the ${scale.name} scale below.`,
      ),
    ),
  );
  bab3.push(
    table(
      '3',
      L('Skala Nilai Peringkat Kinerja', 'Rating Scale'),
      [
        col('No', 0.8, 'center'),
        col(L('Rentang Capaian (%)', 'Achievement range (%)'), 4, 'center'),
        col(L('Predikat', 'Rating'), 4),
      ],
      scale.levels.map((lv, i) => {
        const above = i > 0 ? scale.levels[i - 1]! : null;
        return {
          cells: [
            textCell(String(i + 1)),
            textCell(rangeText(lv, above, locale)),
            textCell(L(lv.label, lv.labelEn)),
          ],
        };
      }),
    ),
  );

  bab3.push(heading(2, L('B. Hasil Pengukuran Kinerja', 'B. Measurement Results')));
  bab3.push(
    para(
      L(
        `Hasil pengukuran ${figures.indicatorCount} indikator kinerja sasaran strategis Tahun ${m.year} disajikan pada tabel berikut.`,
        `The results for the ${figures.indicatorCount} indicators of ${m.year} are in the table below.`,
      ),
    ),
  );
  bab3.push(measurementTable(m, locale, table));

  bab3.push(heading(2, L('C. Analisis Capaian Kinerja per Sasaran', 'C. Analysis by Objective')));
  const sasaranEfficiency: { s: SasaranMeasurement; e: Efficiency | null }[] = [];
  m.sasaran.forEach((s, si) => {
    bab3.push(
      heading(3, `${si + 1}. ${L('Sasaran Strategis', 'Objective')} ${ROMAN[si] ?? si + 1}: ${s.name}`),
    );
    bab3.push(
      para(
        L(
          `Sasaran ini diukur dengan ${s.indikator.length} indikator; rata-rata capaian ${percentText(s.capaian, locale)} (${s.predikat?.label ?? DASH}).`,
          `This objective has ${s.indikator.length} ${s.indikator.length === 1 ? 'indicator' : 'indicators'}; average ${percentText(s.capaian, locale)} (${s.predikat?.labelEn ?? DASH}).`,
        ),
      ),
    );
    bab3.push(historyTable(s, si, m.year, locale, (title, cols, rows) => table('3', title, cols, rows)));
    const chart = sasaranChart(
      s,
      m.year,
      locale,
      captions.next(
        'chart',
        '3',
        L(
          `Target dan Realisasi Sasaran ${ROMAN[si] ?? si + 1}`,
          `Targets and Results, Objective ${ROMAN[si] ?? si + 1}`,
        ),
      ),
    );
    if (chart) bab3.push(chart);
    const comparisons = comparisonRows(s, locale);
    if (comparisons.length > 0)
      bab3.push(
        table(
          '3',
          L(
            `Perbandingan dengan Target Akhir Renstra dan Angka Nasional/Provinsi, Sasaran ${ROMAN[si] ?? si + 1}`,
            `Against the Renstra End Target and National/Provincial Figures, Objective ${ROMAN[si] ?? si + 1}`,
          ),
          [
            col(L('Indikator', 'Indicator'), 5),
            col(`${L('Realisasi', 'Actual')} ${m.year}`, 1.8, 'right'),
            col(L('Target Akhir Renstra', 'Renstra End Target'), 1.8, 'right'),
            col(L('Kemajuan (%)', 'Progress (%)'), 1.8, 'right'),
            col(L('Nasional', 'National'), 1.6, 'right'),
            col(L('Provinsi', 'Provincial'), 1.6, 'right'),
          ],
          comparisons,
        ),
      );
    else
      bab3.push(
        para(
          L(
            'Target akhir Renstra, angka nasional dan angka provinsi untuk indikator sasaran ini belum dicatat, sehingga perbandingannya belum dapat disajikan.',
            'No Renstra end target or national/provincial figure is recorded for these indicators, so no comparison can be shown.',
          ),
          { italic: true },
        ),
      );
    bab3.push(narrative(`sasaran.${s.id}.analysis`, () => defaultSasaranAnalysis(s, locale)));
    bab3.push(heading(3, L(`Penyebab Keberhasilan/Kegagalan dan Solusi`, `Causes and Solutions`)));
    bab3.push(narrative(`sasaran.${s.id}.causes`, () => defaultSasaranCauses(s, locale)));
    // Supporting programs and efficiency.
    const link = src.sasaranPrograms?.find((l) => l.sasaranId === s.id);
    let efficiency: Efficiency | null = null;
    if (link && budget) {
      const nodes = supportNodes(data, link.codes);
      if (nodes.length > 0) {
        const rolled = rollUpBudget(nodes);
        efficiency = rolled.total.persen !== null ? computeEfficiency(s.capaian, rolled.total.persen) : null;
        bab3.push(heading(3, L('Program dan Kegiatan Pendukung', 'Supporting Programs')));
        const rows: TableRow[] = [];
        const walk = (n: (typeof rolled.items)[number], depth: number) => {
          rows.push({
            emphasis: depth === 0 ? 'group' : undefined,
            cells: [
              textCell(n.code),
              textCell(n.name, { indent: depth }),
              rupiahCell(n.pagu, locale),
              rupiahCell(n.realisasi, locale),
              percentCell(n.persen, locale),
            ],
          } as TableRow);
          n.children.forEach((c) => walk(c, depth + 1));
        };
        rolled.items.forEach((n) => walk(n, 0));
        rows.push({
          emphasis: 'total',
          cells: [
            textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
            rupiahCell(rolled.total.pagu, locale),
            rupiahCell(rolled.total.realisasi, locale),
            percentCell(rolled.total.persen, locale),
          ],
        });
        bab3.push(
          table(
            '3',
            L(
              `Anggaran Pendukung Sasaran ${ROMAN[si] ?? si + 1}`,
              `Budget Supporting Objective ${ROMAN[si] ?? si + 1}`,
            ),
            budgetColumns(locale, false),
            rows,
            {
              landscape: true,
              note: L(
                'Satu sub kegiatan dapat mendukung lebih dari satu sasaran; anggarannya tidak dijumlahkan antarsasaran.',
                'A sub-activity may support several objectives; its budget is not added up across objectives.',
              ),
            },
          ),
        );
        bab3.push(para(efficiencySentence(s, efficiency, locale)));
      }
    }
    sasaranEfficiency.push({ s, e: efficiency });
  });

  // Social-welfare data, where the agency has them.
  const social = src.social;
  let section = 'D';
  const nextSection = () => {
    const current = section;
    section = String.fromCharCode(section.charCodeAt(0) + 1);
    return current;
  };
  if (social && (social.ppks || social.psks.length > 0 || social.assistance.length > 0)) {
    bab3.push(heading(2, `${nextSection()}. ${L('Data Kesejahteraan Sosial', 'Social Welfare Data')}`));
    if (social.ppks) {
      bab3.push(
        para(
          L(
            `Jumlah Pemerlu Pelayanan Kesejahteraan Sosial (PPKS) Tahun ${social.ppks.year} adalah ${formatNumber(social.ppks.total, { locale })} orang, dalam ${social.ppks.categories.length} jenis PPKS menurut Permensos 8/2012.`,
            `There were ${formatNumber(social.ppks.total, { locale })} people in need of social welfare services (PPKS) in ${social.ppks.year}, in ${social.ppks.categories.length} categories (Permensos 8/2012).`,
          ),
        ),
      );
    }
    if (social.psks.length > 0)
      bab3.push(
        table(
          '3',
          L('Potensi dan Sumber Kesejahteraan Sosial (PSKS)', 'Social Welfare Resources (PSKS)'),
          [
            col('No', 0.8, 'center'),
            col(L('Jenis PSKS', 'Type'), 7),
            col(L('Jumlah', 'Number'), 1.6, 'right'),
            col(L('Satuan', 'Unit'), 1.6),
          ],
          social.psks.map((p, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(p.label),
              integerCell(p.count, locale),
              textCell(p.unit),
            ],
          })),
        ),
      );
    if (social.assistance.length > 0)
      bab3.push(
        table(
          '3',
          L('Bantuan Sosial per Program', 'Social Assistance by Program'),
          [
            col('No', 0.7, 'center'),
            col(L('Program / Bantuan', 'Program / Assistance'), 8),
            col(L('Tahun', 'Year'), 1, 'center'),
            col(L('Sumber Dana', 'Funding'), 1.6, 'center'),
            col('Target', 1.4, 'right'),
            col(L('Penerima', 'Recipients'), 1.6, 'right'),
            col(L('Satuan', 'Unit'), 1.3),
            col(L('Capaian (%)', 'Achieved (%)'), 1.6, 'right'),
          ],
          social.assistance.map((a, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(a.label),
              textCell(String(a.year)),
              textCell(a.funding),
              integerCell(a.target, locale),
              integerCell(a.recipients, locale),
              textCell(a.unit),
              percentCell(
                a.target !== null && a.target > 0 ? absorptionPercent(a.recipients, a.target) : null,
                locale,
              ),
            ],
          })),
          { landscape: true },
        ),
      );
  }

  // IKM and AKIP.
  if ((src.ikm && src.ikm.surveys.length > 0) || (src.akip && src.akip.evaluations.length > 0)) {
    bab3.push(
      heading(
        2,
        `${nextSection()}. ${L('Indeks Kepuasan Masyarakat dan Evaluasi AKIP', 'Public Satisfaction Index and AKIP Evaluation')}`,
      ),
    );
    if (src.ikm && src.ikm.surveys.length > 0) {
      const surveys = [...src.ikm.surveys].sort((a, b) => a.year - b.year);
      bab3.push(
        table(
          '3',
          L('Indeks Kepuasan Masyarakat (IKM)', 'Public Satisfaction Index (IKM)'),
          [
            col(L('Tahun', 'Year'), 1.2, 'center'),
            col(L('Responden', 'Respondents'), 1.8, 'right'),
            col(L('Nilai IKM', 'IKM Score'), 1.8, 'right'),
            col(L('Mutu', 'Grade'), 1.2, 'center'),
            col(L('Kinerja Unit Pelayanan', 'Service Performance'), 3),
          ],
          surveys.map((sv) => {
            const g = ikmGrade(sv.nilai);
            return {
              cells: [
                textCell(String(sv.year)),
                integerCell(sv.respondents, locale),
                valueCell(sv.nilai, locale),
                textCell(g.mutu),
                textCell(locale === 'id' ? g.kinerja : ikmKinerjaEn(g.kinerja)),
              ],
            };
          }),
          {
            note: L(
              'Mutu dan kinerja menurut PermenPANRB 14/2017, dihitung dari nilai IKM.',
              'Grade per PANRB Regulation 14/2017, computed from the score.',
            ),
          },
        ),
      );
      if (src.ikm.related.length > 0)
        bab3.push({
          type: 'list',
          ordered: false,
          items: src.ikm.related.map(
            (r) =>
              `${r.name} (${r.by}, ${r.year}): ${formatNumber(r.score, { locale })}, ${r.grade} — ${r.category}`,
          ),
        });
    }
    if (src.akip && src.akip.evaluations.length > 0) {
      const evals = [...src.akip.evaluations].sort((a, b) => a.year - b.year);
      bab3.push(
        table(
          '3',
          L('Hasil Evaluasi AKIP', 'AKIP Evaluation Results'),
          [
            col(L('Tahun', 'Year'), 1.2, 'center'),
            col(L('Nilai', 'Score'), 1.6, 'right'),
            col(L('Predikat', 'Grade'), 1.4, 'center'),
            col(L('Interpretasi', 'Meaning'), 3),
            col(L('Evaluator', 'Evaluator'), 4),
          ],
          evals.map((ev) => {
            const g = akipGrade(ev.score);
            return {
              cells: [
                textCell(String(ev.year)),
                valueCell(ev.score, locale),
                textCell(g.predikat),
                textCell(g.interpretasi),
                textCell(ev.evaluator ?? DASH),
              ],
            };
          }),
          {
            note: L(
              'Predikat menurut PermenPANRB 88/2021, dihitung dari nilai.',
              'Grade per PANRB Regulation 88/2021, computed from the score.',
            ),
          },
        ),
      );
      const latest = evals[evals.length - 1]!;
      if (latest.recommendations.length > 0)
        bab3.push(
          table(
            '3',
            L(
              `Rekomendasi Evaluasi AKIP ${latest.year} dan Tindak Lanjut`,
              `AKIP ${latest.year} Recommendations and Follow-up`,
            ),
            [
              col('No', 0.7, 'center'),
              col(L('Rekomendasi', 'Recommendation'), 8),
              col(L('Tindak Lanjut', 'Follow-up'), 8),
            ],
            latest.recommendations.map((r, i) => ({
              cells: [
                textCell(String(i + 1)),
                textCell(r.text),
                textCell(r.followUp ?? L('belum dicatat', 'not recorded')),
              ],
            })),
            { landscape: true },
          ),
        );
    }
  }

  // Budget realisation and efficiency.
  if (budget) {
    bab3.push(heading(2, `${nextSection()}. ${L('Realisasi Anggaran', 'Budget Realisation')}`));
    bab3.push(narrative('anggaran', () => [defaultIkhtisarBudget(ctx)]));
    const rows: TableRow[] = [];
    const walk = (n: BudgetItemMeasurement, depth: number) => {
      rows.push({
        emphasis: depth === 0 ? 'group' : undefined,
        cells: [
          textCell(n.code),
          textCell(n.name, { indent: depth }),
          rupiahCell(n.paguMurni, locale),
          rupiahCell(n.pagu, locale),
          rupiahCell(n.realisasi, locale),
          percentCell(n.persen, locale),
          rupiahCell(n.sisa, locale),
        ],
      } as TableRow);
      n.children.forEach((c) => walk(c, depth + 1));
    };
    budget.items.forEach((n) => walk(n, 0));
    rows.push({
      emphasis: 'total',
      cells: [
        textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
        rupiahCell(budget.paguMurni, locale),
        rupiahCell(budget.pagu, locale),
        rupiahCell(budget.realisasi, locale),
        percentCell(budget.persen, locale),
        rupiahCell(budget.sisa, locale),
      ],
    });
    bab3.push(
      table(
        '3',
        L(`Realisasi Anggaran Tahun ${m.year}`, `Budget Realisation ${m.year}`),
        budgetColumns(locale, true),
        rows,
        {
          landscape: true,
          id: 'realisasi-anggaran',
          note: L(
            'Persentase = realisasi ÷ pagu perubahan × 100. Baris tanpa pagu perubahan dihapus pada perubahan anggaran.',
            'Percent = actual ÷ revised budget × 100. Rows without a revised budget were dropped in the revision.',
          ),
        },
      ),
    );
    const chart = absorptionChart(
      budget.items,
      locale,
      captions.next('chart', '3', L('Serapan Anggaran per Program', 'Budget Absorption by Program')),
    );
    if (chart) bab3.push(chart);
    if (src.spendingByType && src.spendingByType.length > 0) {
      const total = sum(src.spendingByType.map((s) => s.amount));
      bab3.push(
        table(
          '3',
          L('Pagu Anggaran menurut Jenis Belanja', 'Budget by Spending Type'),
          [
            col(L('Jenis Belanja', 'Spending Type'), 6),
            col(L('Pagu (Rp)', 'Budget (Rp)'), 3, 'right'),
            col(L('Porsi (%)', 'Share (%)'), 2, 'right'),
          ],
          [
            ...src.spendingByType.map((s) => ({
              cells: [
                textCell(s.label),
                rupiahCell(s.amount, locale),
                percentCell(absorptionPercent(s.amount, total), locale),
              ],
            })),
            {
              emphasis: 'total' as const,
              cells: [
                textCell(L('Jumlah', 'Total')),
                rupiahCell(total, locale),
                percentCell(absorptionPercent(total, total), locale),
              ],
            },
          ],
        ),
      );
    }
    bab3.push(
      heading(2, `${nextSection()}. ${L('Efisiensi Penggunaan Sumber Daya', 'Efficiency of Resources')}`),
    );
    bab3.push(
      para(
        L(
          'Efisiensi membandingkan capaian kinerja dengan serapan anggaran: indeks = capaian − serapan (poin persentase). Efisien bila target tercapai (capaian ≥ 100 %), serapan tidak melebihi pagu, dan capaian tidak lebih rendah daripada serapan.',
          'Efficiency compares performance with budget absorption: index = achievement − absorption (percentage points). Efficient when the target is met (≥ 100 %), spending stays within the budget and achievement is not below absorption.',
        ),
      ),
    );
    const effRows: TableRow[] = sasaranEfficiency.map(({ s, e }, i) => ({
      cells: [
        textCell(`${ROMAN[i] ?? i + 1}. ${s.name}`),
        percentCell(s.capaian, locale),
        percentCell(e?.serapan ?? null, locale),
        e?.index !== null && e?.index !== undefined
          ? { text: formatNumber(e.index, { decimals: 2, locale }), value: e.index, kind: 'decimal' }
          : textCell(DASH),
        textCell(
          e
            ? efficiencyLabel(e, locale)
            : L('tidak ada data anggaran pendukung', 'no supporting budget recorded'),
        ),
      ],
    }));
    if (overallEfficiency)
      effRows.push({
        emphasis: 'total',
        cells: [
          textCell(L('Keseluruhan', 'Overall')),
          percentCell(overallEfficiency.capaian, locale),
          percentCell(overallEfficiency.serapan, locale),
          overallEfficiency.index !== null
            ? {
                text: formatNumber(overallEfficiency.index, { decimals: 2, locale }),
                value: overallEfficiency.index,
                kind: 'decimal',
              }
            : textCell(DASH),
          textCell(efficiencyLabel(overallEfficiency, locale)),
        ],
      });
    bab3.push(
      table(
        '3',
        L('Efisiensi: Capaian Kinerja dan Serapan Anggaran', 'Efficiency: Achievement and Absorption'),
        [
          col(L('Sasaran', 'Objective'), 7),
          col(L('Capaian (%)', 'Achievement (%)'), 1.8, 'right'),
          col(L('Serapan (%)', 'Absorption (%)'), 1.8, 'right'),
          col(L('Indeks (poin)', 'Index (points)'), 1.8, 'right'),
          col(L('Kategori', 'Category'), 4),
        ],
        effRows,
        { landscape: true },
      ),
    );
  }

  // -- BAB IV -------------------------------------------------------------
  const bab4: Block[] = [
    heading(1, `${L('BAB', 'CHAPTER')} IV ${L('PENUTUP', 'CLOSING')}`),
    heading(2, L('A. Kesimpulan', 'A. Conclusions')),
    narrative('kesimpulan', () => defaultKesimpulan(ctx)),
    heading(2, L('B. Langkah ke Depan', 'B. Next Steps')),
  ];
  const langkah = src.narratives['langkahKeDepan'];
  if (langkah && langkah.length > 0) bab4.push({ type: 'list', ordered: true, items: [...langkah] });
  else {
    generated.push('langkahKeDepan');
    bab4.push({
      type: 'narrative',
      key: 'langkahKeDepan',
      paragraphs: defaultLangkahKeDepan(ctx).map((s, i) => `${i + 1}. ${s}`),
      generated: true,
    });
  }
  bab4.push({ type: 'signature', placeDate, left: null, right: headSignatory });

  // -- Lampiran -----------------------------------------------------------
  const appendix: ReportPart[] = pkDocs.flatMap((pk, i) => {
    const { agreement, annex } = buildPkBlocks(pk, locale, { withTitle: false });
    const title = `${L('LAMPIRAN', 'APPENDIX')} ${i + 1}: ${pk.version === 'perubahan' ? L('PERUBAHAN PERJANJIAN KINERJA', 'REVISED PERFORMANCE AGREEMENT') : L('PERJANJIAN KINERJA', 'PERFORMANCE AGREEMENT')} ${m.year}`;
    return [
      { kind: 'appendix' as const, id: `lampiran-${i + 1}`, blocks: [heading(1, title), ...agreement] },
      { kind: 'appendix' as const, id: `lampiran-${i + 1}-target`, blocks: annex },
    ];
  });

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

function defaultIkhtisarBudget(ctx: NarrativeContext): string {
  const { locale, measurement: m } = ctx;
  const b = m.budget!;
  return pick(
    locale,
    `Pagu anggaran Tahun ${m.year} setelah perubahan sebesar ${rupiahText(b.pagu, locale)}${b.paguMurni !== null ? ` (pagu murni ${rupiahText(b.paguMurni, locale)})` : ''}, terealisasi ${rupiahText(b.realisasi, locale)} atau ${percentText(b.persen, locale)}, dengan sisa ${rupiahText(b.sisa, locale)}.`,
    `The revised ${m.year} budget was ${rupiahText(b.pagu, locale)}${b.paguMurni !== null ? ` (original ${rupiahText(b.paguMurni, locale)})` : ''}; ${rupiahText(b.realisasi, locale)} was spent, ${percentText(b.persen, locale)}, leaving ${rupiahText(b.sisa, locale)}.`,
  );
}

function fig(value: number | null, locale: Locale): { value: number | null; text: string } {
  return { value, text: value === null ? DASH : formatNumber(value, { decimals: 2, locale }) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** "KEPALA DINAS SOSIAL KABUPATEN LIMA PULUH KOTA" → two lines at "Kabupaten/Kota/Provinsi". */
function splitTitle(title: string): string[] {
  const upper = title.toUpperCase();
  const at = upper.search(/ (KABUPATEN|KOTA|PROVINSI) /);
  return at > 0 ? [upper.slice(0, at), upper.slice(at + 1)] : [upper];
}

function efficiencyLabel(e: Efficiency, locale: Locale): string {
  if (locale === 'id') {
    const reasons = e.reasons.filter(
      (r) => r !== 'capaian-tidak-diketahui' && r !== 'serapan-tidak-diketahui',
    );
    return e.category === 'tidak efisien' && reasons.length > 0
      ? `Tidak efisien: ${reasons.map((r) => EFFICIENCY_REASON_TEXT[r]).join('; ')}`
      : e.category.charAt(0).toUpperCase() + e.category.slice(1);
  }
  return e.category === 'efisien'
    ? 'Efficient'
    : e.category === 'tidak efisien'
      ? 'Not efficient'
      : 'Cannot be assessed';
}

function efficiencySentence(s: SasaranMeasurement, e: Efficiency | null, locale: Locale): string {
  if (!e || e.index === null)
    return pick(
      locale,
      'Efisiensi sasaran ini belum dapat dinilai.',
      'The efficiency of this objective cannot be assessed.',
    );
  return pick(
    locale,
    `Efisiensi: capaian ${percentText(s.capaian, locale)} dengan serapan anggaran pendukung ${percentText(e.serapan, locale)} (indeks ${formatNumber(e.index, { decimals: 2, locale })} poin): ${efficiencyLabel(e, locale).toLowerCase()}.`,
    `Efficiency: achievement ${percentText(s.capaian, locale)} with absorption of the supporting budget ${percentText(e.serapan, locale)} (index ${formatNumber(e.index, { decimals: 2, locale })} points): ${efficiencyLabel(e, locale).toLowerCase()}.`,
  );
}

function ikmKinerjaEn(k: string): string {
  return (
    (
      { 'Sangat Baik': 'Very Good', Baik: 'Good', 'Kurang Baik': 'Poor', 'Tidak Baik': 'Bad' } as Record<
        string,
        string
      >
    )[k] ?? k
  );
}

/** "> 90", "> 75 – 90", "≤ 50" from the scale's lower bounds (the engine's edges, not the printed gaps). */
function rangeText(
  level: { min: number | null; minInclusive: boolean },
  above: { min: number | null; minInclusive: boolean } | null,
  locale: Locale,
): string {
  const n = (v: number) => formatNumber(v, { locale });
  const lower = level.min === null ? null : `${level.minInclusive ? '≥' : '>'} ${n(level.min)}`;
  const upper =
    above?.min === null || above === null ? null : `${above.minInclusive ? '<' : '≤'} ${n(above.min)}`;
  if (lower && upper) return `${lower} ${pick(locale, 's.d.', 'to')} ${upper}`;
  return lower ?? upper ?? DASH;
}

function countBudget(items: readonly BudgetItemMeasurement[]): BudgetCounts {
  const funded = (n: BudgetItemMeasurement) => (n.pagu ?? 0) > 0;
  const programs = items.filter(funded);
  const kegiatan = programs.flatMap((p) => p.children.filter(funded));
  const subKegiatan = kegiatan.flatMap((k) => k.children.filter(funded));
  return { programs: programs.length, kegiatan: kegiatan.length, subKegiatan: subKegiatan.length };
}

/**
 * The budget subtree supporting a sasaran: each listed program whole, or
 * pruned to the listed sub kegiatan (with their kegiatan), as engine nodes.
 */
function supportNodes(data: ReportData, codes: readonly string[]): BudgetNode[] {
  const all = budgetNodesOf(data.budget?.items ?? []);
  const wanted = new Set(codes);
  const prune = (n: BudgetNode): BudgetNode | null => {
    if (wanted.has(n.code)) return n;
    const children = n.children.map(prune).filter((c): c is BudgetNode => c !== null);
    if (children.length === 0) return null;
    // A kegiatan/program kept for some of its rows: its amounts are the sum of those rows.
    return { ...n, pagu: null, paguMurni: null, realisasi: null, children };
  };
  return all.map(prune).filter((n): n is BudgetNode => n !== null);
}

function budgetColumns(locale: Locale, full: boolean): TableColumn[] {
  const L = (id: string, en: string) => pick(locale, id, en);
  return full
    ? [
        { header: L('Kode', 'Code'), width: 2.6, align: 'left' },
        {
          header: L('Program / Kegiatan / Sub Kegiatan', 'Program / Activity / Sub-activity'),
          width: 8,
          align: 'left',
        },
        { header: L('Pagu Murni (Rp)', 'Original (Rp)'), width: 2.4, align: 'right' },
        { header: L('Pagu Perubahan (Rp)', 'Revised (Rp)'), width: 2.4, align: 'right' },
        { header: L('Realisasi (Rp)', 'Actual (Rp)'), width: 2.4, align: 'right' },
        { header: '%', width: 1.2, align: 'right' },
        { header: L('Sisa (Rp)', 'Remaining (Rp)'), width: 2.2, align: 'right' },
      ]
    : [
        { header: L('Kode', 'Code'), width: 2.6, align: 'left' },
        {
          header: L('Program / Kegiatan / Sub Kegiatan', 'Program / Activity / Sub-activity'),
          width: 9,
          align: 'left',
        },
        { header: L('Pagu (Rp)', 'Budget (Rp)'), width: 2.6, align: 'right' },
        { header: L('Realisasi (Rp)', 'Actual (Rp)'), width: 2.6, align: 'right' },
        { header: '%', width: 1.3, align: 'right' },
      ];
}

export function pkTargetColumns(locale: Locale): TableColumn[] {
  const L = (id: string, en: string) => pick(locale, id, en);
  return [
    { header: 'No', width: 0.7, align: 'center' },
    { header: L('Sasaran Strategis', 'Objective'), width: 5, align: 'left' },
    { header: L('Indikator Kinerja', 'Indicator'), width: 5, align: 'left' },
    { header: 'Target', width: 1.6, align: 'right' },
  ];
}

export function pkTargetRows(pk: PkSource, locale: Locale): TableRow[] {
  let n = 0;
  let last = '';
  return pk.items.map((item) => {
    const first = item.sasaran !== last;
    last = item.sasaran;
    if (first) n++;
    return {
      cells: [
        textCell(first ? String(n) : ''),
        textCell(first ? item.sasaran : ''),
        textCell(item.indikator),
        valueCell(
          item.target,
          locale,
          item.unit === '%' ? { text: `${formatNumber(item.target, { locale })} %` } : {},
        ),
      ],
    };
  });
}

function measurementTable(
  m: ReportMeasurement,
  locale: Locale,
  table: (
    chapter: string,
    title: string,
    cols: TableColumn[],
    rows: TableRow[],
    o?: { landscape?: boolean; note?: string; id?: string },
  ) => TableBlock,
): TableBlock {
  const L = (id: string, en: string) => pick(locale, id, en);
  const rows: TableRow[] = [];
  m.sasaran.forEach((s, si) => {
    s.indikator.forEach((ind, ii) => {
      rows.push({
        cells: [
          textCell(ii === 0 ? String(si + 1) : ''),
          textCell(ii === 0 ? s.name : ''),
          textCell(ind.name),
          targetCell(ind, locale),
          realisasiCell(ind, locale),
          percentCell(ind.capaian, locale),
          textCell(ind.predikat ? L(ind.predikat.label, ind.predikat.labelEn) : reasonText(ind, locale)),
        ],
      });
    });
    if (s.indikator.length > 1)
      rows.push({
        emphasis: 'group',
        cells: [
          textCell(''),
          textCell(
            L(
              `Rata-rata sasaran ${ROMAN[si] ?? si + 1} (${s.count} indikator)`,
              `Objective ${ROMAN[si] ?? si + 1} average (${s.count} indicators)`,
            ),
            { colSpan: 4 },
          ),
          percentCell(s.capaian, locale),
          textCell(s.predikat ? L(s.predikat.label, s.predikat.labelEn) : DASH),
        ],
      });
  });
  rows.push({
    emphasis: 'total',
    cells: [
      textCell(
        L(
          `Rata-rata capaian kinerja (${m.overall.count} indikator)`,
          `Average achievement (${m.overall.count} indicators)`,
        ),
        { colSpan: 5 },
      ),
      percentCell(m.overall.capaian, locale),
      textCell(m.overall.predikat ? L(m.overall.predikat.label, m.overall.predikat.labelEn) : DASH),
    ],
  });
  const excluded = m.overall.excluded;
  return table(
    '3',
    L(
      'Realisasi dan Persentase Capaian Indikator Kinerja',
      'Results and Achievement of the Performance Indicators',
    ),
    [
      { header: 'No', width: 0.7, align: 'center' },
      { header: L('Sasaran Strategis', 'Objective'), width: 5, align: 'left' },
      { header: L('Indikator Kinerja', 'Indicator'), width: 5.5, align: 'left' },
      { header: 'Target', width: 1.6, align: 'right' },
      { header: L('Realisasi', 'Actual'), width: 1.6, align: 'right' },
      { header: L('% Capaian', '% Achieved'), width: 1.6, align: 'right' },
      { header: L('Predikat', 'Rating'), width: 2.2, align: 'left' },
    ],
    rows,
    {
      landscape: true,
      id: 'pengukuran-kinerja',
      note:
        excluded > 0
          ? L(
              `${excluded} indikator belum dapat diukur dan tidak ikut dirata-ratakan.`,
              `${excluded} indicators could not be measured and are not averaged.`,
            )
          : L(
              'Rata-rata dihitung dari capaian presisi penuh, bukan dari angka yang dibulatkan.',
              'Averages are taken at full precision, not from the rounded figures.',
            ),
    },
  );
}

function targetCell(ind: IndicatorMeasurement, locale: Locale): TableCell {
  const t = ind.target;
  if (!t) return textCell(DASH);
  if (t.kind === 'value') return valueCell(t.value, locale);
  if (t.kind === 'range')
    return textCell(`${formatNumber(t.min, { locale })}–${formatNumber(t.max, { locale })}`);
  return textCell(t.grade);
}

function realisasiCell(ind: IndicatorMeasurement, locale: Locale): TableCell {
  const r = ind.realisasi;
  if (r === null) return textCell(DASH);
  return typeof r === 'number' ? valueCell(r, locale) : textCell(r);
}

const REASON_TEXT: Record<string, { id: string; en: string }> = {
  'missing-realisasi': { id: 'realisasi belum ada', en: 'no realisation' },
  'missing-target': { id: 'target belum ada', en: 'no target' },
  'future-year': { id: 'tahun yang akan datang', en: 'a future year' },
  'target-zero': { id: 'target 0', en: 'target 0' },
  'realisasi-zero-inverse': { id: 'realisasi 0 (rumus T/R)', en: 'actual 0 (T/R formula)' },
  'unknown-grade': { id: 'nilai tidak dikenal', en: 'unknown grade' },
  'target-kind-mismatch': { id: 'bentuk target tidak cocok', en: 'target does not fit' },
  'malformed-number': { id: 'angka salah tulis', en: 'malformed number' },
};

function reasonText(ind: IndicatorMeasurement, locale: Locale): string {
  const r = ind.reason ? REASON_TEXT[ind.reason] : undefined;
  return r ? pick(locale, r.id, r.en) : DASH;
}

function historyTable(
  s: SasaranMeasurement,
  index: number,
  year: number,
  locale: Locale,
  table: (title: string, cols: TableColumn[], rows: TableRow[]) => TableBlock,
): TableBlock {
  const L = (id: string, en: string) => pick(locale, id, en);
  const rows: TableRow[] = [];
  for (const ind of s.indikator) {
    const years = [
      ...ind.history.filter((h) => h.year < year),
      {
        year,
        target: ind.target?.kind === 'value' ? ind.target.value : null,
        realisasi: typeof ind.realisasi === 'number' ? ind.realisasi : null,
        capaian: ind.capaian,
      },
    ];
    rows.push({ emphasis: 'group', cells: [textCell(ind.name, { colSpan: 4 })] });
    for (const h of years)
      rows.push({
        cells: [
          textCell(String(h.year)),
          valueCell(h.target, locale),
          valueCell(h.realisasi, locale),
          percentCell(h.capaian, locale),
        ],
      });
  }
  return table(
    L(
      `Capaian Sasaran Strategis ${ROMAN[index] ?? index + 1} dari Tahun ke Tahun`,
      `Objective ${ROMAN[index] ?? index + 1} Year by Year`,
    ),
    [
      { header: L('Indikator / Tahun', 'Indicator / Year'), width: 6, align: 'left' },
      { header: 'Target', width: 2, align: 'right' },
      { header: L('Realisasi', 'Actual'), width: 2, align: 'right' },
      { header: L('% Capaian', '% Achieved'), width: 2, align: 'right' },
    ],
    rows,
  );
}

function comparisonRows(s: SasaranMeasurement, locale: Locale): TableRow[] {
  return s.indikator
    .filter((i) => i.endTarget || i.national || i.provincial)
    .map((i) => ({
      cells: [
        textCell(i.name),
        valueCell(typeof i.realisasi === 'number' ? i.realisasi : null, locale),
        valueCell(i.endTarget?.endTarget ?? null, locale),
        percentCell(i.endTarget?.progressPercent ?? null, locale),
        valueCell(i.national?.reference ?? null, locale),
        valueCell(i.provincial?.reference ?? null, locale),
      ],
    }));
}

const TARGET_COLORS = ['#9DB7D5', '#F2C48D', '#B9D7A8', '#D9A7C7'];
const ACTUAL_COLORS = ['#1F4E79', '#C55A11', '#3B7D23', '#7B2C63'];

function sasaranChart(
  s: SasaranMeasurement,
  year: number,
  locale: Locale,
  caption: string,
): ChartBlock | null {
  const L = (id: string, en: string) => pick(locale, id, en);
  const years = new Set<number>([year]);
  for (const ind of s.indikator) for (const h of ind.history) if (h.year < year) years.add(h.year);
  const categories = [...years].sort((a, b) => a - b);
  const series: ChartBlock['series'] = [];
  const labels: string[][] = [];
  const multi = s.indikator.length > 1;
  s.indikator.forEach((ind, i) => {
    const byYear = new Map(ind.history.map((h) => [h.year, h]));
    const t = categories.map((y) =>
      y === year ? (ind.target?.kind === 'value' ? ind.target.value : null) : (byYear.get(y)?.target ?? null),
    );
    const r = categories.map((y) =>
      y === year
        ? typeof ind.realisasi === 'number'
          ? ind.realisasi
          : null
        : (byYear.get(y)?.realisasi ?? null),
    );
    const short = shortName(ind.name);
    series.push({ name: multi ? `Target ${short}` : 'Target', values: t, color: TARGET_COLORS[i % 4]! });
    series.push({
      name: multi ? `${L('Realisasi', 'Actual')} ${short}` : L('Realisasi', 'Actual'),
      values: r,
      color: ACTUAL_COLORS[i % 4]!,
    });
    labels.push(t.map((v) => (v === null ? '' : formatNumber(v, { locale }))));
    labels.push(r.map((v) => (v === null ? '' : formatNumber(v, { locale }))));
  });
  if (series.every((se) => se.values.every((v) => v === null))) return null;
  const units = new Set(s.indikator.map((i) => i.unit ?? ''));
  const alt = s.indikator
    .map(
      (ind, i) =>
        `${ind.name}: ${categories
          .map((y, k) => `${y} ${labels[i * 2]![k] || DASH}/${labels[i * 2 + 1]![k] || DASH}`)
          .join(', ')}`,
    )
    .join('; ');
  return {
    type: 'chart',
    id: `grafik-${s.id.toLowerCase()}`,
    caption,
    categories: categories.map(String),
    series,
    axisLabel: units.size === 1 && units.has('%') ? '%' : L('Nilai', 'Value'),
    labels,
    alt: `${L('Target/realisasi', 'Target/actual')} — ${alt}`,
  };
}

function shortName(name: string): string {
  const abbr = /\(([A-Z]{2,})\)/.exec(name);
  if (abbr) return abbr[1]!;
  return name.length > 24 ? `${name.slice(0, 22)}…` : name;
}

function absorptionChart(
  items: readonly BudgetItemMeasurement[],
  locale: Locale,
  caption: string,
): ChartBlock | null {
  const funded = items.filter((p) => p.persen !== null);
  if (funded.length === 0) return null;
  const values = funded.map((p) => p.persen);
  const labels = values.map((v) => (v === null ? '' : formatNumber(v, { decimals: 2, locale })));
  return {
    type: 'chart',
    id: 'grafik-serapan',
    caption,
    categories: funded.map((p) => p.code),
    series: [{ name: pick(locale, 'Serapan (%)', 'Absorption (%)'), values, color: '#1F4E79' }],
    axisLabel: '%',
    labels: [labels],
    alt: funded.map((p, i) => `${p.code} ${p.name}: ${labels[i]} %`).join('; '),
  };
}
