/**
 * The rules of one indicator row of a Renstra import, beside its planner
 * (plan-renstra-indicators.ts): how a row's fields become the indicator's
 * columns through the hand-entry rules (indicatorShapeColumns), what the
 * preview shows of a change, when two values are the same, and what a
 * stored indicator may not change (update-indicator's polarity lock, a
 * computed indicator's formula, the Data Sosial binding).
 */
import type { z } from 'zod';
import { derivationFromFormula } from '../../domain/formula-derivation.ts';
import type { Polarity } from '../../store/schema/enums.ts';
import { AppError, type Texts } from '../errors.ts';
import { indicatorShapeColumns, type indicatorFields } from '../plan/indicator-fields.ts';
import type { TargetColumns, TargetShapeInput } from '../plan/measured-value.ts';
import { socialFeedOf } from '../plan/social-binding.ts';
import { SHAPE_LOCKED } from '../plan/update-indicator.ts';
import { sameDecimal } from './plan-realisation-import.ts';
import type { IndicatorRow, RenstraImportFacts } from './renstra-import-facts.ts';
import {
  AGGREGATION_WORDS,
  FREQUENCY_WORDS,
  POLARITY_WORDS,
  parseRangeText,
  type IndicatorColumnKey,
} from './renstra-sheet.ts';
import { shownTarget, type IndicatorColumns } from './renstra-writes.ts';
import type { CellInput } from './workbook-cells.ts';

export type IndicatorInput = z.output<z.ZodObject<typeof indicatorFields>>;

/** The fields the preview names, each shown as one value. */
export const SHOWN: {
  label: string;
  keys: (keyof IndicatorColumns)[];
  show: (c: IndicatorColumns) => string | null;
}[] = [
  { label: 'nama', keys: ['name'], show: (c) => c.name },
  { label: 'satuan', keys: ['unit'], show: (c) => c.unit },
  { label: 'IKU', keys: ['isIku'], show: (c) => (c.isIku ? 'Ya' : 'Tidak') },
  { label: 'polaritas', keys: ['polarity'], show: (c) => POLARITY_WORDS[c.polarity][0]! },
  { label: 'urutan nilai', keys: ['ordinalScale'], show: (c) => c.ordinalScale?.grades.join(', ') ?? null },
  { label: 'definisi', keys: ['definition'], show: (c) => c.definition },
  { label: 'formula', keys: ['formula'], show: (c) => c.formula },
  { label: 'sumber data', keys: ['dataSource'], show: (c) => c.dataSource },
  {
    label: 'frekuensi pelaporan',
    keys: ['reportingFrequency'],
    show: (c) => FREQUENCY_WORDS[c.reportingFrequency][0]!,
  },
  {
    label: 'agregasi periode',
    keys: ['periodAggregation'],
    show: (c) => AGGREGATION_WORDS[c.periodAggregation][0]!,
  },
  {
    label: 'tahun baseline',
    keys: ['baselineYear'],
    show: (c) => (c.baselineYear === null ? null : String(c.baselineYear)),
  },
  {
    label: 'baseline',
    keys: ['baselineValue', 'baselineGrade'],
    show: (c) => shownTarget({ value: c.baselineValue, low: null, high: null, grade: c.baselineGrade }),
  },
  {
    label: 'target akhir',
    keys: ['endTargetValue', 'endTargetLow', 'endTargetHigh', 'endTargetGrade'],
    show: (c) =>
      shownTarget({
        value: c.endTargetValue,
        low: c.endTargetLow,
        high: c.endTargetHigh,
        grade: c.endTargetGrade,
      }),
  },
];

const DECIMAL_KEYS = new Set<keyof IndicatorColumns>([
  'baselineValue',
  'endTargetValue',
  'endTargetLow',
  'endTargetHigh',
]);

export function same(key: keyof IndicatorColumns, a: IndicatorColumns, b: IndicatorColumns): boolean {
  if (DECIMAL_KEYS.has(key)) return sameDecimal(a[key] as string | null, b[key] as string | null);
  if (key === 'ordinalScale')
    return JSON.stringify(a.ordinalScale?.grades ?? null) === JSON.stringify(b.ordinalScale?.grades ?? null);
  return a[key] === b[key];
}

export function sameTarget(a: TargetColumns, b: TargetColumns): boolean {
  return (
    sameDecimal(a.value, b.value) &&
    sameDecimal(a.low, b.low) &&
    sameDecimal(a.high, b.high) &&
    (a.grade ?? '').toUpperCase() === (b.grade ?? '').toUpperCase()
  );
}

export function storedColumns(row: IndicatorRow): IndicatorColumns {
  return {
    name: row.name,
    unit: row.unit,
    isIku: row.isIku,
    polarity: row.polarity,
    ordinalScale: row.ordinalScale,
    definition: row.definition,
    formula: row.formula,
    dataSource: row.dataSource,
    reportingFrequency: row.reportingFrequency,
    periodAggregation: row.periodAggregation,
    baselineYear: row.baselineYear,
    baselineValue: row.baselineValue,
    baselineGrade: row.baselineGrade,
    endTargetValue: row.endTargetValue,
    endTargetLow: row.endTargetLow,
    endTargetHigh: row.endTargetHigh,
    endTargetGrade: row.endTargetGrade,
  };
}

