// Shapes of the API. Plan/task/unit/user/audit types come from the shared schemas in packages/core/src/api
// (type-only: nothing of core reaches the bundle); reporting shapes are kept loose where the server may add fields.
import type { AuditEntry as CoreAuditEntry, IndicatorView, PlanDetail as CorePlanDetail, PlanView, SessionView, TaskDetail as CoreTaskDetail, TaskView, UnitView, UserView } from '@duban/core';

export type Role = 'admin' | 'liaison' | 'leader' | 'viewer' | string;
export type Colour = 'red' | 'yellow' | 'blue' | 'green' | 'none' | string;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type User = UserView;
export type Session = SessionView;
export type Unit = UnitView;
export type Plan = PlanView;
export type PlanDetail = CorePlanDetail;
export type Task = TaskView;
export type TaskUnit = TaskView['units'][number];
export type TaskDetail = CoreTaskDetail;
export type AuditEntry = CoreAuditEntry;
export type Diagnostic = CorePlanDetail['diagnostics'][number];
export type Span = NonNullable<TaskView['source']>;

/** An indicator, with the reporting figures the server may add. */
export interface Indicator extends IndicatorView {
  latest?: number | null;
  achievement?: number | null;
  values?: { period?: string; at?: string; value: number }[];
}
