import type { ExtractedTask } from '../plan-schema.js';

/**
 * "清单中未列牵头单位的事项,责任单位即为牵头单位": a document's legend saying that where an item names no lead, every
 * unit of its 责任单位 list leads (not only the first).
 */
const UNLISTED_LEAD_LEGEND =
  /未(?:列|列明|注明|标明|明确)牵头单位的(?:事项|任务|项目|工作)?[,,]?(?:其)?(?:责任单位|主责单位)(?:即|均|即均)?为牵头单位/;
/**
 * "方案所列“责任单位”为项目牵头单位", "各责任单位为牵头单位": the 责任单位 slot itself is named the lead slot. Not
 * "表中第一责任单位为牵头单位" (the first-unit rule).
 */
const RESPONSIBLE_LEAD_LEGEND = /(?<!第一|首位|第一位的?)[“"‘]?责任单位[”"’]?(?:即|均|即均)?为(?:项目|任务)?牵头单位/;
/** An attribution written as a 责任单位 list. */
const RESPONSIBLE_LABEL = /责任单位[::]/;
/** Any slot or word naming a lead or a helper: such an item's roles are as written. */
const OTHER_ROLE = /牵头|主责|主办|配合|协办|协助|参与|按照?(?:各自)?职责|分别负责|各负其责/;

/**
 * Under either legend, an item attributed by a bare 责任单位 list has all its units as leads. Mutates the tasks.
 */
export function applyUnlistedLeadRule(tasks: ExtractedTask[], text: string): void {
  if (!UNLISTED_LEAD_LEGEND.test(text) && !RESPONSIBLE_LEAD_LEGEND.test(text)) return;
  for (const t of tasks) {
    if (!t.participants.length || !RESPONSIBLE_LABEL.test(t.text) || OTHER_ROLE.test(t.text)) continue;
    t.lead = [...t.lead, ...t.participants];
    t.participants = [];
    for (const u of t.units) u.role = 'lead';
  }
}
