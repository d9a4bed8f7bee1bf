/**
 * Demo loading, budget and Perjanjian Kinerja: the budget tree (program →
 * kegiatan → sub kegiatan) and its sasaran links, the budget lines with the
 * year's realisation and physical progress, and the signed PK versions.
 */
import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import * as s from '../../store/schema/index.ts';
import type { PkDocument, PkParties } from './demo-organisation.ts';
import { byId, decimal, type DemoLoad } from './demo-writer.ts';

/** Budget tree: program → kegiatan → sub kegiatan, and the sasaran–program links. */
export async function loadBudgetTree(
  { w, bundle }: DemoLoad,
  {
    agencyId,
    renstraId,
    sasaranIds,
  }: { agencyId: string; renstraId: string; sasaranIds: Map<string, string> },
) {
  const renstra = bundle.renstra;
  const programIds = new Map<string, string>();
  const subKegiatanIds = new Map<string, string>();
  const programRows: (typeof s.program.$inferInsert)[] = [];
  const kegiatanRows: (typeof s.kegiatan.$inferInsert)[] = [];
  const subRows: (typeof s.subKegiatan.$inferInsert)[] = [];
  for (const p of bundle.budgetTree.programs) {
    const pid = randomUUID();
    programIds.set(p.code, pid);
    programRows.push({ id: pid, agencyId, renstraPeriodId: renstraId, code: p.code, name: p.name });
    for (const k of p.kegiatan) {
      const kid = randomUUID();
      kegiatanRows.push({ id: kid, agencyId, programId: pid, code: k.code, name: k.name });
      for (const sk of k.subKegiatan) {
        const sid = randomUUID();
        subKegiatanIds.set(sk.code, sid);
        subRows.push({ id: sid, agencyId, kegiatanId: kid, code: sk.code, name: sk.name });
      }
    }
  }
  await w.insert(s.program, 'program', programRows, byId);
  await w.insert(s.kegiatan, 'kegiatan', kegiatanRows, byId);
  await w.insert(s.subKegiatan, 'sub_kegiatan', subRows, byId);
  const links = new Map<string, { sasaranStrategisId: string; programId: string; agencyId: string }>();
  for (const l of renstra.programs) {
    const row = {
      sasaranStrategisId: sasaranIds.get(l.sasaranId)!,
      programId: programIds.get(l.programCode)!,
      agencyId,
    };
    links.set(`${row.sasaranStrategisId}:${row.programId}`, row);
  }
  await w.insert(s.sasaranProgramLink, 'sasaran_program_link', [...links.values()], (row) => ({
    entityId: `${row.sasaranStrategisId}:${row.programId}`,
    agencyId: row.agencyId,
  }));
  return { programIds, subKegiatanIds };
}

/** Budget lines, the year's realisation, physical progress. */
export async function loadBudgetLines(
  { w, bundle }: DemoLoad,
  { agencyId, subKegiatanIds }: { agencyId: string; subKegiatanIds: Map<string, string> },
): Promise<void> {
  const lineRows: (typeof s.budgetLine.$inferInsert)[] = [];
  const spentRows: (typeof s.budgetRealisation.$inferInsert)[] = [];
  const progressRows: (typeof s.subKegiatanProgress.$inferInsert)[] = [];
  for (const p of bundle.budgetTree.programs)
    for (const k of p.kegiatan)
      for (const sk of k.subKegiatan)
        for (const [yearKey, y] of Object.entries(sk.years)) {
          const lineId = randomUUID();
          const subKegiatanId = subKegiatanIds.get(sk.code)!;
          lineRows.push({
            id: lineId,
            agencyId,
            subKegiatanId,
            year: Number(yearKey),
            spendingType: y.spendingType ?? 'lainnya',
            paguMurni: y.paguMurni,
            paguPerubahan: y.paguPerubahan,
          });
          spentRows.push({
            agencyId,
            budgetLineId: lineId,
            periodKind: 'year',
            periodNo: 1,
            amount: y.realisasi,
          });
          if (y.fisik !== null)
            progressRows.push({
              agencyId,
              subKegiatanId,
              year: Number(yearKey),
              periodKind: 'year',
              periodNo: 1,
              physicalProgressPercent: decimal(y.fisik),
            });
        }
  await w.insert(s.budgetLine, 'budget_line', lineRows, byId);
  await w.insert(s.budgetRealisation, 'budget_realisation', spentRows, byId);
  await w.insert(s.subKegiatanProgress, 'sub_kegiatan_progress', progressRows, byId);
}

