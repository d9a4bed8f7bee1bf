/**
 * An agency's Renstra as one tree: visi → misi → tujuan → sasaran →
 * indicators (with targets per year), and program → kegiatan → sub kegiatan
 * with their codes and indicators. Without `renstraPeriodId`, the latest
 * period (by start year) is returned. Tujuan without a misi and sasaran
 * without a tujuan are listed beside the tree, never dropped.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import {
  indicator,
  indicatorComponent,
  indicatorTarget,
  kegiatan,
  program,
  renstraMisi,
  renstraPeriod,
  renstraTujuan,
  sasaranProgramLink,
  sasaranRpjmdLink,
  sasaranStrategis,
  subKegiatan,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { indicatorResult, type IndicatorResult } from './indicator-result.ts';
import type { IndicatorTargetResult } from './set-indicator-targets.ts';
import { WHAT } from './renstra-rows.ts';

export const getRenstraTreeInput = z.strictObject({
  agencyId: z.uuid(),
  renstraPeriodId: z.uuid().optional(),
});
export type GetRenstraTreeInput = z.input<typeof getRenstraTreeInput>;

export type TreeIndicator = IndicatorResult & { targets: IndicatorTargetResult[] };
export type TreeSasaran = {
  id: string;
  code: string;
  statement: string;
  orgUnitId: string | null;
  sortOrder: number;
  version: number;
  rpjmdSasaranIds: string[];
  programIds: string[];
  indicators: TreeIndicator[];
};
export type TreeTujuan = {
  id: string;
  code: string;
  statement: string;
  version: number;
  indicators: TreeIndicator[];
  sasaran: TreeSasaran[];
};
export type TreeMisi = {
  id: string;
  number: number;
  statement: string;
  version: number;
  tujuan: TreeTujuan[];
};
export type TreeSubKegiatan = {
  id: string;
  code: string;
  name: string;
  orgUnitId: string | null;
  version: number;
  indicators: TreeIndicator[];
};
export type TreeKegiatan = TreeSubKegiatan & { subKegiatan: TreeSubKegiatan[] };
export type TreeProgram = TreeSubKegiatan & { sasaranIds: string[]; kegiatan: TreeKegiatan[] };

export type RenstraTree = {
  period: {
    id: string;
    agencyId: string;
    startYear: number;
    endYear: number;
    visi: string;
    legalBasis: string | null;
    rpjmdPeriodId: string | null;
    version: number;
  };
  misi: TreeMisi[];
  /** Tujuan the Renstra ties to no misi. */
  tujuanWithoutMisi: TreeTujuan[];
  /** Sasaran the Renstra ties to no tujuan. */
  sasaranWithoutTujuan: TreeSasaran[];
  programs: TreeProgram[];
};

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'en', { numeric: true });
const bySortThenCode = (a: { sortOrder: number; code: string }, b: { sortOrder: number; code: string }) =>
  a.sortOrder - b.sortOrder || byCode(a, b);

function group<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

async function choosePeriod(tx: Database, agencyId: string, periodId: string | undefined) {
  const rows =
    periodId === undefined
      ? await tx
          .select()
          .from(renstraPeriod)
          .where(eq(renstraPeriod.agencyId, agencyId))
          .orderBy(desc(renstraPeriod.startYear))
          .limit(1)
      : await tx.select().from(renstraPeriod).where(eq(renstraPeriod.id, periodId));
  const row = rows[0];
  if (!row || row.agencyId !== agencyId) throw notFound(WHAT.renstraPeriod);
  return row;
}

