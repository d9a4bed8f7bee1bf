/**
 * Default narratives for each sasaran in BAB III, written from its measured
 * indicators when the agency has not written its own (see
 * narrative-defaults.ts for the rules these texts follow): what the numbers
 * say about each indicator, and a request for the causes and solutions,
 * which numbers cannot give.
 */
import { formatNumber, type Locale } from '../domain/numbers.ts';
import type { IndicatorMeasurement, SasaranMeasurement } from '../domain/report-data/measure-report.ts';
import { percentText, pick, valueText } from './format.ts';

function numeric(ind: IndicatorMeasurement): number | null {
  return typeof ind.realisasi === 'number' ? ind.realisasi : null;
}

function targetValue(ind: IndicatorMeasurement): number | null {
  return ind.target?.kind === 'value' ? ind.target.value : null;
}

function historySentence(ind: IndicatorMeasurement, locale: Locale): string | null {
  const past = ind.history.filter((h) => h.realisasi !== null);
  if (past.length === 0) return null;
  const parts = past.map((h) =>
    pick(
      locale,
      `tahun ${h.year} ${h.target !== null ? `target ${valueText(h.target, ind.unit, locale)} ` : ''}realisasi ${valueText(h.realisasi, ind.unit, locale)}`,
      `${h.year}: ${h.target !== null ? `target ${valueText(h.target, ind.unit, locale)}, ` : ''}actual ${valueText(h.realisasi, ind.unit, locale)}`,
    ),
  );
  return pick(locale, `Perkembangan sebelumnya: ${parts.join('; ')}.`, `Earlier years: ${parts.join('; ')}.`);
}

function yearOnYearSentence(ind: IndicatorMeasurement, locale: Locale): string | null {
  const p = ind.previousYear;
  if (!p || p.change === null) return null;
  const change = formatNumber(Math.abs(p.change), { locale });
  if (p.improved === null)
    return pick(
      locale,
      `Realisasi sama dengan tahun ${p.previousYear}.`,
      `The result equals that of ${p.previousYear}.`,
    );
  const direction = p.change > 0 ? pick(locale, 'naik', 'rose') : pick(locale, 'turun', 'fell');
  return p.improved
    ? pick(
        locale,
        `Dibanding tahun ${p.previousYear}, realisasi ${direction} ${change} (membaik).`,
        `Compared with ${p.previousYear}, the result ${direction} by ${change} (better).`,
      )
    : pick(
        locale,
        `Dibanding tahun ${p.previousYear}, realisasi ${direction} ${change} (memburuk); penyebabnya perlu dijelaskan.`,
        `Compared with ${p.previousYear}, the result ${direction} by ${change} (worse); the cause needs explaining.`,
      );
}

function endTargetSentence(ind: IndicatorMeasurement, locale: Locale): string | null {
  const e = ind.endTarget;
  if (!e) return null;
  return e.reached
    ? pick(
        locale,
        `Target akhir Renstra (${valueText(e.endTarget, ind.unit, locale)}) sudah tercapai.`,
        `The Renstra end target (${valueText(e.endTarget, ind.unit, locale)}) has been reached.`,
      )
    : pick(
        locale,
        `Terhadap target akhir Renstra ${valueText(e.endTarget, ind.unit, locale)}, masih kurang ${formatNumber(e.gap, { locale })}${e.progressPercent !== null ? ` (kemajuan ${percentText(e.progressPercent, locale)})` : ''}.`,
        `Against the Renstra end target of ${valueText(e.endTarget, ind.unit, locale)}, ${formatNumber(e.gap, { locale })} remains${e.progressPercent !== null ? ` (progress ${percentText(e.progressPercent, locale)})` : ''}.`,
      );
}

/** Per sasaran: what the numbers say about each indicator (the analysis skeleton). */
export function defaultSasaranAnalysis(s: SasaranMeasurement, locale: Locale): string[] {
  return s.indikator.map((ind) => {
    const t = targetValue(ind);
    const r = numeric(ind);
    const head =
      ind.capaian === null
        ? pick(
            locale,
            `Indikator ${ind.name} belum dapat diukur pada tahun ini.`,
            `Indicator ${ind.name} cannot be measured this year.`,
          )
        : pick(
            locale,
            `Indikator ${ind.name} dengan target ${valueText(t, ind.unit, locale)} terealisasi ${valueText(r, ind.unit, locale)}, capaian ${percentText(ind.capaian, locale)} (${ind.predikat?.label ?? '-'}); target ${ind.capaian >= 100 ? 'tercapai' : 'belum tercapai'}.`,
            `Indicator ${ind.name}, target ${valueText(t, ind.unit, locale)}, actual ${valueText(r, ind.unit, locale)}: achievement ${percentText(ind.capaian, locale)} (${ind.predikat?.labelEn ?? '-'}); the target was ${ind.capaian >= 100 ? 'met' : 'not met'}.`,
          );
    const national = ind.national ? pick(locale, ind.national.wording.id, ind.national.wording.en) : null;
    const provincial = ind.provincial
      ? pick(locale, ind.provincial.wording.id, ind.provincial.wording.en)
      : null;
    const benchmarks = [national, provincial].filter(Boolean) as string[];
    return [
      head,
      yearOnYearSentence(ind, locale),
      historySentence(ind, locale),
      endTargetSentence(ind, locale),
      benchmarks.length > 0
        ? pick(locale, `Realisasi ${benchmarks.join('; ')}.`, `The result is ${benchmarks.join('; ')}.`)
        : null,
    ]
      .filter(Boolean)
      .join(' ');
  });
}

/** Per sasaran: causes and solutions cannot be read from the data: the default says so and asks for them. */
export function defaultSasaranCauses(s: SasaranMeasurement, locale: Locale): string[] {
  const met = s.capaian !== null && s.capaian >= 100;
  return [
    met
      ? pick(
          locale,
          `Sasaran ini tercapai (rata-rata ${percentText(s.capaian, locale)}). Faktor pendukung keberhasilan dan upaya mempertahankannya diuraikan oleh perangkat daerah.`,
          `This objective was met (average ${percentText(s.capaian, locale)}). The agency describes what made it succeed and how it will keep it.`,
        )
      : pick(
          locale,
          `Sasaran ini belum sepenuhnya tercapai (rata-rata ${percentText(s.capaian, locale)}). Penyebab, kendala dan solusi yang telah dan akan dilakukan diuraikan oleh perangkat daerah.`,
          `This objective was not fully met (average ${percentText(s.capaian, locale)}). The agency describes the causes, the obstacles and the solutions tried and planned.`,
        ),
  ];
}
