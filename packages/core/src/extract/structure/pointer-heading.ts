import type { OutlineNode } from './outline.js';

// Where the work is listed instead: "见附件1", "详见下表", "见附表《…分工表》", "按附件《…分工表》组织实施",
// "按照《…任务分解表》(附件)落实".
const POINTER = /(?:详见|具体见|参见|见|按照?|对照)(?:附件|附表|下表|以下表格)|《[^《》]{2,40}(?:表|清单)》\s*[((]附件\d*[))]/;

// What the pointer hands over: the tasks or their division of work, not a standard or a form ("建设标准见附件").
const TASK_WORD = /任务|分工|牵头|责任单位|清单/;

// A section label and nothing else: "重点任务", "主要任务" (no clause, no sentence punctuation).
const BARE_LABEL = /^[^,,。;;::()()]{2,12}$/;

/**
 * True for a heading whose body opens by sending the reader to a table or an attachment for its tasks
 * ("二、重点任务" ⏎ "重点任务及责任分工见下表。"): the rows there are the duties, the heading is none.
 */
export function pointsToTaskTable(node: OutlineNode): boolean {
  const label = node.head.text.slice(node.marker.length).trim();
  if (!node.body.length || !BARE_LABEL.test(label)) return false;
  const body = node.body.map((l) => l.text.trim()).join('');
  const first = body.split('。')[0] ?? '';
  return POINTER.test(first) && TASK_WORD.test(first);
}
