import { findDeadlinePhrases, closingTimeFrame, parseDeadlineCell } from '../dates/index.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import {
  findBracketAttributions,
  findLabelledLines,
  findOpeningVerbAttribution,
  HAS_UNIT_LABEL,
  isLabelLine,
  parseAttributionText,
  SUBJECT_BEFORE_OWNER,
  type Roles,
} from './attribution.js';
import { markerValue, readMarker, type NumberMarker, type NumberStyle } from './numbering.js';
import { trimEndChars } from './text-trim.js';
import type { DraftTask } from './prose-tasks.js';

/**
 * Whole lists on one line: web copies that lost their line breaks write "…要办好以下实事:(1)…;(2)…;(3)…。"
 * or "1.…;2.…;3.…(牵头单位:X)" in one paragraph. A run of markers in sequence, each after a clause boundary,
 * is a list of duties; an attribution after the last one ("以上事项牵头单位:X", a closing bracket) covers them all.
 */

/** One duty of an inline list: its number and its span in the searched text (end exclusive). */
export interface InlineItem {
  number: string;
  from: number;
  to: number;
}

export interface InlineList {
  items: InlineItem[];
  /** The span of a closing attribution that speaks for the whole list, or null. */
  tail: { from: number; to: number } | null;
}

/** Styles that number inline lists; 一、 and (一) are headings, 一是 is an enumeration inside a duty. */
const LIST_STYLES: NumberStyle[] = ['parabic', 'arabic', 'circled', 'rarabic'];
/** What may stand right before an inline marker: the start, a lead-in colon, or the end of the previous clause. */
const BOUNDARY = /[::;;。!!]\s*$/;
const CIRCLED_BOUNDARY = /[::;;。!!,,]\s*$/;
/**
 * A group sentence after the last item: 以上/上述/前述 … with a role word, or with its attribution in brackets
 * ("以上工作(X、Y按职责分工负责)", where the role words come after the units).
 */
