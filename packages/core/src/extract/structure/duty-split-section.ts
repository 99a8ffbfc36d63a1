import { parseAttributionText } from './attribution.js';
import type { OutlineNode } from './outline.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/** A section that only splits the duties among units: "四、责任分工", "(五)部门职责分工". */
const SPLIT_HEAD = /^(?:部门)?(?:责任|任务|职责|工作|部门)分工$/;
/** "健康知识普及行动由县卫生健康委牵头,县委宣传部配合": an area of the plan named, then its roles after 由. */
const AREA_ROLES = /^(?:其中,?)?([^,,。;;由]{2,30}?)由(.+)$/;

/**
 * "四、责任分工" ⏎ "健康知识普及行动由X牵头,Y、Z配合;全民健身行动由W牵头,V配合。": a closing section that names the
 * lead and 配合 units of whole areas by their headings. Each named heading's items take those roles (an item's own
 * attribution still wins), and the section, which prescribes no work of its own, is taken out of the outline.
 * Only the roots from `from` on (the plan after its covering notice) are read. Mutates the outline.
 */
export function applyDutySplitSections(roots: OutlineNode[], dir: UnitDirectory, from = 0): void {
  const all: OutlineNode[] = [];
  const walk = (list: OutlineNode[]) => {
    for (const n of list) {
      all.push(n);
      walk(n.children);
    }
  };
  walk(roots.slice(from));
  for (const node of all) {
    if (node.children.length || !node.body.length || !SPLIT_HEAD.test(headingName(node))) continue;
    let applied = 0;
    for (const clause of node.body
      .map((l) => l.text)
      .join('')
      .split(/[。;;]/)) {
      const m = AREA_ROLES.exec(clause.trim());
      if (!m) continue;
      const roles = parseAttributionText((m[2] ?? '').trim(), dir);
      if (!roles?.lead.length) continue;
      const name = (m[1] ?? '').trim();
      const area = all.find((n) => n !== node && n.children.length && headingName(n) === name);
      if (!area) continue;
      area.groupRoles ??= { lead: roles.lead, participants: roles.participants, separateLeads: roles.separateLeads };
      applied++;
    }
    if (!applied) continue;
    const siblings = node.parent ? node.parent.children : roots;
    siblings.splice(siblings.indexOf(node), 1);
  }
}

/** A heading's words without its number and closing punctuation. */
function headingName(node: OutlineNode): string {
  return node.head.text
    .slice(node.marker.length)
    .trim()
    .replace(/[。::;;]$/, '');
}
