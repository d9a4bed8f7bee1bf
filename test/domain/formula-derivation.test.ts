import { describe, expect, it } from 'vitest';
import { derivationFromFormula } from '../../src/domain/formula-derivation.ts';

describe('derivationFromFormula', () => {
  const codes = ['served', 'total', 'n', 'prev', 'a', 'b'];
  it.each([
    ['served / total × 100', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 100 }],
    ['(served : total) x 1000 %', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 1000 }],
    ['served/total', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 1 }],
    ['(n − prev) / prev × 100', { kind: 'growth', current: 'n', previous: 'prev' }],
    ['(n - prev) / total * 100', { kind: 'change-share', current: 'n', previous: 'prev', total: 'total' }],
    ['a + b + n', { kind: 'sum', parts: ['a', 'b', 'n'] }],
  ])('%s', (formula, expected) => {
    expect(derivationFromFormula(formula, codes)).toEqual(expected);
  });
  it('is null for descriptive formulas and names that are not components', () => {
    expect(derivationFromFormula('jumlah PPKS tertangani / jumlah PPKS × 100', codes)).toBeNull();
    expect(derivationFromFormula('tertangani / total × 100', codes)).toBeNull();
    expect(derivationFromFormula('served / total × 100', [])).toBeNull();
    expect(derivationFromFormula(null, codes)).toBeNull();
  });
});
