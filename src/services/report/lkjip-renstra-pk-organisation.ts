/**
 * The plan and people parts of an LKjIP source (load-lkjip-source.ts): the
 * Renstra (visi, misi, tujuan, indicators with formula and data source, from
 * `getRenstraTree`), the organisation chart with each unit's head and task,
 * the agency's head serving at the end of the year, and the signed PK
 * versions of the year as the PK document builder takes them (`pkSourceOf`
 * is also used by load-pk-document-source.ts).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { LkjipSource, Person } from '../../report/build-lkjip.ts';
import type { PkSource } from '../../report/build-pk.ts';
import type { Database } from '../../store/database.ts';
import {
  indicator as indicatorTable,
  narrative,
  orgUnit,
  perjanjianKinerja,
  position,
  sasaranStrategis,
  signatory,
} from '../../store/schema/index.ts';
import { getPk, type PkResult } from '../commit/get-pk.ts';
import type { ServiceContext } from '../context.ts';
import type { RenstraTree, TreeSasaran } from '../plan/get-renstra-tree.ts';
import { NARRATIVE_SECTIONS } from './report-labels.ts';

export function allSasaran(tree: RenstraTree): TreeSasaran[] {
  return [
    ...tree.misi.flatMap((m) => m.tujuan.flatMap((t) => t.sasaran)),
    ...tree.tujuanWithoutMisi.flatMap((t) => t.sasaran),
    ...tree.sasaranWithoutTujuan,
  ];
}

export function renstraOf(
  tree: RenstraTree,
  agencyName: string,
  indicatorKey: Map<string, string>,
): NonNullable<LkjipSource['renstra']> {
  const { startYear, endYear } = tree.period;
  return {
    name: `Renstra ${agencyName} ${startYear}-${endYear}`,
    visi: tree.period.visi,
    misi: tree.misi.map((m) => m.statement),
    tujuan: [...tree.misi.flatMap((m) => m.tujuan), ...tree.tujuanWithoutMisi].map((t) => t.statement),
    indicators: allSasaran(tree).flatMap((s) =>
      s.indicators.map((i) => ({
        id: indicatorKey.get(i.id) ?? i.code,
        formula: i.formula,
        dataSource: i.dataSource,
        definition: i.definition,
        iku: i.isIku,
      })),
    ),
  };
}

type Units = { rows: NonNullable<LkjipSource['organisation']>; topUnitId: string | null };

/** Units depth first with their head's title; a unit's task is the year's `bab1.tugas_fungsi.*` text "Unit: task". */
export async function organisationOf(tx: Database, agencyId: string, year: number): Promise<Units> {
  const tasks = (
    await tx
      .select({ section: narrative.section, body: narrative.body })
      .from(narrative)
      .where(and(eq(narrative.agencyId, agencyId), eq(narrative.year, year)))
  ).filter((n) => n.section.startsWith(`${NARRATIVE_SECTIONS.tugasFungsi!.section}.`));
  const taskOf = (name: string) => {
    const found = tasks.find((t) => t.body.startsWith(`${name}: `));
    return found ? found.body.slice(name.length + 2).trim() : null;
  };
  const units = await tx
    .select()
    .from(orgUnit)
    .where(eq(orgUnit.agencyId, agencyId))
    .orderBy(asc(orgUnit.sortOrder), asc(orgUnit.name));
  const heads = await tx
    .select({ orgUnitId: position.orgUnitId, title: position.title })
    .from(position)
    .where(and(eq(position.agencyId, agencyId), eq(position.isHead, true)));
  const headTitle = new Map(heads.map((h) => [h.orgUnitId, h.title]));
  const children = new Map<string | null, typeof units>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const rows: Units['rows'] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const u of children.get(parentId) ?? []) {
      rows.push({
        name: u.name,
        headTitle: headTitle.get(u.id) ?? '-',
        eselon: u.echelon,
        depth,
        task: taskOf(u.name),
      });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  const top = children.get(null)?.[0] ?? null;
  return { rows, topUnitId: top?.id ?? null };
}

