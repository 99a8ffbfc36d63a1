// The dashboard as GET /api/dashboard returns it (packages/services/src/reporting/dashboard-service.ts), plus the
// per-area figures the page derives from the plan's task list.

import type { ApiResponse, Task } from '../../api/types.js';

/** GET /api/dashboard. */
export type DashboardResponse = ApiResponse<'GET /api/dashboard'>;

/** Rates arrive as 0..1; the page shows percentages with one decimal. */
export function pct(rate: number | null | undefined): number | null {
  return rate == null ? null : Math.round(rate * 1000) / 10;
}

/** The on-time rate over all units (reports on time / reports expected). */
export function overallOnTime(d: DashboardResponse): number | null {
  const expected = d.onTime.reduce((s, u) => s + u.expected, 0);
  return expected ? Math.round((d.onTime.reduce((s, u) => s + u.onTime, 0) / expected) * 1000) / 10 : null;
}

/** Tasks per action area (the first level of the section path), with how many are completed. */
export function byArea(tasks: Task[]): { area: string; total: number; completed: number }[] {
  const m = new Map<string, { area: string; total: number; completed: number }>();
  for (const task of tasks) {
    // "二、重点任务" is a heading over the real action areas ("(一)健康知识普及行动"): use the level below it.
    const area =
      (task.path.length > 1 && /重点任务|主要任务|工作任务|任务分工/.test(task.path[0]!) ? task.path[1] : task.path[0]) ?? '其他';
    const row = m.get(area) ?? { area, total: 0, completed: 0 };
    row.total++;
    if (task.status === 'completed') row.completed++;
    m.set(area, row);
  }
  return [...m.values()];
}
