/**
 * Reads an indicator's printed formula as a derivation over its declared
 * components (DOMAIN.md §2: realisations computed from components), so that
 * the realisation is computed rather than typed in.
 *
 * A formula is recognised only when every name in it is one of the
 * indicator's component codes and it has one of these shapes (spaces free;
 * `×`, `x` between spaces and `*` multiply; `÷`, `:` and `/` divide; a
 * trailing `%` is ignored):
 *
 * - `a / b × F` or `(a / b) × F` → ratio with factor F; `a / b` → factor 1;
 * - `(a − p) / p × 100` → growth over the previous value;
 * - `(a − p) / t × 100` → change as a share of a total;
 * - `a + b + …` → sum.
 *
 * Anything else (a formula written in words, "jumlah PPKS tertangani / jumlah
 * PPKS × 100") is descriptive text: null, and the realisation entered is used
 * as it is. Pure.
 */
import type { Derivation } from './derived-realisasi.ts';

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const NUMBER = '[0-9]+(?:[.,][0-9]+)?';

const RATIO = new RegExp(`^\\(?(${NAME})/(${NAME})\\)?(?:\\*(${NUMBER}))?$`);
const CHANGE = new RegExp(`^\\((${NAME})-(${NAME})\\)/(${NAME})\\*100$`);
const SUM = new RegExp(`^${NAME}(?:\\+${NAME})+$`);

function normalise(formula: string): string {
  return formula
    .replace(/\s+[x×]\s+/gi, '*')
    .replace(/[×·]/g, '*')
    .replace(/[÷:]/g, '/')
    .replace(/[−–]/g, '-')
    .replace(/\s+/g, '')
    .replace(/%$/, '');
}

/** The derivation a formula states over `componentCodes`, or null when it states none this engine knows. */
export function derivationFromFormula(
  formula: string | null | undefined,
  componentCodes: readonly string[],
): Derivation | null {
  if (formula === null || formula === undefined || componentCodes.length === 0) return null;
  const known = new Set(componentCodes);
  const all = (...names: string[]) => names.every((n) => known.has(n));
  const text = normalise(formula);

  const ratio = RATIO.exec(text);
  if (ratio) {
    const [, numerator, denominator, factorText] = ratio as unknown as [string, string, string, string?];
    if (!all(numerator, denominator)) return null;
    const factor = factorText === undefined ? 1 : Number(factorText.replace(',', '.'));
    return { kind: 'ratio', numerator, denominator, factor };
  }
  const change = CHANGE.exec(text);
  if (change) {
    const [, current, previous, base] = change as unknown as [string, string, string, string];
    if (!all(current, previous, base)) return null;
    return base === previous
      ? { kind: 'growth', current, previous }
      : { kind: 'change-share', current, previous, total: base };
  }
  if (SUM.test(text)) {
    const parts = text.split('+');
    return all(...parts) ? { kind: 'sum', parts } : null;
  }
  return null;
}
