/**
 * The whole region's figures of a year's Data Sosial, by one rule used by the
 * indicator feed, the summary read, the report and the CLI:
 *
 * - per category (PPKS), type (PSKS) or programme row (assistance: programme
 *   and the name the report prints), the whole-region row (kecamatan null)
 *   holds the region's figure when it is recorded; otherwise the kecamatan
 *   rows add up to it (a region row is never added to its kecamatan rows: the
 *   demo's assistance rows, like the reports, give the total and then the
 *   recipients placed in named kecamatan, which need not add up to it);
 * - a figure not recorded anywhere is unknown (null), never 0; a sum of
 *   several keys is null only when none of them is known.
 *
 * Pure; rows as stored.
 */
import type {
  AssistanceProgram,
  PpksCategory,
  PsksType,
  SocialComponentSource,
} from '../../store/schema/enums.ts';

export type PpksFigureRow = {
  category: PpksCategory;
  kecamatanId: string | null;
  count: number;
  served: number | null;
};
export type PsksFigureRow = { type: PsksType; kecamatanId: string | null; count: number };
export type AssistanceFigureRow = {
  program: AssistanceProgram;
  programLabel: string;
  kecamatanId: string | null;
  recipients: number | null;
  /** Exact decimal text. */
  units: string | null;
  value: number | null;
};

export type SocialYearRows = {
  ppks: readonly PpksFigureRow[];
  psks: readonly PsksFigureRow[];
  assistance: readonly AssistanceFigureRow[];
};

/** Adds two possibly unknown figures: unknown only when both are. */
export function addKnown(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a + b;
}

/**
 * The region's figure over `rows` (already filtered to what is asked):
 * per key, the whole-region row's value when known, else the sum of the
 * kecamatan rows; then the sum over keys.
 */
export function regionFigure<R extends { kecamatanId: string | null }>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  valueOf: (row: R) => number | null,
): number | null {
  const byKey = new Map<string, { region: number | null; kecamatan: number | null }>();
  for (const row of rows) {
    const entry = byKey.get(keyOf(row)) ?? { region: null, kecamatan: null };
    const value = valueOf(row);
    if (row.kecamatanId === null) entry.region = addKnown(entry.region, value);
    else entry.kecamatan = addKnown(entry.kecamatan, value);
    byKey.set(keyOf(row), entry);
  }
  let total: number | null = null;
  for (const entry of byKey.values()) total = addKnown(total, entry.region ?? entry.kecamatan);
  return total;
}

/** One kecamatan's figure (its own rows only; the whole-region rows are not split). */
export function kecamatanFigure<R extends { kecamatanId: string | null }>(
  rows: readonly R[],
  kecamatanId: string,
  valueOf: (row: R) => number | null,
): number | null {
  let total: number | null = null;
  for (const row of rows) if (row.kecamatanId === kecamatanId) total = addKnown(total, valueOf(row));
  return total;
}

const ppksKey = (r: PpksFigureRow) => r.category;
const psksKey = (r: PsksFigureRow) => r.type;
const assistanceKey = (r: AssistanceFigureRow) => `${r.program}|${r.programLabel}`;

const unitsOf = (r: AssistanceFigureRow) => (r.units === null ? null : Number(r.units));

/** The region's value of an indicator component bound to the Data Sosial, or null when not recorded. */
export function componentFigure(source: SocialComponentSource, data: SocialYearRows): number | null {
  switch (source.dataset) {
    case 'ppks': {
      const rows = data.ppks.filter((r) => source.category === undefined || r.category === source.category);
      return source.measure === 'served'
        ? regionFigure(rows, ppksKey, (r) => r.served)
        : regionFigure(rows, ppksKey, (r) => r.count);
    }
    case 'psks': {
      const rows = data.psks.filter((r) => source.type === undefined || r.type === source.type);
      return regionFigure(rows, psksKey, (r) => r.count);
    }
    case 'assistance': {
      const rows = data.assistance.filter(
        (r) => source.program === undefined || r.program === source.program,
      );
      const valueOf =
        source.measure === 'recipients'
          ? (r: AssistanceFigureRow) => r.recipients
          : source.measure === 'value'
            ? (r: AssistanceFigureRow) => r.value
            : unitsOf;
      return regionFigure(rows, assistanceKey, valueOf);
    }
  }
}

export const figureKeys = { ppks: ppksKey, psks: psksKey, assistance: assistanceKey, units: unitsOf };
