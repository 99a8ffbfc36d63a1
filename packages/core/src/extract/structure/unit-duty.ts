import { closingTimeFrame, findDeadlinePhrases } from '../dates/index.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import type { TaskKind } from '../plan-schema.js';
import type { OutlineNode } from './outline.js';
import type { DraftTask } from './prose-tasks.js';
import type { Line } from './lines.js';
import { LABEL_START } from './item-text.js';
import { rolesFromList, type Roles } from './attribution-roles.js';

/** "市住建局:负责…": a unit list, a colon, then the text of its duty. */
const UNIT_COLON = /^([^::,,。;;!!??]{2,40}?)\s*[::]\s*(?=\S)/;

/**
 * The units a paragraph opens with, when it is written unit first ("区疾控中心:规范肿瘤登记…", "市爱卫办:负责…"):
 * the roles of that list (the first unit leads) and where the duty's own text starts. Null when what stands before
 * the colon is not a list of units (a field label, a lead phrase).
 */
export function unitOpening(text: string, dir: UnitDirectory): (Roles & { end: number }) | null {
  const m = UNIT_COLON.exec(text);
  // A role or time-limit label ("牵头单位:X") or a stage with its dates ("动员部署(2026年5月—6月):") is no unit.
  if (!m?.[1] || LABEL_START.test(text) || /\d/.test(m[1])) return null;
  const roles = rolesFromList(m[1], dir);
  return roles?.lead.length ? { ...roles, end: m[0].length } : null;
}

/**
 * "三、职责分工" ⏎ "市爱卫办:负责…" ⏎ "市住建局:负责…": a heading whose body is a run of unit-first paragraphs, one
 * per unit. Each paragraph is that unit's duty. Null unless there are two or more and every body line is one.
 */
export function unitDutyLines(body: Line[], dir: UnitDirectory): { line: Line; roles: Roles; at: number }[] | null {
  if (body.length < 2) return null;
  const out: { line: Line; roles: Roles; at: number }[] = [];
  for (const line of body) {
    const opened = unitOpening(line.text, dir);
    if (!opened) return null;
    const { end, ...roles } = opened;
    out.push({ line, roles, at: end });
  }
  return out;
}

/** The tasks of a heading whose body is a run of unit-first paragraphs (see unitDutyLines), or null. */
export function unitDuties(
  node: OutlineNode,
  kind: TaskKind,
  path: string[],
  dir: UnitDirectory,
  planYear: number | null,
): DraftTask[] | null {
  if (node.children.length || node.head.text.slice(node.marker.length).trim().length > 30) return null;
  const lines = unitDutyLines(node.body, dir);
  if (!lines) return null;
  return lines.map(({ line, roles, at }) => {
    const text = line.text.slice(at).trim();
    const phrases = findDeadlinePhrases(text, planYear);
    return {
      kind,
      number: null,
      path,
      title: null,
      text,
      ...roles,
      due: [...new Set(phrases.map((p) => p.date))],
      ongoing: closingTimeFrame(text),
      deadlineText: phrases.map((p) => p.text).join('、') || null,
      start: line.start + at,
      end: line.end,
      line: line.line,
    };
  });
}