/** The head of the agency (the top unit's head position) serving at the end of the year. */
export async function headOf(
  tx: Database,
  agencyId: string,
  topUnitId: string | null,
  year: number,
): Promise<Person | null> {
  if (topUnitId === null) return null;
  const rows = await tx
    .select({ s: signatory, title: position.title })
    .from(signatory)
    .innerJoin(position, eq(position.id, signatory.positionId))
    .where(and(eq(position.agencyId, agencyId), eq(position.orgUnitId, topUnitId)));
  const end = `${year}-12-31`;
  const serving = rows
    .filter(
      (r) =>
        (r.s.validFrom === null || r.s.validFrom <= end) &&
        (r.s.validTo === null || r.s.validTo >= `${year}-01-01`),
    )
    .sort(
      (a, b) => (b.s.validFrom ?? '').localeCompare(a.s.validFrom ?? '') || a.s.name.localeCompare(b.s.name),
    );
  const chosen = serving[0] ?? rows[0];
  if (!chosen) return null;
  return {
    name: chosen.s.name,
    rank: chosen.s.rank,
    nip: chosen.s.nip,
    title: chosen.s.actingAs ? `${chosen.s.actingAs} ${chosen.title}` : chosen.title,
  };
}

/** The signed versions of the year's PK of the agency's top unit, oldest first (original, then perubahan). */
export async function pkSourcesOf(
  ctx: ServiceContext,
  agencyId: string,
  year: number,
  agencyName: string,
): Promise<PkSource[]> {
  const pkRows = await ctx.db
    .select({ id: perjanjianKinerja.id })
    .from(perjanjianKinerja)
    .where(
      and(
        eq(perjanjianKinerja.agencyId, agencyId),
        eq(perjanjianKinerja.year, year),
        isNull(perjanjianKinerja.parentId),
      ),
    );
  const sources: PkSource[] = [];
  for (const { id } of pkRows.slice(0, 1)) {
    const pk = await getPk(ctx, { pkId: id });
    const signed = pk.versions.filter((v) => v.status === 'signed');
    for (const v of signed) sources.push(await pkSourceOf(ctx.db, pk, v, agencyName));
  }
  return sources;
}

/** One PK version as the PK document builder takes it. */
export async function pkSourceOf(
  tx: Database,
  pk: PkResult,
  version: PkResult['versions'][number],
  agencyName: string,
): Promise<PkSource> {
  const ids = [version.firstPartySignatoryId, version.secondPartySignatoryId].filter(
    (x): x is string => x !== null,
  );
  const people =
    ids.length > 0
      ? await tx
          .select({ s: signatory, title: position.title })
          .from(signatory)
          .innerJoin(position, eq(position.id, signatory.positionId))
          .where(inArray(signatory.id, ids))
      : [];
  const person = (id: string | null) => people.find((p) => p.s.id === id);
  const first = person(version.firstPartySignatoryId);
  const second = person(version.secondPartySignatoryId);
  const indicatorIds = version.targets.map((t) => t.indicatorId);
  const sasaranOf =
    indicatorIds.length > 0
      ? await tx
          .select({ indicatorId: indicatorTable.id, statement: sasaranStrategis.statement })
          .from(indicatorTable)
          .innerJoin(sasaranStrategis, eq(sasaranStrategis.id, indicatorTable.sasaranStrategisId))
          .where(inArray(indicatorTable.id, indicatorIds))
      : [];
  const sasaranName = new Map(sasaranOf.map((r) => [r.indicatorId, r.statement]));
  return {
    year: pk.year,
    version: version.kind,
    place: version.signedPlace,
    signed: { date: version.signedOn, precision: 'day' },
    agencyName,
    pihakPertama: first
      ? {
          name: first.s.name,
          nip: first.s.nip,
          rank: first.s.rank,
          title: first.s.actingAs ? `${first.s.actingAs} ${first.title}` : first.title,
        }
      : { name: '(……………………)', nip: null, rank: null, title: `Kepala ${pk.orgUnitName}` },
    pihakKedua: second
      ? { name: second.s.name, title: second.title }
      : { name: '(……………………)', title: '(atasan pihak pertama)' },
    items: version.targets
      // The PK table prints numbers; range and grade targets have no single number to print.
      .filter((t) => t.value !== null)
      .map((t) => ({
        sasaran: sasaranName.get(t.indicatorId) ?? '-',
        indikator: t.indicatorName,
        target: Number(t.value),
        unit: t.unit,
      })),
    programBudgets: version.budgets
      .filter((b) => b.level === 'program')
      .map((b) => ({ code: b.code, name: b.name, pagu: b.amount })),
  };
}
