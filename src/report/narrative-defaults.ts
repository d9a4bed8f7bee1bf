/**
 * Default narrative texts, written from the measured data when the agency has
 * not written its own. They state only what the numbers say (counts, capaian,
 * predikat, absorption, best and worst indicator, year-on-year change); causes
 * and solutions cannot be read from numbers, so those defaults say what the
 * data show and ask for the agency's explanation. Every text from here is
 * flagged `generated: true` in the model.
 *
 * This file holds the agency-wide texts (front matter, BAB I, BAB IV); the
 * per-sasaran ones are in sasaran-narrative-defaults.ts.
 */
import type { Efficiency } from '../domain/efficiency.ts';
import { formatNumber, type Locale } from '../domain/numbers.ts';
import type { IndicatorMeasurement, ReportMeasurement } from '../domain/report-data/measure-report.ts';
import { percentText, pick, rupiahText } from './format.ts';

export type BudgetCounts = { programs: number; kegiatan: number; subKegiatan: number };

export type NarrativeContext = {
  locale: Locale;
  measurement: ReportMeasurement;
  agencyName: string;
  regionName: string | null;
  /** Overall efficiency (capaian vs serapan), from the domain; null without a budget. */
  efficiency: Efficiency | null;
  /** Programs, kegiatan and sub kegiatan with a budget (pagu > 0). */
  budgetCounts: BudgetCounts | null;
  renstraName: string | null;
};

/** Indicators grouped by predikat, in the order of the scale as met. */
export function predikatCounts(m: ReportMeasurement, locale: Locale): { label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of m.sasaran)
    for (const ind of s.indikator) {
      const label = ind.predikat ? pick(locale, ind.predikat.label, ind.predikat.labelEn) : null;
      if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  return [...counts].map(([label, count]) => ({ label, count }));
}

function allIndicators(m: ReportMeasurement): IndicatorMeasurement[] {
  return m.sasaran.flatMap((s) => s.indikator);
}

/** Best and worst indicator by capaian (ties: the first listed). */
export function extremes(
  m: ReportMeasurement,
): { best: IndicatorMeasurement; worst: IndicatorMeasurement } | null {
  const measured = allIndicators(m).filter((i) => i.capaian !== null);
  if (measured.length === 0) return null;
  let best = measured[0]!;
  let worst = measured[0]!;
  for (const ind of measured) {
    if (ind.capaian! > best.capaian!) best = ind;
    if (ind.capaian! < worst.capaian!) worst = ind;
  }
  return { best, worst };
}

function countsSentence(ctx: NarrativeContext): string {
  const { locale, measurement: m } = ctx;
  const counts = predikatCounts(m, locale);
  const total = allIndicators(m).length;
  const parts = counts.map(
    (c) =>
      `${c.count} ${pick(locale, 'indikator', c.count === 1 ? 'indicator' : 'indicators')} ${pick(locale, 'berpredikat', 'rated')} ${c.label}`,
  );
  const unmeasured = total - counts.reduce((a, c) => a + c.count, 0);
  if (unmeasured > 0)
    parts.push(
      pick(
        locale,
        `${unmeasured} indikator belum dapat diukur`,
        `${unmeasured} ${unmeasured === 1 ? 'indicator' : 'indicators'} could not be measured`,
      ),
    );
  const list = joinList(parts, locale);
  return pick(
    locale,
    `Dari ${total} indikator kinerja sasaran strategis yang diperjanjikan, ${list}.`,
    `Of the ${total} performance indicators of the strategic objectives agreed, ${list}.`,
  );
}

export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = pick(locale, 'dan', 'and');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function overallSentence(ctx: NarrativeContext): string {
  const { locale, measurement: m } = ctx;
  const o = m.overall;
  if (o.capaian === null)
    return pick(
      locale,
      'Rata-rata capaian belum dapat dihitung.',
      'The average achievement cannot be computed yet.',
    );
  const predikat = o.predikat ? pick(locale, o.predikat.label, o.predikat.labelEn) : '';
  return pick(
    locale,
    `Rata-rata capaian kinerja ${o.count} indikator adalah ${percentText(o.capaian, locale)} dengan predikat ${predikat}.`,
    `The average achievement of the ${o.count} indicators is ${percentText(o.capaian, locale)}, rated ${predikat}.`,
  );
}

