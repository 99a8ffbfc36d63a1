import type { UnitDirectory } from '../units/unit-directory.js';
import { LEAD_LABEL_SOURCE, PART_LABEL_SOURCE, RESP_LABEL_SOURCE, ROLE_VERB_SOURCE } from './role-labels.js';
import { isBracketedLabel } from './bracketed-label.js';
import { readMarker } from './numbering.js';
import type { Attribution } from './attribution-roles.js';
import { HAS_LABEL } from './labelled-fields.js';
import { ORDER_RULE, parseAttributionText } from './attribution-text.js';
import { readCutAttribution } from './cut-attribution.js';

/** ( 【 [ 〔 and their closers, as UTF-16 code units. */
const isOpener = (code: number) => code === 0x28 || code === 0x3010 || code === 0x5b || code === 0x3014;
const isCloser = (code: number) => code === 0x29 || code === 0x3011 || code === 0x5d || code === 0x3015;
const CLOSE_OF: Record<string, string> = { '(': ')', '【': '】', '[': ']', '〔': '〕' };
const CLAUSE_END = /^[\s]*(?:$|[。;;,,.!!??\n((【[])/;
// The value may hold closed notes of its own before the unit ("各县(市、区)政府(管委会)").
const UNIT_NOTE_IN_LABEL = new RegExp(
  `(?:${LEAD_LABEL_SOURCE}|${PART_LABEL_SOURCE}|${RESP_LABEL_SOURCE})\\s*(?:[::]|[】〕\\]])(?:[^。;;\\n()()【】\\[\\]]|[((][^。;;\\n()()]*[))])*[\\p{Script=Han}]$`,
  'u',
);
const AFTER_STOP = /[。;;]\s*$/;
/** "(X、Y负责。列第一位者为牵头单位,下同)": the order rule written after the list's full stop, up to the closer. */
const ORDER_NOTE = new RegExp(`^。(?:${ORDER_RULE.source})[^。()()]{0,12}[))]`);

/**
 * The end of the bracket group opening at `i` (index after its closer), or -1. Nested () are allowed; a round group
 * never runs over a full stop.
 */
function closeOf(text: string, i: number): number {
  const open = text[i] ?? '';
  const close = CLOSE_OF[open];
  if (!close) return -1;
  const round = open === '(' || open === '(';
  let depth = 0;
  const limit = Math.min(text.length, i + 400);
  for (let j = i; j < limit; j++) {
    const c = text[j];
    if (round ? c === '(' || c === '(' : c === open) depth++;
    else if (round ? c === ')' || c === ')' : c === close) {
      depth--;
      if (depth === 0) return j + 1;
    } else if (c === '。' && round && !ORDER_NOTE.test(text.slice(j, j + 40))) return -1;
  }
  return -1;
}

/** True when a round group closes the text after `from` (its last characters, before the final stop). */
function closesLater(text: string, from: number): boolean {
  return /[))]\s*[。;;]?\s*$/.test(text.slice(from)) && /[。;;]/.test(text.slice(from));
}

/** Words that make a round bracket an attribution on their own: a role verb or a role label. */
const ROLE_WORD = new RegExp(`${ROLE_VERB_SOURCE}|${RESP_LABEL_SOURCE}`);

/**
 * True when only an item number (or nothing) stands before offset `i`: "【…】…", "3.【…】…", or a round group that
 * names roles, "(X牵头,Y配合)加强…" (a bare "(X)" there may be the subject of the duty).
 */
function opensItem(text: string, i: number, inner: string): boolean {
  if ((text[i] === '(' || text[i] === '(') && !ROLE_WORD.test(inner)) return false;
  const before = text.slice(0, i).trim();
  if (!before) return true;
  const m = readMarker(before);
  return !!m && m.length >= before.length;
}

/**
 * Finds the bracket attributions of a duty's text: labelled groups anywhere, and verb/list groups that
 * close a clause (followed by 。;, or the end) and consist only of unit names.
 */
export function findBracketAttributions(text: string, dir: UnitDirectory): Attribution[] {
  const out: Attribution[] = [];
  const n = text.length;
  // Where the next closing bracket is (n: none), so that a run of unclosed "(" costs nothing per bracket;
  // it only moves forward, found when an opening bracket passes it.
  let close = -1;
  for (let i = 0; i < n; i++) {
    if (!isOpener(text.charCodeAt(i))) continue;
    if (close < i) {
      close = i;
      while (close < n && !isCloser(text.charCodeAt(close))) close++;
    }
    if (close === n) {
      // "…。(牵头单位:甲;责任单位:区政": a bracket cut by the end of the text keeps its complete slots.
      const cut = readCutAttribution(text, i, dir);
      if (cut) out.push(cut);
      break;
    }
    if (close - i > 400) continue;
    const end = closeOf(text, i);
    if (end < 0) continue;
    const inner = text.slice(i + 1, end - 1);
    // "【牵头单位】X【配合单位】Y": the bracket holds a label, its value follows it; the labelled-field reader reads it.
    if (isBracketedLabel(text[i] ?? '', inner)) {
      i = end - 1;
      continue;
    }
    const labelled = HAS_LABEL.test(inner);
    // "〔责任单位:X、Y按职责分工负责。具体任务均涉及各乡镇,下同。〕": a square group runs over a full stop only as a
    // labelled attribution with its note; otherwise it is a heading or prose in brackets.
    const stop = inner.indexOf('。');
    if (!labelled && stop >= 0 && !ORDER_NOTE.test(inner.slice(stop) + ')')) {
      i = end - 1;
      continue;
    }
    // "责任单位:市卫健局(健康教育所)", "【牵头单位】X(Y)": a note written on a unit inside a label's value belongs to that unit.
    if (!labelled && UNIT_NOTE_IN_LABEL.test(text.slice(Math.max(0, i - 60), i))) {
      i = end - 1;
      continue;
    }
    // "【X牵头,Y配合】duty…" / "3.【X负责】": an attribution that opens the item speaks for all of it.
    // "…完善机制。(X牵头,Y配合)开展…": a group naming roles right after a full stop closes the sentence before it.
    // A bare list "(X、Y)" there does the same when another attribution closes the text after it: the item is
    // two duties, each with its units ("…。(X、Y)将…纳入…。(X、Z)").
    const afterStop = AFTER_STOP.test(text.slice(Math.max(0, i - 2), i)) && (ROLE_WORD.test(inner) || (i > 0 && closesLater(text, end)));
    if (!labelled && !CLAUSE_END.test(text.slice(end, end + 3)) && !opensItem(text, i, inner) && !afterStop) {
      i = end - 1;
      continue;
    }
    // "〔责任单位:X、Y按职责分工负责。具体任务均涉及各乡镇,不再列出,下同。〕": a note after the attribution's full stop.
    const roles = parseAttributionText(stop > 0 && stop < inner.length - 1 ? inner.slice(0, stop) : inner, dir);
    if (roles && (roles.lead.length || roles.participants.length)) {
      out.push({ ...roles, start: i, end, statesOrderRule: ORDER_RULE.test(inner) });
    }
    i = end - 1;
  }
  return out;
}
