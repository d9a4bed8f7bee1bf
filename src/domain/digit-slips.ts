/**
 * Typing slips in printed amounts: the numbers a clerk meant when one digit
 * was mistyped (117.880.628 for 177.880.628) or two neighbouring digits were
 * swapped (8.974.000 for 8.947.000). The checker uses them to name the value
 * that other printed figures agree with, instead of reporting every figure
 * that disagrees with the slip.
 */

/** Every non-negative integer one substitution or one adjacent swap away from `value`, without leading zeros. */
export function digitSlipCandidates(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) return [];
  const digits = String(value);
  const out = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      const c = String(d);
      if (c === digits[i] || (i === 0 && d === 0 && digits.length > 1)) continue;
      out.add(Number(digits.slice(0, i) + c + digits.slice(i + 1)));
    }
    if (i + 1 < digits.length && digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) {
      out.add(Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The only slip candidate that satisfies `fits`, or null when none or several do. */
export function uniqueSlip(value: number, fits: (candidate: number) => boolean): number | null {
  const found = digitSlipCandidates(value).filter(fits);
  return found.length === 1 ? found[0]! : null;
}
