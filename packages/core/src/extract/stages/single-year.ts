import type { ExtractedIndicator, ExtractedTask } from '../plan-schema.js';
import type { PlanContext } from './plan-context.js';

const YEAR_SPAN_RE = /\d{4}\s*年?\s*[—–\-~～至]\s*\d{4}\s*年/;

/**
 * A plan whose title names no year (创建工作方案, 迎检任务分解表) but whose every dated task falls in the plan year is a
 * plan for that year, as an annual plan is: its targets without a deadline of their own are due at the year's end.
 * An inspection report's counts (findings) are left alone, and so is a plan with fewer than two dated tasks.
 */
export function dueInPlanYear(
  tasks: ExtractedTask[],
  indicators: ExtractedIndicator[],
  ctx: PlanContext,
  title: string | null = null,
): void {
  const year = ctx.planYear;
  if (ctx.annual || ctx.findings || year === null) return;
  // "…工作方案(2024—2025年)": the title sets a span of years; dated tasks that all fall in its first year do not shorten it.
  if (title !== null && YEAR_SPAN_RE.test(title.normalize('NFKC'))) return;
  const dates = tasks.flatMap((t) => t.due);
  if (tasks.filter((t) => t.due.length > 0).length < 2 || dates.some((d) => !d.startsWith(`${year}-`))) return;
  for (const ind of indicators) if (!ind.due) ind.due = `${year}-12-31`;
}
