import type { ExtractedTask } from '../plan-schema.js';

// "注:4号项目由X、Y按职责分工,分别负责…", "第3项任务由…按职责分工负责": a note naming rows by number.
const NUMBERED_NOTE =
  /(?:第\s*(\d{1,3})\s*项|(\d{1,3})\s*号)(?:项目|任务|事项|工作)?[^。;;\n]{0,40}?(?:按照?(?:各自)?职责分工|分别负责|各负其责)/g;

/**
 * A note under a table that says the leads of a numbered row answer each for their part: that row's leads (when
 * several) become separate. Mutates the tasks.
 */
export function applySeparateRowNotes(tasks: ExtractedTask[], text: string): void {
  for (const m of text.matchAll(NUMBERED_NOTE)) {
    const n = m[1] ?? m[2];
    for (const t of tasks) if (t.number === n && t.lead.length > 1) t.separateLeads = true;
  }
}