export async function getRenstraTree(ctx: ServiceContext, input: unknown): Promise<RenstraTree> {
  const data = parseInput(getRenstraTreeInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const period = await choosePeriod(tx, data.agencyId, data.renstraPeriodId);
    const pid = period.id;
    const [misiRows, tujuanRows, sasaranRows, programRows, indicatorRows] = [
      await tx.select().from(renstraMisi).where(eq(renstraMisi.renstraPeriodId, pid)),
      await tx.select().from(renstraTujuan).where(eq(renstraTujuan.renstraPeriodId, pid)),
      await tx.select().from(sasaranStrategis).where(eq(sasaranStrategis.renstraPeriodId, pid)),
      await tx.select().from(program).where(eq(program.renstraPeriodId, pid)),
      await tx.select().from(indicator).where(eq(indicator.renstraPeriodId, pid)),
    ];
    const programIds = programRows.map((p) => p.id);
    const kegiatanRows =
      programIds.length === 0
        ? []
        : await tx.select().from(kegiatan).where(inArray(kegiatan.programId, programIds));
    const kegiatanIds = kegiatanRows.map((k) => k.id);
    const subRows =
      kegiatanIds.length === 0
        ? []
        : await tx.select().from(subKegiatan).where(inArray(subKegiatan.kegiatanId, kegiatanIds));
    const indicatorIds = indicatorRows.map((i) => i.id);
    const componentRows =
      indicatorIds.length === 0
        ? []
        : await tx
            .select()
            .from(indicatorComponent)
            .where(inArray(indicatorComponent.indicatorId, indicatorIds));
    const targetRows =
      indicatorIds.length === 0
        ? []
        : await tx.select().from(indicatorTarget).where(inArray(indicatorTarget.indicatorId, indicatorIds));
    const sasaranIds = sasaranRows.map((s) => s.id);
    const rpjmdLinks =
      sasaranIds.length === 0
        ? []
        : await tx
            .select()
            .from(sasaranRpjmdLink)
            .where(inArray(sasaranRpjmdLink.sasaranStrategisId, sasaranIds));
    const programLinks =
      sasaranIds.length === 0
        ? []
        : await tx
            .select()
            .from(sasaranProgramLink)
            .where(inArray(sasaranProgramLink.sasaranStrategisId, sasaranIds));

    const componentsOf = group(componentRows, (c) => c.indicatorId);
    const targetsOf = group(targetRows, (t) => t.indicatorId);
    const treeIndicators = [...indicatorRows].sort(bySortThenCode).map((row): TreeIndicator => ({
      ...indicatorResult(row, componentsOf.get(row.id) ?? []),
      targets: (targetsOf.get(row.id) ?? [])
        .sort((a, b) => a.year - b.year)
        .map((t) => ({
          id: t.id,
          year: t.year,
          value: t.value,
          low: t.low,
          high: t.high,
          grade: t.grade,
          version: t.version,
        })),
    }));
    const indicatorsOf = group(treeIndicators, (i) => `${i.owner.kind}:${i.owner.id}`);
    const ownedBy = (kind: TreeIndicator['owner']['kind'], id: string) =>
      indicatorsOf.get(`${kind}:${id}`) ?? [];
    const rpjmdOf = group(rpjmdLinks, (l) => l.sasaranStrategisId);
    const programsOfSasaran = group(programLinks, (l) => l.sasaranStrategisId);
    const sasaranOfProgram = group(programLinks, (l) => l.programId);

    const treeSasaran = [...sasaranRows].sort(bySortThenCode).map((s) => ({
      tujuanId: s.renstraTujuanId,
      node: {
        id: s.id,
        code: s.code,
        statement: s.statement,
        orgUnitId: s.orgUnitId,
        sortOrder: s.sortOrder,
        version: s.version,
        rpjmdSasaranIds: (rpjmdOf.get(s.id) ?? []).map((l) => l.rpjmdSasaranId).sort(),
        programIds: (programsOfSasaran.get(s.id) ?? []).map((l) => l.programId).sort(),
        indicators: ownedBy('sasaran', s.id),
      } satisfies TreeSasaran,
    }));
    const sasaranOfTujuan = group(treeSasaran, (s) => s.tujuanId);
    const treeTujuan = [...tujuanRows].sort(byCode).map((t) => ({
      misiId: t.renstraMisiId,
      node: {
        id: t.id,
        code: t.code,
        statement: t.statement,
        version: t.version,
        indicators: ownedBy('tujuan', t.id),
        sasaran: (sasaranOfTujuan.get(t.id) ?? []).map((s) => s.node),
      } satisfies TreeTujuan,
    }));
    const tujuanOfMisi = group(treeTujuan, (t) => t.misiId);

    const subOf = group(
      [...subRows].sort(byCode).map((s) => ({
        kegiatanId: s.kegiatanId,
        node: {
          id: s.id,
          code: s.code,
          name: s.name,
          orgUnitId: s.orgUnitId,
          version: s.version,
          indicators: ownedBy('subKegiatan', s.id),
        } satisfies TreeSubKegiatan,
      })),
      (s) => s.kegiatanId,
    );
    const kegiatanOf = group(
      [...kegiatanRows].sort(byCode).map((k) => ({
        programId: k.programId,
        node: {
          id: k.id,
          code: k.code,
          name: k.name,
          orgUnitId: k.orgUnitId,
          version: k.version,
          indicators: ownedBy('kegiatan', k.id),
          subKegiatan: (subOf.get(k.id) ?? []).map((s) => s.node),
        } satisfies TreeKegiatan,
      })),
      (k) => k.programId,
    );

    return {
      period: {
        id: period.id,
        agencyId: period.agencyId,
        startYear: period.startYear,
        endYear: period.endYear,
        visi: period.visi,
        legalBasis: period.legalBasis,
        rpjmdPeriodId: period.rpjmdPeriodId,
        version: period.version,
      },
      misi: [...misiRows]
        .sort((a, b) => a.number - b.number)
        .map((m) => ({
          id: m.id,
          number: m.number,
          statement: m.statement,
          version: m.version,
          tujuan: (tujuanOfMisi.get(m.id) ?? []).map((t) => t.node),
        })),
      tujuanWithoutMisi: (tujuanOfMisi.get(null) ?? []).map((t) => t.node),
      sasaranWithoutTujuan: (sasaranOfTujuan.get(null) ?? []).map((s) => s.node),
      programs: [...programRows].sort(byCode).map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        orgUnitId: p.orgUnitId,
        version: p.version,
        indicators: ownedBy('program', p.id),
        sasaranIds: (sasaranOfProgram.get(p.id) ?? []).map((l) => l.sasaranStrategisId).sort(),
        kegiatan: (kegiatanOf.get(p.id) ?? []).map((k) => k.node),
      })),
    };
  });
}
