/**
 * Numbers as Indonesian reports print them, and as Akuntabel shows them.
 *
 * - Parsing accepts id-ID (`1.234.567,89`, `74,53 %`, `Rp. 7.203.419.945,-`)
 *   and plain (`74.53`, `1234567`) notation, and refuses anything ambiguous or
 *   malformed (`41.600.00`, `1,234.5`) with a reason instead of guessing.
 * - Rounding is half-up on the exact decimal value that a float stands for as
 *   printed (15 significant digits), so `100.725` rounds to `100.73`, never to
 *   `100.72` as `toFixed` does.
 * - Money is integer Rupiah; a value beyond Number.MAX_SAFE_INTEGER is refused.
 */

export type ParseResult = { ok: true; value: number; decimals: number } | { ok: false; reason: string };

export type Locale = 'id' | 'en';

const CURRENCY_PREFIX = /^(rp\.?)\s*/i;
const TRAILING_DASH = /,-$|\.-$/;

/**
 * Parses a number as printed in a report. `decimals` in the result is how many
 * digits the text printed after the decimal separator (used to compare a
 * printed value at the precision it was printed).
 */
export function parseNumber(input: string | number): ParseResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'bukan angka yang terhingga' };
    return { ok: true, value: input, decimals: decimalsOf(input) };
  }
  let text = input.trim().replace(/\u00a0/g, ' ');
  if (text === '') return { ok: false, reason: 'kosong' };
  text = text.replace(CURRENCY_PREFIX, '');
  text = text.replace(TRAILING_DASH, '');
  text = text.replace(/\s*%$/, '').trim();
  let sign = 1;
  if (/^[-−–]/.test(text)) {
    sign = -1;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  if (!/^[0-9.,]+$/.test(text)) return { ok: false, reason: `"${input}" bukan angka` };
  if (!/^[0-9]/.test(text) || !/[0-9]$/.test(text)) {
    return { ok: false, reason: `"${input}" harus diawali dan diakhiri angka` };
  }
  const dots = countOf(text, '.');
  const commas = countOf(text, ',');
  let integerPart: string;
  let fraction = '';
  if (dots > 0 && commas > 0) {
    // Both separators: Indonesian notation puts the comma last (1.234,5).
    const lastDot = text.lastIndexOf('.');
    const lastComma = text.lastIndexOf(',');
    if (commas > 1 || lastComma < lastDot) {
      return {
        ok: false,
        reason: `"${input}" memakai pemisah gaya Inggris atau campuran; tulis 1.234,5 (titik ribuan, koma desimal)`,
      };
    }
    integerPart = text.slice(0, lastComma);
    fraction = text.slice(lastComma + 1);
    if (!isGroupedThousands(integerPart, '.')) {
      return { ok: false, reason: `"${input}": pemisah ribuan harus memisahkan tiap tiga angka` };
    }
  } else if (commas > 0) {
    // Only commas: one comma is the decimal separator (74,53).
    if (commas > 1) {
      return { ok: false, reason: `"${input}": lebih dari satu koma; koma adalah pemisah desimal` };
    }
    [integerPart, fraction] = text.split(',') as [string, string];
  } else if (dots > 1) {
    // Several dots: only valid as thousands grouping (1.234.567).
    if (!isGroupedThousands(text, '.')) {
      return {
        ok: false,
        reason: `"${input}": titik sebagai pemisah ribuan harus memisahkan tiap tiga angka (mis. 41.600.000)`,
      };
    }
    integerPart = text;
  } else if (dots === 1) {
    // One dot: thousands (7.500) when followed by exactly three digits and the
    // head has 1-3 digits; otherwise a plain decimal point (74.53).
    const [head, tail] = text.split('.') as [string, string];
    if (tail.length === 3 && head.length <= 3 && head !== '0') {
      integerPart = text;
    } else {
      integerPart = head;
      fraction = tail;
    }
  } else {
    integerPart = text;
  }
  const digits = integerPart.replace(/\./g, '');
  const value = sign * Number(`${digits}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${input}" terlalu besar` };
  return { ok: true, value, decimals: fraction.length };
}

