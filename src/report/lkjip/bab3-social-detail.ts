/**
 * BAB III tables and charts from the Data Sosial of the report year: PPKS
 * per category with those served and the share served, PPKS per kecamatan,
 * assistance per programme and per kecamatan (recipients, value in Rupiah),
 * and the five-year development. The share served is the domain's ratio
 * (served / counted × 100), as for an indicator fed by these data.
 */
import { deriveRealisasi } from '../../domain/derived-realisasi.ts';
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import type { SocialReportDetail } from '../build-lkjip.ts';
import { integerCell, percentCell, rupiahCell, textCell } from '../format.ts';
import type { Block, ChartBlock, TableRow } from '../model.ts';
import type { LkjipContext } from './build-context.ts';

function servedShare(served: number | null, count: number | null): number | null {
  return deriveRealisasi(
    { kind: 'ratio', numerator: 'served', denominator: 'count', factor: 100 },
    { served, count },
  ).value;
}

function barChart(
  id: string,
  caption: string,
  categories: string[],
  series: { name: string; values: (number | null)[]; color: string }[],
  axisLabel: string,
  locale: Locale,
): ChartBlock {
  const labels = series.map((s) =>
    s.values.map((v) => (v === null ? '' : formatNumber(v, { decimals: 0, locale }))),
  );
  return {
    type: 'chart',
    id,
    caption,
    categories,
    series,
    axisLabel,
    labels,
    alt: categories
      .map((c, i) => `${c}: ${series.map((s, j) => `${s.name} ${labels[j]![i] || '-'}`).join(', ')}`)
      .join('; '),
  };
}