const GROUP_OPENER = /(?:^|[。;;])\s*(?=(?:以上|上述|前述)(?:[^。;;]{0,12}?(?:由|牵头|负责|责任|配合)|[^。;;(()【]{0,6}[((【]))/g;
/** A run-in title before the list ("教育提质工程。(1)…;(2)…"): one short phrase, no clause inside, closed by a full stop. */
const RUN_IN_TITLE = /^[^,,;;、。::]{2,20}。\s*$/;
/** An item closing on its own bracketed attribution: "…扩建。(责任单位:X、Y)". */
const OWN_BRACKET_ATTRIBUTION = new RegExp(`[((【][^()()【】]*?${HAS_UNIT_LABEL.source}[^()()【】]*[))】]\\s*[。;;]?\\s*$`);
/** A duty is a few words at least: "(1)城市;(2)农村" lists places, not duties. */
const MIN_ITEM = 5;

/** ( ( a digit or ①-⑳: the characters a list marker can start with. */
const mayOpenMarker = (c: number) => c === 0x28 || c === 0xff08 || (c >= 0x30 && c <= 0x39) || (c >= 0x2460 && c <= 0x2473);

/**
 * Finds an inline list in a duty's text: at least two markers of one list style numbered in sequence, the
 * first after a lead-in colon (or at the start, continuing `own`, the marker of the item the text belongs to).
 */
export function findInlineList(text: string, own: NumberMarker | null = null): InlineList | null {
  const marks: { at: number; end: number; style: NumberStyle; value: number; number: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!mayOpenMarker(text.charCodeAt(i))) continue;
    // ①② are list markers wherever they stand, so they may follow a comma ("开展干预,①…;②…").
    const circled = text.charCodeAt(i) >= 0x2460;
    const before = text.slice(Math.max(0, i - 2), i);
    if (i > 0 && /\d/.test(text[i - 1] ?? '')) continue;
    const m = readMarker(text.slice(i, i + 12));
    if (!m || !(LIST_STYLES.includes(m.style) || m.style === 'pcn')) continue;
    // (二) may follow the closing bracket of the previous item's attribution ("…(责任单位:X)(二)…").
    const closed = m.style === 'pcn' && /[))]\s*$/.test(before);
    if (i > 0 && !closed && !(circled ? CIRCLED_BOUNDARY : BOUNDARY).test(before)) continue;
    const value = markerValue(m.number);
    if (value === null) continue;
    marks.push({ at: i, end: i + m.length, style: m.style, value, number: m.number });
    i += m.length - 1;
  }
  // The longest run of one style numbered 1, 2, 3 … or, after the item's own marker n, n+1, n+2 … (a section
  // whose items run together in one paragraph keeps the document-wide numbering: "4.…。5.…。6.…").
  const ownValue = own && LIST_STYLES.includes(own.style) ? markerValue(own.number) : null;
  let best: typeof marks = [];
  let bestOwn = false;
  for (let s = 0; s < marks.length; s++) {
    const first = marks[s];
    if (!first) continue;
    const continuesOwn = s === 0 && ownValue !== null && first.value === ownValue + 1 && own?.style === first.style && first.at > 0;
    const leadIn = first.style === 'circled' ? /[::,,]\s*$/ : /[::]\s*$/;
    const introduced = first.at > 0 && (leadIn.test(text.slice(0, first.at)) || RUN_IN_TITLE.test(text.slice(0, first.at)));
    // "二、加强病媒防制。(4)…;(5)…" / "二、病媒防制。4.…;5.…": after a run-in title a list may keep the
    // document-wide numbering (a bare 4. only after a title closed by 。, not after any colon).
    const runIn = first.at > 0 && RUN_IN_TITLE.test(text.slice(0, first.at));
    const keepsNumbering = (introduced && first.style === 'parabic') || (runIn && first.style === 'arabic');
    if (first.value !== 1 && !continuesOwn && !keepsNumbering) continue;
    if (first.value === 1 && first.at > 0 && !introduced) continue;
    // (一) opens a heading; inline only as the items of a run-in titled section ("五、工作要求。(一)…;(二)…"),
    // or after a lead-in colon when every item closes on its own bracketed attribution (checked below).
    const pcnAfterColon = first.style === 'pcn' && first.value === 1 && introduced && !runIn;
    if (first.style === 'pcn' && !(first.value === 1 && runIn) && !pcnAfterColon) continue;
    const run = [first];
    for (let k = s + 1; k < marks.length; k++) {
      const m = marks[k];
      const last = run[run.length - 1];
      if (!m || !last || m.style !== first.style) continue;
      if (m.value === last.value + 1) run.push(m);
    }
    if (pcnAfterColon && !run.every((m, k) => OWN_BRACKET_ATTRIBUTION.test(text.slice(m.end, run[k + 1]?.at ?? text.length)))) continue;
    if (run.length + (continuesOwn ? 1 : 0) > best.length + (bestOwn ? 1 : 0)) {
      best = run;
      bestOwn = continuesOwn;
    }
  }
  const startsOwn = bestOwn;
  if (best.length + (startsOwn ? 1 : 0) < 2) return null;
  const items: InlineItem[] = [];
  if (startsOwn && own) items.push({ number: own.number, from: 0, to: best[0]?.at ?? 0 });
  best.forEach((m, k) => items.push({ number: m.number, from: m.end, to: best[k + 1]?.at ?? text.length }));
  const last = items[items.length - 1];
  if (!last) return null;
  const tail = groupTail(text, last.from, items);
  if (tail) last.to = tail.from;
  for (const it of items) {
    const words = text.slice(it.from, it.to).replace(/[^\p{Script=Han}]/gu, '');
    if (words.length < MIN_ITEM) return null;
  }
  return { items, tail };
}