/** Perjanjian Kinerja: written as drafts, then signed (a signed version takes no new rows). */
export async function loadPerjanjianKinerja(
  { w, tx, at }: DemoLoad,
  {
    agencyId,
    topUnitId,
    pkDocs,
    pkParties,
    indicatorIds,
    programIds,
  }: {
    agencyId: string;
    topUnitId: string;
    pkDocs: PkDocument[];
    pkParties: PkParties[];
    indicatorIds: Map<string, string>;
    programIds: Map<string, string>;
  },
): Promise<void> {
  const pkIds = new Map<number, string>();
  const pkRows: (typeof s.perjanjianKinerja.$inferInsert)[] = [];
  const versionRows: (typeof s.pkVersion.$inferInsert)[] = [];
  const pkTargetRows: (typeof s.pkTarget.$inferInsert)[] = [];
  const pkBudgetRows: (typeof s.pkBudget.$inferInsert)[] = [];
  const lastNumber = new Map<number, number>();
  pkDocs.forEach((d, di) => {
    let pkId = pkIds.get(d.year);
    if (pkId === undefined) {
      pkId = randomUUID();
      pkIds.set(d.year, pkId);
      pkRows.push({ id: pkId, agencyId, orgUnitId: topUnitId, year: d.year });
    }
    // Number 1 is the original; a perubahan is 2 or later even when the original is not in the source.
    const number = d.version === 'original' ? 1 : Math.max(lastNumber.get(d.year) ?? 1, 1) + 1;
    lastNumber.set(d.year, number);
    const hasOriginal = pkDocs.some((o) => o.year === d.year && o.version === 'original');
    const versionId = randomUUID();
    versionRows.push({
      id: versionId,
      agencyId,
      perjanjianKinerjaId: pkId,
      number,
      kind: d.version,
      status: 'draft',
      firstPartySignatoryId: pkParties[di]!.first,
      secondPartySignatoryId: pkParties[di]!.second,
      signedOn: d.signedAt.date,
      signedPlace: d.signedAt.printed.split(',')[0]!.trim(),
      signedAt: at,
      reason:
        d.version === 'perubahan' && !hasOriginal
          ? `${d.title}. Versi awal (murni) tidak ada dalam sumber data, jadi tidak dimuat.`
          : d.version === 'perubahan'
            ? d.title
            : null,
    });
    d.items.forEach((it, i) =>
      pkTargetRows.push({
        agencyId,
        pkVersionId: versionId,
        indicatorId: indicatorIds.get(it.indikatorId)!,
        value: decimal(it.target),
        sortOrder: i,
      }),
    );
    d.programBudgets.forEach((b, i) =>
      pkBudgetRows.push({
        agencyId,
        pkVersionId: versionId,
        programId: programIds.get(b.programCode)!,
        amount: b.pagu,
        sortOrder: i,
      }),
    );
  });
  await w.insert(s.perjanjianKinerja, 'perjanjian_kinerja', pkRows, byId);
  await w.insert(s.pkVersion, 'pk_version', versionRows, byId);
  await w.insert(s.pkTarget, 'pk_target', pkTargetRows, byId);
  await w.insert(s.pkBudget, 'pk_budget', pkBudgetRows, byId);
  if (versionRows.length > 0) {
    const signed = await tx
      .update(s.pkVersion)
      .set({ status: 'signed', version: sql`${s.pkVersion.version} + 1`, updatedAt: at })
      .where(
        inArray(
          s.pkVersion.id,
          versionRows.map((v) => v.id!),
        ),
      )
      .returning();
    for (const row of signed) w.queue('pk_version.signed', 'pk_version', byId(row), row);
  }
}