export function buildBab3SocialDetail(ctx: LkjipContext, d: SocialReportDetail): Block[] {
  const { locale, L, table, col, para, chartCaption } = ctx;
  const blocks: Block[] = [];
  const total = (cells: TableRow['cells']): TableRow => ({ emphasis: 'total', cells });

  if (d.ppksByCategory.length > 0) {
    const share = servedShare(d.ppksTotal.served, d.ppksTotal.count);
    const { count, served } = d.ppksTotal;
    const shareText = share === null ? '-' : formatNumber(share, { decimals: 2, locale });
    if (count !== null && served !== null)
      blocks.push(
        para(
          L(
            `Dari ${formatNumber(count, { locale })} PPKS Tahun ${d.year}, ${formatNumber(served, { locale })} orang (${shareText} %) mendapat pelayanan.`,
            `Of the ${formatNumber(count, { locale })} PPKS of ${d.year}, ${formatNumber(served, { locale })} people (${shareText} %) were served.`,
          ),
        ),
      );
    blocks.push(
      table(
        '3',
        L(
          `PPKS per Jenis dan yang Mendapat Pelayanan Tahun ${d.year}`,
          `PPKS by Category and Served, ${d.year}`,
        ),
        [
          col('No', 0.7, 'center'),
          col(L('Jenis PPKS', 'PPKS category'), 7),
          col(L('Jumlah (orang)', 'Count (people)'), 1.8, 'right'),
          col(L('Mendapat Pelayanan', 'Served'), 1.8, 'right'),
          col(L('Terlayani (%)', 'Served (%)'), 1.6, 'right'),
        ],
        [
          ...d.ppksByCategory.map((c, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(c.label),
              integerCell(c.count, locale),
              integerCell(c.served, locale),
              percentCell(servedShare(c.served, c.count), locale),
            ],
          })),
          total([
            textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
            integerCell(d.ppksTotal.count, locale),
            integerCell(d.ppksTotal.served, locale),
            percentCell(share, locale),
          ]),
        ],
        {
          note: L('Sumber: Data Sosial (DTKS) perangkat daerah.', "Source: the agency's social data (DTKS)."),
        },
      ),
      barChart(
        'grafik-ppks',
        chartCaption(
          '3',
          L(`PPKS dan yang Mendapat Pelayanan Tahun ${d.year}`, `PPKS and Served, ${d.year}`),
        ),
        d.ppksByCategory.map((c) => c.label),
        [
          { name: L('Jumlah PPKS', 'PPKS'), values: d.ppksByCategory.map((c) => c.count), color: '#1F4E79' },
          {
            name: L('Mendapat pelayanan', 'Served'),
            values: d.ppksByCategory.map((c) => c.served),
            color: '#70AD47',
          },
        ],
        L('Orang', 'People'),
        locale,
      ),
    );
  }
  if (d.ppksByKecamatan.length > 0)
    blocks.push(
      table(
        '3',
        L(`PPKS per Kecamatan Tahun ${d.year}`, `PPKS by Kecamatan, ${d.year}`),
        [
          col('No', 0.7, 'center'),
          col('Kecamatan', 5),
          col(L('Jumlah PPKS', 'PPKS'), 2, 'right'),
          col(L('Mendapat Pelayanan', 'Served'), 2, 'right'),
          col(L('Terlayani (%)', 'Served (%)'), 1.6, 'right'),
        ],
        d.ppksByKecamatan.map((k, i) => ({
          cells: [
            textCell(String(i + 1)),
            textCell(k.name),
            integerCell(k.count, locale),
            integerCell(k.served, locale),
            percentCell(servedShare(k.served, k.count), locale),
          ],
        })),
      ),
    );
  if (d.assistanceByProgram.length > 0)
    blocks.push(
      table(
        '3',
        L(
          `Penyaluran Bantuan Sosial per Program Tahun ${d.year}`,
          `Social Assistance Delivered by Program, ${d.year}`,
        ),
        [
          col('No', 0.7, 'center'),
          col(L('Program Bantuan', 'Program'), 6),
          col(L('Penerima', 'Recipients'), 2, 'right'),
          col(L('Nilai (Rp)', 'Value (Rp)'), 3, 'right'),
        ],
        [
          ...d.assistanceByProgram.map((p, i) => ({
            cells: [
              textCell(String(i + 1)),
              textCell(p.label),
              integerCell(p.recipients, locale),
              rupiahCell(p.value, locale),
            ],
          })),
          total([
            textCell(L('Jumlah', 'Total'), { colSpan: 2 }),
            integerCell(d.assistanceTotal.recipients, locale),
            rupiahCell(d.assistanceTotal.value, locale),
          ]),
        ],
      ),
      barChart(
        'grafik-bantuan',
        chartCaption(
          '3',
          L(
            `Penerima Bantuan Sosial per Program Tahun ${d.year}`,
            `Assistance Recipients by Program, ${d.year}`,
          ),
        ),
        d.assistanceByProgram.map((p) => p.label),
        [
          {
            name: L('Penerima', 'Recipients'),
            values: d.assistanceByProgram.map((p) => p.recipients),
            color: '#1F4E79',
          },
        ],
        L('Penerima', 'Recipients'),
        locale,
      ),
    );
  if (d.assistanceByKecamatan.length > 0)
    blocks.push(
      table(
        '3',
        L(
          `Penerima Bantuan Sosial per Kecamatan Tahun ${d.year}`,
          `Assistance Recipients by Kecamatan, ${d.year}`,
        ),
        [
          col('No', 0.7, 'center'),
          col('Kecamatan', 5),
          col(L('Penerima', 'Recipients'), 2, 'right'),
          col(L('Nilai (Rp)', 'Value (Rp)'), 3, 'right'),
        ],
        d.assistanceByKecamatan.map((k, i) => ({
          cells: [
            textCell(String(i + 1)),
            textCell(k.name),
            integerCell(k.recipients, locale),
            rupiahCell(k.value, locale),
          ],
        })),
        {
          note: L(
            'Penerima yang tidak tercatat per kecamatan hanya masuk dalam jumlah per program.',
            'Recipients not recorded per kecamatan count only in the totals per program.',
          ),
        },
      ),
    );
  if (d.history.length > 1)
    blocks.push(
      table(
        '3',
        L(
          `Perkembangan Data Sosial Tahun ${d.history[0]!.year}–${d.year}`,
          `Social Data ${d.history[0]!.year}–${d.year}`,
        ),
        [
          col(L('Tahun', 'Year'), 1, 'center'),
          col('PPKS', 1.8, 'right'),
          col(L('Mendapat Pelayanan', 'Served'), 1.8, 'right'),
          col('PSKS', 1.5, 'right'),
          col(L('Penerima Bantuan', 'Recipients'), 1.8, 'right'),
          col(L('Nilai Bantuan (Rp)', 'Assistance (Rp)'), 2.8, 'right'),
        ],
        d.history.map((h) => ({
          cells: [
            textCell(String(h.year)),
            integerCell(h.ppks, locale),
            integerCell(h.served, locale),
            integerCell(h.psks, locale),
            integerCell(h.recipients, locale),
            rupiahCell(h.value, locale),
          ],
        })),
      ),
    );
  return blocks;
}
