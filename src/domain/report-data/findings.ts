/**
 * What the checker reports: one finding per printed value that disagrees with
 * the engine, with the message in Indonesian (default) or English. All texts
 * of the checker live here, one entry per kind.
 */
import { formatNumber, type Locale } from '../numbers.ts';

export type FindingKind =
  | 'wrong-polarity'
  | 'arithmetic'
  | 'rounding'
  | 'wrong-predikat'
  | 'sum-mismatch'
  | 'percent-mismatch'
  | 'malformed-number'
  | 'count-label'
  | 'words'
  | 'digit-slip'
  | 'unit'
  | 'not-computable'
  | 'narrative';

export type Severity = 'error' | 'warning';

export type Finding = {
  /** Where the printed value stands in the input, by ids where they exist. */
  path: string;
  kind: FindingKind;
  severity: Severity;
  /** The value as the report printed it. */
  printed: string | number;
  /** The right value as the report would print it (same precision), or null when it cannot be known. */
  expected: string | null;
  message: string;
  /** Line numbers in the source document, when the file gives them. */
  lines?: number[];
};

const SEVERITY: Record<FindingKind, Severity> = {
  'wrong-polarity': 'error',
  arithmetic: 'error',
  rounding: 'warning',
  'wrong-predikat': 'error',
  'sum-mismatch': 'error',
  'percent-mismatch': 'error',
  'malformed-number': 'error',
  'count-label': 'error',
  words: 'error',
  'digit-slip': 'error',
  unit: 'warning',
  'not-computable': 'warning',
  narrative: 'error',
};

export function severityOf(kind: FindingKind): Severity {
  return SEVERITY[kind];
}

/** Formats a computed value the way the report printed its neighbour: same number of decimals. */
export function asPrinted(value: number, decimals: number, locale: Locale = 'id'): string {
  return formatNumber(value, { decimals, locale });
}

type Texts = { id: string; en: string };

/** The subject of a finding ("capaian indikator IK1 ..."), in both languages. */
export type Subject = Texts;

export type MessageInput =
  | {
      kind: 'capaian';
      subject: Subject;
      printed: string;
      expected: string;
      hint?: 'polarity' | 'rounding' | 'other-method';
    }
  | { kind: 'predikat'; subject: Subject; printed: string; expected: Texts; capaian: string }
  | { kind: 'malformed'; subject: Subject; printed: string; reason: string; expected: string | null }
  | { kind: 'sum'; subject: Subject; field: Texts; printed: string; expected: string; percentNote?: string }
  | { kind: 'percent'; subject: Subject; printed: string; expected: string; againstMurni?: boolean }
  | { kind: 'count-label'; printed: string; what: Texts; counted: number; labelled: number }
  | { kind: 'words'; subject: Subject; amount: string; expected: string }
  | { kind: 'slip'; subject: Subject; field: Texts; printed: string; expected: string; percent: string }
  | { kind: 'unit'; subject: Subject; target: string; realisasi: string; unit: string }
  | { kind: 'not-computable'; subject: Subject; printed: string; reason: Texts }
  | { kind: 'narrative'; passage: string; quoted: string; printed: string; expected: string; what: Texts };