function budgetSentence(ctx: NarrativeContext): string | null {
  const { locale, measurement: m } = ctx;
  const b = m.budget;
  if (!b || b.pagu === null) return null;
  const counts = ctx.budgetCounts;
  const scope = counts
    ? pick(
        locale,
        ` untuk ${counts.programs} program, ${counts.kegiatan} kegiatan dan ${counts.subKegiatan} sub kegiatan`,
        ` for ${counts.programs} programs, ${counts.kegiatan} activities and ${counts.subKegiatan} sub-activities`,
      )
    : '';
  return pick(
    locale,
    `Pagu anggaran tahun ${m.year} sebesar ${rupiahText(b.pagu, locale)}${scope} terealisasi ${rupiahText(b.realisasi, locale)} atau ${percentText(b.persen, locale)}.`,
    `The ${m.year} budget of ${rupiahText(b.pagu, locale)}${scope} was spent at ${rupiahText(b.realisasi, locale)}, or ${percentText(b.persen, locale)}.`,
  );
}

function efficiencySentence(ctx: NarrativeContext): string | null {
  const e = ctx.efficiency;
  const { locale } = ctx;
  if (!e || e.index === null) return null;
  const index = formatNumber(e.index, { decimals: 2, locale });
  return e.category === 'efisien'
    ? pick(
        locale,
        `Capaian kinerja (${percentText(e.capaian, locale)}) lebih tinggi daripada serapan anggaran (${percentText(e.serapan, locale)}), selisih ${index} poin: penggunaan anggaran efisien.`,
        `Performance (${percentText(e.capaian, locale)}) exceeds budget absorption (${percentText(e.serapan, locale)}) by ${index} points: the budget was used efficiently.`,
      )
    : pick(
        locale,
        `Capaian kinerja ${percentText(e.capaian, locale)} dibanding serapan anggaran ${percentText(e.serapan, locale)} (selisih ${index} poin) belum menunjukkan efisiensi.`,
        `Performance of ${percentText(e.capaian, locale)} against budget absorption of ${percentText(e.serapan, locale)} (${index} points) does not show efficiency yet.`,
      );
}

function extremesSentence(ctx: NarrativeContext): string | null {
  const { locale, measurement: m } = ctx;
  const ex = extremes(m);
  if (!ex || ex.best === ex.worst) return null;
  const below = allIndicators(m).filter((i) => i.capaian !== null && i.capaian < 100);
  const head = pick(
    locale,
    `Capaian tertinggi pada indikator ${ex.best.name} (${percentText(ex.best.capaian, locale)}) dan terendah pada ${ex.worst.name} (${percentText(ex.worst.capaian, locale)}).`,
    `The highest achievement is on ${ex.best.name} (${percentText(ex.best.capaian, locale)}) and the lowest on ${ex.worst.name} (${percentText(ex.worst.capaian, locale)}).`,
  );
  const tail =
    below.length === 0
      ? pick(locale, ' Seluruh target indikator tercapai.', ' Every indicator met its target.')
      : pick(
          locale,
          ` Indikator yang belum mencapai target: ${joinList(
            below.map((i) => i.name),
            locale,
          )}.`,
          ` Indicators below target: ${joinList(
            below.map((i) => i.name),
            locale,
          )}.`,
        );
  return head + tail;
}

/** Ikhtisar Eksekutif: what the year's numbers say, in one page. */
export function defaultIkhtisar(ctx: NarrativeContext): string[] {
  const { locale, measurement: m } = ctx;
  const intro = pick(
    locale,
    `Laporan Kinerja Instansi Pemerintah (LKjIP) ${ctx.agencyName} Tahun ${m.year} menyajikan capaian kinerja atas sasaran strategis yang ditetapkan dalam Perjanjian Kinerja Tahun ${m.year}${ctx.renstraName ? `, yang mengacu pada ${ctx.renstraName}` : ''}.`,
    `This Government Agency Performance Report (LKjIP) of ${ctx.agencyName} for ${m.year} presents the achievement of the strategic objectives set in the ${m.year} Performance Agreement${ctx.renstraName ? `, which follows the ${ctx.renstraName}` : ''}.`,
  );
  return [
    intro,
    `${countsSentence(ctx)} ${overallSentence(ctx)}`,
    extremesSentence(ctx),
    [budgetSentence(ctx), efficiencySentence(ctx)].filter(Boolean).join(' ') || null,
  ].filter((p): p is string => p !== null && p !== '');
}

/** Kata Pengantar. */
export function defaultKataPengantar(ctx: NarrativeContext): string[] {
  const { locale, measurement: m } = ctx;
  return [
    pick(
      locale,
      `Laporan Kinerja Instansi Pemerintah (LKjIP) ${ctx.agencyName} Tahun ${m.year} disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta pencapaian sasaran strategis yang ditetapkan dalam Perjanjian Kinerja Tahun ${m.year}${ctx.renstraName ? ` dan ${ctx.renstraName}` : ''}.`,
      `The Government Agency Performance Report (LKjIP) of ${ctx.agencyName} for ${m.year} accounts for the agency's duties and the strategic objectives set in its ${m.year} Performance Agreement${ctx.renstraName ? ` and the ${ctx.renstraName}` : ''}.`,
    ),
    pick(
      locale,
      'Laporan ini disusun berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.',
      'It follows Presidential Regulation 29/2014 on the Government Performance Accountability System and PANRB Ministerial Regulation 53/2014 on performance agreements, performance reporting and the review of performance reports.',
    ),
    pick(
      locale,
      'Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun berikutnya. Masukan dan saran untuk perbaikan sangat kami harapkan.',
      'We hope this report serves the evaluation and improvement of performance in the coming year, and welcome suggestions for its improvement.',
    ),
  ];
}

