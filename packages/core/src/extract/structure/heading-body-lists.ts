import type { UnitDirectory } from '../units/unit-directory.js';
import { findInlineList, inlineListTasks } from './inline-list.js';
import { headingLabel, kindOf, sectionClass, type DraftTask } from './prose-tasks.js';
import { ancestors, type OutlineNode } from './outline.js';

/**
 * Duties written as an inline list in the body of a heading that also has numbered items
 * ("(二)构建健康社会" ⏎ "要着力抓好以下工作:(1)…;(2)…;(3)…。责任单位:X、Y。" ⏎ "4.…"): a page excerpt that lost
 * its line breaks. Only a list that names its owners counts — an unattributed run-in list in a heading's intro
 * announces the items below it rather than adding duties of its own.
 */
export function headingBodyListTasks(node: OutlineNode, dir: UnitDirectory, planYear: number | null): DraftTask[] {
  if (!node.children.length || !node.body.length) return [];
  const kind = kindOf(sectionClass(node, true));
  const top = ancestors(node)[0] ?? node;
  const path = [...(top.section ? [top.section] : []), ...ancestors(node).map(headingLabel), headingLabel(node)];
  const out: DraftTask[] = [];
  for (const line of node.body) {
    const list = findInlineList(line.text, null);
    if (!list) continue;
    const ctx = { kind, path, toSource: (i: number) => line.start + i, lineOf: () => line.line, inherited: null };
    const tasks = inlineListTasks(line.text, list, ctx, dir, planYear);
    if (tasks.every((t) => t.lead.length || t.participants.length)) out.push(...tasks);
  }
  return out;
}