export function findingMessage(input: MessageInput, locale: Locale): string {
  const id = locale === 'id';
  switch (input.kind) {
    case 'capaian': {
      const hint =
        input.hint === 'polarity'
          ? id
            ? ' Angka tercetak cocok dengan rumus polaritas yang salah.'
            : ' The printed figure matches the formula of the wrong polarity.'
          : input.hint === 'rounding'
            ? id
              ? ' Selisihnya hanya pembulatan (seharusnya dibulatkan setengah ke atas).'
              : ' The difference is only rounding (should be rounded half-up).'
            : input.hint === 'other-method'
              ? id
                ? ' Angka tercetak cocok dengan metode rata-rata yang lain.'
                : ' The printed figure matches another averaging method.'
              : '';
      return id
        ? `${input.subject.id} tercetak ${input.printed}, seharusnya ${input.expected}.${hint}`
        : `${input.subject.en} printed as ${input.printed}, should be ${input.expected}.${hint}`;
    }
    case 'predikat':
      return id
        ? `${input.subject.id}: predikat tercetak "${input.printed}", seharusnya "${input.expected.id}" untuk capaian ${input.capaian}.`
        : `${input.subject.en}: category printed "${input.printed}", should be "${input.expected.en}" for an achievement of ${input.capaian}.`;
    case 'malformed':
      return id
        ? `${input.subject.id}: "${input.printed}" bukan angka yang benar (${input.reason}).${input.expected ? ` Kemungkinan maksudnya ${input.expected}.` : ''}`
        : `${input.subject.en}: "${input.printed}" is not a well-formed number (${input.reason}).${input.expected ? ` Probably meant ${input.expected}.` : ''}`;
    case 'sum':
      return id
        ? `${input.subject.id}: ${input.field.id} tercetak ${input.printed}, tetapi jumlah rinciannya ${input.expected}.${input.percentNote ? ` ${input.percentNote}` : ''}`
        : `${input.subject.en}: ${input.field.en} printed as ${input.printed}, but its rows add up to ${input.expected}.${input.percentNote ? ` ${input.percentNote}` : ''}`;
    case 'percent':
      return id
        ? `${input.subject.id}: persentase tercetak ${input.printed}, seharusnya ${input.expected} (realisasi ÷ pagu × 100).${input.againstMurni ? ' Angka tercetak dihitung terhadap pagu murni, bukan pagu perubahan.' : ''}`
        : `${input.subject.en}: percentage printed as ${input.printed}, should be ${input.expected} (realisation ÷ budget × 100).${input.againstMurni ? ' The printed figure was computed against the original budget, not the revised one.' : ''}`;
    case 'count-label':
      return id
        ? `Label rata-rata "${input.printed}" menyebut ${input.labelled} ${input.what.id}, padahal yang dihitung ${input.counted}.`
        : `The average's label "${input.printed}" names ${input.labelled} ${input.what.en}, but ${input.counted} were counted.`;
    case 'words':
      return id
        ? `${input.subject.id}: terbilang untuk ${input.amount} seharusnya "${input.expected}".`
        : `${input.subject.en}: the amount ${input.amount} in words should read "${input.expected}".`;
    case 'slip':
      return id
        ? `${input.subject.id}: ${input.field.id} tercetak ${input.printed} tidak cocok dengan persentase tercetak ${input.percent}; ${input.expected} (beda satu angka) cocok, jadi kemungkinan salah ketik.`
        : `${input.subject.en}: ${input.field.en} printed as ${input.printed} disagrees with the printed percentage ${input.percent}; ${input.expected} (one digit different) agrees, so it is probably a typing slip.`;
    case 'unit':
      return id
        ? `${input.subject.id}: target "${input.target}" dan realisasi "${input.realisasi}" ditulis dengan satuan berbeda (satuan indikator: ${input.unit}).`
        : `${input.subject.en}: target "${input.target}" and realisation "${input.realisasi}" are written in different units (indicator unit: ${input.unit}).`;
    case 'not-computable':
      return id
        ? `${input.subject.id} tercetak ${input.printed}, padahal tidak dapat dihitung: ${input.reason.id}.`
        : `${input.subject.en} printed as ${input.printed}, but it cannot be computed: ${input.reason.en}.`;
    case 'narrative':
      return id
        ? `Teks "${input.passage}" menyebut ${input.printed} ("${input.quoted}"), padahal menurut tabel ${input.what.id} adalah ${input.expected}.`
        : `The text "${input.passage}" says ${input.printed} ("${input.quoted}"), but by the tables ${input.what.en} is ${input.expected}.`;
  }
}

/** Why a capaian cannot be computed, in words. */
export const REASON_TEXT: Record<string, Texts> = {
  'missing-realisasi': { id: 'realisasi belum ada', en: 'no realisation' },
  'missing-target': { id: 'target belum ada', en: 'no target' },
  'future-year': { id: 'tahun yang akan datang', en: 'a future year' },
  'target-zero': { id: 'target 0 tidak dapat menjadi pembagi', en: 'a target of 0 cannot divide' },
  'realisasi-zero-inverse': {
    id: 'realisasi 0 tidak dapat menjadi pembagi pada rumus T/R',
    en: 'a realisation of 0 cannot divide in the T/R formula',
  },
  'unknown-grade': {
    id: 'nilai tidak ada dalam urutan nilai indikator',
    en: 'a grade not in the indicator’s list',
  },
  'target-kind-mismatch': {
    id: 'bentuk target tidak cocok dengan polaritas',
    en: 'the target does not fit the polarity',
  },
  'malformed-number': { id: 'ada angka yang tidak benar penulisannya', en: 'a number is malformed' },
};

export function reasonText(reason: string): Texts {
  return REASON_TEXT[reason] ?? { id: reason, en: reason };
}
