/**
 * The Perjanjian Kinerja document (PermenPANRB 53/2014, Lampiran II): the
 * agreement page with both signatories, then its annex with the targets and
 * the program budgets, signed again. Used on its own (`akuntabel pk`) and as
 * the LKjIP's Lampiran.
 */
import type { Locale } from '../domain/numbers.ts';
import {
  formatDate,
  formatNip,
  integerCell,
  pick,
  rupiahCell,
  textCell,
  valueCell,
  type DatePrecision,
} from './format.ts';
import { formatNumber } from '../domain/numbers.ts';
import type { Block, DocumentMeta, PkDocumentModel, Signatory, TableBlock, TableRow } from './model.ts';

export type PkSource = {
  year: number;
  version: 'original' | 'perubahan';
  place: string | null;
  signed: { date: string | null; precision: DatePrecision };
  agencyName: string;
  pihakPertama: { name: string; nip: string | null; rank: string | null; title: string };
  pihakKedua: { name: string; title: string };
  items: { sasaran: string; indikator: string; target: number; unit: string | null }[];
  programBudgets: { code: string; name: string; pagu: number }[];
};

function signatories(pk: PkSource, locale: Locale): { left: Signatory; right: Signatory; placeDate: string } {
  const when = pk.signed.date ? formatDate(pk.signed.date, locale, pk.signed.precision) : `……………… ${pk.year}`;
  const left = [pick(locale, 'Pihak Kedua,', 'Second party,'), pk.pihakKedua.title.toUpperCase()];
  const right = [
    pick(locale, 'Pihak Pertama,', 'First party,'),
    ...splitAt(pk.pihakPertama.title.toUpperCase()),
  ];
  // Equal numbers of lines above both names, so the names print on one line.
  while (left.length < right.length) left.push(' ');
  while (right.length < left.length) right.push(' ');
  return {
    placeDate: `${pk.place ?? '…………'}, ${when}`,
    left: {
      roleLines: left,
      name: pk.pihakKedua.name.toUpperCase(),
      rank: null,
      nip: null,
    },
    right: {
      roleLines: [
        pick(locale, 'Pihak Pertama,', 'First party,'),
        ...splitAt(pk.pihakPertama.title.toUpperCase()),
      ],
      name: pk.pihakPertama.name,
      rank: pk.pihakPertama.rank,
      nip: pk.pihakPertama.nip ? `NIP. ${formatNip(pk.pihakPertama.nip)}` : null,
    },
  };
}

function splitAt(title: string): string[] {
  const at = title.search(/ (KABUPATEN|KOTA|PROVINSI) /);
  return at > 0 ? [title.slice(0, at), title.slice(at + 1)] : [title];
}

function titleOf(pk: PkSource, locale: Locale): string {
  return pk.version === 'perubahan'
    ? pick(locale, 'PERUBAHAN PERJANJIAN KINERJA', 'REVISED PERFORMANCE AGREEMENT')
    : pick(locale, 'PERJANJIAN KINERJA', 'PERFORMANCE AGREEMENT');
}

