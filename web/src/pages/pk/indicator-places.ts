/**
 * Where each indicator of the Renstra sits (the sasaran it measures, or the
 * tujuan, program, kegiatan or sub kegiatan), so a PK row can name its
 * sasaran, and the indicator itself (its ordinal grades, for a grade target).
 */
import type { RenstraTree, TreeIndicator } from './pk-api.ts';

export type IndicatorPlace = {
  kind: 'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'subKegiatan';
  /** The owner's id, to group rows under it. */
  ownerId: string;
  code: string;
  text: string;
  /** The owner's position in the tree, to order the groups. */
  order: number;
  indicator: TreeIndicator;
};

export function indicatorPlaces(tree: RenstraTree | undefined): Map<string, IndicatorPlace> {
  const places = new Map<string, IndicatorPlace>();
  if (!tree) return places;
  let order = 0;
  const add = (
    kind: IndicatorPlace['kind'],
    owner: { id: string; code: string; indicators: TreeIndicator[] },
    text: string,
  ) => {
    order += 1;
    for (const indicator of owner.indicators) {
      places.set(indicator.id, { kind, ownerId: owner.id, code: owner.code, text, order, indicator });
    }
  };
  const tujuanList = [...tree.misi.flatMap((m) => m.tujuan), ...tree.tujuanWithoutMisi];
  for (const tujuan of tujuanList) {
    add('tujuan', tujuan, tujuan.statement);
    for (const sasaran of tujuan.sasaran) add('sasaran', sasaran, sasaran.statement);
  }
  for (const sasaran of tree.sasaranWithoutTujuan) add('sasaran', sasaran, sasaran.statement);
  for (const program of tree.programs) {
    add('program', program, program.name);
    for (const kegiatan of program.kegiatan) {
      add('kegiatan', kegiatan, kegiatan.name);
      for (const sub of kegiatan.subKegiatan) add('subKegiatan', sub, sub.name);
    }
  }
  return places;
}
