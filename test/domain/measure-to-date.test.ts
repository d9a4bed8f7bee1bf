import { describe, expect, it } from 'vitest';
import { measureToDate, type ToDateInput } from '../../src/domain/measure-to-date.ts';
import { SCALE_PRESETS } from '../../src/domain/scale-presets.ts';

const policy = { scale: SCALE_PRESETS['permendagri-86-2017'], negativeFormula: 'two-minus-ratio' } as const;
const target = (value: number) => ({ value, low: null, high: null, grade: null });
const q = (...values: (number | null)[]) =>
  values.map((value, i) => ({ periodNo: i + 1, value, grade: null }));

const base: ToDateInput = {
  polarity: 'positive',
  aggregation: 'stock',
  periodKind: 'quarter',
  through: 4,
  periods: [],
  target: target(80),
};

describe('measureToDate', () => {
  it('measures a stock indicator through a quarter against the yearly target', () => {
    const m = measureToDate({ ...base, through: 2, periods: q(70, 82.4, 90) }, policy);
    // TW III is after the period: not seen
    expect(m.yearToDate).toBe(82.4);
    expect(m.capaian).toBeCloseTo(103, 10);
    expect(m.level?.label).toBe('Sangat Tinggi');
    expect(m.levelIndex).toBe(0);
    expect(m.lowest).toBe(false);
  });

  it('gives no capaian for a cumulative indicator before year end (not phased), and sums at year end', () => {
    const early = measureToDate(
      { ...base, aggregation: 'cumulative', through: 2, periods: q(10, 20) },
      policy,
    );
    expect(early).toMatchObject({ yearToDate: 30, capaian: null, reason: 'not-phased', level: null });
    const end = measureToDate(
      { ...base, aggregation: 'cumulative', through: 4, periods: q(10, 20, 15, 5) },
      policy,
    );
    expect(end.yearToDate).toBe(50);
    expect(end.capaian).toBeCloseTo(62.5, 10);
    expect(end.level?.label).toBe('Rendah');
    expect(end.lowest).toBe(true);
  });

  it('places a semester on the quarter grid (semester II = through TW IV) and the year at TW IV', () => {
    const semester = measureToDate(
      { ...base, aggregation: 'cumulative', periodKind: 'semester', through: 2, periods: q(30, 50) },
      policy,
    );
    expect(semester.yearToDate).toBe(80);
    expect(semester.capaian).toBeCloseTo(100, 10);
    const year = measureToDate({ ...base, periodKind: 'year', through: 1, periods: q(60) }, policy);
    expect(year.capaian).toBeCloseTo(75, 10);
    expect(year.level?.label).toBe('Sedang');
  });

  it('uses the negative formula of the policy', () => {
    const m = measureToDate(
      { ...base, polarity: 'negative', periods: q(null, null, null, 10) },
      {
        ...policy,
      },
    );
    // target 80, realisation 10, two-minus-ratio: (2 − 10/80) × 100
    expect(m.capaian).toBeCloseTo(187.5, 10);
  });

  it('takes the latest grade up to the period for an ordinal indicator', () => {
    const m = measureToDate(
      {
        ...base,
        polarity: 'ordinal',
        grades: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'],
        periodKind: 'semester',
        through: 1,
        periods: [
          { periodNo: 1, value: null, grade: 'BB' },
          { periodNo: 2, value: null, grade: 'A' },
        ],
        target: { value: null, low: null, high: null, grade: 'BB' },
      },
      policy,
    );
    expect(m.yearToDate).toBe('BB');
    expect(m.target).toEqual({ kind: 'grade', grade: 'BB' });
    expect(m.capaian).toBeCloseTo(100, 10);
  });

  it('has no capaian without a target, and says why', () => {
    const m = measureToDate({ ...base, periods: q(50), through: 1, target: null }, policy);
    expect(m.yearToDate).toBe(50);
    expect(m.capaian).toBeNull();
    expect(m.reason).not.toBeNull();
  });
});
