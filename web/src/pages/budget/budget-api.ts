/** The budget of one agency-year from the server, and the three writes of the entry grid. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type {
  BudgetPeriodAmount,
  BudgetProgressEntry,
  BudgetTree,
  BudgetTreeKegiatan,
  BudgetTreeLine,
  BudgetTreeProgram,
  BudgetTreeSubKegiatan,
} from '../../../../src/services/record/get-budget-tree.ts';
import type { SavedBudgetLine } from '../../../../src/services/record/save-budget-line.ts';
import type { SavedBudgetRealisation } from '../../../../src/services/record/save-budget-realisation.ts';
import type { SavedPhysicalProgress } from '../../../../src/services/record/save-physical-progress.ts';
import type { PeriodKind, SpendingType } from '../../../../src/store/schema/enums.ts';

export type {
  BudgetPeriodAmount,
  BudgetProgressEntry,
  BudgetTree,
  BudgetTreeKegiatan,
  BudgetTreeLine,
  BudgetTreeProgram,
  BudgetTreeSubKegiatan,
  PeriodKind,
  SpendingType,
};

export const SPENDING_TYPES: readonly SpendingType[] = [
  'pegawai',
  'barang_jasa',
  'modal',
  'hibah',
  'bantuan_sosial',
  'tidak_terduga',
  'lainnya',
];

export const budgetTreeKey = (agencyId: string, year: number) => ['budget-tree', agencyId, year] as const;

export function useBudgetTree(agencyId: string, year: number) {
  return useQuery({
    queryKey: budgetTreeKey(agencyId, year),
    queryFn: () => api.get<BudgetTree>(`/agencies/${agencyId}/budget`, { year }),
    enabled: agencyId !== '',
  });
}

export const saveBudget = {
  line: (input: {
    subKegiatanId: string;
    year: number;
    spendingType: SpendingType;
    paguMurni: string | number;
    paguPerubahan: string | number | null;
    version?: number | undefined;
  }) => api.put<SavedBudgetLine>(`/sub-kegiatan/${input.subKegiatanId}/budget`, input),
  realisation: (input: {
    budgetLineId: string;
    periodKind: PeriodKind;
    periodNo: number;
    amount: string;
    note: string | null;
    version?: number | undefined;
  }) => api.put<SavedBudgetRealisation>(`/budget-lines/${input.budgetLineId}/realisations`, input),
  progress: (input: {
    subKegiatanId: string;
    year: number;
    periodKind: PeriodKind;
    periodNo: number;
    percent: string;
    note: string | null;
    version?: number | undefined;
  }) => api.put<SavedPhysicalProgress>(`/sub-kegiatan/${input.subKegiatanId}/progress`, input),
};
