import { parseDeadlineCell } from '../dates/index.js';
import type { TaskKind } from '../plan-schema.js';
import type { Line } from './lines.js';
import type { OutlineNode } from './outline.js';

/** "第一阶段:动员部署(2026年4月—5月)。" / "第二阶段(6月—9月):集中推进": a stage opening a line of a step section. */
const STAGE_LINE = /^\s*(第[一二三四五六七八九十]{1,3}阶段)\s*[::,,((]/;

/** The date range in a step's heading ("(2021年3月—4月)", "2023年7月至2024年12月") → its end. */
export function stepDue(head: string, planYear: number | null): string[] {
  const m = /[((]([^()()]*\d[^()()]*)[))]/.exec(head) ?? /(\d{4}年[^,,。;;]*?(?:至|—|-|~|到)[^,,。;;]*?月(?:底|末)?)/.exec(head);
  if (!m?.[1]) return [];
  // "(20xx年3月1日—30日)": a template's placeholder year; the year is not written, so neither is the date.
  if (/20[xX×]{2}\s*年/.test(m[1])) return [];
  // "3月1日—30日": the range ends on a day of the same month.
  const range = m[1].replace(/(\d{1,2})\s*月\s*\d{1,2}\s*日\s*(?:—{1,2}|–|-|~|至|到)\s*(\d{1,2})\s*日/, '$1月$2日');
  const due = parseDeadlineCell(range, planYear).due;
  const last = [...due].sort().pop();
  return last ? [last] : [];
}

/** One stage of a step section read from its lines, before it becomes a draft task. */
export interface StageLine {
  number: string;
  text: string;
  due: string[];
  start: number;
  end: number;
  line: number;
}

/**
 * "二、时间安排" ⏎ "第一阶段:动员部署(2026年4月—5月)。" ⏎ "第二阶段:…": a step section whose stages are written as
 * lines labelled by stage rather than numbered. Each stage (with any lines that run on after it) is one step, due
 * at the end of its range. Null unless the node is a step leaf with at least two such lines.
 */
export function stageLines(node: OutlineNode, kind: TaskKind, planYear: number | null): StageLine[] | null {
  if (kind !== 'step' || node.children.length) return null;
  const opens = node.body.filter((l) => STAGE_LINE.test(l.text));
  if (opens.length < 2) return null;
  const out: StageLine[] = [];
  let cur: Line[] = [];
  const flush = () => {
    const first = cur[0];
    const last = cur[cur.length - 1];
    if (!first || !last) return;
    const text = cur.map((l) => l.text.trim()).join('\n');
    const stop = text.indexOf('。');
    out.push({
      number: STAGE_LINE.exec(first.text)?.[1] ?? '',
      text,
      due: stepDue(stop > 0 ? text.slice(0, stop) : text, planYear),
      start: first.start,
      end: last.end,
      line: first.line,
    });
  };
  for (const l of node.body) {
    if (STAGE_LINE.test(l.text)) {
      flush();
      cur = [l];
    } else if (cur.length) cur.push(l);
  }
  flush();
  return out;
}
