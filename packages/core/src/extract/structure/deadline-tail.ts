import { DEADLINE_LABEL_SOURCE, LEAD_LABEL_SOURCE, PART_LABEL_SOURCE, RESP_LABEL_SOURCE } from './role-labels.js';

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

const LIMIT_AFTER = new RegExp(`^[。;;,,\\s]*(?:${DEADLINE_LABEL_SOURCE})\\s*[::]\\s*([^\\n]+?)[。;;]?\\s*$`);

/**
 * "…(牵头单位:X;配合单位:Y)完成时限:2026年12月。": a time-limit label written after an item's closing attribution,
 * on the same line, ending the item. `rest` is the item's text after that attribution; null when it is anything else.
 */
export function limitLabelAfter(rest: string): string | null {
  return LIMIT_AFTER.exec(rest)?.[1]?.trim() || null;
}