/** Parses an amount of money: a whole number of Rupiah within the safe integer range. */
export function parseRupiah(input: string | number): ParseResult {
  const parsed = parseNumber(input);
  if (!parsed.ok) return parsed;
  if (!Number.isInteger(parsed.value))
    return { ok: false, reason: `"${input}": Rupiah harus bilangan bulat` };
  if (!Number.isSafeInteger(parsed.value)) return { ok: false, reason: `"${input}": nilai terlalu besar` };
  return parsed;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function isGroupedThousands(text: string, separator: string): boolean {
  const groups = text.split(separator);
  if (groups.length === 1) return /^[0-9]+$/.test(text);
  const [first, ...rest] = groups as [string, ...string[]];
  return /^[0-9]{1,3}$/.test(first) && rest.every((g) => /^[0-9]{3}$/.test(g));
}

function decimalsOf(value: number): number {
  const text = toPlainDecimal(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The shortest plain decimal text (no exponent) of a float, taken at 15
 * significant digits so that 100.72499999999999 reads as 100.725.
 */
export function toPlainDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (value === 0) return '0';
  const precise = Number(value.toPrecision(15));
  const sign = precise < 0 ? '-' : '';
  const abs = Math.abs(precise);
  const [mantissa, exponentText] = abs.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  const digits = mantissa.replace('.', '');
  let out: string;
  if (exponent >= 0) {
    out =
      digits.length <= exponent + 1
        ? digits + '0'.repeat(exponent + 1 - digits.length)
        : `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  } else {
    out = `0.${'0'.repeat(-exponent - 1)}${digits}`;
  }
  return sign + out;
}

/**
 * Rounds half-up (away from zero at .5) to `decimals` places, on the decimal
 * value as printed: roundHalfUp(100.725, 2) === 100.73.
 */
export function roundHalfUp(value: number, decimals = 2): number {
  return Number(roundedDecimalText(value, decimals));
}

/** The rounded value as plain decimal text with exactly `decimals` places ("100.73"). */
export function roundedDecimalText(value: number, decimals: number): string {
  const text = toPlainDecimal(value);
  const negative = text.startsWith('-');
  const abs = negative ? text.slice(1) : text;
  const [intPart, fracPart = ''] = abs.split('.') as [string, string?];
  const padded = (fracPart + '0'.repeat(decimals + 1)).slice(0, decimals + 1);
  const keep = intPart + padded.slice(0, decimals);
  const roundUp = Number(padded[decimals]) >= 5;
  let digits = keep.split('').map(Number);
  if (roundUp) {
    let i = digits.length - 1;
    while (i >= 0) {
      if (digits[i]! < 9) {
        digits[i]! += 1;
        break;
      }
      digits[i] = 0;
      i--;
    }
    if (i < 0) digits = [1, ...digits];
  }
  const all = digits.join('');
  const intDigits = all.slice(0, all.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  const fracDigits = all.slice(all.length - decimals);
  const isZero = /^0*$/.test(intDigits + fracDigits);
  const sign = negative && !isZero ? '-' : '';
  return decimals > 0 ? `${sign}${intDigits}.${fracDigits}` : `${sign}${intDigits}`;
}

/** True when `value` rounded half-up to `decimals` places equals `printed` rounded the same way. */
export function equalAtPrecision(value: number, printed: number, decimals: number): boolean {
  return roundedDecimalText(value, decimals) === roundedDecimalText(printed, decimals);
}

export type FormatOptions = {
  /** Fixed number of decimals; default 2 for non-integers and 0 for integers. */
  decimals?: number;
  locale?: Locale;
};

/** Formats a number: id → 1.234.567,89; en → 1,234,567.89. Rounds half-up. */
export function formatNumber(value: number, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'id';
  const decimals = options.decimals ?? (Number.isInteger(value) ? 0 : 2);
  const text = roundedDecimalText(value, decimals);
  const negative = text.startsWith('-');
  const [intPart, fracPart] = (negative ? text.slice(1) : text).split('.') as [string, string?];
  const [group, point] = locale === 'id' ? ['.', ','] : [',', '.'];
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${fracPart ? point + fracPart : ''}`;
}

/** Formats a percentage value (74.53 → "74,53 %" in id, "74.53%" in en). */
export function formatPercent(value: number, options: FormatOptions = {}): string {
  const text = formatNumber(value, { decimals: 2, ...options });
  return (options.locale ?? 'id') === 'id' ? `${text} %` : `${text}%`;
}

/** Formats integer Rupiah: "Rp 1.234.567". */
export function formatRupiah(amount: number, locale: Locale = 'id'): string {
  assertRupiah(amount);
  const text = formatNumber(Math.abs(amount), { decimals: 0, locale });
  return `${amount < 0 ? '-' : ''}Rp ${text}`;
}

/** Guards the money invariant: an integer within the safe range. */
export function assertRupiah(amount: number): void {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Rupiah must be a safe integer, got ${amount}`);
  }
}
