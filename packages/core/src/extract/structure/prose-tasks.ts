import { closingTimeFrame, findDeadlinePhrases, parseDeadlineCell } from '../dates/index.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import {
  findBracketAttributions,
  findEmbeddedVerbAttribution,
  findLabelledLines,
  findOpeningVerbAttribution,
  findTrailingVerbAttribution,
  type Roles,
} from './attribution.js';
import { inheritedRoles, ownerOfHeading } from './scope-attribution.js';
import { unitDuties, unitOpening } from './unit-duty.js';
import { ownerWithBareList } from './heading-owner.js';
import { findInlineList, inlineListTasks } from './inline-list.js';
import { classifyHeading, isActionMechanism, isFindingsHeading, isTaskSection, type HeadingClass } from './headings.js';
import { assembleItemText, itemTitle, LABEL_START } from './item-text.js';
import { ancestors, type OutlineNode } from './outline.js';
import { headerRole } from './table-columns.js';
import { bracketedDeadline, timeLimitAfter } from './lone-deadline.js';
import type { TaskKind } from '../plan-schema.js';
import { stageLines, stepDue } from './stage-lines.js';

/** A duty read from prose, before units get their directory ids. */
export interface DraftTask extends Roles {
  kind: TaskKind;
  number: string | null;
  path: string[];
  title: string | null;
  text: string;
  due: string[];
  ongoing: boolean;
  deadlineText: string | null;
  /** The due date was written in a deadline position (完成时限: label, a time limit in the attribution). */
  dueFromLimit?: boolean;
  /** A table row's value-only goal cell (see RowDraft.goal). */
  goal?: string;
  /** A table row's measure and present value (see RowDraft.benchmark). */
  benchmark?: { name: string; baseline: string | null };
  start: number;
  end: number;
  line: number;
}

/** The display form of a heading for `path`: its line up to the first full stop. */
export function headingLabel(n: OutlineNode): string {
  const t = n.head.text;
  const stop = t.search(/[。]/);
  return (stop > 0 ? t.slice(0, stop) : t).trim();
}

/** True when the node or any heading above it is a preamble (指导思想, 基本原则, 目标 …): goals, not duties. */
export function underPreamble(node: OutlineNode): boolean {
  const chain = [...ancestors(node), node];
  if (chain.some((a) => classifyHeading(a.head.text.slice(a.marker.length)) === 'preamble')) return true;
  const top = chain[0] ?? node;
  return !!top.section && classifyHeading(top.section) === 'preamble';
}

/** True when the node or a heading above it names a section of findings (存在的问题): no targets there. */
export function underFindings(node: OutlineNode): boolean {
  const chain = [...ancestors(node), node];
  if (chain.some((a) => isFindingsHeading(a.head.text.slice(a.marker.length)))) return true;
  const top = chain[0] ?? node;
  return !!top.section && isFindingsHeading(top.section);
}

/** The class of the nearest classified heading above a node (and the node itself when top-level). */
export function sectionClass(node: OutlineNode | null, includeSelf: boolean): HeadingClass {
  if (!node) return null;
  const chain = [...ancestors(node), ...(includeSelf ? [node] : [])].reverse();
  const top = chain[chain.length - 1] ?? node;
  const headings = chain.map((a) => a.head.text.slice(a.marker.length));
  for (const [i, h] of headings.entries()) {
    const c = classifyHeading(h);
    // A safeguard section names how the whole plan is carried out; "(一)加强政策保障" under 三、主要任务 or
    // "一、建立健康促进工作机制" (setting up a mechanism is itself a duty) are action areas.
    const outer = [...headings.slice(i + 1), top.section ?? ''];
    if (c === 'safeguard' && outer.some(isTaskSection)) continue;
    if (c === 'safeguard' && isActionMechanism(h) && !outer.some((o) => classifyHeading(o) === 'safeguard')) continue;
    if (c && c !== 'preamble') return c;
  }
  const c = top.section ? classifyHeading(top.section) : null;
  return c === 'preamble' ? null : c;
}

/** The kind of the duties under a heading of that class. */
export function kindOf(c: HeadingClass): TaskKind {
  return c === 'safeguard' ? 'safeguard' : c === 'step' ? 'step' : 'task';
}

/**
 * Turns a leaf item into one task, or several when it carries several clause-closing attributions
 * (each clause with its own attribution is a duty; text after the last one joins the last clause).
 */
