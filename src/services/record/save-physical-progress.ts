/**
 * Records the physical progress of a sub kegiatan at the end of a period:
 * a cumulative percentage, 0–100, kept as the exact decimal typed ("62,5").
 * Progress lower than an earlier period's is saved with a warning (a
 * correction is possible, but usually it is a typing slip).
 */
import { and, eq, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import { subKegiatan, subKegiatanProgress } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { assertPeriodOpen } from '../calendar/period-lock.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, notFound } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  checkPeriodFits,
  whenPeriodParsed,
  nonNegativeMeasuredNumber,
  optionalText,
  periodFields,
  yearInput,
} from './record-inputs.ts';
import { conflictOnDuplicate } from './unique-conflict.ts';

export const savePhysicalProgressInput = z
  .object({
    subKegiatanId: z.uuid(),
    year: yearInput,
    ...periodFields,
    percent: nonNegativeMeasuredNumber.refine((text) => Number(text) <= 100, { message: 'maksimal 100' }),
    note: optionalText(4000),
    version: z.number().int().positive().optional(),
  })
  .superRefine(checkPeriodFits, whenPeriodParsed);
export type SavePhysicalProgressInput = z.input<typeof savePhysicalProgressInput>;

export type ProgressWarning = {
  code: 'progress-decreased';
  earlierPeriodNo: number;
  earlierPercent: string;
  message: { id: string; en: string };
};

export type SavedPhysicalProgress = {
  id: string;
  subKegiatanId: string;
  year: number;
  periodKind: string;
  periodNo: number;
  percent: string;
  note: string | null;
  version: number;
  warnings: ProgressWarning[];
};

const TEXTS = { id: 'Progres fisik', en: 'Physical progress' };

export async function savePhysicalProgress(
  ctx: ServiceContext,
  input: unknown,
): Promise<SavedPhysicalProgress> {
  const data = parseInput(savePhysicalProgressInput, input);
  return inTransaction(ctx, async (tx) => {
    const [sub] = await tx
      .select({ agencyId: subKegiatan.agencyId })
      .from(subKegiatan)
      .where(eq(subKegiatan.id, data.subKegiatanId));
    if (!sub) throw notFound({ id: 'Sub kegiatan', en: 'Sub kegiatan' });
    await authorizeForAgency(tx, ctx, 'record.write', sub.agencyId);
    await assertPeriodOpen(tx, sub.agencyId, data.year, data.periodKind, data.periodNo);
    const ofYear = and(
      eq(subKegiatanProgress.subKegiatanId, data.subKegiatanId),
      eq(subKegiatanProgress.year, data.year),
    );
    const [otherKind] = await tx
      .select({ periodKind: subKegiatanProgress.periodKind })
      .from(subKegiatanProgress)
      .where(and(ofYear, ne(subKegiatanProgress.periodKind, data.periodKind)))
      .limit(1);
    if (otherKind)
      fieldError(
        'periodKind',
        `progres tahun ini sudah dicatat per ${otherKind.periodKind}`,
        `progress of this year is already recorded per ${otherKind.periodKind}`,
      );
    const [existing] = await tx
      .select()
      .from(subKegiatanProgress)
      .where(
        and(
          ofYear,
          eq(subKegiatanProgress.periodKind, data.periodKind),
          eq(subKegiatanProgress.periodNo, data.periodNo),
        ),
      );
    const now = ctx.now();
    const values = { physicalProgressPercent: data.percent, note: data.note };
    let row: typeof subKegiatanProgress.$inferSelect;
    if (data.version === undefined) {
      if (existing) throw conflict(TEXTS);
      const [inserted] = await conflictOnDuplicate(TEXTS, () =>
        tx
          .insert(subKegiatanProgress)
          .values({
            agencyId: sub.agencyId,
            subKegiatanId: data.subKegiatanId,
            year: data.year,
            periodKind: data.periodKind,
            periodNo: data.periodNo,
            ...values,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      row = inserted!;
    } else {
      if (!existing) throw notFound(TEXTS);
      row = await updateVersioned(tx, subKegiatanProgress, existing.id, data.version, values, TEXTS, now);
    }
    await recordAudit(tx, ctx, {
      action: 'physical_progress.saved',
      entityTable: 'sub_kegiatan_progress',
      entityId: row.id,
      agencyId: row.agencyId,
      before: existing ?? null,
      after: row,
    });
    const earlier = await tx
      .select({
        periodNo: subKegiatanProgress.periodNo,
        percent: subKegiatanProgress.physicalProgressPercent,
      })
      .from(subKegiatanProgress)
      .where(
        and(
          ofYear,
          eq(subKegiatanProgress.periodKind, data.periodKind),
          lt(subKegiatanProgress.periodNo, data.periodNo),
        ),
      );
    const higher = earlier
      .filter((e) => Number(e.percent) > Number(data.percent))
      .sort((a, b) => b.periodNo - a.periodNo)[0];
    const warnings: ProgressWarning[] = higher
      ? [
          {
            code: 'progress-decreased',
            earlierPeriodNo: higher.periodNo,
            earlierPercent: higher.percent,
            message: {
              id: `Progres fisik turun dari ${higher.percent}% (periode ${higher.periodNo}); progres bersifat kumulatif.`,
              en: `Physical progress fell from ${higher.percent}% (period ${higher.periodNo}); progress is cumulative.`,
            },
          },
        ]
      : [];
    return {
      id: row.id,
      subKegiatanId: row.subKegiatanId,
      year: row.year,
      periodKind: row.periodKind,
      periodNo: row.periodNo,
      percent: row.physicalProgressPercent,
      note: row.note,
      version: row.version,
      warnings,
    };
  });
}
