import type { ExtractedIndicator } from '../plan-schema.js';
import { cellTarget } from './indicator-comparator.js';
import { findQuantities } from './indicator-numbers.js';
import { QuotedSpans } from './indicator-text.js';

/** A goal column's header (工作目标, 年度目标, 目标值, 2024年目标): its cells state the row's target. */
export const GOAL_HEADER = /^(?:\d{4}年)?(?:工作|年度|预期|主要)?目标(?:值)?$/;

/**
 * A goal cell that is only a value ("≤1个工作日", "30%", "10项", "≤1%"): the duty beside it names what is measured.
 * A cell with words of its own ("压减20%以上", "满意率≥95%") is read as prose.
 */
export function isValueGoal(cell: string): boolean {
  return /^[≤≥<>=＜＞]?\d[\d.]*(?:%|‰|[\p{Script=Han}]{1,4})?(?:以上|以下|以内)?$/u.test(cell.replace(/\s+/g, ''));
}

/**
 * A short cell of a goal column that only a duty table has ("抽检量≥6000批次", "评选500户"): one quantity and the
 * few words that say what it counts. The column holds nothing else, so it is read as the row's target.
 */
export function isShortGoal(cell: string): boolean {
  const c = cell.normalize('NFKC').replace(/\s+/g, '');
  return c.length <= 12 && /^[\p{Script=Han}“”"]{0,6}[≤≥<>=]?\d[\d.]*(?:%|‰|\p{Script=Han}{1,4})?(?:以上|以下|以内)?$/u.test(c);
}

/**
 * The target a value-only goal cell states, read as a table cell (a bare number is "="), its text the duty and the
 * cell together so that it shows what is measured.
 */
export function goalIndicator(
  duty: string,
  goal: string,
  source: { start: number; end: number; line: number },
  due: string | null,
): ExtractedIndicator | null {
  const c = goal.normalize('NFKC').replace(/\s+/g, '');
  const t = cellTarget(c);
  if (!t) return null;
  const q = t.quantity;
  const name =
    duty
      .split(/[,,;;。\n]/)
      .filter(Boolean)
      .at(-1)
      ?.trim() ?? duty;
  return {
    name,
    text: `${duty}\n${goal}`,
    baseline: null,
    target: q.value,
    unit: c.slice(q.unitFrom, q.unitTo),
    comparator: t.comparator,
    due,
    source,
  };
}

const GOAL_DATE_NOTE = /[“"‘]?(?:工作|年度)?目标(?:值)?[”"’]?(?:栏)?(?:为|是|指)(\d{4})\s*年(?:末|底)/;

/** "“工作目标”为2026年末应达到的目标值": the year end a note gives the goal column's values, or null. */
export function goalColumnDue(text: string): string | null {
  const m = GOAL_DATE_NOTE.exec(text);
  return m?.[1] ? `${m[1]}-12-31` : null;
}

/**
 * The target a benchmark table's row sets ("开办企业" | 现状 "1个工作日" | 提升目标 "0.5个工作日以内"): read as a goal
 * cell under the measure's name, with the present value as its baseline when it is counted in the same unit.
 */
export function benchmarkIndicator(
  name: string,
  baseline: string | null,
  goal: string,
  source: { start: number; end: number; line: number },
  due: string | null,
): ExtractedIndicator | null {
  const read = goalIndicator(name, goal, source, due);
  if (!read) return null;
  const b = (baseline ?? '').normalize('NFKC').replace(/\s+/g, '');
  const from = findQuantities(b, new QuotedSpans(b)).find((q) => b.slice(q.unitFrom, q.unitTo) === read.unit);
  return {
    ...read,
    name,
    text: [name, baseline, goal].filter(Boolean).join('\n'),
    baseline: from ? from.value : null,
  };
}