/** Where a closing attribution for the whole list starts in the last item: a 以上… sentence, or a bracket after the last 。 */
function groupTail(text: string, from: number, items: InlineItem[]): { from: number; to: number } | null {
  const seg = text.slice(from);
  for (const m of seg.matchAll(GROUP_OPENER)) {
    const at = from + (m.index ?? 0) + m[0].length;
    if (at > from) return { from: at, to: text.length };
  }
  const ownUnits = items.slice(0, -1).some((it) => /[))\]】]\s*[。;;]?\s*$/.test(text.slice(it.from, it.to)));
  if (ownUnits) return null;
  // "1.X。 责任单位:A 配合单位:B 2.Y。 责任单位:C": items with labelled fields of their own; those after the last are its own.
  if (items.slice(0, -1).some((it) => HAS_UNIT_LABEL.test(text.slice(it.from, it.to)))) return null;
  // "…(3)改造厕所12座。责任单位:X,配合单位:Y": role labels opening the sentence after the last item.
  const first = seg.indexOf('。');
  if (first >= 0 && first < seg.length - 1) {
    const rest = seg.slice(first + 1);
    const lead = rest.length - rest.trimStart().length;
    if (isLabelLine(rest)) return { from: from + first + 1 + lead, to: text.length };
  }
  // "…3.发放贷款5亿元。(牵头单位:X)": a bracket after the last full stop, when no other item names its own units.
  const stop = seg.lastIndexOf('。', seg.length - 2);
  if (stop < 0) return null;
  const after = seg.slice(stop + 1);
  if (!/^[(([【]/.test(after.trim())) return null;
  return { from: from + stop + 1 + (after.length - after.trimStart().length), to: text.length };
}

/** The roles (and time limit) a list's closing attribution gives to every item. */
export function groupRoles(tail: string, dir: UnitDirectory): (Roles & { deadlineText: string | null }) | null {
  const brackets = findBracketAttributions(tail, dir);
  if (brackets[0]) return brackets[0];
  const sentence = trimEndChars(tail.trim(), '。;;')
    .replace(/^(?:以上|上述|前述)(?:各项|事项|工作|任务|项目)?/, '')
    .replace(SUBJECT_BEFORE_OWNER, '');
  const roles = parseAttributionText(sentence, dir);
  return roles && (roles.lead.length || roles.participants.length || roles.deadlineText) ? roles : null;
}

/** Roles, time limit and deadline of one inline item: its own attribution first, else the list's. */
export function itemFacts(
  item: string,
  group: (Roles & { deadlineText: string | null }) | null,
  dir: UnitDirectory,
  planYear: number | null,
): Roles & { due: string[]; ongoing: boolean; deadlineText: string | null; fromLimit: boolean } {
  const own = findBracketAttributions(item, dir).at(-1) ?? findLabelledLines(item, dir) ?? findOpeningVerbAttribution(item, dir);
  const roles = own && (own.lead.length || own.participants.length) ? own : group;
  const limit = (own && 'deadlineText' in own ? own.deadlineText : null) ?? group?.deadlineText ?? null;
  const phrases = findDeadlinePhrases(item, planYear);
  let due = [...new Set(phrases.map((p) => p.date))];
  let ongoing = closingTimeFrame(item);
  let deadlineText = phrases.map((p) => p.text).join('、') || null;
  let fromLimit = false;
  if (limit && !due.length) {
    const cell = parseDeadlineCell(limit, planYear);
    due = cell.due;
    ongoing = cell.ongoing;
    deadlineText = limit;
    fromLimit = due.length > 0;
  }
  return {
    lead: roles?.lead ?? [],
    participants: roles?.participants ?? [],
    separateLeads: roles?.separateLeads ?? false,
    due,
    ongoing,
    deadlineText,
    fromLimit,
  };
}

/** What a caller knows of the text an inline list was found in. */
export interface ListContext {
  kind: DraftTask['kind'];
  path: string[];
  /** Source offset of a text index. */
  toSource: (index: number) => number;
  /** Source line of a source offset. */
  lineOf: (offset: number) => number;
  /** Roles from above (a heading, a group sentence) for items that name none. */
  inherited: Roles | null;
}

/** One draft task per item of an inline list. */
export function inlineListTasks(
  text: string,
  list: InlineList,
  ctx: ListContext,
  dir: UnitDirectory,
  planYear: number | null,
): DraftTask[] {
  const group = list.tail ? groupRoles(text.slice(list.tail.from, list.tail.to), dir) : null;
  return list.items.map((it) => {
    const clause = trimEndChars(text.slice(it.from, it.to).trim(), ';;,,');
    const facts = itemFacts(clause, group, dir, planYear);
    const named = facts.lead.length || facts.participants.length;
    const roles = named ? facts : (ctx.inherited ?? facts);
    const start = ctx.toSource(it.from);
    return {
      kind: ctx.kind,
      number: it.number,
      path: ctx.path,
      title: null,
      text: clause,
      lead: roles.lead,
      participants: roles.participants,
      separateLeads: roles.separateLeads,
      due: facts.due,
      ongoing: facts.ongoing,
      deadlineText: facts.deadlineText,
      dueFromLimit: facts.fromLimit,
      start,
      end: ctx.toSource(it.to),
      line: ctx.lineOf(start),
    };
  });
}
