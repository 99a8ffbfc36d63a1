import { isDeadlineCell } from './deadline-shape.js';
import { DEADLINE_LABEL_SOURCE, LEAD_LABEL_SOURCE, PART_LABEL_SOURCE, RESP_LABEL_SOURCE } from './role-labels.js';

/** "(完成时限:2026年3月—6月)": a bracket holding nothing but a time-limit label and its value. */
const BRACKETED_LIMIT = new RegExp(`[((【]\\s*(?:${DEADLINE_LABEL_SOURCE})\\s*[::]\\s*([^()()【】::]+?)\\s*[))】]`);
/** "【2026年】", "(6月、12月)", "〔持续推进〕" right after the attribution, closing its clause; an optional label inside. */
const OWN_BRACKET = new RegExp(
  `^[ \\t\\u3000]*[((【〔\\[]\\s*(?:(?:${DEADLINE_LABEL_SOURCE})\\s*[::]\\s*)?([^()()【】〔〕\\[\\]\\n]{1,30}?)\\s*[))】〕\\]](?=[ \\t\\u3000]*(?:[。;;,,\\n]|$))`,
);
/** A time-limit label on the same line after the attribution ("…(牵头单位:X)完成时限:2026年12月。"), ending it. */
const SAME_LINE_LABEL = new RegExp(
  `^[ \\t\\u3000。;;,,]*(?:${DEADLINE_LABEL_SOURCE})[ \\t\\u3000]*[::][ \\t\\u3000]*([^\\n]+?)[。;;]?[ \\t\\u3000]*(?=\\n|$)`,
);
/** A line of its own after the attribution ("…(牵头单位:X)" ⏎ "2026年6月底前"). */
const OWN_LINE = /^[。;;,,\s]*\n([^\n]+)/;

/** A time limit written right after an item's attribution, and how much of the text after it that takes. */
export interface TimeLimitAfter {
  value: string;
  /** Characters of `rest` it takes. */
  length: number;
}

/**
 * The time limit written right after an item's attribution, or null. `rest` is the item's text after the
 * attribution (its closing bracket, or its last labelled line): a bracket of its own on the same line
 * ("【X牵头;Y配合】【2026年】"), a time-limit label ending that line ("…(牵头单位:X)完成时限:2026年12月。") or a line of its own ("…(牵头单位:X)" ⏎ "2026年6月底前", "持续推进").
 */
export function timeLimitAfter(rest: string): TimeLimitAfter | null {
  const b = OWN_BRACKET.exec(rest);
  const inner = b?.[1]?.trim();
  if (b && inner && isDeadlineCell(inner)) return { value: inner, length: b[0].length };
  const l = SAME_LINE_LABEL.exec(rest);
  const labelled = l?.[1]?.trim();
  if (l && labelled && isDeadlineCell(labelled)) return { value: labelled, length: l[0].length };
  const m = OWN_LINE.exec(rest);
  const line = m?.[1]?.trim().replace(/[。;;]+$/, '');
  return m && line && isDeadlineCell(line) ? { value: line, length: m[0].length } : null;
}

/** The value of a bracketed time-limit label inside a duty's text ("…栏目(完成时限:2026年3月—6月)。"), or null. */
export function bracketedDeadline(text: string): string | null {
  const v = BRACKETED_LIMIT.exec(text)?.[1]?.trim();
  return v && isDeadlineCell(v) ? v : null;
}

const TAIL = new RegExp(`^(.+?)[;;,,]\\s*(?:${DEADLINE_LABEL_SOURCE})\\s*[::]\\s*(.+)$`);
const ROLE_LABEL = new RegExp(`(?:${LEAD_LABEL_SOURCE}|${PART_LABEL_SOURCE}|${RESP_LABEL_SOURCE})\\s*[::]`);

/**
 * "X牵头,Y配合;完成时限:12月底前" / "X、Y按职责分工负责;完成时限:8月底前": an attribution in verb form that closes
 * on a deadline label. Returns the roles part and the deadline's value; null when the text has no such tail or when
 * its roles are labelled too (then the labels are read together).
 */
export function splitDeadlineTail(text: string): { roles: string; deadline: string } | null {
  const m = TAIL.exec(text);
  if (!m?.[1] || !m[2] || ROLE_LABEL.test(m[1])) return null;
  return { roles: m[1], deadline: m[2].replace(/[。;;]+$/, '') };
}
