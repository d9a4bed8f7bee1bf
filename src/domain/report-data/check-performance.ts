/**
 * Checks the performance side of a report: each indicator's printed capaian
 * and predikat, each sasaran's, the overall average and its label.
 */
import { aggregate, type AggregationMethod } from '../aggregation.ts';
import { computeCapaian, type CapaianPolicy, type NegativeFormula } from '../capaian.ts';
import { classify, type Scale } from '../scales.ts';
import { isRoundingSlip, matches, readPrinted, type FindingCollector } from './check-context.ts';
import { reasonText } from './findings.ts';
import type { IndicatorMeasurement, ReportMeasurement } from './measure-report.ts';
import { printedWithPercent, readTarget } from './read-values.ts';
import type { IndikatorData, Numberish, ReportData, SasaranData } from './schema.ts';

type Subject = { id: string; en: string };

function normalizeLabel(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A printed predikat is right when it names the value's level, in either language. */
function namesLevel(printed: string, value: number, scale: Scale): boolean {
  const level = classify(value, scale);
  const label = normalizeLabel(printed);
  return label === normalizeLabel(level.label) || label === normalizeLabel(level.labelEn);
}

function checkPredikat(
  c: FindingCollector,
  printed: string | undefined,
  value: number | null,
  scale: Scale,
  path: string,
  subject: Subject,
  lines?: number[],
): void {
  if (printed === undefined || value === null) return;
  if (namesLevel(printed, value, scale)) return;
  const level = classify(value, scale);
  const expected = c.locale === 'id' ? level.label : level.labelEn;
  c.add(
    'wrong-predikat',
    path,
    printed,
    expected,
    {
      kind: 'predikat',
      subject,
      printed,
      expected: { id: level.label, en: level.labelEn },
      capaian: c.expect(value, 2),
    },
    lines,
  );
}

/** Capaian under the other polarity formulas, to recognise a wrong-polarity slip. */
function otherPolarityValues(
  ind: IndikatorData,
  m: IndicatorMeasurement,
  policy: Partial<CapaianPolicy>,
): number[] {
  if (ind.polarity === 'ordinal' || m.target === null || typeof m.realisasi !== 'number') return [];
  const formulas: NegativeFormula[] = ['two-minus-ratio', 'inverse-ratio'];
  const values: number[] = [];
  const at = (polarity: 'positive' | 'negative', negativeFormula?: NegativeFormula) => {
    const r = computeCapaian(
      { polarity, target: m.target, realisasi: m.realisasi },
      { ...policy, ...(negativeFormula ? { negativeFormula } : {}), floorAtZero: false },
    );
    if (r.value !== null) values.push(r.value);
  };
  if (ind.polarity === 'positive') formulas.forEach((f) => at('negative', f));
  else {
    at('positive');
    formulas
      .filter((f) => f !== (policy.negativeFormula ?? 'two-minus-ratio'))
      .forEach((f) => at('negative', f));
  }
  return values;
}

function checkIndicator(
  c: FindingCollector,
  ind: IndikatorData,
  m: IndicatorMeasurement,
  base: string,
  scale: Scale,
  policy: Partial<CapaianPolicy>,
): void {
  const subject = { id: `Capaian indikator "${ind.name}"`, en: `Achievement of indicator "${ind.name}"` };
  const lines = ind.source?.lines;
  const target = readTarget(ind);
  if (target.state === 'malformed') {
    readPrinted(
      c,
      target.printed,
      `${base}.${target.field}`,
      { id: `Target "${ind.name}"`, en: `Target of "${ind.name}"` },
      lines,
    );
  }
  if (ind.polarity !== 'ordinal') {
    readPrinted(
      c,
      ind.realisasi,
      `${base}.realisasi`,
      { id: `Realisasi "${ind.name}"`, en: `Realisation of "${ind.name}"` },
      lines,
    );
    const unit = (ind.unit ?? '').trim();
    if (
      typeof ind.target !== 'object' &&
      ind.target != null &&
      ind.realisasi != null &&
      unit !== '%' &&
      printedWithPercent(ind.target) !== printedWithPercent(ind.realisasi)
    ) {
      c.add(
        'unit',
        `${base}.realisasi`,
        ind.realisasi,
        null,
        {
          kind: 'unit',
          subject: { id: `Indikator "${ind.name}"`, en: `Indicator "${ind.name}"` },
          target: String(ind.target),
          realisasi: String(ind.realisasi),
          unit: unit || '-',
        },
        lines,
      );
    }
  }
  const printedCapaian = readPrinted(c, ind.printed?.capaian, `${base}.printed.capaian`, subject, lines);
  if (printedCapaian) {
    if (m.capaian === null) {
      if (m.reason !== 'malformed-number') {
        c.add(
          'not-computable',
          `${base}.printed.capaian`,
          printedCapaian.printed,
          null,
          {
            kind: 'not-computable',
            subject,
            printed: c.show(printedCapaian.printed),
            reason: reasonText(m.reason ?? 'missing-realisasi'),
          },
          lines,
        );
      }
    } else if (!matches(m.capaian, printedCapaian)) {
      const expected = c.expect(m.capaian, printedCapaian.decimals);
      const polaritySlip = otherPolarityValues(ind, m, policy).some((v) => matches(v, printedCapaian));
      const rounding = !polaritySlip && isRoundingSlip(m.capaian, printedCapaian);
      const kind = polaritySlip ? 'wrong-polarity' : rounding ? 'rounding' : 'arithmetic';
      c.add(
        kind,
        `${base}.printed.capaian`,
        printedCapaian.printed,
        expected,
        {
          kind: 'capaian',
          subject,
          printed: c.show(printedCapaian.printed, printedCapaian.decimals),
          expected,
          ...(polaritySlip ? { hint: 'polarity' as const } : rounding ? { hint: 'rounding' as const } : {}),
        },
        lines,
      );
    }
  }
  checkPredikat(c, ind.printed?.predikat, m.capaian, scale, `${base}.printed.predikat`, subject, lines);
}

function checkAverage(
  c: FindingCollector,
  printed: Numberish | undefined,
  value: number | null,
  path: string,
  subject: Subject,
  alternatives: number[],
): void {
  const read = readPrinted(c, printed, path, subject);
  if (!read || value === null || matches(value, read)) return;
  const expected = c.expect(value, read.decimals);
  const otherMethod = alternatives.some((v) => matches(v, read));
  const rounding = !otherMethod && isRoundingSlip(value, read);
  c.add(rounding ? 'rounding' : 'arithmetic', path, read.printed, expected, {
    kind: 'capaian',
    subject,
    printed: c.show(read.printed, read.decimals),
    expected,
    ...(otherMethod ? { hint: 'other-method' as const } : rounding ? { hint: 'rounding' as const } : {}),
  });
}

const COUNT_PATTERNS: {
  what: { id: string; en: string };
  pattern: RegExp;
  count: (m: ReportMeasurement) => number;
}[] = [
  {
    what: { id: 'indikator', en: 'indicators' },
    pattern: /(\d+)\s*(?:\([^)]*\))?\s*indikator/i,
    count: (m) => m.overall.count,
  },
  {
    what: { id: 'sasaran', en: 'objectives' },
    pattern: /(\d+)\s*(?:\([^)]*\))?\s*sasaran/i,
    count: (m) => m.sasaran.filter((s) => s.count > 0).length,
  },
];

