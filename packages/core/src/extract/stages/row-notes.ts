import type { ExtractedTask } from '../plan-schema.js';

// "注:4号项目由X、Y按职责分工,分别负责…", "第3项任务由…按职责分工负责": a note naming rows by number.
const NUMBERED_NOTE =
  /(?:第\s*(\d{1,3})\s*项|(\d{1,3})\s*号)(?:项目|任务|事项|工作)?[^。;;\n]{0,40}?(?:按照?(?:各自)?职责分工|分别负责|各负其责)/g;

// "注:牵头单位为两个以上的,按职责分工分别负责", "牵头单位有多个的,各自按职责分别负责": a rule for every row with several leads.
const SEVERAL_LEADS_NOTE =
  /牵头(?:单位|部门)(?:为|有)?(?:两|二|2|多)个(?:及)?(?:以上)?的[,,]?[^。;;\n]{0,12}?(?:按照?(?:各自)?职责(?:分工)?(?:分别|各自)负责|分别负责|各负其责)/;

/**
 * A note under a table that says the leads of a numbered row answer each for their part: that row's leads (when
 * several) become separate; a note saying so of every row with several leads makes all of them separate. Mutates the
 * tasks.
 */
export function applySeparateRowNotes(tasks: ExtractedTask[], text: string): void {
  if (SEVERAL_LEADS_NOTE.test(text)) for (const t of tasks) if (t.lead.length > 1) t.separateLeads = true;
  for (const m of text.matchAll(NUMBERED_NOTE)) {
    const n = m[1] ?? m[2];
    for (const t of tasks) if (t.number === n && t.lead.length > 1) t.separateLeads = true;
  }
}
