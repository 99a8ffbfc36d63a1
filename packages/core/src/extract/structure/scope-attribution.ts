import { splitUnitList } from '../units/unit-name.js';
import { findBracketAttributions, findLabelledLines, isLabelLine, parseAttributionText, type Roles } from './attribution.js';
import { markerValue, readMarker } from './numbering.js';
import { isGroupSentence, readGroupSentence } from './group-sentence.js';
import { isDeadlineCell } from './deadline-shape.js';
import type { OutlineNode } from './outline.js';
import type { UnitDirectory } from '../units/unit-directory.js';

/**
 * Attributions whose scope is wider than the clause they are written in:
 * - a sentence after a group of items, "以上(1)—(3)项由X牵头,Y配合。" / "上述工作由X负责。": every item of
 *   the group (the range it names, else the siblings before it) takes those roles;
 * - a heading that is a bare unit name, "二、区教育局(2项)": the unit leads every item beneath it;
 * - an attribution on a heading line, "3.【X、Y按职责分工负责】": it covers the sub-items.
 */

/** A line after a group of items that gives them all one time limit: "以上任务完成时限:2024年12月底前". */
const GROUP_DEADLINE =
  /^(?:以上|上述|前述)(?:各项|几项)?(?:任务|工作|事项|项目)?(?:的|均)?(?:完成时限|完成时间|时间节点|完成期限)\s*[::]\s*(.+?)[。;;]?$/;

/**
 * Finds group sentences in the items' bodies, takes them out of the item they were read into, and gives
 * their roles to the items they name. Mutates the outline; run once before tasks are read.
 */
export function applyGroupTails(roots: OutlineNode[], dir: UnitDirectory): void {
  const walk = (siblings: OutlineNode[]) => {
    siblings.forEach((node, i) => {
      walk(node.children);
      const at = node.body.findIndex((l) => isGroupSentence(l.text));
      if (at < 0) return;
      const line = node.body[at];
      if (!line) return;
      // A PDF copy breaks the sentence over lines: it runs on until its full stop.
      let whole = line.text;
      let k = at + 1;
      // A time limit on a line of its own after the sentence ("2026年11月底前") is the group's, not more sentence.
      for (; k < node.body.length && k <= at + 3 && !/[。;;]$/.test(whole) && !isDeadlineCell(node.body[k]?.text ?? ''); k++)
        whole += node.body[k]?.text ?? '';
      const lineAfter = node.body[k]?.text.trim().replace(/[。;;]+$/, '') ?? '';
      const sentence = readGroupSentence(whole);
      if (!sentence) return;
      const roles = parseAttributionText(sentence.roles.replace(/[。;;]+$/, ''), dir);
      if (!roles?.lead.length) return;
      node.body.splice(at);
      const { range, count } = sentence;
      const before = siblings.slice(0, i + 1);
      const group = count
        ? before.slice(-count)
        : before.filter((s) => {
            if (!range) return true;
            const n = markerValue(s.marker.number);
            return n !== null && n >= range[0] && n <= range[1];
          });
      for (const s of group) s.groupRoles ??= { lead: roles.lead, participants: roles.participants, separateLeads: roles.separateLeads };
      // "以上三项责任单位:X;完成时限:持续推进": the time limit in the sentence holds for the group too.
      const limit = ('deadlineText' in roles ? roles.deadlineText : null) ?? (isDeadlineCell(lineAfter) ? lineAfter : null);
      if (limit) for (const s of group) s.groupDeadline ??= limit;
    });
  };
  const trailing = (siblings: OutlineNode[]) => {
    for (const node of siblings) trailing(node.children);
    const last = siblings[siblings.length - 1];
    const at = last ? last.body.findIndex((l) => GROUP_DEADLINE.test(l.text.trim())) : -1;
    if (last && at >= 0 && siblings.length >= 2) {
      const value = GROUP_DEADLINE.exec(last.body[at]?.text.trim() ?? '')?.[1]?.trim() ?? '';
      last.body.splice(at, 1);
      if (value) for (const s of siblings) s.groupDeadline ??= value;
    }
  };
  walk(roots);
  trailing(roots);
  applyClosingLabels(roots, dir);
}

/**
 * "1.…" ⏎ "2.…" ⏎ "3.…" ⏎ "责任单位:X、Y": role lines after the last item of a group, none before, name the owners of
 * the whole group (each item read with a role line of its own is a record per item, and is left alone).
 */
