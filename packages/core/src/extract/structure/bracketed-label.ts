import {
  DEADLINE_LABEL_SOURCE,
  LEAD_LABEL_SOURCE,
  PART_LABEL_SOURCE,
  PERSON_LABEL_SOURCE,
  RESP_LABEL_SOURCE,
  ROLE_VERB_SOURCE,
} from './role-labels.js';

const WHOLE_LABEL = new RegExp(
  `^\\s*(?:${PERSON_LABEL_SOURCE}|${LEAD_LABEL_SOURCE}|${PART_LABEL_SOURCE}|${RESP_LABEL_SOURCE}|${DEADLINE_LABEL_SOURCE})\\s*$`,
);
const BARE_VERB = new RegExp(`^\\s*(?:${ROLE_VERB_SOURCE})\\s*$`);

/**
 * True when a bracket group holds nothing but a field label ("【牵头单位】", "〔完成时限〕", "[配合部门]"): the label
 * is written in brackets and its value follows the closer. A round group holding a bare role verb, "X(牵头)",
 * is a role marker on the unit before it, not a label.
 */
export function isBracketedLabel(opener: string, inner: string): boolean {
  if (!WHOLE_LABEL.test(inner)) return false;
  const round = opener === '(' || opener === '(';
  return !(round && BARE_VERB.test(inner));
}
