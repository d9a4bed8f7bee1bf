/**
 * The address of every page. Each page is its own chunk (React.lazy), so the
 * first load carries only the shell and the login page; the chunk of the page
 * the browser opens on starts loading at once, beside the session check,
 * instead of after it (preloadPageOf).
 */
import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { LoginPage } from '../pages/login/LoginPage.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { NotFound } from './NotFound.tsx';
import { RequireSession } from './RequireSession.tsx';

type PageModule = Promise<{ default: ComponentType }>;
type Page = { path: string; load: () => PageModule };

/** The signed-in pages: the path (under /instansi/:agencyId for an agency's pages) and its chunk. */
const TOP_PAGES: readonly Page[] = [
  { path: '/wilayah', load: () => import('../pages/dashboard/RegionDashboardPage.tsx') },
  { path: '/admin/*', load: () => import('../pages/admin/AdminPage.tsx') },
];
const AGENCY_PAGES: readonly Page[] = [
  { path: '', load: () => import('../pages/dashboard/AgencyDashboardPage.tsx') },
  { path: 'renstra', load: () => import('../pages/renstra/RenstraPage.tsx') },
  { path: 'pk', load: () => import('../pages/pk/PkPage.tsx') },
  { path: 'realisasi', load: () => import('../pages/realisations/RealisationsPage.tsx') },
  { path: 'anggaran', load: () => import('../pages/budget/BudgetPage.tsx') },
  { path: 'analisis', load: () => import('../pages/analysis/AnalysisPage.tsx') },
  { path: 'data-sosial', load: () => import('../pages/social/SocialDataPage.tsx') },
  { path: 'laporan', load: () => import('../pages/reports/ReportsPage.tsx') },
  { path: 'ikm', load: () => import('../pages/ikm/IkmPage.tsx') },
  { path: 'akip', load: () => import('../pages/akip/AkipPage.tsx') },
  { path: 'reviu', load: () => import('../pages/review/ReviewPage.tsx') },
  { path: 'impor', load: () => import('../pages/import/ImportPage.tsx') },
];

function element(page: Page) {
  const Lazy = lazy(page.load);
  return <Lazy />;
}

const routes: RouteObject[] = [
  { path: '/masuk', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      ...TOP_PAGES.map((page) => ({ path: page.path, element: element(page) })),
      {
        path: '/instansi/:agencyId',
        children: AGENCY_PAGES.map((page) =>
          page.path === ''
            ? { index: true, element: element(page) }
            : { path: page.path, element: element(page) },
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);

/** Starts loading the chunk of the page at `pathname` (the module is fetched once; lazy() then finds it). */
export function preloadPageOf(pathname: string): void {
  const pages = [
    ...TOP_PAGES,
    ...AGENCY_PAGES.map((page) => ({ ...page, path: `/instansi/:agencyId/${page.path}` })),
  ];
  const matched = matchRoutes(
    pages.map((page) => ({ path: page.path })),
    pathname,
  );
  const path = matched?.at(-1)?.route.path;
  // a failed fetch is left to the page itself (lazy() loads it again and the error boundary shows it)
  pages
    .find((page) => page.path === path)
    ?.load()
    .catch(() => undefined);
}
