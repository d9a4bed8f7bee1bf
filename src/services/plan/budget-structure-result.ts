/** A program, kegiatan or sub kegiatan as the plan use cases return it. */
export type BudgetStructureResult = {
  id: string;
  agencyId: string;
  /** The Renstra period (program), program (kegiatan) or kegiatan (sub kegiatan) it belongs to. */
  parentId: string;
  code: string;
  name: string;
  orgUnitId: string | null;
  version: number;
};
