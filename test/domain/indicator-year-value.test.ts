import { describe, expect, it } from 'vitest';
import { indicatorYearValue } from '../../src/domain/indicator-year-value.ts';

const q = (no: number, value: number | null) => ({ kind: 'quarter' as const, no, value });

describe('indicatorYearValue', () => {
  it('rolls quarters up with the aggregation; a missing quarter is unknown, not zero', () => {
    expect(
      indicatorYearValue([q(1, 20), q(2, 25), q(3, 30), q(4, 35)], 'cumulative', 'quarterly'),
    ).toMatchObject({
      value: 110,
      periodKind: 'quarter',
      complete: true,
    });
    expect(indicatorYearValue([q(1, 20), q(3, 30)], 'stock', 'quarterly')).toMatchObject({
      value: 30,
      periodsReported: 2,
      periodsExpected: 4,
      complete: false,
    });
    expect(indicatorYearValue([q(1, 20), q(2, null)], 'average', 'quarterly')).toMatchObject({
      value: 20,
      periodsReported: 1,
    });
  });
  it('an annual row supersedes the periods; other kinds are counted as ignored', () => {
    expect(
      indicatorYearValue(
        [q(1, 20), { kind: 'year', no: 1, value: 80 }, { kind: 'month', no: 1, value: 5 }],
        'cumulative',
        'quarterly',
      ),
    ).toMatchObject({ value: 80, periodKind: 'year', complete: true, ignoredRows: 2 });
    expect(
      indicatorYearValue([q(1, 20), { kind: 'month', no: 1, value: 5 }], 'cumulative', 'quarterly'),
    ).toMatchObject({
      value: 20,
      ignoredRows: 1,
    });
  });
  it('semesters: sum, last and mean over two periods', () => {
    const rows = [
      { kind: 'semester' as const, no: 1, value: 10 },
      { kind: 'semester' as const, no: 2, value: 30 },
    ];
    expect(indicatorYearValue(rows, 'cumulative', 'semester')).toMatchObject({
      value: 40,
      periodsExpected: 2,
      complete: true,
    });
    expect(indicatorYearValue(rows, 'stock', 'semester').value).toBe(30);
    expect(indicatorYearValue(rows, 'average', 'semester').value).toBe(20);
  });
  it('ordinal: the grade of the latest period; nothing recorded: expected count from the frequency', () => {
    expect(
      indicatorYearValue(
        [
          { kind: 'quarter', no: 2, value: null, grade: 'Madya' },
          { kind: 'quarter', no: 1, value: null, grade: 'Pratama' },
        ],
        'stock',
        'quarterly',
      ),
    ).toMatchObject({ value: null, grade: 'Madya' });
    expect(indicatorYearValue([], 'cumulative', 'monthly')).toMatchObject({
      value: null,
      periodKind: null,
      periodsExpected: 12,
      complete: false,
    });
  });
});
