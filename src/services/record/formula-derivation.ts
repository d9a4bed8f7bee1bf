/**
 * Reads the derivation of a computed indicator from its printed formula
 * (`indicator.formula`), written with the codes of its components, so the
 * realisation is computed by src/domain/derived-realisasi.ts and never typed.
 *
 * The schema has no column that declares the derivation, so the formula text
 * is the declaration. Recognised (spaces free; × x * for times, ÷ : / for
 * division, − – - for minus; a trailing "%" ignored):
 *
 * | formula                      | derivation                                 |
 * |------------------------------|--------------------------------------------|
 * | `a / b × 100` (or × 1000 ...) | ratio, factor as written                   |
 * | `a / b`                      | ratio, factor 1                            |
 * | `(a − b) / b × 100`          | growth over the previous value             |
 * | `(a − b) / c × 100`          | change as a share of a total               |
 * | `a + b + c`                  | sum                                        |
 *
 * Every name must be a component code of the indicator. Anything else is
 * `null`: the caller refuses to guess.
 */
import type { Derivation } from '../../domain/derived-realisasi.ts';

const NAME = '([A-Za-z_][A-Za-z0-9_]*)';
const RATIO = new RegExp(`^\\(?${NAME}/${NAME}\\)?(?:\\*([0-9]+))?$`);
const CHANGE = new RegExp(`^\\(${NAME}-${NAME}\\)/${NAME}\\*100$`);
const SUM = new RegExp(`^${NAME}(?:\\+${NAME})+$`);

function normalise(formula: string): string {
  return formula
    .replace(/\s+[xX]\s+/g, '*')
    .replace(/[×·]/g, '*')
    .replace(/[÷:]/g, '/')
    .replace(/[−–—]/g, '-')
    .replace(/%\s*$/, '')
    .replace(/\s+/g, '');
}

export function derivationFromFormula(
  formula: string | null,
  componentCodes: readonly string[],
): Derivation | null {
  if (formula === null || formula.trim() === '') return null;
  const text = normalise(formula);
  const known = (...names: (string | undefined)[]): boolean =>
    names.every((n) => n !== undefined && componentCodes.includes(n));

  const ratio = RATIO.exec(text);
  if (ratio) {
    const [, numerator, denominator, factor] = ratio;
    if (!known(numerator, denominator)) return null;
    return {
      kind: 'ratio',
      numerator: numerator!,
      denominator: denominator!,
      factor: factor ? Number(factor) : 1,
    };
  }
  const change = CHANGE.exec(text);
  if (change) {
    const [, current, previous, base] = change;
    if (!known(current, previous, base)) return null;
    return base === previous
      ? { kind: 'growth', current: current!, previous: previous! }
      : { kind: 'change-share', current: current!, previous: previous!, total: base! };
  }
  if (SUM.test(text)) {
    const parts = text.split('+');
    if (!known(...parts)) return null;
    return { kind: 'sum', parts };
  }
  return null;
}
