import type { AnyRoute } from '../route.js';
import { assessmentRoutes } from './assessment.js';
import { authRoutes } from './auth.js';
import { deliveryRoutes } from './delivery.js';
import { directoryRoutes } from './directory.js';
import { metaRoutes } from './meta.js';
import { outputRoutes } from './outputs.js';
import { planEditingRoutes } from './plan-editing.js';
import { planRoutes } from './plans.js';
import { reportingRoutes } from './reporting.js';
import { supervisionRoutes } from './supervision.js';
import { taskRoutes } from './tasks.js';
import { userRoutes } from './users.js';

/**
 * The route table: every route module, in one list (the OpenAPI document is generated from it).
 * A new resource declares its routes in `apiContract` (core/src/api/contract.ts), registers them in its own
 * `routes/<resource>.ts` with `route(apiContract[…], …)`, exporting `AnyRoute[]`, and adds one line here.
 */
export const allRoutes: AnyRoute[] = [
  ...metaRoutes,
  ...authRoutes,
  ...directoryRoutes,
  ...userRoutes,
  ...planRoutes,
  ...taskRoutes,
  ...planEditingRoutes,
  ...reportingRoutes,
  ...supervisionRoutes,
  ...outputRoutes,
  ...deliveryRoutes,
  ...assessmentRoutes,
];
