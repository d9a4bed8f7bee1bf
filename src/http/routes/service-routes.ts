/** Every use-case route of the API, in one list (the app registers it; the security tests walk it). */
import type { ServiceRoute } from '../service-route.ts';
import { administerRoutes } from './administer-routes.ts';
import { commitRoutes } from './commit-routes.ts';
import { ikmAkipRoutes } from './ikm-akip-routes.ts';
import { measureRoutes } from './measure-routes.ts';
import { narrativeRoutes } from './narrative-routes.ts';
import { planRoutes } from './plan-routes.ts';
import { recordRoutes } from './record-routes.ts';
import { reportRoutes } from './report-routes.ts';
import { reviewRoutes } from './review-routes.ts';
import { workflowRoutes } from './workflow-routes.ts';

export const serviceRoutes: readonly ServiceRoute[] = [
  ...measureRoutes,
  ...planRoutes,
  ...commitRoutes,
  ...recordRoutes,
  ...administerRoutes,
  ...workflowRoutes,
  ...reportRoutes,
  ...narrativeRoutes,
  ...ikmAkipRoutes,
  ...reviewRoutes,
];