/** The agreement page and its annex (which starts on a page of its own), as blocks. */
export function buildPkBlocks(
  pk: PkSource,
  locale: Locale,
  options: { withTitle: boolean },
): { agreement: Block[]; annex: Block[] } {
  const L = (id: string, en: string) => pick(locale, id, en);
  const sig = signatories(pk, locale);
  const p = (text: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({
    type: 'paragraph',
    text,
    align: 'justify',
    ...extra,
  });
  const blocks: Block[] = [];
  if (options.withTitle)
    blocks.push(
      p(titleOf(pk, locale), { align: 'center', bold: true, size: 'large' }),
      p(`${L('TAHUN', 'YEAR')} ${pk.year}`, { align: 'center', bold: true, size: 'large' }),
    );
  blocks.push(
    p(
      L(
        'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
        'To make government effective, transparent, accountable and result-oriented, we the undersigned:',
      ),
    ),
    p(`${L('Nama', 'Name')}: ${pk.pihakPertama.name}`, { bold: true }),
    p(`${L('Jabatan', 'Position')}: ${pk.pihakPertama.title}`, { bold: true }),
    p(L('selanjutnya disebut pihak pertama.', 'hereafter the first party.')),
    p(`${L('Nama', 'Name')}: ${pk.pihakKedua.name}`, { bold: true }),
    p(`${L('Jabatan', 'Position')}: ${pk.pihakKedua.title}`, { bold: true }),
    p(
      L(
        'selaku atasan pihak pertama, selanjutnya disebut pihak kedua.',
        "the first party's superior, hereafter the second party.",
      ),
    ),
    p(
      L(
        'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
        'The first party promises to achieve the performance targets in the annex to this agreement, towards the medium-term targets set in the planning documents. Success or failure in reaching them is our responsibility.',
      ),
    ),
    p(
      L(
        'Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.',
        'The second party will supervise, evaluate the performance achieved under this agreement and take the necessary action to reward or sanction.',
      ),
    ),
    { type: 'signature', placeDate: sig.placeDate, left: sig.left, right: sig.right },
  );
  const annex: Block[] = [
    p(`${titleOf(pk, locale)}`, { align: 'center', bold: true }),
    p(`${pk.pihakPertama.title.toUpperCase()}`, { align: 'center', bold: true }),
    p(`${L('TAHUN ANGGARAN', 'FISCAL YEAR')} ${pk.year}`, { align: 'center', bold: true }),
    pkTargetTable(pk, locale),
  ];
  if (pk.programBudgets.length > 0) annex.push(pkBudgetTable(pk, locale));
  annex.push({ type: 'signature', placeDate: sig.placeDate, left: sig.left, right: sig.right });
  return { agreement: blocks, annex };
}

function pkTargetTable(pk: PkSource, locale: Locale): TableBlock {
  const L = (id: string, en: string) => pick(locale, id, en);
  let n = 0;
  let last = '';
  const rows: TableRow[] = pk.items.map((item) => {
    const first = item.sasaran !== last;
    last = item.sasaran;
    if (first) n++;
    const target = valueCell(item.target, locale);
    return {
      cells: [
        textCell(first ? String(n) : ''),
        textCell(first ? item.sasaran : ''),
        textCell(item.indikator),
        item.unit === '%'
          ? { ...target, text: `${formatNumber(item.target, { locale })} %`, kind: 'percent' }
          : target,
      ],
    };
  });
  return {
    type: 'table',
    id: `pk-${pk.version}-target`,
    caption: L(
      `Sasaran, Indikator dan Target Kinerja ${pk.year}`,
      `Objectives, Indicators and Targets ${pk.year}`,
    ),
    sheetName: L('PK Target', 'PA Targets'),
    columns: [
      { header: 'No', width: 0.7, align: 'center' },
      { header: L('Sasaran Strategis', 'Objective'), width: 5, align: 'left' },
      { header: L('Indikator Kinerja', 'Indicator'), width: 5, align: 'left' },
      { header: 'Target', width: 1.6, align: 'right' },
    ],
    rows,
    landscape: false,
  };
}

function pkBudgetTable(pk: PkSource, locale: Locale): TableBlock {
  const L = (id: string, en: string) => pick(locale, id, en);
  const total = pk.programBudgets.reduce((a, b) => a + b.pagu, 0);
  return {
    type: 'table',
    id: `pk-${pk.version}-anggaran`,
    caption: L(`Program dan Anggaran ${pk.year}`, `Programs and Budget ${pk.year}`),
    sheetName: L('PK Anggaran', 'PA Budget'),
    columns: [
      { header: 'No', width: 0.7, align: 'center' },
      { header: 'Program', width: 8, align: 'left' },
      { header: L('Anggaran (Rp)', 'Budget (Rp)'), width: 3, align: 'right' },
    ],
    rows: [
      ...pk.programBudgets.map((b, i) => ({
        cells: [integerCell(i + 1, locale), textCell(b.name), rupiahCell(b.pagu, locale)],
      })),
      {
        emphasis: 'total',
        cells: [textCell(L('Jumlah', 'Total'), { colSpan: 2 }), rupiahCell(total, locale)],
      },
    ],
    landscape: false,
  };
}

/** The PK as a document of its own. */
export function buildPkDocumentModel(pk: PkSource, locale: Locale, createdAt: string): PkDocumentModel {
  const title = `${titleOf(pk, locale)} ${pick(locale, 'TAHUN', '')} ${pk.year}`.replace('  ', ' ');
  const meta: DocumentMeta = {
    locale,
    title: `${title} — ${pk.agencyName}`,
    subject: title,
    author: pk.agencyName,
    createdAt,
    footer: `${title} — ${pk.agencyName}`,
    generatedMark: null,
  };
  return {
    kind: 'perjanjian-kinerja',
    meta,
    year: pk.year,
    version: pk.version,
    parts: (() => {
      const { agreement, annex } = buildPkBlocks(pk, locale, { withTitle: true });
      return [
        { kind: 'chapter' as const, id: 'pk', blocks: agreement },
        { kind: 'chapter' as const, id: 'pk-lampiran', blocks: annex },
      ];
    })(),
  };
}
