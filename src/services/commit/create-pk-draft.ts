/**
 * Starts a unit's Perjanjian Kinerja for a year: version 1 ('original',
 * 'draft'), filled from the plan.
 *
 * - Targets: the Renstra targets of that year for the indicators the unit
 *   answers for. The top unit (no parent: the Kepala Dinas) answers for every
 *   sasaran indicator; a unit below answers for the indicators it reports
 *   (`indicator.org_unit_id`) or, when an indicator names no unit, whose
 *   owner (sasaran, program, kegiatan, sub kegiatan) is assigned to it.
 *   An indicator without a target for the year is listed in
 *   `indicatorsWithoutTarget` (the draft can take its target later).
 * - Budgets: the pagu of the year from the budget lines (pagu perubahan when
 *   the budget was revised, else pagu murni), rolled up by the domain
 *   (src/domain/budget-rollup.ts): every program for the top unit; for a unit
 *   below, the programs, kegiatan and sub kegiatan assigned to it. Lines
 *   without a budget in that year are left out.
 * - Cascade: `parentPkId` (or, when omitted, the parent unit's PK of the same
 *   year if there is one) must be the PK of the unit directly above.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { rollUpBudget, type BudgetNode, type RolledUpNode } from '../../domain/budget-rollup.ts';
import { assertRupiah } from '../../domain/numbers.ts';
import type { Database } from '../../store/database.ts';
import {
  budgetLine,
  indicator,
  indicatorTarget,
  kegiatan,
  orgUnit,
  perjanjianKinerja,
  pkBudget,
  pkTarget,
  pkVersion,
  program,
  renstraPeriod,
  sasaranStrategis,
  subKegiatan,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { fieldIssue, loadReference, WHAT } from '../plan/renstra-rows.ts';
import { withStoreErrors } from '../plan/store-errors.ts';
import { parseInput } from '../validate.ts';
import { pkVersionResult, type PkVersionResult } from './pk-rows.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

export const createPkDraftInput = z.strictObject({
  agencyId: z.uuid(),
  orgUnitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  parentPkId: z.uuid().optional(),
});
export type CreatePkDraftInput = z.input<typeof createPkDraftInput>;

export type CreatePkDraftResult = {
  pkId: string;
  parentPkId: string | null;
  orgUnitId: string;
  year: number;
  version: PkVersionResult;
  /** Indicators the unit answers for that have no Renstra target for the year. */
  indicatorsWithoutTarget: { indicatorId: string; code: string }[];
};

type BudgetItem = { level: 'program' | 'kegiatan' | 'subKegiatan'; id: string; code: string; amount: number };

