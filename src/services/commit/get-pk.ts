/**
 * A Perjanjian Kinerja with all its versions (original and perubahan), each
 * with its targets and budgets, and for each perubahan what changed against
 * the version before it: indicators whose target changed (or were added or
 * dropped), and budget items whose pagu changed.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orgUnit, perjanjianKinerja, pkVersion } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import {
  PK,
  toVersionResult,
  versionBudgets,
  versionTargets,
  type PkBudgetLevel,
  type PkBudgetResult,
  type PkTargetResult,
  type PkVersionResult,
} from './pk-rows.ts';

export const getPkInput = z.strictObject({ pkId: z.uuid() });
export type GetPkInput = z.input<typeof getPkInput>;

export type TargetShape = {
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
};

export type PkDiff = {
  /** The version compared against (number − 1). */
  againstNumber: number;
  targets: {
    indicatorId: string;
    indicatorCode: string;
    indicatorName: string;
    /** null: the indicator was added in this version. */
    oldTarget: TargetShape | null;
    /** null: the indicator was dropped in this version. */
    newTarget: TargetShape | null;
  }[];
  budgets: {
    level: PkBudgetLevel;
    id: string;
    code: string;
    name: string;
    oldPagu: number | null;
    newPagu: number | null;
  }[];
};

export type PkResult = {
  id: string;
  agencyId: string;
  orgUnitId: string;
  orgUnitName: string;
  year: number;
  parentPkId: string | null;
  version: number;
  versions: (PkVersionResult & { diff: PkDiff | null })[];
};

const shape = (t: PkTargetResult): TargetShape => ({
  value: t.value,
  low: t.low,
  high: t.high,
  grade: t.grade,
});

/** Same target: equal numbers (80.5 is 80.50) and the same grade. */
function sameTarget(a: TargetShape, b: TargetShape): boolean {
  const num = (x: string | null, y: string | null) =>
    x === null || y === null ? x === y : Number(x) === Number(y);
  return num(a.value, b.value) && num(a.low, b.low) && num(a.high, b.high) && a.grade === b.grade;
}

export function diffVersions(
  before: { number: number; targets: PkTargetResult[]; budgets: PkBudgetResult[] },
  after: { targets: PkTargetResult[]; budgets: PkBudgetResult[] },
): PkDiff {
  const targets: PkDiff['targets'] = [];
  const oldTargets = new Map(before.targets.map((t) => [t.indicatorId, t]));
  const newIds = new Set(after.targets.map((t) => t.indicatorId));
  for (const t of after.targets) {
    const old = oldTargets.get(t.indicatorId);
    if (old && sameTarget(shape(old), shape(t))) continue;
    targets.push({
      indicatorId: t.indicatorId,
      indicatorCode: t.indicatorCode,
      indicatorName: t.indicatorName,
      oldTarget: old ? shape(old) : null,
      newTarget: shape(t),
    });
  }
  for (const old of before.targets) {
    if (newIds.has(old.indicatorId)) continue;
    targets.push({
      indicatorId: old.indicatorId,
      indicatorCode: old.indicatorCode,
      indicatorName: old.indicatorName,
      oldTarget: shape(old),
      newTarget: null,
    });
  }
  const key = (b: PkBudgetResult) => `${b.level}:${b.id}`;
  const oldBudgets = new Map(before.budgets.map((b) => [key(b), b]));
  const newKeys = new Set(after.budgets.map(key));
  const budgets: PkDiff['budgets'] = [];
  for (const b of after.budgets) {
    const old = oldBudgets.get(key(b));
    if (old && old.amount === b.amount) continue;
    budgets.push({
      level: b.level,
      id: b.id,
      code: b.code,
      name: b.name,
      oldPagu: old?.amount ?? null,
      newPagu: b.amount,
    });
  }
  for (const old of before.budgets) {
    if (newKeys.has(key(old))) continue;
    budgets.push({
      level: old.level,
      id: old.id,
      code: old.code,
      name: old.name,
      oldPagu: old.amount,
      newPagu: null,
    });
  }
  return { againstNumber: before.number, targets, budgets };
}

export async function getPk(ctx: ServiceContext, input: unknown): Promise<PkResult> {
  const data = parseInput(getPkInput, input);
  return inTransaction(ctx, async (tx) => {
    const [found] = await tx
      .select({ pk: perjanjianKinerja, unitName: orgUnit.name })
      .from(perjanjianKinerja)
      .innerJoin(orgUnit, eq(perjanjianKinerja.orgUnitId, orgUnit.id))
      .where(eq(perjanjianKinerja.id, data.pkId));
    if (!found) throw notFound(PK);
    const pk = found.pk;
    await authorizeForAgency(tx, ctx, 'agency.read', pk.agencyId);
    const versionRows = await tx
      .select()
      .from(pkVersion)
      .where(eq(pkVersion.perjanjianKinerjaId, pk.id))
      .orderBy(asc(pkVersion.number));
    const ids = versionRows.map((v) => v.id);
    const targets = await versionTargets(tx, ids);
    const budgets = await versionBudgets(tx, ids);
    const versions = versionRows.map((v) =>
      toVersionResult(v, targets.get(v.id) ?? [], budgets.get(v.id) ?? []),
    );
    return {
      id: pk.id,
      agencyId: pk.agencyId,
      orgUnitId: pk.orgUnitId,
      orgUnitName: found.unitName,
      year: pk.year,
      parentPkId: pk.parentId,
      version: pk.version,
      versions: versions.map((v, i) => ({
        ...v,
        diff: v.kind === 'perubahan' && i > 0 ? diffVersions(versions[i - 1]!, v) : null,
      })),
    };
  });
}
