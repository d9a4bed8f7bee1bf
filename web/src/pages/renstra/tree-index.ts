/** Lookups over one Renstra tree: every indicator with its owner, every sasaran and tujuan, programs by id. */
import type {
  RenstraTree,
  TreeIndicator,
  TreeKegiatan,
  TreeProgram,
  TreeSasaran,
  TreeTujuan,
} from './renstra-api.ts';

export type OwnerKind = TreeIndicator['owner']['kind'];

/** What an indicator measures: the node that owns it, named by its code and statement or name. */
export type IndicatorOwnerRef = { kind: OwnerKind; id: string; code: string; title: string };

export type TreeIndex = {
  indicators: Map<string, { indicator: TreeIndicator; owner: IndicatorOwnerRef }>;
  sasaran: TreeSasaran[];
  tujuan: TreeTujuan[];
  programs: Map<string, TreeProgram>;
  kegiatan: Map<string, TreeKegiatan>;
};

export function indexTree(tree: RenstraTree): TreeIndex {
  const indicators: TreeIndex['indicators'] = new Map();
  const add = (list: readonly TreeIndicator[], owner: IndicatorOwnerRef) => {
    for (const indicator of list) indicators.set(indicator.id, { indicator, owner });
  };
  const tujuan = [...tree.misi.flatMap((m) => m.tujuan), ...tree.tujuanWithoutMisi];
  const sasaran = [...tujuan.flatMap((t) => t.sasaran), ...tree.sasaranWithoutTujuan];
  for (const t of tujuan) add(t.indicators, { kind: 'tujuan', id: t.id, code: t.code, title: t.statement });
  for (const s of sasaran) add(s.indicators, { kind: 'sasaran', id: s.id, code: s.code, title: s.statement });
  const programs = new Map<string, TreeProgram>();
  const kegiatan = new Map<string, TreeKegiatan>();
  for (const p of tree.programs) {
    programs.set(p.id, p);
    add(p.indicators, { kind: 'program', id: p.id, code: p.code, title: p.name });
    for (const k of p.kegiatan) {
      kegiatan.set(k.id, k);
      add(k.indicators, { kind: 'kegiatan', id: k.id, code: k.code, title: k.name });
      for (const sub of k.subKegiatan) {
        add(sub.indicators, { kind: 'subKegiatan', id: sub.id, code: sub.code, title: sub.name });
      }
    }
  }
  return { indicators, sasaran, tujuan, programs, kegiatan };
}

/** The years of the Renstra period, first to last. */
export function periodYears(tree: RenstraTree): number[] {
  const { startYear, endYear } = tree.period;
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
}

/** The tujuan a sasaran hangs under, or null (the sasaran is listed beside the tree). */
export function tujuanOfSasaran(tree: RenstraTree, sasaranId: string): TreeTujuan | null {
  for (const t of [...tree.misi.flatMap((m) => m.tujuan), ...tree.tujuanWithoutMisi]) {
    if (t.sasaran.some((s) => s.id === sasaranId)) return t;
  }
  return null;
}
