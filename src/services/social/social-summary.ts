/**
 * The summary of a year's Data Sosial (social-figures.ts rules): the
 * region's PPKS per category (counted and served), PSKS per type, assistance
 * per programme (recipients, value in Rupiah), each kecamatan's figures, and
 * the region's totals over the years before for a year-over-year view. Pure;
 * read by the summary use case, the LKjIP and the CLI.
 */
import {
  ASSISTANCE_PROGRAMS,
  PPKS_CATEGORIES,
  PSKS_TYPES,
  type AssistanceProgram,
  type PpksCategory,
  type PsksType,
} from '../../store/schema/enums.ts';
import {
  figureKeys,
  kecamatanFigure,
  regionFigure,
  type AssistanceFigureRow,
  type SocialYearRows,
} from './social-figures.ts';

export type KecamatanRef = { id: string; code: string; name: string };

export type PpksFigures = { count: number | null; served: number | null };
export type AssistanceFigures = { recipients: number | null; value: number | null };

/** One printed assistance line (programme and the name the report prints) for the whole region. */
export type AssistanceLine = AssistanceFigures & {
  program: AssistanceProgram;
  programLabel: string;
  units: number | null;
  unitName: string | null;
  fundingSource: string | null;
};

export type SocialYearTotals = {
  year: number;
  ppks: PpksFigures;
  psks: number | null;
  assistance: AssistanceFigures;
  assistanceByProgram: ({ program: AssistanceProgram } & AssistanceFigures)[];
};

export type SocialSummary = {
  year: number;
  ppks: {
    byCategory: ({ category: PpksCategory } & PpksFigures)[];
    total: PpksFigures;
    byKecamatan: ({ kecamatan: KecamatanRef } & PpksFigures)[];
  };
  psks: {
    byType: { type: PsksType; count: number | null }[];
    total: number | null;
    byKecamatan: { kecamatan: KecamatanRef; count: number | null }[];
  };
  assistance: {
    lines: AssistanceLine[];
    byProgram: ({ program: AssistanceProgram } & AssistanceFigures)[];
    total: AssistanceFigures;
    byKecamatan: ({ kecamatan: KecamatanRef } & AssistanceFigures)[];
  };
};

type AssistanceRowWithText = AssistanceFigureRow & { unitName: string | null; fundingSource: string | null };
export type SocialSummaryRows = Omit<SocialYearRows, 'assistance'> & {
  assistance: readonly AssistanceRowWithText[];
};

const { ppks: ppksKey, psks: psksKey, assistance: assistanceKey, units: unitsOf } = figureKeys;

function hasAny(...values: (number | null)[]): boolean {
  return values.some((v) => v !== null);
}

function programFigures(rows: readonly AssistanceFigureRow[], program: AssistanceProgram): AssistanceFigures {
  const mine = rows.filter((r) => r.program === program);
  return {
    recipients: regionFigure(mine, assistanceKey, (r) => r.recipients),
    value: regionFigure(mine, assistanceKey, (r) => r.value),
  };
}

/** The region's totals of one year (for the year-over-year view). */
export function socialYearTotals(year: number, rows: SocialYearRows): SocialYearTotals {
  return {
    year,
    ppks: {
      count: regionFigure(rows.ppks, ppksKey, (r) => r.count),
      served: regionFigure(rows.ppks, ppksKey, (r) => r.served),
    },
    psks: regionFigure(rows.psks, psksKey, (r) => r.count),
    assistance: {
      recipients: regionFigure(rows.assistance, assistanceKey, (r) => r.recipients),
      value: regionFigure(rows.assistance, assistanceKey, (r) => r.value),
    },
    assistanceByProgram: ASSISTANCE_PROGRAMS.map((program) => ({
      program,
      ...programFigures(rows.assistance, program),
    })).filter((p) => hasAny(p.recipients, p.value)),
  };
}

export function summariseSocialYear(
  year: number,
  rows: SocialSummaryRows,
  kecamatan: readonly KecamatanRef[],
): SocialSummary {
  const totals = socialYearTotals(year, rows);
  const byCategory = PPKS_CATEGORIES.map((category) => {
    const mine = rows.ppks.filter((r) => r.category === category);
    return {
      category,
      count: regionFigure(mine, ppksKey, (r) => r.count),
      served: regionFigure(mine, ppksKey, (r) => r.served),
    };
  }).filter((c) => hasAny(c.count, c.served));
  const byType = PSKS_TYPES.map((type) => ({
    type,
    count: regionFigure(
      rows.psks.filter((r) => r.type === type),
      psksKey,
      (r) => r.count,
    ),
  })).filter((t) => t.count !== null);

  const lineKeys = [...new Set(rows.assistance.map(assistanceKey))];
  const order = (p: AssistanceProgram) => ASSISTANCE_PROGRAMS.indexOf(p);
  const lines: AssistanceLine[] = lineKeys
    .map((key) => {
      const mine = rows.assistance.filter((r) => assistanceKey(r) === key);
      const first = mine.find((r) => r.kecamatanId === null) ?? mine[0]!;
      const unitNames = [...new Set(mine.map((r) => r.unitName).filter((u) => u !== null))];
      return {
        program: first.program,
        programLabel: first.programLabel,
        recipients: regionFigure(mine, assistanceKey, (r) => r.recipients),
        units: unitNames.length <= 1 ? regionFigure(mine, assistanceKey, unitsOf) : null,
        unitName: unitNames.length === 1 ? unitNames[0]! : null,
        value: regionFigure(mine, assistanceKey, (r) => r.value),
        fundingSource: first.fundingSource,
      };
    })
    .sort((a, b) => order(a.program) - order(b.program) || a.programLabel.localeCompare(b.programLabel));

  return {
    year,
    ppks: {
      byCategory,
      total: totals.ppks,
      byKecamatan: kecamatan
        .map((k) => ({
          kecamatan: k,
          count: kecamatanFigure(rows.ppks, k.id, (r) => r.count),
          served: kecamatanFigure(rows.ppks, k.id, (r) => r.served),
        }))
        .filter((k) => hasAny(k.count, k.served)),
    },
    psks: {
      byType,
      total: totals.psks,
      byKecamatan: kecamatan
        .map((k) => ({ kecamatan: k, count: kecamatanFigure(rows.psks, k.id, (r) => r.count) }))
        .filter((k) => k.count !== null),
    },
    assistance: {
      lines,
      byProgram: totals.assistanceByProgram,
      total: totals.assistance,
      byKecamatan: kecamatan
        .map((k) => ({
          kecamatan: k,
          recipients: kecamatanFigure(rows.assistance, k.id, (r) => r.recipients),
          value: kecamatanFigure(rows.assistance, k.id, (r) => r.value),
        }))
        .filter((k) => hasAny(k.recipients, k.value)),
    },
  };
}
