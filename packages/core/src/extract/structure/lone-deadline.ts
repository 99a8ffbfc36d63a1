import { isDeadlineCell } from './deadline-shape.js';
import { DEADLINE_LABEL_SOURCE } from './role-labels.js';

/** "(完成时限:2026年3月—6月)": a bracket holding nothing but a time-limit label and its value. */
const BRACKETED_LIMIT = new RegExp(`[((【]\\s*(?:${DEADLINE_LABEL_SOURCE})\\s*[::]\\s*([^()()【】::]+?)\\s*[))】]`);

/**
 * The time limit written on its own line right after an item's closing attribution ("…(牵头单位:X)" ⏎
 * "2026年6月底前"), or null. `rest` is the item's text after that attribution.
 */
export function deadlineLineAfter(rest: string): string | null {
  const m = /^[。;;,,\s]*\n([^\n]+)/.exec(rest);
  const line = m?.[1]?.trim().replace(/[。;;]+$/, '');
  return line && isDeadlineCell(line) ? line : null;
}

/** The value of a bracketed time-limit label inside a duty's text ("…栏目(完成时限:2026年3月—6月)。"), or null. */
export function bracketedDeadline(text: string): string | null {
  const v = BRACKETED_LIMIT.exec(text)?.[1]?.trim();
  return v && isDeadlineCell(v) ? v : null;
}
