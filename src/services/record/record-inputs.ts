/**
 * Input pieces shared by the recording use cases: measured numbers typed the
 * Indonesian way ("74,53") kept as exact decimal text, integer Rupiah
 * ("1.234.567"), periods that fit their kind, and the acting user's id.
 */
import { z } from 'zod';
import { parseNumber, parseRupiah, roundedDecimalText, toPlainDecimal } from '../../domain/numbers.ts';
import { PERIOD_KINDS, type PeriodKind } from '../../store/schema/enums.ts';
import type { ServiceContext } from '../context.ts';

/** Significant digits a measured value may carry: beyond 15 a float cannot hold the text exactly. */
const MAX_SIGNIFICANT_DIGITS = 15;

export type DecimalText = { ok: true; text: string; value: number } | { ok: false; reason: string };

/**
 * A measured value as exact decimal text for a `numeric` column: "74,53" →
 * "74.53", "80,50" → "80.50" (the decimals typed are kept), 74.53 → "74.53".
 */
export function toDecimalText(input: number | string): DecimalText {
  const parsed = parseNumber(input);
  if (!parsed.ok) return parsed;
  if (typeof input === 'string') {
    const significant = input
      .replace(/[^0-9]/g, '')
      .replace(/^0+/, '')
      .replace(/0+$/, '');
    if (significant.length > MAX_SIGNIFICANT_DIGITS) {
      return { ok: false, reason: `"${input}" memuat lebih dari ${MAX_SIGNIFICANT_DIGITS} angka penting` };
    }
  }
  const text =
    typeof input === 'number'
      ? toPlainDecimal(parsed.value)
      : roundedDecimalText(parsed.value, parsed.decimals);
  return { ok: true, text, value: parsed.value };
}

/** A measured value typed as a number or Indonesian text; output: exact decimal text. */
export const measuredNumber = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const result = toDecimalText(input);
  if (result.ok) return result.text;
  ctx.addIssue({ code: 'custom', message: `bukan angka yang sah: ${result.reason}`, input });
  return z.NEVER;
});

/** A measured value that may not be negative (counts of units, percentages of progress). */
export const nonNegativeMeasuredNumber = measuredNumber.refine((text) => !text.startsWith('-'), {
  message: 'tidak boleh negatif',
});

/** Integer Rupiah, typed as a number or as "1.234.567" / "Rp 1.234.567,-"; never negative. */
export const rupiahAmount = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const parsed = parseRupiah(input);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `bukan jumlah Rupiah yang sah: ${parsed.reason}`, input });
    return z.NEVER;
  }
  if (parsed.value < 0) {
    ctx.addIssue({ code: 'custom', message: 'jumlah Rupiah tidak boleh negatif', input });
    return z.NEVER;
  }
  return parsed.value;
});

/** A count of people or resources: a whole number ≥ 0, typed as a number or "1.520". */
export const countNumber = z.union([z.number(), z.string()]).transform((input, ctx) => {
  const parsed = parseNumber(input);
  if (!parsed.ok || !Number.isSafeInteger(parsed.value) || parsed.value < 0 || parsed.value > 2_147_483_647) {
    ctx.addIssue({ code: 'custom', message: 'harus bilangan bulat 0 atau lebih', input });
    return z.NEVER;
  }
  return parsed.value;
});

export const yearInput = z.number().int().min(2000).max(2100);

/** Free text typed by people; blank becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((text) => (text === undefined || text === null || text.trim() === '' ? null : text.trim()));

/** How many periods of each kind a year has (periodNo runs from 1). */
export const PERIODS_PER_YEAR: Readonly<Record<PeriodKind, number>> = {
  month: 12,
  quarter: 4,
  semester: 2,
  year: 1,
};

export const periodFields = {
  periodKind: z.enum(PERIOD_KINDS),
  periodNo: z.number().int(),
};

/**
 * Runs the period check even when other fields failed (zod skips an object's
 * refinements otherwise), so one answer names every wrong field.
 */
export const whenPeriodParsed = {
  when: (payload: { value: unknown }): boolean => {
    const v = payload.value as { periodKind?: unknown; periodNo?: unknown } | null | undefined;
    return (
      typeof v?.periodNo === 'number' &&
      Number.isInteger(v.periodNo) &&
      (PERIOD_KINDS as readonly unknown[]).includes(v.periodKind)
    );
  },
};

/** Adds an issue on `periodNo` when it does not fit its kind (quarter 1–4, month 1–12, semester 1–2, year 1). */
export function checkPeriodFits(
  value: { periodKind: PeriodKind; periodNo: number },
  ctx: z.RefinementCtx,
): void {
  const max = PERIODS_PER_YEAR[value.periodKind];
  if (value.periodNo < 1 || value.periodNo > max) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodNo'],
      message:
        max === 1
          ? 'harus 1 untuk periode tahunan'
          : `harus 1 sampai ${max} untuk periode ${value.periodKind}`,
      input: value.periodNo,
    });
  }
}

/** The acting user for `*_by_user_id` columns; the system itself has no user row. */
export function actorUserId(ctx: ServiceContext): string | null {
  return ctx.actor.userId === 'system' ? null : ctx.actor.userId;
}
