import type { ExtractedIndicator, ExtractedTask } from '../plan-schema.js';
import type { PlanContext } from './plan-context.js';

/**
 * A plan whose title names no year (创建工作方案, 迎检任务分解表) but whose every dated task falls in the plan year is a
 * plan for that year, as an annual plan is: its targets without a deadline of their own are due at the year's end.
 * An inspection report's counts (findings) are left alone, and so is a plan with fewer than two dated tasks.
 */
export function dueInPlanYear(tasks: ExtractedTask[], indicators: ExtractedIndicator[], ctx: PlanContext): void {
  const year = ctx.planYear;
  if (ctx.annual || ctx.findings || year === null) return;
  const dates = tasks.flatMap((t) => t.due);
  if (tasks.filter((t) => t.due.length > 0).length < 2 || dates.some((d) => !d.startsWith(`${year}-`))) return;
  for (const ind of indicators) if (!ind.due) ind.due = `${year}-12-31`;
}
