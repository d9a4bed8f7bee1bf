import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  periodsInYear,
  rollUpYear,
  targetThroughPeriod,
  type PeriodValue,
} from '../../src/domain/period-aggregation.ts';

// DOMAIN.md §1.3: realisations are recorded per quarter (TW I–IV) or month;
// §2: cumulative indicators sum the quarters, stock indicators take the last value.
const q = (...values: (number | null)[]): PeriodValue[] =>
  values.map((value, i) => ({ period: i + 1, value }));

describe('rollUpYear, all periods reported (DOMAIN.md §2: cumulative vs stock vs average)', () => {
  it('cumulative sums TW I–IV: permakanan recipients 210 + 230 + 240 + 244 = 924', () => {
    expect(rollUpYear(q(210, 230, 240, 244), 'cumulative', 'quarter')).toEqual({
      value: 924,
      periodsReported: 4,
      periodsExpected: 4,
      complete: true,
    });
  });
  it('stock takes the last value: PSKS active at TW IV (95 %), not the sum', () => {
    expect(rollUpYear(q(90, 92, 94, 95), 'stock', 'quarter').value).toBe(95);
  });
  it('average takes the mean: IKM per quarter 86, 88, 87, 90 → 87,75', () => {
    expect(rollUpYear(q(86, 88, 87, 90), 'average', 'quarter').value).toBe(87.75);
  });
  it('twelve months roll up the same way', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({ period: i + 1, value: 10 }));
    expect(rollUpYear(months, 'cumulative', 'month')).toMatchObject({ value: 120, complete: true });
    expect(periodsInYear('month')).toBe(12);
  });
});

describe('rollUpYear, missing periods are unknown, not zero (DOMAIN.md §2 traps)', () => {
  it('stock with TW IV missing keeps the last known value (TW III) and is incomplete', () => {
    expect(rollUpYear(q(90, 92, 94, null), 'stock', 'quarter')).toEqual({
      value: 94,
      periodsReported: 3,
      periodsExpected: 4,
      complete: false,
    });
  });
  it('stock ignores the order values arrive in', () => {
    const shuffled = [
      { period: 3, value: 94 },
      { period: 1, value: 90 },
    ];
    expect(rollUpYear(shuffled, 'stock', 'quarter').value).toBe(94);
  });
  it('average divides by the periods reported, not the periods expected', () => {
    expect(rollUpYear(q(80, null, 90), 'average', 'quarter')).toMatchObject({ value: 85, complete: false });
  });
  it('cumulative with a gap is the sum known so far, flagged incomplete', () => {
    expect(rollUpYear(q(210, null, 240), 'cumulative', 'quarter')).toEqual({
      value: 450,
      periodsReported: 2,
      periodsExpected: 4,
      complete: false,
    });
  });
  it('nothing reported → null, no-data (not 0)', () => {
    expect(rollUpYear([], 'cumulative', 'quarter')).toEqual({
      value: null,
      periodsReported: 0,
      periodsExpected: 4,
      complete: false,
      reason: 'no-data',
    });
    expect(rollUpYear(q(null, null), 'stock', 'quarter').reason).toBe('no-data');
  });
  it('a real zero is reported and counted', () => {
    expect(rollUpYear(q(0, 0, 0, 0), 'cumulative', 'quarter')).toMatchObject({ value: 0, complete: true });
  });
});

describe('rollUpYear through a period (in-year monitoring, s.d. TW II)', () => {
  it('through TW II is complete with two quarters and ignores TW III', () => {
    expect(rollUpYear(q(210, 230, 240), 'cumulative', 'quarter', { throughPeriod: 2 })).toEqual({
      value: 440,
      periodsReported: 2,
      periodsExpected: 2,
      complete: true,
    });
  });
  it('throughPeriod outside 1..4 is refused', () => {
    expect(() => rollUpYear(q(1), 'stock', 'quarter', { throughPeriod: 5 })).toThrow(/throughPeriod 5/);
    expect(() => rollUpYear(q(1), 'stock', 'quarter', { throughPeriod: 0 })).toThrow(RangeError);
  });
});

describe('rollUpYear refuses bad periods with a RangeError naming the period', () => {
  it('quarter 5, month 13, period 0 or 1,5', () => {
    expect(() => rollUpYear([{ period: 5, value: 1 }], 'cumulative', 'quarter')).toThrow(/period 5/);
    expect(() => rollUpYear([{ period: 13, value: 1 }], 'cumulative', 'month')).toThrow(/period 13/);
    expect(() => rollUpYear([{ period: 0, value: 1 }], 'stock', 'month')).toThrow(/period 0/);
    expect(() => rollUpYear([{ period: 1.5, value: 1 }], 'stock', 'quarter')).toThrow(/period 1.5/);
  });
  it('the same quarter twice is refused, not silently overwritten (ARCHITECTURE.md rules)', () => {
    expect(() =>
      rollUpYear(
        [
          { period: 2, value: 1 },
          { period: 2, value: 3 },
        ],
        'stock',
        'quarter',
      ),
    ).toThrow(/period 2 is given more than once/);
  });
});

