/**
 * The Perjanjian Kinerja of an agency-year, unit by unit: the agency's
 * organisation tree (eselon II → III → IV, in tree order with each unit's
 * depth) and, per unit, its PK of that year when there is one — the latest
 * version's number, kind and status, and how many targets it holds — so a
 * reader sees the cascade at a glance and opens one PK with getPk. Also the
 * Renstra period that covers the year (a PK draft is built from it; none: no
 * PK can be drafted for the year).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Echelon, PkStatus, PkVersionKind } from '../../store/schema/enums.ts';
import { orgUnit, perjanjianKinerja, pkTarget, pkVersion, renstraPeriod } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

export const listAgencyPksInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
});
export type ListAgencyPksInput = z.input<typeof listAgencyPksInput>;

export type UnitPkSummary = {
  id: string;
  parentPkId: string | null;
  versionCount: number;
  /** null only for a PK stored without any version (the use cases always create version 1). */
  latest: {
    id: string;
    number: number;
    kind: PkVersionKind;
    status: PkStatus;
    targetCount: number;
    signedOn: string | null;
  } | null;
};

export type AgencyPkUnit = {
  orgUnitId: string;
  parentId: string | null;
  name: string;
  echelon: Echelon;
  /** 0 for the top unit (the Kepala Dinas), 1 below it, … */
  depth: number;
  pk: UnitPkSummary | null;
};

export type AgencyPkList = {
  agencyId: string;
  year: number;
  renstraPeriod: { id: string; startYear: number; endYear: number } | null;
  units: AgencyPkUnit[];
};

type UnitRow = typeof orgUnit.$inferSelect;

/** The units depth-first, siblings by sort order then name; units whose parent is missing start a tree. */
function inTreeOrder(units: UnitRow[]): { unit: UnitRow; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, UnitRow[]>();
  for (const u of units) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const ordered: { unit: UnitRow; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (x, y) => x.sortOrder - y.sortOrder || x.name.localeCompare(y.name, 'id'),
    );
    for (const unit of list) {
      ordered.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

export async function listAgencyPks(ctx: ServiceContext, input: unknown): Promise<AgencyPkList> {
  const data = parseInput(listAgencyPksInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const units = await tx.select().from(orgUnit).where(eq(orgUnit.agencyId, data.agencyId));
    const [period] = await tx
      .select({ id: renstraPeriod.id, startYear: renstraPeriod.startYear, endYear: renstraPeriod.endYear })
      .from(renstraPeriod)
      .where(and(eq(renstraPeriod.agencyId, data.agencyId), periodCoversYear(data.year)))
      .limit(1);
    const pks = await tx
      .select()
      .from(perjanjianKinerja)
      .where(and(eq(perjanjianKinerja.agencyId, data.agencyId), eq(perjanjianKinerja.year, data.year)));
    const versions =
      pks.length === 0
        ? []
        : await tx
            .select()
            .from(pkVersion)
            .where(
              inArray(
                pkVersion.perjanjianKinerjaId,
                pks.map((p) => p.id),
              ),
            )
            .orderBy(asc(pkVersion.number));
    const latestOf = new Map<string, typeof pkVersion.$inferSelect>();
    const countOf = new Map<string, number>();
    for (const v of versions) {
      latestOf.set(v.perjanjianKinerjaId, v);
      countOf.set(v.perjanjianKinerjaId, (countOf.get(v.perjanjianKinerjaId) ?? 0) + 1);
    }
    const latestIds = [...latestOf.values()].map((v) => v.id);
    const targets =
      latestIds.length === 0
        ? []
        : await tx
            .select({ pkVersionId: pkTarget.pkVersionId })
            .from(pkTarget)
            .where(inArray(pkTarget.pkVersionId, latestIds));
    const targetCount = new Map<string, number>();
    for (const t of targets) targetCount.set(t.pkVersionId, (targetCount.get(t.pkVersionId) ?? 0) + 1);
    const pkOfUnit = new Map(pks.map((p) => [p.orgUnitId, p]));

    return {
      agencyId: data.agencyId,
      year: data.year,
      renstraPeriod: period ?? null,
      units: inTreeOrder(units).map(({ unit, depth }): AgencyPkUnit => {
        const pk = pkOfUnit.get(unit.id);
        const latest = pk ? latestOf.get(pk.id) : undefined;
        return {
          orgUnitId: unit.id,
          parentId: unit.parentId,
          name: unit.name,
          echelon: unit.echelon,
          depth,
          pk: pk
            ? {
                id: pk.id,
                parentPkId: pk.parentId,
                versionCount: countOf.get(pk.id) ?? 0,
                latest: latest
                  ? {
                      id: latest.id,
                      number: latest.number,
                      kind: latest.kind,
                      status: latest.status,
                      targetCount: targetCount.get(latest.id) ?? 0,
                      signedOn: latest.signedOn,
                    }
                  : null,
              }
            : null,
        };
      }),
    };
  });
}