export function shapeOfStored(t: {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
}) {
  const shape: TargetShapeInput = {};
  if (t.value !== null) shape.value = t.value;
  if (t.low !== null) shape.low = t.low;
  if (t.high !== null) shape.high = t.high;
  if (t.grade !== null) shape.grade = t.grade;
  return Object.keys(shape).length === 0 ? undefined : shape;
}

/** A target cell as the raw shape its polarity reads (a number, a range text, a grade); null = malformed. */
export function rawShape(cell: Exclude<CellInput, null>, polarity: Polarity): Record<string, unknown> | null {
  if (polarity === 'ordinal') return { grade: String(cell) };
  if (polarity === 'range') {
    const range = typeof cell === 'string' ? parseRangeText(cell) : null;
    return range ? { low: range.low, high: range.high } : null;
  }
  return { value: cell };
}

/** The indicator's columns once baseline and end target have their polarity's shape (indicatorShapeColumns). */
export function columnsOf(
  data: IndicatorInput,
  polarity: Polarity,
  before: IndicatorRow | undefined,
  problem: (key: IndicatorColumnKey | 'end', expected: Texts) => void,
): IndicatorColumns | null {
  const scaleInput =
    data.ordinalScale ??
    (polarity === 'ordinal' && before?.ordinalScale ? { grades: before.ordinalScale.grades } : undefined);
  let shape: ReturnType<typeof indicatorShapeColumns>;
  try {
    shape = indicatorShapeColumns({
      polarity,
      ordinalScale: scaleInput ?? null,
      baseline:
        data.baseline ??
        (before
          ? shapeOfStored({ value: before.baselineValue, low: null, high: null, grade: before.baselineGrade })
          : undefined),
      endTarget:
        data.endTarget ??
        (before
          ? shapeOfStored({
              value: before.endTargetValue,
              low: before.endTargetLow,
              high: before.endTargetHigh,
              grade: before.endTargetGrade,
            })
          : undefined),
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const f of error.fields)
      problem(
        f.path.startsWith('baseline') ? 'baseline' : f.path.startsWith('endTarget') ? 'end' : 'grades',
        f.message,
      );
    return null;
  }
  // addIndicator's rule: a baseline names its year
  if (data.baseline !== undefined && data.baselineYear === undefined)
    problem('baselineYear', { id: 'wajib diisi bila ada baseline', en: 'is required with a baseline' });
  return {
    name: data.name,
    unit: data.unit,
    isIku: data.isIku ?? false,
    polarity,
    ordinalScale: shape.ordinalScale,
    definition: data.definition ?? null,
    formula: data.formula ?? null,
    dataSource: data.dataSource ?? null,
    reportingFrequency: data.reportingFrequency ?? 'quarterly',
    periodAggregation: data.periodAggregation,
    baselineYear: data.baselineYear ?? null,
    baselineValue: shape.baselineValue,
    baselineGrade: shape.baselineGrade,
    endTargetValue: shape.endTargetValue,
    endTargetLow: shape.endTargetLow,
    endTargetHigh: shape.endTargetHigh,
    endTargetGrade: shape.endTargetGrade,
  };
}

export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === null || value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/**
 * The rules of changing a stored indicator: polarity and ordinal scale only
 * while it has no Renstra or PK target; a computed indicator's formula must
 * still read its components (and a Data Sosial binding stays valid).
 */
export function checkExisting(
  facts: RenstraImportFacts,
  before: IndicatorRow,
  next: IndicatorColumns,
  cells: Record<IndicatorColumnKey, CellInput>,
  problem: (key: IndicatorColumnKey, found: CellInput, expected: Texts) => void,
): void {
  const scaleChanged =
    JSON.stringify(before.ordinalScale?.grades ?? null) !== JSON.stringify(next.ordinalScale?.grades ?? null);
  if (next.polarity !== before.polarity || scaleChanged) {
    const hasTargets = (facts.targets.get(before.id) ?? []).length > 0 || facts.committed.has(before.id);
    if (hasTargets) {
      const k = next.polarity !== before.polarity ? 'polarity' : 'grades';
      const was =
        k === 'polarity'
          ? POLARITY_WORDS[before.polarity][0]!
          : (before.ordinalScale?.grades.join(', ') ?? '');
      problem(k, cells[k], {
        id: `${was} (${SHAPE_LOCKED.id})`,
        en: `${was} (${SHAPE_LOCKED.en})`,
      });
    }
  }
  const components = facts.components.get(before.id) ?? [];
  if (components.length === 0 || next.formula === before.formula) return;
  const codes = components.map((c) => c.code);
  if (
    derivationFromFormula(before.formula, codes) !== null &&
    derivationFromFormula(next.formula, codes) === null
  ) {
    problem('formula', cells.formula, {
      id: `rumus yang memakai kode komponen (${codes.join(', ')}), karena realisasinya dihitung dari komponen`,
      en: `a formula over the component codes (${codes.join(', ')}), as its realisations are computed from them`,
    });
    return;
  }
  try {
    socialFeedOf({
      formula: next.formula,
      components: components.map((c) => ({ code: c.code, source: c.source })),
      currentFeed: before.feed,
      pathOf: () => 'formula',
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const f of error.fields) problem('formula', cells.formula, f.message);
  }
}
