/** What every part of the Renstra page shares: the tree, the year, who may edit, and the dialogs it opens. */
import { createContext, useContext } from 'react';
import type { RenstraTree, TreeKegiatan, TreeProgram, TreeSasaran } from './renstra-api.ts';
import type { OwnerKind, TreeIndex } from './tree-index.ts';

/** A dialog of the page: adding or changing one thing of the Renstra. */
export type EditAction =
  | { kind: 'misi' }
  | { kind: 'tujuan'; misiId?: string }
  | { kind: 'sasaran'; tujuanId?: string }
  | { kind: 'editSasaran'; sasaran: TreeSasaran }
  | { kind: 'indicator'; owner: { kind: OwnerKind; id: string; code: string } }
  | { kind: 'editIndicator'; indicatorId: string }
  | { kind: 'program' }
  | { kind: 'kegiatan'; program: TreeProgram }
  | { kind: 'subKegiatan'; kegiatan: TreeKegiatan }
  | { kind: 'link'; sasaran: TreeSasaran };

export type RenstraView = {
  agencyId: string;
  tree: RenstraTree;
  index: TreeIndex;
  /** The year chosen in the header: its targets are shown beside each indicator. */
  year: number;
  canEdit: boolean;
  openIndicator: (indicatorId: string) => void;
  edit: (action: EditAction) => void;
};

export const RenstraContext = createContext<RenstraView | null>(null);

export function useRenstraView(): RenstraView {
  const view = useContext(RenstraContext);
  if (!view) throw new Error('useRenstraView outside the Renstra page');
  return view;
}
