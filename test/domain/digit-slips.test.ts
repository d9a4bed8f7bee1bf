import { describe, expect, it } from 'vitest';
import { digitSlipCandidates, uniqueSlip } from '../../src/domain/digit-slips.ts';

describe('digit slips (LKjIP 2023 Lima Puluh Kota, Tabel 3.7)', () => {
  it('finds the swap 8.974.000 ↔ 8.947.000 (line 1127) and the substitution 117.880.628 → 177.880.628 (line 1163)', () => {
    expect(digitSlipCandidates(8974000)).toContain(8947000);
    expect(digitSlipCandidates(117880628)).toContain(177880628);
  });
  it('never proposes the value itself, a leading zero or a negative number', () => {
    const c = digitSlipCandidates(105);
    expect(c).not.toContain(105);
    expect(c).not.toContain(5); // "005"
    expect(c).not.toContain(15); // "015": swapping in a leading zero
    expect(c).toContain(150); // swap of the last two digits
    expect(c).toContain(905); // substitution of the first digit
    expect(c.every((x) => x >= 0 && Number.isInteger(x))).toBe(true);
  });
  it('picks the one candidate that agrees with the printed percentage', () => {
    const pagu = 226177000;
    const printedPercent = 78.65;
    const slip = uniqueSlip(117880628, (c) => Math.round((c / pagu) * 10000) / 100 === printedPercent);
    expect(slip).toBe(177880628);
    expect(uniqueSlip(100, () => true)).toBeNull();
    expect(uniqueSlip(100, () => false)).toBeNull();
  });
});