export function proseTasks(node: OutlineNode, dir: UnitDirectory, planYear: number | null): DraftTask[] {
  const cls = sectionClass(node, node.level === 0);
  const kind = kindOf(cls);
  const rest = node.head.text.slice(node.marker.length);
  // A progress or ledger field of the record ("二季度进展:…", "完成情况:…") reports on the duty; it is not the duty.
  const item = assembleItemText(
    node.head,
    node.marker.length,
    node.body.filter((l) => !isNoteField(l.text)),
  );
  // Labelled lines ("牵头单位:…", "完成时限:…") are not body text: a one-sentence item with them has no title.
  const text = item.text;
  const above = ancestors(node);
  const path = [...((above[0] ?? node).section ? [(above[0] ?? node).section as string] : []), ...above.map(headingLabel)];
  // "三、职责分工" ⏎ "市爱卫办:负责…" ⏎ "市住建局:负责…": one duty per unit-first paragraph.
  const perUnit = unitDuties(node, kind, [...path, headingLabel(node)], dir, planYear);
  if (perUnit) return perUnit;
  const stages = stageLines(node, kind, planYear);
  if (stages) {
    const at = [...path, headingLabel(node)];
    const none = { title: null, lead: [], participants: [], separateLeads: false, ongoing: false, deadlineText: null };
    return stages.map((s) => ({ ...s, ...none, kind, path: at }));
  }
  const list = findInlineList(text, node.marker);
  if (list) {
    const inherited = inheritedRoles(node, dir);
    const lineOf = (offset: number) => lineAt(node, offset);
    return inlineListTasks(text, list, { kind, path, toSource: item.toSource, lineOf, inherited }, dir, planYear);
  }
  const brackets = findBracketAttributions(text, dir);
  // "(X牵头,Y配合)加强…": an attribution written before the duty is not part of its lead phrase.
  const opening = brackets[0]?.start === 0 ? brackets[0].end : 0;
  const title = itemTitle(
    rest.trimStart().slice(opening),
    node.body.some((l) => !LABEL_START.test(l.text)),
  );
  const labelled = brackets.length ? null : findLabelledLines(text, dir);
  const itemDeadline =
    labelled?.deadlineText ??
    (labelled && (labelled.lead.length || labelled.participants.length) ? timeLimitAfter(text.slice(labelled.end))?.value : null) ??
    (brackets.length === 1 ? brackets[0]?.deadlineText : null) ??
    null;

  // Clause boundaries: each bracket attribution closes a clause (with its trailing punctuation).
  // A time limit right after a bracket attribution ("【X牵头】【2026年】", or on the next line) is its clause's.
  const cuts: {
    from: number;
    to: number;
    roles: (Roles & { deadlineText?: string | null }) | null;
    attrAt?: number;
    limit?: string;
  }[] = [];
  if (brackets.length > 1) {
    let from = 0;
    brackets.forEach((b, i) => {
      const limit = timeLimitAfter(text.slice(b.end));
      let to = b.end + (limit?.length ?? 0);
      while (to < text.length && /[。;;,,.\s]/.test(text[to] ?? '')) to++;
      if (i === brackets.length - 1) to = text.length;
      cuts.push({ from, to, roles: b, limit: limit?.value });
      from = to;
    });
  } else {
    const bare = brackets[0] ? ownerWithBareList(node, text, brackets[0], dir) : null;
    const own =
      bare ??
      brackets[0] ??
      labelled ??
      findTrailingVerbAttribution(text, dir) ??
      findOpeningVerbAttribution(text, dir) ??
      findEmbeddedVerbAttribution(text, dir);
    // "区疾控中心:规范…" / "(三)县市场监管局" ⏎ "负责…": the unit the item opens with, or its heading names, leads.
    const opening = own?.lead.length ? null : unitOpening(rest.trim(), dir);
    const headOwner = own?.lead.length || opening || !node.body.length ? null : ownerOfHeading(node.head.text, dir);
    const scoped = own?.lead.length
      ? null
      : (opening ?? (headOwner ? { lead: headOwner, participants: [], separateLeads: false } : inheritedRoles(node, dir)));
    // "(配合:Y)" under a heading that names the owner: the heading's unit leads, the item's own units take part.
    const roles =
      own && scoped?.lead.length && !own.lead.length ? { ...own, lead: scoped.lead, separateLeads: scoped.separateLeads } : (own ?? scoped);
    // Where an unbracketed attribution closing the item starts ("…,全年持续推进。——牵头单位:X"): the duty ends there.
    const at = own && 'start' in own && typeof own.start === 'number' ? own.start : 0;
    const attrAt = !brackets.length && at > 0 ? at : undefined;
    const limit = brackets.length ? timeLimitAfter(text.slice(brackets[0]?.end ?? 0))?.value : undefined;
    cuts.push({ from: 0, to: text.length, roles: roles && (roles.lead.length || roles.participants.length) ? roles : null, attrAt, limit });
  }

  const lastBracket = brackets.at(-1);
  const ownLine =
    lastBracket && text[lastBracket.start - 1] === '\n' && !text.slice(lastBracket.end).replace(/[。;;\s]/g, '') ? lastBracket : null;
  return cuts.map((c, i) => {
    const clause = text.slice(c.from, c.to).trim();
    // A paragraph after the line the last attribution closes ("请各责任单位于7月20日前报送…", a closing request
    // of the plan read into its last item) is not the duty: its dates and time frames are not the duty's.
    const closeAt = brackets.at(-1)?.end ?? -1;
    const duty =
      closeAt > c.from && closeAt < c.to && /^[。;;\s]*\n/.test(text.slice(closeAt)) ? text.slice(c.from, closeAt).trim() : clause;
    let due: string[] = [];
    let ongoing = false;
    let deadlineText: string | null = null;
    // A time limit written in the clause's own attribution, else in the item's labelled lines, else on its own
    // line or in a bracket of its own after the closing attribution ("…(牵头单位:X)" ⏎ "2026年6月底前"), else in
    // a labelled bracket inside the duty.
    const deadlineLabel = c.roles?.deadlineText ?? itemDeadline ?? c.limit ?? bracketedDeadline(duty);
    if (deadlineLabel) {
      const cell = parseDeadlineCell(deadlineLabel, planYear);
      due = cell.due;
      ongoing = cell.ongoing;
      deadlineText = deadlineLabel;
      // A time frame alone ("持续推进") leaves the duty's own deadline phrases standing ("年底前实现…").
      if (!due.length && ongoing) due = [...new Set(findDeadlinePhrases(duty, planYear).map((p) => p.date))];
    } else {
      const phrases = findDeadlinePhrases(duty, planYear);
      due = [...new Set(phrases.map((p) => p.date))];
      ongoing =
        closingTimeFrame(duty) ||
        closingTimeFrame(clause) ||
        // "…,全年持续推进。" ⏎ "〔责任单位:…〕": the attribution on a line of its own after the duty's time frame.
        (!!ownLine && ownLine.start > c.from && closingTimeFrame(text.slice(c.from, ownLine.start).trim())) ||
        (!!c.attrAt && closingTimeFrame(text.slice(c.from, c.attrAt).replace(/[—\s]+$/, '')));
      deadlineText = phrases.map((p) => p.text).join('、') || null;
      // No time limit of its own: the one written after its group ("以上任务完成时限:…") holds.
      if (!due.length && !ongoing && node.groupDeadline) {
        const cell = parseDeadlineCell(node.groupDeadline, planYear);
        due = cell.due;
        ongoing = cell.ongoing;
        deadlineText = node.groupDeadline;
      }
    }
    if (kind === 'step' && !due.length) due = stepDue(text.slice(0, Math.max(0, text.indexOf('。')) || text.length), planYear);
    const start = item.toSource(c.from);
    return {
      kind,
      number: node.marker.number,
      path,
      title: i === 0 ? title : null,
      text: clause,
      lead: c.roles?.lead ?? [],
      participants: c.roles?.participants ?? [],
      separateLeads: c.roles?.separateLeads ?? false,
      due,
      ongoing,
      deadlineText,
      dueFromLimit: (!!deadlineLabel || (!!node.groupDeadline && deadlineText === node.groupDeadline)) && due.length > 0,
      start: i === 0 ? node.head.start : start,
      end: item.toSource(c.to),
      line: i === 0 ? node.head.line : lineAt(node, start),
    };
  });
}

function lineAt(node: OutlineNode, offset: number): number {
  let lo = -1;
  let hi = node.body.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((node.body[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo < 0 ? node.head.line : (node.body[lo]?.line ?? node.head.line);
}

/** "二季度进展:…" / "完成情况:…" / "备注:…": a field whose label names a progress or ledger column. */
function isNoteField(text: string): boolean {
  const m = /^([^::]{1,10})[::]/.exec(text);
  return !!m?.[1] && headerRole(m[1]) === 'note';
}
