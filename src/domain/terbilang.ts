/**
 * Amounts in Indonesian words (*terbilang*), as an LKjIP prints them after a
 * Rupiah figure: "Rp 7.203.419.945,- (tujuh miliar dua ratus tiga juta ...)".
 *
 * - Groups of three digits named ribu, juta, miliar, triliun, kuadriliun
 *   (the safe-integer range ends below 10 kuadriliun).
 * - The Indonesian contractions: 'sepuluh', 'sebelas', 'seratus', and
 *   'seribu' when the thousands group is exactly one ('satu juta seribu').
 * - Standard spelling 'miliar' (KBBI), not 'milyar'; lower case; 0 is 'nol',
 *   a negative amount is 'minus …'.
 * - Only safe integers are accepted; anything else is a RangeError.
 *
 * The 2023 Lima Puluh Kota report printed 7.203.419.945 as "... Dua Ratus
 * Tiga Ribu Empat Ratus Sembilan Belas Ribu ..." (juta written as ribu), which
 * is why the product writes these words itself and the checker compares them
 * through {@link normalizeTerbilang}.
 */

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'] as const;
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'] as const;

/** Words for 1..999; '' for 0. */
function belowThousand(n: number): string {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(ONES[hundreds]!, 'ratus');
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(ONES[rest - 10]!, 'belas');
  else if (rest >= 20) {
    words.push(ONES[Math.floor(rest / 10)]!, 'puluh');
    if (rest % 10 > 0) words.push(ONES[rest % 10]!);
  } else if (rest > 0) words.push(ONES[rest]!);
  return words.join(' ');
}

/** An integer amount in Indonesian words: 411815815 → "empat ratus sebelas juta delapan ratus lima belas ribu delapan ratus lima belas". */
export function terbilang(n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`terbilang needs a safe integer, got ${n}`);
  }
  if (n === 0) return 'nol';
  if (n < 0) return `minus ${terbilang(-n)}`;
  const groups: number[] = [];
  let rest = n;
  while (rest > 0) {
    groups.push(rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (group === 0) continue;
    if (i === 1 && group === 1) {
      words.push('seribu');
      continue;
    }
    words.push(belowThousand(group));
    if (i > 0) words.push(SCALES[i]!);
  }
  return words.join(' ');
}

/** The amount in words followed by 'rupiah', as printed after a Rupiah figure. */
export function terbilangRupiah(n: number): string {
  return `${terbilang(n)} rupiah`;
}

/**
 * Normalises printed words so they can be compared with {@link terbilang}:
 * lower case; punctuation and markup ("(", ")", ",-", "*") removed; the
 * spellings 'milyar'/'milyard' and 'trilyun' read as 'miliar' and 'triliun';
 * runs of spaces and line breaks collapsed; a trailing 'rupiah' dropped.
 */
export function normalizeTerbilang(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\bmilyard?\b/g, 'miliar')
    .replace(/\btrilyun\b/g, 'triliun')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\brupiah$/, '');
}