/** Pagu per program, kegiatan and sub kegiatan of the period in `year`, rolled up by the domain. */
async function paguOfYear(tx: Database, renstraPeriodId: string, year: number) {
  const programs = await tx.select().from(program).where(eq(program.renstraPeriodId, renstraPeriodId));
  const programIds = programs.map((p) => p.id);
  const kegiatans =
    programIds.length === 0
      ? []
      : await tx.select().from(kegiatan).where(inArray(kegiatan.programId, programIds));
  const kegiatanIds = kegiatans.map((k) => k.id);
  const subs =
    kegiatanIds.length === 0
      ? []
      : await tx.select().from(subKegiatan).where(inArray(subKegiatan.kegiatanId, kegiatanIds));
  const subIds = subs.map((s) => s.id);
  const lines =
    subIds.length === 0
      ? []
      : await tx
          .select()
          .from(budgetLine)
          .where(and(inArray(budgetLine.subKegiatanId, subIds), eq(budgetLine.year, year)));
  const paguOfSub = new Map<string, number>();
  for (const line of lines) {
    const amount = (paguOfSub.get(line.subKegiatanId) ?? 0) + (line.paguPerubahan ?? line.paguMurni);
    assertRupiah(amount);
    paguOfSub.set(line.subKegiatanId, amount);
  }
  type Tagged = { node: BudgetNode; id: string; level: BudgetItem['level']; orgUnitId: string | null };
  const byCode = (x: { code: string }, y: { code: string }) =>
    x.code.localeCompare(y.code, 'en', { numeric: true });
  const tree: { program: Tagged; kegiatan: { kegiatan: Tagged; subs: Tagged[] }[] }[] = [];
  for (const p of [...programs].sort(byCode)) {
    const kegs = kegiatans
      .filter((k) => k.programId === p.id)
      .sort(byCode)
      .map((k) => {
        const funded = subs
          .filter((s) => s.kegiatanId === k.id && paguOfSub.has(s.id))
          .sort(byCode)
          .map((s): Tagged => ({
            id: s.id,
            level: 'subKegiatan',
            orgUnitId: s.orgUnitId,
            node: {
              code: s.code,
              level: 'subkegiatan',
              name: s.name,
              pagu: paguOfSub.get(s.id)!,
              realisasi: null,
              children: [],
            },
          }));
        return {
          kegiatan: {
            id: k.id,
            level: 'kegiatan' as const,
            orgUnitId: k.orgUnitId,
            node: {
              code: k.code,
              level: 'kegiatan' as const,
              name: k.name,
              pagu: null,
              realisasi: null,
              children: funded.map((f) => f.node),
            },
          },
          subs: funded,
        };
      })
      .filter((k) => k.subs.length > 0);
    if (kegs.length === 0) continue;
    tree.push({
      program: {
        id: p.id,
        level: 'program',
        orgUnitId: p.orgUnitId,
        node: {
          code: p.code,
          level: 'program',
          name: p.name,
          pagu: null,
          realisasi: null,
          children: kegs.map((k) => k.kegiatan.node),
        },
      },
      kegiatan: kegs,
    });
  }
  const rolled = rollUpBudget(tree.map((t) => t.program.node)).items;
  const items: (BudgetItem & { orgUnitId: string | null })[] = [];
  const push = (tagged: Tagged, node: RolledUpNode) => {
    if (node.pagu !== null) {
      items.push({
        level: tagged.level,
        id: tagged.id,
        code: tagged.node.code,
        amount: node.pagu,
        orgUnitId: tagged.orgUnitId,
      });
    }
  };
  tree.forEach((t, i) => {
    const pNode = rolled[i]!;
    push(t.program, pNode);
    t.kegiatan.forEach((k, j) => {
      const kNode = pNode.children[j]!;
      push(k.kegiatan, kNode);
      k.subs.forEach((s, m) => push(s, kNode.children[m]!));
    });
  });
  return items;
}

