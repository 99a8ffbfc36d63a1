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
