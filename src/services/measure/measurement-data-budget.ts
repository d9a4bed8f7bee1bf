/**
 * Budget figures for measurement-data.ts: every budget line of the year with
 * the sasaran-program links (one agency's tree), or sums per agency (recap).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import type { SpendingType } from '../../store/schema/enums.ts';
import type { AgencyData, AgencySelection } from './measurement-data.ts';
import { inSelection, rupiahOf, uuidList } from './measurement-data-sql.ts';

/** Every budget line of the year, then the programs linked to `sasaranIds`. */
export async function loadBudgetTree(
  tx: Database,
  selection: AgencySelection,
  year: number,
  agencies: Map<string, AgencyData>,
  sasaranIds: readonly string[],
): Promise<void> {
  const lines = await queryRows<{
    agency_id: string;
    program_id: string;
    program_code: string;
    program_name: string;
    kegiatan_id: string;
    kegiatan_code: string;
    kegiatan_name: string;
    sub_kegiatan_id: string;
    sub_kegiatan_code: string;
    sub_kegiatan_name: string;
    spending_type: SpendingType;
    pagu_murni: string;
    pagu_perubahan: string | null;
    realisasi: string;
  }>(
    tx,
    sql`select bl.agency_id, p.id as program_id, p.code as program_code, p.name as program_name,
               k.id as kegiatan_id, k.code as kegiatan_code, k.name as kegiatan_name,
               sk.id as sub_kegiatan_id, sk.code as sub_kegiatan_code, sk.name as sub_kegiatan_name,
               bl.spending_type, bl.pagu_murni::text as pagu_murni, bl.pagu_perubahan::text as pagu_perubahan,
               (select coalesce(sum(br.amount), 0) from budget_realisation br
                 where br.budget_line_id = bl.id)::text as realisasi
        from budget_line bl
        join sub_kegiatan sk on sk.id = bl.sub_kegiatan_id
        join kegiatan k on k.id = sk.kegiatan_id
        join program p on p.id = k.program_id
        where ${inSelection(sql`bl.agency_id`, selection)} and bl.year = ${year}
        order by p.code, k.code, sk.code, bl.spending_type`,
  );
  for (const l of lines) {
    agencies.get(l.agency_id)?.budgetLines.push({
      programId: l.program_id,
      programCode: l.program_code,
      programName: l.program_name,
      kegiatanId: l.kegiatan_id,
      kegiatanCode: l.kegiatan_code,
      kegiatanName: l.kegiatan_name,
      subKegiatanId: l.sub_kegiatan_id,
      subKegiatanCode: l.sub_kegiatan_code,
      subKegiatanName: l.sub_kegiatan_name,
      spendingType: l.spending_type,
      paguMurni: rupiahOf(l.pagu_murni, 'pagu murni'),
      paguPerubahan: l.pagu_perubahan === null ? null : rupiahOf(l.pagu_perubahan, 'pagu perubahan'),
      realisasi: rupiahOf(l.realisasi, 'realisasi'),
    });
  }
  if (sasaranIds.length === 0) return;
  const links = await queryRows<{ sasaran_strategis_id: string; program_id: string; agency_id: string }>(
    tx,
    sql`select sasaran_strategis_id, program_id, agency_id from sasaran_program_link
        where sasaran_strategis_id in (${uuidList(sasaranIds)})`,
  );
  for (const link of links) {
    const map = agencies.get(link.agency_id)?.sasaranPrograms;
    if (!map) continue;
    map.set(link.sasaran_strategis_id, [...(map.get(link.sasaran_strategis_id) ?? []), link.program_id]);
  }
}

/** Pagu, pagu murni, realisasi and line count of the year, per agency. */
export async function loadBudgetTotals(
  tx: Database,
  selection: AgencySelection,
  year: number,
  agencies: Map<string, AgencyData>,
): Promise<void> {
  const totals = await queryRows<{
    agency_id: string;
    pagu: string;
    pagu_murni: string;
    realisasi: string | null;
    lines: number;
  }>(
    tx,
    sql`with lines as (
          select id, agency_id, pagu_murni, coalesce(pagu_perubahan, pagu_murni) as pagu
          from budget_line
          where ${inSelection(sql`agency_id`, selection)} and year = ${year}
        ), spent as (
          -- budget_realisation has no year: narrow it by agency (its agency index), then to the year's lines
          select l.agency_id, sum(br.amount) as realisasi
          from budget_realisation br join lines l on l.id = br.budget_line_id
          where ${inSelection(sql`br.agency_id`, selection)}
          group by l.agency_id
        )
        select l.agency_id, sum(l.pagu)::text as pagu, sum(l.pagu_murni)::text as pagu_murni,
               max(s.realisasi)::text as realisasi, count(*)::int as lines
        from lines l left join spent s on s.agency_id = l.agency_id
        group by l.agency_id`,
  );
  for (const t of totals) {
    const agency = agencies.get(t.agency_id);
    if (!agency) continue;
    agency.budgetTotals = {
      pagu: rupiahOf(t.pagu, 'pagu'),
      paguMurni: rupiahOf(t.pagu_murni, 'pagu murni'),
      realisasi: rupiahOf(t.realisasi, 'realisasi'),
      lines: t.lines,
    };
  }
}
