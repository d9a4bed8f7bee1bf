/**
 * LKjIP BAB I Pendahuluan: latar belakang, tugas dan fungsi, struktur
 * organisasi, sumber daya manusia, isu strategis, sistematika.
 */
import { formatNumber } from '../../domain/numbers.ts';
import { DASH, integerCell, textCell } from '../format.ts';
import type { Block } from '../model.ts';
import { defaultLatarBelakang } from '../narrative-defaults.ts';
import type { LkjipContext } from './build-context.ts';
import { sum } from './table-parts.ts';

export function buildBab1(ctx: LkjipContext): Block[] {
  const { src, m, locale, L, heading, para, table, narrative, col, narrativeContext } = ctx;
  const bab1: Block[] = [heading(1, `${L('BAB', 'CHAPTER')} I ${L('PENDAHULUAN', 'INTRODUCTION')}`)];
  bab1.push(
    heading(2, L('A. Latar Belakang', 'A. Background')),
    narrative('latarBelakang', () => defaultLatarBelakang(narrativeContext)),
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
  return bab1;
}
