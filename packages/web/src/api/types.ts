// Names the web app uses for the API's shapes. Every one is derived (type-only) from the zod schemas in
// packages/core/src/api, through the route contract where it is a route's answer: nothing here is written by hand.
import type { ApiResponse, RoleName } from '@duban/core';

export type { ApiInput, ApiResponse, ApiRoute } from '@duban/core';

export type Role = RoleName;

export type User = ApiResponse<'GET /api/users'>[number];
export type Session = ApiResponse<'GET /api/auth/me'>;
export type Unit = ApiResponse<'GET /api/units'>[number];
export type Plan = ApiResponse<'GET /api/plans'>['items'][number];
export type PlanDetail = ApiResponse<'GET /api/plans/:id'>;
export type Task = PlanDetail['tasks'][number];
export type TaskUnit = Task['units'][number];
export type TaskDetail = ApiResponse<'GET /api/tasks/:id'>;
export type AuditEntry = ApiResponse<'GET /api/audit'>['items'][number];
export type Diagnostic = PlanDetail['diagnostics'][number];
export type Span = NonNullable<Task['source']>;
export type Indicator = ApiResponse<'GET /api/indicators'>[number];
export type Period = ApiResponse<'GET /api/plans/:id/periods'>['items'][number];