/** BAB I A. Latar Belakang. */
export function defaultLatarBelakang(ctx: NarrativeContext): string[] {
  const { locale, measurement: m } = ctx;
  return [
    pick(
      locale,
      `Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) menurut Peraturan Presiden Nomor 29 Tahun 2014 mewajibkan setiap perangkat daerah menyusun laporan kinerja tahunan atas pelaksanaan perjanjian kinerjanya. ${ctx.agencyName} menyusun LKjIP Tahun ${m.year} untuk mempertanggungjawabkan pencapaian sasaran strategisnya${ctx.regionName ? ` kepada Kepala Daerah ${ctx.regionName}` : ''} dan kepada masyarakat.`,
      `Under Presidential Regulation 29/2014 (SAKIP), every regional agency reports yearly on its performance agreement. ${ctx.agencyName} prepared this ${m.year} LKjIP to account for its strategic objectives${ctx.regionName ? ` to the head of ${ctx.regionName}` : ''} and to the public.`,
    ),
  ];
}

/** BAB IV A. Kesimpulan. */
export function defaultKesimpulan(ctx: NarrativeContext): string[] {
  const { locale, measurement: m } = ctx;
  const perSasaran = m.sasaran.map((s) =>
    pick(
      locale,
      `sasaran "${s.name}" ${percentText(s.capaian, locale)} (${s.predikat?.label ?? '-'})`,
      `objective "${s.name}" ${percentText(s.capaian, locale)} (${s.predikat?.labelEn ?? '-'})`,
    ),
  );
  return [
    `${pick(locale, `Secara umum kinerja ${ctx.agencyName} Tahun ${m.year}: `, `Overall, the ${m.year} performance of ${ctx.agencyName}: `)}${countsSentence(ctx)} ${overallSentence(ctx)}`,
    pick(
      locale,
      `Capaian per sasaran: ${joinList(perSasaran, locale)}.`,
      `By objective: ${joinList(perSasaran, locale)}.`,
    ),
    [budgetSentence(ctx), efficiencySentence(ctx)].filter(Boolean).join(' '),
  ].filter((p) => p !== '');
}

/** BAB IV B. Langkah ke depan: from what fell short, else keep and raise. */
export function defaultLangkahKeDepan(ctx: NarrativeContext): string[] {
  const { locale, measurement: m } = ctx;
  const below = allIndicators(m).filter((i) => i.capaian !== null && i.capaian < 100);
  const unmeasured = allIndicators(m).filter((i) => i.capaian === null);
  const steps: string[] = [];
  for (const ind of below)
    steps.push(
      pick(
        locale,
        `Meningkatkan capaian indikator ${ind.name} yang belum mencapai target, dengan menelaah penyebabnya dan menyesuaikan program serta kegiatan pendukung.`,
        `Raise ${ind.name}, which fell short of its target, by reviewing its causes and adjusting the supporting programs and activities.`,
      ),
    );
  if (unmeasured.length > 0)
    steps.push(
      pick(
        locale,
        `Melengkapi data realisasi indikator ${joinList(
          unmeasured.map((i) => i.name),
          locale,
        )} agar dapat diukur.`,
        `Complete the realisation data of ${joinList(
          unmeasured.map((i) => i.name),
          locale,
        )} so they can be measured.`,
      ),
    );
  if (below.length === 0)
    steps.push(
      pick(
        locale,
        'Mempertahankan capaian yang telah melampaui target dan meninjau kembali target tahun berikutnya agar tetap menantang.',
        "Keep the results that exceeded their targets and review next year's targets so they stay challenging.",
      ),
    );
  const e = ctx.efficiency;
  if (e && e.serapan !== null && e.serapan < 100)
    steps.push(
      pick(
        locale,
        'Memperbaiki perencanaan dan pelaksanaan anggaran agar serapan sejalan dengan capaian kinerja.',
        'Improve budget planning and execution so that spending follows performance.',
      ),
    );
  steps.push(
    pick(
      locale,
      'Memantau realisasi kinerja setiap triwulan dan menindaklanjuti rekomendasi evaluasi AKIP.',
      'Monitor performance every quarter and follow up the recommendations of the AKIP evaluation.',
    ),
  );
  return steps;
}
