/**
 * What a budget import is checked against, read in a few queries for the
 * whole agency-year (never one per row): the Renstra period covering the year
 * (where new programs go), the agency's programs of that period plus any
 * program with a budget line in the year (the programs the budget tree
 * shows), their kegiatan and sub kegiatan, the year's budget lines with
 * their realisations, and the realisation-quarter locks of the year.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { budgetLine, budgetRealisation, kegiatan, program, subKegiatan } from '../../store/schema/index.ts';
import { loadQuarterLocks, type QuarterLock } from './realisation-import-facts.ts';
import { renstraPeriodOfYear } from '../plan/renstra-period-of-year.ts';

export type StoredProgram = { id: string; code: string; name: string };
export type StoredKegiatan = StoredProgram & { programId: string };
export type StoredSubKegiatan = StoredProgram & { kegiatanId: string };
export type StoredLine = typeof budgetLine.$inferSelect;
export type StoredRealisation = typeof budgetRealisation.$inferSelect;

export type BudgetImportFacts = {
  renstraPeriodId: string | null;
  /** By code; in code order. */
  programs: Map<string, StoredProgram>;
  kegiatan: Map<string, StoredKegiatan>;
  subKegiatan: Map<string, StoredSubKegiatan>;
  /** The year's lines by `subKegiatanId|spendingType`. */
  lines: Map<string, StoredLine>;
  /** Realisations per line id. */
  realisations: Map<string, StoredRealisation[]>;
  locks: QuarterLock[];
};

export const lineKey = (subKegiatanId: string, spendingType: string) => `${subKegiatanId}|${spendingType}`;

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

export async function loadBudgetImportFacts(
  tx: Database,
  agencyId: string,
  regionId: string,
  year: number,
): Promise<BudgetImportFacts> {
  const period = await renstraPeriodOfYear(tx, agencyId, year);
  const lines = await tx
    .select()
    .from(budgetLine)
    .where(and(eq(budgetLine.agencyId, agencyId), eq(budgetLine.year, year)));
  // the programs of the covering period first: on a code found twice, that one wins
  const programRows = await tx
    .select({ id: program.id, code: program.code, name: program.name, periodId: program.renstraPeriodId })
    .from(program)
    .where(eq(program.agencyId, agencyId));
  const subIdsWithLines = new Set(lines.map((l) => l.subKegiatanId));
  const structure =
    subIdsWithLines.size === 0
      ? []
      : await tx
          .select({ subId: subKegiatan.id, programId: kegiatan.programId })
          .from(subKegiatan)
          .innerJoin(kegiatan, eq(kegiatan.id, subKegiatan.kegiatanId))
          .where(and(eq(subKegiatan.agencyId, agencyId), inArray(subKegiatan.id, [...subIdsWithLines])));
  const programsWithLines = new Set(structure.map((s) => s.programId));
  const programs = new Map<string, StoredProgram>();
  const ranked = programRows
    .filter((p) => p.periodId === period?.id || programsWithLines.has(p.id))
    .sort((a, b) => Number(b.periodId === period?.id) - Number(a.periodId === period?.id));
  for (const p of ranked)
    if (!programs.has(p.code)) programs.set(p.code, { id: p.id, code: p.code, name: p.name });
  const programIds = [...programs.values()].map((p) => p.id);
  const kegiatanRows =
    programIds.length === 0
      ? []
      : await tx
          .select({
            id: kegiatan.id,
            programId: kegiatan.programId,
            code: kegiatan.code,
            name: kegiatan.name,
          })
          .from(kegiatan)
          .where(and(eq(kegiatan.agencyId, agencyId), inArray(kegiatan.programId, programIds)));
  const kegiatanIds = kegiatanRows.map((k) => k.id);
  const subRows =
    kegiatanIds.length === 0
      ? []
      : await tx
          .select({
            id: subKegiatan.id,
            kegiatanId: subKegiatan.kegiatanId,
            code: subKegiatan.code,
            name: subKegiatan.name,
          })
          .from(subKegiatan)
          .where(and(eq(subKegiatan.agencyId, agencyId), inArray(subKegiatan.kegiatanId, kegiatanIds)));
  const spent =
    lines.length === 0
      ? []
      : await tx
          .select()
          .from(budgetRealisation)
          .where(
            and(
              eq(budgetRealisation.agencyId, agencyId),
              inArray(
                budgetRealisation.budgetLineId,
                lines.map((l) => l.id),
              ),
            ),
          );
  const realisations = new Map<string, StoredRealisation[]>();
  for (const r of spent) {
    const list = realisations.get(r.budgetLineId) ?? [];
    list.push(r);
    realisations.set(r.budgetLineId, list);
  }
  const sortedPrograms = new Map([...programs.values()].sort(byCode).map((p) => [p.code, p]));
  return {
    renstraPeriodId: period?.id ?? null,
    programs: sortedPrograms,
    kegiatan: new Map(kegiatanRows.sort(byCode).map((k) => [k.code, k])),
    subKegiatan: new Map(subRows.sort(byCode).map((s) => [s.code, s])),
    lines: new Map(lines.map((l) => [lineKey(l.subKegiatanId, l.spendingType), l])),
    realisations,
    locks: await loadQuarterLocks(tx, agencyId, regionId, year),
  };
}