describe('rollUpYear properties', () => {
  const quarters = fc.array(fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }), {
    minLength: 0,
    maxLength: 4,
  });
  it('cumulative = sum of known quarters; complete iff all four are known', () => {
    fc.assert(
      fc.property(quarters, (vs) => {
        const r = rollUpYear(q(...vs), 'cumulative', 'quarter');
        const known = vs.filter((v): v is number => v !== null);
        expect(r.periodsReported).toBe(known.length);
        expect(r.complete).toBe(known.length === 4);
        expect(r.value).toBe(known.length === 0 ? null : known.reduce((s, v) => s + v, 0));
      }),
    );
  });
  it('average and stock lie within the known values', () => {
    fc.assert(
      fc.property(quarters, (vs) => {
        const known = vs.filter((v): v is number => v !== null);
        if (known.length === 0) return;
        for (const agg of ['average', 'stock'] as const) {
          const v = rollUpYear(q(...vs), agg, 'quarter').value!;
          expect(v).toBeGreaterThanOrEqual(Math.min(...known) - 1e-9);
          expect(v).toBeLessThanOrEqual(Math.max(...known) + 1e-9);
        }
      }),
    );
  });
});

describe('targetThroughPeriod', () => {
  it('quarterly targets given: cumulative sums them, stock takes that quarter, average takes their mean', () => {
    const periodTargets = q(200, 220, 240, 264);
    expect(
      targetThroughPeriod(
        { aggregation: 'cumulative', kind: 'quarter', yearlyTarget: 924, periodTargets },
        2,
      ),
    ).toEqual({
      value: 420,
      source: 'period-targets',
    });
    expect(
      targetThroughPeriod({ aggregation: 'stock', kind: 'quarter', yearlyTarget: 924, periodTargets }, 3),
    ).toEqual({
      value: 240,
      source: 'period-targets',
    });
    expect(
      targetThroughPeriod({ aggregation: 'average', kind: 'quarter', yearlyTarget: null, periodTargets }, 2),
    ).toEqual({
      value: 210,
      source: 'period-targets',
    });
  });
  it('a quarterly target needed but missing → no-target (never filled from the yearly target)', () => {
    expect(
      targetThroughPeriod(
        { aggregation: 'cumulative', kind: 'quarter', yearlyTarget: 924, periodTargets: q(200, null, 240) },
        3,
      ),
    ).toEqual({ value: null, reason: 'no-target' });
  });
  it('stock and average hold the yearly target in every period (PSKS 95 %, Tabel 3.2 line 461)', () => {
    expect(targetThroughPeriod({ aggregation: 'stock', kind: 'quarter', yearlyTarget: 95 }, 1)).toEqual({
      value: 95,
      source: 'yearly-target',
    });
    expect(targetThroughPeriod({ aggregation: 'average', kind: 'month', yearlyTarget: 85 }, 7)).toEqual({
      value: 85,
      source: 'yearly-target',
    });
  });
  it('cumulative without quarterly targets: the yearly target at TW IV; before it only with declared even phasing', () => {
    const base = { aggregation: 'cumulative', kind: 'quarter', yearlyTarget: 924 } as const;
    expect(targetThroughPeriod(base, 4)).toEqual({ value: 924, source: 'yearly-target' });
    expect(targetThroughPeriod(base, 2)).toEqual({ value: null, reason: 'not-phased' });
    expect(targetThroughPeriod({ ...base, cumulativePhasing: 'even' }, 2)).toEqual({
      value: 462,
      source: 'even-share',
    });
  });
  it('no target at all → no-target; period out of range → RangeError', () => {
    expect(targetThroughPeriod({ aggregation: 'stock', kind: 'quarter', yearlyTarget: null }, 2)).toEqual({
      value: null,
      reason: 'no-target',
    });
    expect(() => targetThroughPeriod({ aggregation: 'stock', kind: 'quarter', yearlyTarget: 1 }, 5)).toThrow(
      /throughPeriod 5/,
    );
    expect(() =>
      targetThroughPeriod(
        { aggregation: 'stock', kind: 'quarter', yearlyTarget: 1, periodTargets: [{ period: 6, value: 1 }] },
        2,
      ),
    ).toThrow(/period 6/);
  });
});