function checkAverageLabel(c: FindingCollector, label: string | undefined, m: ReportMeasurement): void {
  if (!label) return;
  for (const { what, pattern, count } of COUNT_PATTERNS) {
    const found = pattern.exec(label);
    if (!found?.[1]) continue;
    const labelled = Number(found[1]);
    const counted = count(m);
    if (labelled !== counted) {
      c.add('count-label', 'printed.averageLabel', label, `${counted} ${what.id}`, {
        kind: 'count-label',
        printed: label,
        what,
        counted,
        labelled,
      });
    }
  }
}

/** Averages by the other methods, to recognise a figure averaged the wrong way. */
function otherMethodAverages(measurement: ReportMeasurement, scale: Scale, cap: number | null): number[] {
  const scores = measurement.sasaran.flatMap((s) =>
    s.indikator.map((i) => ({ sasaranId: s.id, indicatorId: i.id, capaian: i.capaian })),
  );
  const methods: AggregationMethod[] = ['mean', 'mean-of-sasaran'];
  if (scale.levels.every((l) => l.meanValue !== undefined)) methods.push('group-mean');
  return methods
    .filter((method) => method !== measurement.aggregation)
    .map((method) => aggregate(scores, method, { scale, cap }).overall.value)
    .filter((v): v is number => v !== null);
}

export function checkPerformance(
  c: FindingCollector,
  data: ReportData,
  measurement: ReportMeasurement,
  scale: Scale,
  policy: Partial<CapaianPolicy>,
): void {
  data.sasaran.forEach((s: SasaranData, si) => {
    const ms = measurement.sasaran[si];
    if (!ms) return;
    const base = `sasaran[${s.id}]`;
    s.indikator.forEach((ind, ii) => {
      const mi = ms.indikator[ii];
      if (mi) checkIndicator(c, ind, mi, `${base}.indikator[${ind.id}]`, scale, policy);
    });
    const subject = { id: `Capaian sasaran "${s.name}"`, en: `Achievement of objective "${s.name}"` };
    checkAverage(c, s.printed?.capaian, ms.capaian, `${base}.printed.capaian`, subject, []);
    checkPredikat(c, s.printed?.predikat, ms.capaian, scale, `${base}.printed.predikat`, subject);
  });
  const overallSubject = { id: 'Rata-rata capaian', en: 'Average achievement' };
  checkAverage(
    c,
    data.printed?.average,
    measurement.overall.capaian,
    'printed.average',
    overallSubject,
    otherMethodAverages(measurement, scale, data.policy?.cap ?? null),
  );
  checkAverageLabel(c, data.printed?.averageLabel, measurement);
  checkPredikat(
    c,
    data.printed?.predikat,
    measurement.overall.capaian,
    scale,
    'printed.predikat',
    overallSubject,
  );
}
