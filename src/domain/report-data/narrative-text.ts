/**
 * Reading a narrative passage (check-narrative.ts): the numbers it quotes —
 * counts, amounts in Rupiah, percentages — with where they stand, its
 * paragraphs, the sentence around a claim, and what an amount is (a
 * realisation or an allocation) by the keyword before it. Nothing here knows
 * the tables; narrative-claims.ts compares what is read with them.
 */

/** A number quoted in the text, with where it stands. */
export type Quoted = { value: number; decimals: number; text: string; index: number };

export const COUNT_WORD = String.raw`(\d{1,3})\s*(?:\(\s*[a-z ]+\s*\)\s*)?`;

/** Amounts written with thousands dots: "6.420.276.477", "Rp. 177.880.628,-". */
export function amountsIn(text: string): Quoted[] {
  return [...text.matchAll(/(?<!\d|,|\d\.)(\d{1,3}(?:\.\d{3}){2,})(?!\d|,\d)/g)].map((m) => ({
    value: Number(m[1]!.replaceAll('.', '')),
    decimals: 0,
    text: m[1]!,
    index: m.index,
  }));
}

/** Percentages: "95,29 %", "78,65%", and "95.29 %" (a dot for a comma still reads as the decimal). */
export function percentsIn(text: string): Quoted[] {
  return [...text.matchAll(/(?<!\d|,|\d\.)(\d{1,3}(?:[.,]\d{1,2})?)\s*%/g)].map((m) => {
    const digits = m[1]!;
    const sep = digits.search(/[.,]/);
    return {
      value: Number(digits.replace(',', '.')),
      decimals: sep < 0 ? 0 : digits.length - sep - 1,
      text: m[0],
      index: m.index,
    };
  });
}

/** Paragraphs of a passage (blank-line separated), each checked on its own. */
export function paragraphsOf(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const re = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  for (const m of text.matchAll(re)) out.push({ text: m[0], offset: m.index });
  return out;
}

/** The sentence around a quoted claim (dots inside numbers and after "Rp" do not end it). */
export function quoteAround(text: string, start: number, end: number): string {
  const endsSentence = (i: number) =>
    /[.!?\n]/.test(text[i] ?? '') &&
    /\s/.test(text[i + 1] ?? ' ') &&
    !/rp$/i.test(text.slice(Math.max(0, i - 2), i));
  let from = start;
  while (from > 0 && start - from < 160 && !endsSentence(from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < 80 && !endsSentence(to)) to++;
  const quote = text
    .slice(from, to + 1)
    .replace(/\s+/g, ' ')
    .trim();
  return quote.length > 220 ? `${quote.slice(0, 217)}…` : quote;
}

/** Significant digits of an amount (trailing zeros dropped): round sums such as 3.000.000 are not compared. */
export function significantDigits(value: number): number {
  return String(value).replace(/0+$/, '').length;
}

/** What a quoted amount is, by the nearest keyword before it. */
export function roleOf(text: string, index: number): 'realisasi' | 'alokasi' | null {
  const window = text
    .slice(Math.max(0, index - 90), index)
    .toLowerCase()
    .replace(/realisasi\s+anggaran/g, 'realisasi')
    .replace(/tahun\s+anggaran/g, 'tahun');
  const realisasi = window.lastIndexOf('realisasi');
  const alokasi = Math.max(
    ...['anggaran', 'alokasi', 'dialokasikan', 'pagu', 'dana'].map((k) => window.lastIndexOf(k)),
  );
  if (realisasi < 0 && alokasi < 0) return null;
  return realisasi > alokasi ? 'realisasi' : 'alokasi';
}
