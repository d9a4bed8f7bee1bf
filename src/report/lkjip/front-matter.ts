/** The LKjIP before BAB I: cover, Kata Pengantar, Ikhtisar Eksekutif, the lists of contents; and the signature. */
import { formatDate, formatNip } from '../format.ts';
import { fitHeight, imageInfo } from '../image-size.ts';
import type { Block, Signatory } from '../model.ts';
import { defaultIkhtisar, defaultKataPengantar } from '../narrative-defaults.ts';
import type { LkjipContext } from './build-context.ts';

/** Place, date and the head's signature, as under the Kata Pengantar and at the end of BAB IV. */
export type Signing = { placeDate: string; right: Signatory };

export function signing(ctx: LkjipContext): Signing {
  const { src, m, locale, L } = ctx;
  const placeDate = `${src.signed.place ?? '…………'}, ${src.signed.date ? formatDate(src.signed.date, locale, src.signed.precision) : `……………… ${m.year + 1}`}`;
  const headSignatory: Signatory = src.head
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
  return { placeDate, right: headSignatory };
}

export function buildCover(ctx: LkjipContext): Block[] {
  const { src, m, L, para } = ctx;
  const region = src.agency.region;
  const regionUpper = region ? `PEMERINTAH ${region.toUpperCase()}` : null;
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
  return cover;
}

export function buildKataPengantar(ctx: LkjipContext, signer: Signing): Block[] {
  const { L, heading, narrative, narrativeContext } = ctx;
  return [
    heading(1, L('KATA PENGANTAR', 'FOREWORD')),
    narrative('kataPengantar', () => defaultKataPengantar(narrativeContext)),
    { type: 'signature', placeDate: signer.placeDate, left: null, right: signer.right },
  ];
}

export function buildIkhtisar(ctx: LkjipContext): Block[] {
  const { L, heading, narrative, narrativeContext } = ctx;
  return [
    heading(1, L('IKHTISAR EKSEKUTIF', 'EXECUTIVE SUMMARY')),
    narrative('ikhtisar', () => defaultIkhtisar(narrativeContext)),
  ];
}

export function buildContents(ctx: LkjipContext): Block[] {
  const { L } = ctx;
  return [
    { type: 'contents', of: 'headings', title: L('DAFTAR ISI', 'CONTENTS') },
    { type: 'contents', of: 'tables', title: L('DAFTAR TABEL', 'LIST OF TABLES') },
    { type: 'contents', of: 'charts', title: L('DAFTAR GRAFIK', 'LIST OF CHARTS') },
  ];
}

/** "KEPALA DINAS SOSIAL KABUPATEN LIMA PULUH KOTA" → two lines at "Kabupaten/Kota/Provinsi". */
function splitTitle(title: string): string[] {
  const upper = title.toUpperCase();
  const at = upper.search(/ (KABUPATEN|KOTA|PROVINSI) /);
  return at > 0 ? [upper.slice(0, at), upper.slice(at + 1)] : [upper];
}
