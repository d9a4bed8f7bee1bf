/**
 * The address of every page. Each page is its own chunk (React.lazy), so the
 * first load carries only the shell and the login page.
 */
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../pages/login/LoginPage.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { NotFound } from './NotFound.tsx';
import { RequireSession } from './RequireSession.tsx';

const AgencyDashboardPage = lazy(() => import('../pages/dashboard/AgencyDashboardPage.tsx'));
const RegionDashboardPage = lazy(() => import('../pages/dashboard/RegionDashboardPage.tsx'));
const RenstraPage = lazy(() => import('../pages/renstra/RenstraPage.tsx'));
const PkPage = lazy(() => import('../pages/pk/PkPage.tsx'));
const RealisationsPage = lazy(() => import('../pages/realisations/RealisationsPage.tsx'));
const BudgetPage = lazy(() => import('../pages/budget/BudgetPage.tsx'));
const AnalysisPage = lazy(() => import('../pages/analysis/AnalysisPage.tsx'));
const SocialDataPage = lazy(() => import('../pages/social/SocialDataPage.tsx'));
const ReportsPage = lazy(() => import('../pages/reports/ReportsPage.tsx'));
const IkmPage = lazy(() => import('../pages/ikm/IkmPage.tsx'));
const AkipPage = lazy(() => import('../pages/akip/AkipPage.tsx'));
const ReviewPage = lazy(() => import('../pages/review/ReviewPage.tsx'));
const ImportPage = lazy(() => import('../pages/import/ImportPage.tsx'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage.tsx'));

export const router = createBrowserRouter([
  { path: '/masuk', element: <LoginPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: '/', element: <HomeRedirect /> },
      { path: '/wilayah', element: <RegionDashboardPage /> },
      { path: '/admin/*', element: <AdminPage /> },
      {
        path: '/instansi/:agencyId',
        children: [
          { index: true, element: <AgencyDashboardPage /> },
          { path: 'renstra', element: <RenstraPage /> },
          { path: 'pk', element: <PkPage /> },
          { path: 'realisasi', element: <RealisationsPage /> },
          { path: 'anggaran', element: <BudgetPage /> },
          { path: 'analisis', element: <AnalysisPage /> },
          { path: 'data-sosial', element: <SocialDataPage /> },
          { path: 'laporan', element: <ReportsPage /> },
          { path: 'ikm', element: <IkmPage /> },
          { path: 'akip', element: <AkipPage /> },
          { path: 'reviu', element: <ReviewPage /> },
          { path: 'impor', element: <ImportPage /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
