import type { UnitDirectory } from '../units/unit-directory.js';
import { findBracketAttributions, type Attribution, type Roles } from './attribution.js';
import type { OutlineNode } from './outline.js';
import { HAS_ROLE_VERB, LEAD_LABEL_SOURCE, PART_LABEL_SOURCE, RESP_LABEL_SOURCE } from './role-labels.js';

const ROLE_NAMED = new RegExp(`${HAS_ROLE_VERB.source}|${LEAD_LABEL_SOURCE}|${PART_LABEL_SOURCE}|${RESP_LABEL_SOURCE}`);

/**
 * The roles a heading's own bracket gives the items beneath it ("一、…(市农业农村局牵头)",
 * "二、…(X、Y按职责分工负责)"): the nearest heading above the node whose text closes with an attribution that
 * names a lead; null when none does.
 */
export function headingOwner(node: OutlineNode, dir: UnitDirectory): Roles | null {
  for (let p = node.parent; p; p = p.parent) {
    const found = findBracketAttributions(p.head.text, dir);
    const last = found[found.length - 1];
    if (last?.lead.length) return last;
  }
  return null;
}

/**
 * An item's own bracket that is a bare unit list ("(市财政局、市水利局)"), written under a heading that names the
 * owner of every item beneath it: the heading's units lead, the item's units take part (a list that names no
 * role adds units to the heading's; it does not take the lead from it). Null when the item's bracket names roles
 * (牵头 / 配合 / 牵头单位:), so that it speaks for itself, or when no heading above names an owner.
 */
export function ownerWithBareList(node: OutlineNode, text: string, own: Attribution, dir: UnitDirectory): Roles | null {
  const inner = text.slice(own.start + 1, own.end - 1);
  if (ROLE_NAMED.test(inner) || own.statesOrderRule) return null;
  const owner = headingOwner(node, dir);
  if (!owner) return null;
  const participants = [...own.lead, ...own.participants].filter((n) => !owner.lead.includes(n));
  return { lead: owner.lead, participants, separateLeads: owner.separateLeads };
}
