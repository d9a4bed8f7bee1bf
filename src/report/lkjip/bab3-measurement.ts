/**
 * LKjIP BAB III A and B: how capaian and predikat are measured (formulas,
 * averaging, the scale) and the table of results for every indicator.
 */
import { formatNumber, type Locale } from '../../domain/numbers.ts';
import type { IndicatorMeasurement } from '../../domain/report-data/measure-report.ts';
import { resolveReportScale } from '../../domain/report-data/report-scale.ts';
import { DASH, percentCell, pick, textCell, valueCell } from '../format.ts';
import type { Block, TableBlock, TableCell, TableRow } from '../model.ts';
import type { LkjipContext } from './build-context.ts';
import { ROMAN } from './table-parts.ts';

export function buildBab3Measurement(ctx: LkjipContext, indicatorCount: number): Block[] {
  const { data, m, locale, L, heading, para, table, col } = ctx;
  const scale = resolveReportScale(data.scale);
  const bab3: Block[] = [];
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
        `Hasil pengukuran ${indicatorCount} indikator kinerja sasaran strategis Tahun ${m.year} disajikan pada tabel berikut.`,
        `The results for the ${indicatorCount} indicators of ${m.year} are in the table below.`,
      ),
    ),
  );
  bab3.push(measurementTable(ctx));
  return bab3;
}

function measurementTable(ctx: LkjipContext): TableBlock {
  const { m, locale, L, table } = ctx;
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
