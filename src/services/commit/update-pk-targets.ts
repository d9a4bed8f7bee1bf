/**
 * Changes a draft PK version: sets targets (upsert by indicator, in the shape
 * the indicator's polarity asks for), removes targets, and sets budget
 * amounts (upsert by program, kegiatan or sub kegiatan). Only a draft can
 * change (a submitted or signed version → invalid-state); the version's
 * `version` guards against lost updates (stale → conflict, nothing changed).
 * Indicators and budget items must belong to the PK's Renstra period.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { parseRupiah } from '../../domain/numbers.ts';
import {
  indicator,
  kegiatan,
  pkBudget,
  pkTarget,
  pkVersion,
  program,
  renstraPeriod,
  subKegiatan,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError, type FieldError } from '../errors.ts';
import {
  decimalInput,
  gradeInput,
  targetColumns,
  zeroTargetWarning,
  type Warning,
} from '../plan/measured-value.ts';
import { withStoreErrors } from '../plan/store-errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  loadPkVersion,
  PK_VERSION,
  pkVersionResult,
  requireStatus,
  type PkVersionResult,
} from './pk-rows.ts';

const rupiahInput = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const parsed = parseRupiah(raw);
  if (!parsed.ok || parsed.value < 0) {
    ctx.addIssue({
      code: 'custom',
      message: `bukan jumlah Rupiah yang sah / not a valid Rupiah amount${parsed.ok ? '' : `: ${parsed.reason}`}`,
    });
    return z.NEVER;
  }
  return parsed.value;
});

export const updatePkTargetsInput = z.strictObject({
  pkVersionId: z.uuid(),
  version: z.number().int().min(1),
  targets: z
    .array(
      z.strictObject({
        indicatorId: z.uuid(),
        value: decimalInput.optional(),
        low: decimalInput.optional(),
        high: decimalInput.optional(),
        grade: gradeInput.optional(),
      }),
    )
    .max(200)
    .optional(),
  removeIndicatorIds: z.array(z.uuid()).max(200).optional(),
  budgets: z
    .array(
      z
        .strictObject({
          programId: z.uuid().optional(),
          kegiatanId: z.uuid().optional(),
          subKegiatanId: z.uuid().optional(),
          amount: rupiahInput,
        })
        .refine((b) => [b.programId, b.kegiatanId, b.subKegiatanId].filter(Boolean).length === 1, {
          path: ['programId'],
          message:
            'isi tepat satu: programId, kegiatanId atau subKegiatanId / give exactly one of programId, kegiatanId, subKegiatanId',
        }),
    )
    .max(200)
    .optional(),
});
export type UpdatePkTargetsInput = z.input<typeof updatePkTargetsInput>;

export type UpdatePkTargetsResult = { version: PkVersionResult; warnings: Warning[] };

export async function updatePkTargets(ctx: ServiceContext, input: unknown): Promise<UpdatePkTargetsResult> {
  const data = parseInput(updatePkTargetsInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const { version: row, pk } = await loadPkVersion(tx, data.pkVersionId);
      await authorizeForAgency(tx, ctx, 'pk.write', row.agencyId);
      requireStatus(row, ['draft'], { id: 'diubah', en: 'changed' });
      const before = await pkVersionResult(tx, row);

      const errors: FieldError[] = [];
      const warnings: Warning[] = [];
      const targets = data.targets ?? [];
      const indicatorRows =
        targets.length === 0
          ? []
          : await tx
              .select({ indicator, startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
              .from(indicator)
              .innerJoin(renstraPeriod, eq(indicator.renstraPeriodId, renstraPeriod.id))
              .where(inArray(indicator.id, [...new Set(targets.map((t) => t.indicatorId))]));
      const known = new Map(indicatorRows.map((r) => [r.indicator.id, r]));
      const seen = new Set<string>();
      const planned = targets.flatMap((t, i) => {
        const path = `targets[${i}]`;
        const found = known.get(t.indicatorId);
        if (
          !found ||
          found.indicator.agencyId !== row.agencyId ||
          pk.year < found.startYear ||
          pk.year > found.endYear
        ) {
          errors.push({
            path: `${path}.indicatorId`,
            message: {
              id: `indikator tidak ditemukan di Renstra tahun ${pk.year} perangkat daerah ini`,
              en: `indicator not found in this agency's Renstra for ${pk.year}`,
            },
          });
          return [];
        }
        if (seen.has(t.indicatorId)) {
          errors.push({
            path: `${path}.indicatorId`,
            message: { id: 'indikator disebut dua kali', en: 'indicator is given twice' },
          });
        }
        seen.add(t.indicatorId);
        const shape = targetColumns(found.indicator.polarity, found.indicator.ordinalScale, t, path);
        errors.push(...shape.errors);
        const warning = zeroTargetWarning(found.indicator.polarity, shape.columns, `${path}.value`);
        if (warning) warnings.push(warning);
        return [{ indicatorId: t.indicatorId, columns: shape.columns }];
      });

      const budgets = data.budgets ?? [];
      for (const [i, b] of budgets.entries()) {
        const [table, id, field] = b.programId
          ? ([program, b.programId, 'programId'] as const)
          : b.kegiatanId
            ? ([kegiatan, b.kegiatanId, 'kegiatanId'] as const)
            : ([subKegiatan, b.subKegiatanId!, 'subKegiatanId'] as const);
        const [found] = await tx.select({ agencyId: table.agencyId }).from(table).where(eq(table.id, id));
        if (!found || found.agencyId !== row.agencyId) {
          errors.push({
            path: `budgets[${i}].${field}`,
            message: { id: 'tidak ditemukan di perangkat daerah ini', en: 'not found in this agency' },
          });
        }
      }
      if (errors.length > 0) throw validationError(errors);

      // The version check first: a stale write changes nothing.
      const updated = await updateVersioned(tx, pkVersion, row.id, data.version, {}, PK_VERSION, ctx.now());
      const now = ctx.now();
      const existingTargets = await tx.select().from(pkTarget).where(eq(pkTarget.pkVersionId, row.id));
      let nextOrder = existingTargets.reduce((max, t) => Math.max(max, t.sortOrder + 1), 0);
      for (const t of planned) {
        const current = existingTargets.find((e) => e.indicatorId === t.indicatorId);
        if (current) {
          await tx
            .update(pkTarget)
            .set({ ...t.columns, version: current.version + 1, updatedAt: now })
            .where(eq(pkTarget.id, current.id));
        } else {
          await tx.insert(pkTarget).values({
            agencyId: row.agencyId,
            pkVersionId: row.id,
            indicatorId: t.indicatorId,
            ...t.columns,
            sortOrder: nextOrder++,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      if ((data.removeIndicatorIds ?? []).length > 0) {
        await tx
          .delete(pkTarget)
          .where(
            and(eq(pkTarget.pkVersionId, row.id), inArray(pkTarget.indicatorId, data.removeIndicatorIds!)),
          );
      }
      const existingBudgets = await tx.select().from(pkBudget).where(eq(pkBudget.pkVersionId, row.id));
      let nextBudgetOrder = existingBudgets.reduce((max, b) => Math.max(max, b.sortOrder + 1), 0);
      for (const b of budgets) {
        const current = existingBudgets.find(
          (e) =>
            e.programId === (b.programId ?? null) &&
            e.kegiatanId === (b.kegiatanId ?? null) &&
            e.subKegiatanId === (b.subKegiatanId ?? null),
        );
        if (current) {
          await tx
            .update(pkBudget)
            .set({ amount: b.amount, version: current.version + 1, updatedAt: now })
            .where(eq(pkBudget.id, current.id));
        } else {
          await tx.insert(pkBudget).values({
            agencyId: row.agencyId,
            pkVersionId: row.id,
            programId: b.programId ?? null,
            kegiatanId: b.kegiatanId ?? null,
            subKegiatanId: b.subKegiatanId ?? null,
            amount: b.amount,
            sortOrder: nextBudgetOrder++,
            createdAt: now,
            updatedAt: now,
          });
        }
      }
      const after = await pkVersionResult(tx, updated);
      await recordAudit(tx, ctx, {
        action: 'pk_version.updated',
        entityTable: 'pk_version',
        entityId: row.id,
        agencyId: row.agencyId,
        before,
        after,
      });
      return { version: after, warnings };
    }),
  );
}
