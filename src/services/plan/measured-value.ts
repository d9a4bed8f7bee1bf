/**
 * Measured values as people type them (targets, baselines): a number or an
 * Indonesian string ("74,53", "1.234,5"), stored as the exact decimal text
 * the user gave after normalising the separators ("74,53" → "74.53",
 * "80,50" → "80.50"), never through a float's own digits.
 *
 * A target has the shape its indicator's polarity asks for: a value
 * (positive, negative), a range low/high (range) or a grade on the
 * indicator's ordinal scale (ordinal).
 */
import { z } from 'zod';
import { computeCapaian } from '../../domain/capaian.ts';
import { parseNumber, roundedDecimalText } from '../../domain/numbers.ts';
import type { Polarity } from '../../store/schema/enums.ts';
import type { OrdinalScale } from '../../store/schema/indicators.ts';
import type { FieldError, Texts } from '../errors.ts';
import { validationError } from '../errors.ts';

/** A decimal typed by a person: number or id-ID/plain text; becomes exact decimal text ("74.53"). */
export const decimalInput = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const parsed = parseNumber(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `bukan angka yang sah / not a valid number: ${parsed.reason}` });
    return z.NEVER;
  }
  return roundedDecimalText(parsed.value, parsed.decimals);
});

/** A grade of an ordinal scale, e.g. "BB" or "Madya". */
export const gradeInput = z.string().trim().min(1).max(40);

/** A target or end target as typed: exactly one shape is used, chosen by the indicator's polarity. */
export const targetShapeInput = z.strictObject({
  value: decimalInput.optional(),
  low: decimalInput.optional(),
  high: decimalInput.optional(),
  grade: gradeInput.optional(),
});
export type TargetShapeInput = z.output<typeof targetShapeInput>;

/** The columns a target row stores. */
export type TargetColumns = {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
};

export type Warning = { path: string; code: 'target-zero'; message: Texts };

function issue(path: string, id: string, en: string): FieldError {
  return { path, message: { id, en } };
}

/**
 * Checks that a target has the shape its polarity asks for and returns the
 * columns to store, or the field errors (paths under `path`).
 */
export function targetColumns(
  polarity: Polarity,
  scale: OrdinalScale | null,
  input: TargetShapeInput,
  path: string,
): { columns: TargetColumns; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const columns: TargetColumns = { value: null, low: null, high: null, grade: null };
  const given = (['value', 'low', 'high', 'grade'] as const).filter((k) => input[k] !== undefined);
  const extra = (allowed: readonly string[]) => {
    for (const key of given) {
      if (!allowed.includes(key)) {
        errors.push(
          issue(
            `${path}.${key}`,
            `tidak dipakai untuk indikator berpolaritas ${polarity}`,
            `is not used by a ${polarity} indicator`,
          ),
        );
      }
    }
  };
  switch (polarity) {
    case 'positive':
    case 'negative':
      extra(['value']);
      if (input.value === undefined) errors.push(issue(`${path}.value`, 'wajib diisi', 'is required'));
      else columns.value = input.value;
      break;
    case 'range':
      extra(['low', 'high']);
      if (input.low === undefined) errors.push(issue(`${path}.low`, 'wajib diisi', 'is required'));
      if (input.high === undefined) errors.push(issue(`${path}.high`, 'wajib diisi', 'is required'));
      if (input.low !== undefined && input.high !== undefined) {
        if (Number(input.low) > Number(input.high)) {
          errors.push(
            issue(`${path}.high`, 'harus tidak kurang dari batas bawah', 'must not be below the low bound'),
          );
        }
        columns.low = input.low;
        columns.high = input.high;
      }
      break;
    case 'ordinal': {
      extra(['grade']);
      if (input.grade === undefined) {
        errors.push(issue(`${path}.grade`, 'wajib diisi', 'is required'));
        break;
      }
      const grade = scale?.grades.find((g) => g.trim().toUpperCase() === input.grade!.toUpperCase());
      if (grade === undefined) {
        const list = scale?.grades.join(', ') ?? '';
        errors.push(issue(`${path}.grade`, `harus salah satu dari: ${list}`, `must be one of: ${list}`));
      } else columns.grade = grade;
      break;
    }
  }
  return { columns, errors };
}

/** Like `targetColumns`, throwing the validation error when the shape is wrong. */
export function requireTargetColumns(
  polarity: Polarity,
  scale: OrdinalScale | null,
  input: TargetShapeInput,
  path: string,
): TargetColumns {
  const { columns, errors } = targetColumns(polarity, scale, input, path);
  if (errors.length > 0) throw validationError(errors);
  return columns;
}

/**
 * A target of 0 is allowed (some indicators aim at zero cases) but, under the
 * default capaian policy of src/domain/capaian.ts (target zero:
 * 'unmeasurable'), capaian cannot be computed against it: the caller is
 * warned. The engine decides, so a change of policy changes the warning.
 * A range with a bound of 0 is measurable (inside the range is 100).
 */
export function zeroTargetWarning(polarity: Polarity, columns: TargetColumns, path: string): Warning | null {
  if ((polarity !== 'positive' && polarity !== 'negative') || columns.value === null) return null;
  if (Number(columns.value) !== 0) return null;
  const probe = computeCapaian({ polarity, target: { kind: 'value', value: 0 }, realisasi: 1 });
  if (probe.value !== null || probe.reason !== 'target-zero') return null;
  return {
    path,
    code: 'target-zero',
    message: {
      id: 'Target 0 disimpan, tetapi capaian tidak dapat dihitung terhadap target 0 (kebijakan capaian: target nol tidak terukur).',
      en: 'Target 0 is saved, but capaian cannot be computed against a target of 0 (capaian policy: a zero target is unmeasurable).',
    },
  };
}
