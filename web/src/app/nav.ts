/** The pages of the app, in menu order: one list for the router and the menu. */
import type { Role } from '../api/session.ts';

export type AgencyPage = {
  /** Path under /instansi/:agencyId ('' = the agency dashboard). */
  path: string;
  /** Key in common:nav. */
  label: string;
  /** Who sees it in the menu (the server still decides what they may do there). */
  roles?: readonly Role[];
};

export const AGENCY_PAGES: readonly AgencyPage[] = [
  { path: '', label: 'dashboard' },
  { path: 'renstra', label: 'renstra' },
  { path: 'pk', label: 'pk' },
  { path: 'realisasi', label: 'realisations' },
  { path: 'anggaran', label: 'budget' },
  { path: 'analisis', label: 'analysis' },
  { path: 'data-sosial', label: 'social' },
  { path: 'ikm', label: 'ikm' },
  { path: 'akip', label: 'akip' },
  { path: 'laporan', label: 'reports' },
  { path: 'reviu', label: 'review' },
  { path: 'impor', label: 'import' },
];

/** Region-level pages (not about one agency). */
export const REGION_PAGES = {
  recap: { path: '/wilayah', label: 'region', roles: ['admin', 'evaluator', 'viewer'] as readonly Role[] },
  admin: {
    path: '/admin',
    label: 'admin',
    roles: ['admin', 'evaluator', 'kepala', 'operator'] as readonly Role[],
  },
};

export function agencyPath(agencyId: string, page: string, year?: number): string {
  const base = `/instansi/${agencyId}${page ? `/${page}` : ''}`;
  return year ? `${base}?tahun=${year}` : base;
}