export async function createPkDraft(ctx: ServiceContext, input: unknown): Promise<CreatePkDraftResult> {
  const data = parseInput(createPkDraftInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      await authorizeForAgency(tx, ctx, 'pk.write', data.agencyId);
      const unit = await loadReference(tx, orgUnit, data.orgUnitId, data.agencyId, 'orgUnitId', WHAT.orgUnit);
      const [period] = await tx
        .select()
        .from(renstraPeriod)
        .where(and(eq(renstraPeriod.agencyId, data.agencyId), periodCoversYear(data.year)));
      if (!period) {
        throw fieldIssue(
          'year',
          `tidak ada Renstra perangkat daerah ini yang mencakup tahun ${data.year}`,
          `no Renstra of this agency covers ${data.year}`,
        );
      }
      const existing = await tx
        .select({ id: perjanjianKinerja.id })
        .from(perjanjianKinerja)
        .where(and(eq(perjanjianKinerja.orgUnitId, unit.id), eq(perjanjianKinerja.year, data.year)));
      if (existing.length > 0) {
        throw new AppError('conflict', {
          id: `Unit ini sudah memiliki Perjanjian Kinerja tahun ${data.year}; ubah draf itu atau buat versi perubahan.`,
          en: `This unit already has a Perjanjian Kinerja for ${data.year}; edit that draft or create a perubahan version.`,
        });
      }

      // Cascade: the PK of the unit directly above, same year.
      let parentPkId: string | null = null;
      if (data.parentPkId !== undefined) {
        const [parent] = await tx
          .select()
          .from(perjanjianKinerja)
          .where(eq(perjanjianKinerja.id, data.parentPkId));
        if (
          !parent ||
          parent.agencyId !== data.agencyId ||
          parent.year !== data.year ||
          parent.orgUnitId !== unit.parentId
        ) {
          throw fieldIssue(
            'parentPkId',
            'harus Perjanjian Kinerja unit di atasnya pada tahun yang sama',
            'must be the PK of the unit directly above, for the same year',
          );
        }
        parentPkId = parent.id;
      } else if (unit.parentId !== null) {
        const [parent] = await tx
          .select({ id: perjanjianKinerja.id })
          .from(perjanjianKinerja)
          .where(and(eq(perjanjianKinerja.orgUnitId, unit.parentId), eq(perjanjianKinerja.year, data.year)));
        parentPkId = parent?.id ?? null;
      }

      // The indicators the unit answers for.
      const isTop = unit.parentId === null;
      const rows = await tx
        .select({
          indicator,
          sasaranOrder: sasaranStrategis.sortOrder,
          sasaranCode: sasaranStrategis.code,
          sasaranUnit: sasaranStrategis.orgUnitId,
          programUnit: program.orgUnitId,
          kegiatanUnit: kegiatan.orgUnitId,
          subUnit: subKegiatan.orgUnitId,
        })
        .from(indicator)
        .leftJoin(sasaranStrategis, eq(indicator.sasaranStrategisId, sasaranStrategis.id))
        .leftJoin(program, eq(indicator.programId, program.id))
        .leftJoin(kegiatan, eq(indicator.kegiatanId, kegiatan.id))
        .leftJoin(subKegiatan, eq(indicator.subKegiatanId, subKegiatan.id))
        .where(eq(indicator.renstraPeriodId, period.id));
      const answered = rows
        .filter((r) =>
          isTop
            ? r.indicator.sasaranStrategisId !== null
            : (r.indicator.orgUnitId ?? r.sasaranUnit ?? r.programUnit ?? r.kegiatanUnit ?? r.subUnit) ===
              unit.id,
        )
        .sort(
          (x, y) =>
            (x.sasaranOrder ?? 0) - (y.sasaranOrder ?? 0) ||
            (x.sasaranCode ?? '').localeCompare(y.sasaranCode ?? '', 'en', { numeric: true }) ||
            x.indicator.sortOrder - y.indicator.sortOrder ||
            x.indicator.code.localeCompare(y.indicator.code, 'en', { numeric: true }),
        )
        .map((r) => r.indicator);
      const targets =
        answered.length === 0
          ? []
          : await tx
              .select()
              .from(indicatorTarget)
              .where(
                and(
                  inArray(
                    indicatorTarget.indicatorId,
                    answered.map((i) => i.id),
                  ),
                  eq(indicatorTarget.year, data.year),
                ),
              );
      const targetOf = new Map(targets.map((t) => [t.indicatorId, t]));

      const budgets = (await paguOfYear(tx, period.id, data.year)).filter((b) =>
        isTop ? b.level === 'program' : b.orgUnitId === unit.id,
      );

      const now = ctx.now();
      const [pk] = await tx
        .insert(perjanjianKinerja)
        .values({
          agencyId: data.agencyId,
          orgUnitId: unit.id,
          year: data.year,
          parentId: parentPkId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const [v1] = await tx
        .insert(pkVersion)
        .values({
          agencyId: data.agencyId,
          perjanjianKinerjaId: pk!.id,
          number: 1,
          kind: 'original',
          status: 'draft',
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const targetRows = answered.flatMap((ind, i) => {
        const t = targetOf.get(ind.id);
        return t
          ? [
              {
                agencyId: data.agencyId,
                pkVersionId: v1!.id,
                indicatorId: ind.id,
                value: t.value,
                low: t.low,
                high: t.high,
                grade: t.grade,
                sortOrder: i,
                createdAt: now,
                updatedAt: now,
              },
            ]
          : [];
      });
      if (targetRows.length > 0) await tx.insert(pkTarget).values(targetRows);
      if (budgets.length > 0) {
        await tx.insert(pkBudget).values(
          budgets.map((b, i) => ({
            agencyId: data.agencyId,
            pkVersionId: v1!.id,
            programId: b.level === 'program' ? b.id : null,
            kegiatanId: b.level === 'kegiatan' ? b.id : null,
            subKegiatanId: b.level === 'subKegiatan' ? b.id : null,
            amount: b.amount,
            sortOrder: i,
            createdAt: now,
            updatedAt: now,
          })),
        );
      }
      const version = await pkVersionResult(tx, v1!);
      const result: CreatePkDraftResult = {
        pkId: pk!.id,
        parentPkId,
        orgUnitId: unit.id,
        year: data.year,
        version,
        indicatorsWithoutTarget: answered
          .filter((ind) => !targetOf.has(ind.id))
          .map((ind) => ({ indicatorId: ind.id, code: ind.code })),
      };
      await recordAudit(tx, ctx, {
        action: 'perjanjian_kinerja.created',
        entityTable: 'perjanjian_kinerja',
        entityId: pk!.id,
        agencyId: data.agencyId,
        after: { orgUnitId: unit.id, year: data.year, parentId: parentPkId },
      });
      await recordAudit(tx, ctx, {
        action: 'pk_version.created',
        entityTable: 'pk_version',
        entityId: v1!.id,
        agencyId: data.agencyId,
        after: version,
      });
      return result;
    }),
  );
}