function applyClosingLabels(roots: OutlineNode[], dir: UnitDirectory): void {
  const walk = (siblings: OutlineNode[]) => {
    for (const node of siblings) walk(node.children);
    const last = siblings[siblings.length - 1];
    if (!last || siblings.length < 2 || last.children.length) return;
    const fields = last.body.filter((l) => isLabelLine(l.text));
    if (!fields.length || !isLabelLine(last.body[last.body.length - 1]?.text ?? '')) return;
    const before = siblings.slice(0, -1);
    const bare = (n: OutlineNode) =>
      n.children.length === 0 && n.body.length === 0 && !n.groupRoles && findBracketAttributions(n.head.text, dir).length === 0;
    if (!before.every(bare)) return;
    const text = fields.map((l) => l.text).join('\n');
    // "〔责任单位:X牵头,Y配合〕": one line whose label's value says the roles with verbs.
    const one = fields.length === 1 ? text.trim().replace(/^[((【〔[]|[))】〕\]][。;;]?$/g, '') : '';
    const labelled = findLabelledLines(text, dir);
    const roles = labelled?.lead.length ? labelled : one ? parseAttributionText(one, dir) : null;
    if (!roles?.lead.length) return;
    for (const n of before) n.groupRoles = { lead: roles.lead, participants: roles.participants, separateLeads: roles.separateLeads };
    // "责任单位:X" ⏎ "完成时限:11月底前" (or "时间节点:第一阶段(4月底前)…"): the time limit is the group's as well.
    const limit = 'deadlineText' in roles ? roles.deadlineText : null;
    if (limit) for (const n of before) n.groupDeadline ??= limit;
  };
  walk(roots);
}

const WHOLE_BRACKET = /^[((【〔[].*[))】〕\]]$/;
/** "由X承办,Y协办。": a line that is one 由 sentence; its roles are read only if all of it names units and roles. */
const ROLES_SENTENCE = /^由([^。;;]+)[。;;]?$/;

/** "区卫生健康委(4项)" / "市教育局:" / "X牵头事项" → the unit, when a heading is nothing but a unit name (and a count). */
export function ownerOfHeading(head: string, dir: UnitDirectory): string[] | null {
  const m = readMarker(head);
  const rest = (m ? head.slice(m.length) : head)
    .trim()
    .replace(/[((](?:共)?\d{1,3}(?:项|条|件|个)[))]$/, '')
    .replace(/[::]$/, '')
    // "区疾控中心牵头事项" / "市教育局负责的工作": the heading names the unit that leads what follows.
    .replace(/(?:牵头|负责|承担|主责)的?(?:事项|任务|工作|项目)(?:清单)?$/, '');
  if (!rest || rest.length > 40) return null;
  return splitUnitList(rest, dir);
}

/** The roles an item inherits from above: a group sentence, a heading's own attribution, or an owner heading. */
export function inheritedRoles(node: OutlineNode, dir: UnitDirectory): Roles | null {
  if (node.groupRoles) return node.groupRoles;
  for (let p = node.parent; p; p = p.parent) {
    if (p.groupRoles) return p.groupRoles;
    const head = p.head.text;
    const found = findBracketAttributions(head, dir);
    if (found.length) return found[found.length - 1] ?? null;
    const labelled = findLabelledLines(head, dir);
    if (labelled && (labelled.lead.length || labelled.participants.length)) return labelled;
    // "一、…" ⏎ "牵头单位:X" ⏎ "协作单位:Y" ⏎ "1.…": role lines under a heading, before its items, cover them all.
    const fields = p.body.filter((l) => isLabelLine(l.text));
    if (fields.length) {
      const roles = findLabelledLines(fields.map((l) => l.text).join('\n'), dir);
      if (roles && (roles.lead.length || roles.participants.length)) return roles;
    }
    // "一、…" ⏎ "由X承办,Y协办。" ⏎ "(一)…": a sentence of nothing but roles, opened by 由, does the same.
    for (const l of p.body) {
      const m = ROLES_SENTENCE.exec(l.text.trim());
      // 承办 before a 协办 clause is the lead's verb, as 牵头 before 配合.
      const said = m?.[1]?.replace(/承办(?=[,,][^。]*协办$)/, '牵头');
      const roles = said ? parseAttributionText(said, dir) : null;
      if (roles?.lead.length) return roles;
    }
    // "一、…" ⏎ "(主体责任单位:X;协同单位:Y)" ⏎ "1.…": a role line in brackets, standing alone, does the same.
    for (const l of p.body) {
      const t = l.text.trim();
      if (!WHOLE_BRACKET.test(t)) continue;
      const [roles] = findBracketAttributions(t, dir);
      if (roles && roles.start === 0 && roles.end === t.length) return roles;
    }
    const owner = ownerOfHeading(head, dir);
    if (owner) return { lead: owner, participants: [], separateLeads: false };
  }
  return null;
}
