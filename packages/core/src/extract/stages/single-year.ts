import type { ExtractedIndicator, ExtractedTask } from '../plan-schema.js';
import type { PlanContext } from './plan-context.js';

const YEAR_SPAN_RE = /\d{4}\s*年?\s*[—–\-~～至]\s*\d{4}\s*年/;
/**
 * The plan's own period, stated under a 活动时间 / 实施时间 heading or label: "活动时间:2026年4月1日至4月30日". Read
 * once over the text; the end of the range is what a month's campaign (爱国卫生月) is due by. A campaign announced to run
 * "即日起至2026年4月25日" states its period the same way.
 */
const PERIOD_RE =
  /(?:(?:活动|实施|行动|开展)时间\s*[::。]?\s*(?:为)?\s*(?:(\d{4})\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:自|从)?即日起)\s*(?:[—–\-~～至到])\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;

/**
 * A plan whose title names no year (创建工作方案, 迎检任务分解表) but whose every dated task falls in the plan year is a
 * plan for that year, as an annual plan is: its targets without a deadline of their own are due at the year's end,
 * or at the end of the period the plan states for itself within that year (活动时间:4月1日至4月30日).
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
  const end = periodEnd(ctx.sourceText, year) ?? `${year}-12-31`;
  for (const ind of indicators) if (!ind.due) ind.due = end;
}

/** The end of the period the plan states for itself, when it falls in the plan year; else null. */
function periodEnd(text: string, year: number): string | null {
  const m = PERIOD_RE.exec(text.normalize('NFKC'));
  if (!m) return null;
  const y = Number(m[2] ?? m[1] ?? year);
  const month = Number(m[3]);
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const day = m[4] ? Number(m[4]) : last;
  if (y !== year || month < 1 || month > 12 || day < 1 || day > last) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
