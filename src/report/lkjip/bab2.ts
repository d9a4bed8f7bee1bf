/**
 * LKjIP BAB II Perencanaan dan Perjanjian Kinerja: the Renstra (visi, misi,
 * tujuan, sasaran and IKU), the Perjanjian Kinerja targets and the budget
 * that supports them.
 */
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import type { PkSource } from '../build-pk.ts';
import { DASH, formatDate, integerCell, pick, rupiahCell, textCell, valueCell } from '../format.ts';
import type { Block, TableColumn, TableRow } from '../model.ts';
import type { BudgetCounts } from '../narrative-defaults.ts';
import type { LkjipContext } from './build-context.ts';
import { sum } from './table-parts.ts';

export function buildBab2(ctx: LkjipContext, budgetCounts: BudgetCounts | null): Block[] {
  const { src, data, m, locale, L, heading, para, table, col } = ctx;
  const budget = m.budget;
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
  return bab2;
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
