import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_CAPAIAN_POLICY,
  capForAveraging,
  computeCapaian,
  type CapaianInput,
  type CapaianResult,
} from '../../src/domain/capaian.ts';
import { parseNumber, roundHalfUp } from '../../src/domain/numbers.ts';

const num = (text: string): number => {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

const valueOf = (r: CapaianResult): number => {
  if (r.value === null) throw new Error(`expected a value, got reason ${r.reason}`);
  return r.value;
};

const positive = (t: number, r: number | null): CapaianInput => ({
  polarity: 'positive',
  target: { kind: 'value', value: t },
  realisasi: r,
});
const negative = (t: number, r: number | null): CapaianInput => ({
  polarity: 'negative',
  target: { kind: 'value', value: t },
  realisasi: r,
});

// AKIP grades, lowest first (PermenPANRB 88/2021; DOMAIN.md §3).
const AKIP = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'] as const;
// KLA levels (Kabupaten/Kota Layak Anak; DOMAIN.md §2), lowest first.
const KLA = ['Pratama', 'Madya', 'Nindya', 'Utama', 'KLA'] as const;

describe('golden cases: LKjIP 2023 Dinas Sosial Lima Puluh Kota, Tabel 3.2 (seed lines 456-466)', () => {
  // target printed, realisasi printed, % capaian printed, seed line
  const rows: [string, string, string, number][] = [
    ['74 %', '74,53 %', '100,72', 460],
    ['95 %', '95 %', '100', 461],
    ['65', '72,95 %', '112,23', 464],
    ['85', '87,84 %', '103,34', 465],
  ];
  for (const [t, r, printed, line] of rows) {
    it(`line ${line}: target ${t}, realisasi ${r} → ${printed} (positive, R/T × 100)`, () => {
      const result = computeCapaian(positive(num(t), num(r)));
      expect(roundHalfUp(valueOf(result), 2)).toBe(num(printed));
    });
  }
  it('line 466: the printed average 104,07 is the plain mean of the four uncapped capaian', () => {
    const values = rows.map(([t, r]) => valueOf(computeCapaian(positive(num(t), num(r)))));
    const mean = values.reduce((s, v) => s + capForAveraging(v, null), 0) / values.length;
    expect(roundHalfUp(mean, 2)).toBe(104.07);
  });
  it('returns full precision, never a rounded value', () => {
    expect(valueOf(computeCapaian(positive(74, 74.53)))).toBeCloseTo(100.716216216, 8);
  });
});

describe('negative polarity (DOMAIN.md §2; PermenPANRB 6/2022)', () => {
  it('poverty rate T 5,5 R 6,67 → 78,73 with (2T − R)/T; the wrong positive formula gives 121,27', () => {
    expect(roundHalfUp(valueOf(computeCapaian(negative(5.5, 6.67))), 2)).toBe(78.73);
    expect(roundHalfUp(valueOf(computeCapaian(positive(5.5, 6.67))), 2)).toBe(121.27);
  });
  it('two-minus-ratio is the default formula', () => {
    expect(DEFAULT_CAPAIAN_POLICY.negativeFormula).toBe('two-minus-ratio');
  });
  it("inverse-ratio T/R × 100 when the agency declares it (DOMAIN.md §2 'some agencies use T/R')", () => {
    const r = computeCapaian(negative(5.5, 6.67), { negativeFormula: 'inverse-ratio' });
    expect(roundHalfUp(valueOf(r), 2)).toBe(82.46);
  });
  it('floors a negative capaian at 0 by default (2T − R < 0: R 12 against T 5)', () => {
    expect(computeCapaian(negative(5, 12))).toEqual({ value: 0 });
    expect(valueOf(computeCapaian(negative(5, 12), { floorAtZero: false }))).toBeCloseTo(-40, 10);
  });
});

describe('realisation 0 is a real value, null is unknown (DOMAIN.md §2 traps)', () => {
  it('positive R 0 → 0 %', () => {
    expect(computeCapaian(positive(80, 0))).toEqual({ value: 0 });
  });
  it('negative two-minus-ratio R 0 (no violence cases against a target of 10) → 200 %', () => {
    expect(computeCapaian(negative(10, 0))).toEqual({ value: 200 });
  });
  it('negative inverse-ratio R 0 → null, realisasi-zero-inverse (T/0 is undefined)', () => {
    expect(computeCapaian(negative(10, 0), { negativeFormula: 'inverse-ratio' })).toEqual({
      value: null,
      reason: 'realisasi-zero-inverse',
    });
  });
  it('missing realisation → null, missing-realisasi (not 0 %)', () => {
    expect(computeCapaian(positive(80, null))).toEqual({ value: null, reason: 'missing-realisasi' });
    expect(computeCapaian(negative(10, null))).toEqual({ value: null, reason: 'missing-realisasi' });
  });
  it('missing target → null, missing-target', () => {
    expect(computeCapaian({ polarity: 'positive', target: null, realisasi: 5 })).toEqual({
      value: null,
      reason: 'missing-target',
    });
  });
});

describe('target 0 (DOMAIN.md §2 traps)', () => {
  it("default 'unmeasurable': null, target-zero, whatever the realisation", () => {
    expect(computeCapaian(positive(0, 3))).toEqual({ value: null, reason: 'target-zero' });
    expect(computeCapaian(negative(0, 0))).toEqual({ value: null, reason: 'target-zero' });
  });
  it("'met-when-not-worse': zero violence cases against target 0 → 100; one case → null", () => {
    const policy = { targetZero: 'met-when-not-worse' } as const;
    expect(computeCapaian(negative(0, 0), policy)).toEqual({ value: 100 });
    expect(computeCapaian(negative(0, 1), policy)).toEqual({ value: null, reason: 'target-zero' });
    expect(computeCapaian(positive(0, 4), policy)).toEqual({ value: 100 });
    expect(computeCapaian(positive(0, -1), policy)).toEqual({ value: null, reason: 'target-zero' });
  });
  it('target 0 is checked before the inverse formula', () => {
    expect(computeCapaian(negative(0, 5), { negativeFormula: 'inverse-ratio' })).toEqual({
      value: null,
      reason: 'target-zero',
    });
  });
});

describe('future years (DOMAIN.md §2 traps; Renstra targets run 5 years ahead)', () => {
  it('year after currentYear → null, future-year, even with a target and no realisation', () => {
    expect(computeCapaian({ ...positive(80, null), year: 2026, currentYear: 2024 })).toEqual({
      value: null,
      reason: 'future-year',
    });
  });
  it('the current year is measured (in-year monitoring)', () => {
    expect(computeCapaian({ ...positive(80, 40), year: 2024, currentYear: 2024 })).toEqual({ value: 50 });
  });
});

describe('range targets "80–90 %" (DOMAIN.md §2 range row)', () => {
  const rangeInput = (polarity: 'positive' | 'negative', r: number): CapaianInput => ({
    polarity,
    target: { kind: 'range', min: 80, max: 90 },
    realisasi: r,
  });
  it('inside the range (bounds included) → 100 for either polarity', () => {
    for (const r of [80, 85, 90]) {
      expect(computeCapaian(rangeInput('positive', r))).toEqual({ value: 100 });
      expect(computeCapaian(rangeInput('negative', r))).toEqual({ value: 100 });
    }
  });
  it('positive: above → against the top (99/90), below → against the bottom (60/80)', () => {
    expect(valueOf(computeCapaian(rangeInput('positive', 99)))).toBeCloseTo(110, 10);
    expect(valueOf(computeCapaian(rangeInput('positive', 60)))).toBeCloseTo(75, 10);
  });
  it('negative: above → (2·90 − 99)/90, below → (2·80 − 60)/80', () => {
    expect(valueOf(computeCapaian(rangeInput('negative', 99)))).toBeCloseTo(90, 10);
    expect(valueOf(computeCapaian(rangeInput('negative', 60)))).toBeCloseTo(125, 10);
  });
  it('a range with min above max is a configuration error', () => {
    expect(() =>
      computeCapaian({ polarity: 'positive', target: { kind: 'range', min: 90, max: 80 }, realisasi: 85 }),
    ).toThrow(RangeError);
  });
});

describe("ordinal grades, rule 'met-100-else-rank-ratio' (AKIP PermenPANRB 88/2021; KLA levels)", () => {
  const ordinal = (
    target: string,
    realisasi: string | number | null,
    grades?: readonly string[],
  ): CapaianInput => ({
    polarity: 'ordinal',
    target: { kind: 'grade', grade: target },
    realisasi,
    ...(grades ? { grades } : {}),
  });
  it('AKIP target BB, realised BB → 100 (LKjIP 2023 Lima Puluh Kota: 72,95 is BB)', () => {
    expect(computeCapaian(ordinal('BB', 'BB', AKIP))).toEqual({ value: 100 });
  });
  it('above the target grade is capped at 100: A against BB → 100', () => {
    expect(computeCapaian(ordinal('BB', 'A', AKIP))).toEqual({ value: 100 });
  });
  it('below: B against BB → (3+1)/(4+1) × 100 = 80', () => {
    expect(valueOf(computeCapaian(ordinal('BB', 'B', AKIP)))).toBeCloseTo(80, 10);
  });
  it('KLA: Madya against Nindya → 2/3 × 100; grades match trimmed and case-insensitively', () => {
    expect(valueOf(computeCapaian(ordinal('Nindya', ' madya', KLA)))).toBeCloseTo(200 / 3, 10);
  });
  it('a grade not on the scale, or no scale → unknown-grade', () => {
    expect(computeCapaian(ordinal('BB', 'E', AKIP))).toEqual({ value: null, reason: 'unknown-grade' });
    expect(computeCapaian(ordinal('BB', 'B'))).toEqual({ value: null, reason: 'unknown-grade' });
  });
  it('missing realised grade → missing-realisasi', () => {
    expect(computeCapaian(ordinal('BB', null, AKIP))).toEqual({ value: null, reason: 'missing-realisasi' });
  });
  it('a scale listing a grade twice is a configuration error', () => {
    expect(() => computeCapaian(ordinal('B', 'B', ['C', 'B', 'b']))).toThrow(RangeError);
  });
});

describe('target kind must fit the polarity (DOMAIN.md §2: a percentage target vs a count/grade)', () => {
  it('ordinal with a numeric target or realisation → target-kind-mismatch', () => {
    expect(
      computeCapaian({
        polarity: 'ordinal',
        target: { kind: 'value', value: 3 },
        realisasi: 'B',
        grades: AKIP,
      }),
    ).toEqual({ value: null, reason: 'target-kind-mismatch' });
    expect(
      computeCapaian({
        polarity: 'ordinal',
        target: { kind: 'grade', grade: 'B' },
        realisasi: 72.95,
        grades: AKIP,
      }),
    ).toEqual({ value: null, reason: 'target-kind-mismatch' });
  });
  it('positive or negative with a grade target or a grade realisation → target-kind-mismatch', () => {
    expect(
      computeCapaian({ polarity: 'positive', target: { kind: 'grade', grade: 'B' }, realisasi: 5 }),
    ).toEqual({
      value: null,
      reason: 'target-kind-mismatch',
    });
    expect(
      computeCapaian({ polarity: 'negative', target: { kind: 'value', value: 5 }, realisasi: 'BB' }),
    ).toEqual({
      value: null,
      reason: 'target-kind-mismatch',
    });
  });
  it('NaN is a programming error, not a capaian', () => {
    expect(() => computeCapaian(positive(80, Number.NaN))).toThrow(RangeError);
  });
});

describe('capForAveraging (DOMAIN.md §2: some agencies cap at 100 or 120 for averaging)', () => {
  it('caps only when a cap is configured', () => {
    expect(capForAveraging(112.23, null)).toBe(112.23);
    expect(capForAveraging(112.23, 100)).toBe(100);
    expect(capForAveraging(112.23, 120)).toBe(112.23);
    expect(capForAveraging(78.73, 100)).toBe(78.73);
  });
  it('Tabel 3.2 average with a cap of 100 would be 100,00 instead of the printed 104,07', () => {
    const capped = [100.72, 100, 112.23, 103.34].map((v) => capForAveraging(v, 100));
    expect(roundHalfUp(capped.reduce((s, v) => s + v, 0) / capped.length, 2)).toBe(100);
  });
});

describe('properties (DOMAIN.md §2 formulas)', () => {
  const target = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  const real = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  it('negative mirrors positive around the target: neg(T, T+d) = 200 − pos(T, T+d) (two-minus-ratio, no floor)', () => {
    fc.assert(
      fc.property(target, fc.double({ min: -1e6, max: 1e6, noNaN: true }), (t, d) => {
        const r = t + d;
        const pos = valueOf(computeCapaian(positive(t, r), { floorAtZero: false }));
        const neg = valueOf(computeCapaian(negative(t, r), { floorAtZero: false }));
        expect(Math.abs(neg - (200 - pos))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(pos)));
      }),
    );
  });

  it('positive: non-decreasing in realisation (value and range targets, floored or not)', () => {
    fc.assert(
      fc.property(target, target, real, real, fc.boolean(), (a, b, r1, r2, floor) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        const targets = [
          { kind: 'value', value: a },
          { kind: 'range', min: Math.min(a, b), max: Math.max(a, b) },
        ] as const;
        for (const t of targets) {
          const at = (r: number) =>
            valueOf(
              computeCapaian({ polarity: 'positive', target: t, realisasi: r }, { floorAtZero: floor }),
            );
          expect(at(lo)).toBeLessThanOrEqual(at(hi));
        }
      }),
    );
  });

  it('negative: non-increasing in realisation (two-minus-ratio and inverse-ratio)', () => {
    fc.assert(
      fc.property(
        target,
        target,
        real,
        real,
        fc.constantFrom('two-minus-ratio', 'inverse-ratio'),
        (a, b, r1, r2, formula) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const targets = [
            { kind: 'value', value: a },
            { kind: 'range', min: Math.min(a, b), max: Math.max(a, b) },
          ] as const;
          for (const t of targets) {
            const at = (r: number) =>
              computeCapaian({ polarity: 'negative', target: t, realisasi: r }, { negativeFormula: formula });
            const [x, y] = [at(lo), at(hi)];
            // inverse-ratio is undefined for R ≤ 0; compare only where both are measured.
            if (x.value !== null && y.value !== null) expect(x.value).toBeGreaterThanOrEqual(y.value);
            if (formula === 'two-minus-ratio') expect(x.value !== null && y.value !== null).toBe(true);
          }
        },
      ),
    );
  });

  it('negative targets keep the direction (growth target −2 %): positive higher is better, negative lower is better', () => {
    expect(valueOf(computeCapaian(positive(-2, -1)))).toBeCloseTo(150, 10);
    expect(valueOf(computeCapaian(negative(-2, -3)))).toBeCloseTo(150, 10);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: -0.01, noNaN: true }), real, real, (t, r1, r2) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        expect(valueOf(computeCapaian(positive(t, lo)))).toBeLessThanOrEqual(
          valueOf(computeCapaian(positive(t, hi))),
        );
        expect(valueOf(computeCapaian(negative(t, lo)))).toBeGreaterThanOrEqual(
          valueOf(computeCapaian(negative(t, hi))),
        );
      }),
    );
  });
});
