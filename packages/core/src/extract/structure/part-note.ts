import { parseAttributionText } from './attribution.js';
import { PART_VERBS } from '../lexicons/role-words.js';
import { alternation } from '../lexicons/pattern.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A remark that is nothing but units and a participating verb at its end (X、Y配合; Z等单位参与). */
const PART_TAIL = new RegExp(`${alternation(PART_VERBS)}[。.]?$`);

/**
 * True when a remark cell of a duty table (备注, 说明) names units that take part in the row's duty
 * ("八一镇人民政府、林芝镇人民政府配合"). A remark naming a unit that runs or does something itself
 * ("X公司负责运营") is not: only a list closed by a participating verb counts.
 */
export function isPartNote(text: string, dir: UnitDirectory): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t.length > 80 || !PART_TAIL.test(t)) return false;
  const roles = parseAttributionText(t.replace(/[。.]$/, ''), dir);
  return !!roles && !roles.lead.length && roles.participants.length > 0 && !roles.deadlineText;
}
