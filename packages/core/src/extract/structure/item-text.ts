import type { Line } from './lines.js';
import { trimChars, trimEndChars } from './text-trim.js';
import { LEAD_ROLE_WORDS, PART_ROLE_WORDS } from '../lexicons/role-words.js';
import { DEADLINE_LABEL_SOURCE } from './role-labels.js';
import { isDeadlineCell } from './deadline-shape.js';

/** An item's text assembled from its lines, with a map back to source offsets. */
export interface ItemText {
  text: string;
  /** Source offset of each text index (length text.length + 1, the last entry is the end). */
  toSource: (index: number) => number;
  line: number;
}

/** A line opening with a role or time-limit label starts a paragraph of its own. */
export const LABEL_START = new RegExp(
  `^[【[]?(?:${[...LEAD_ROLE_WORDS, ...PART_ROLE_WORDS, '责任'].join('|')}|${DEADLINE_LABEL_SOURCE})[^::]{0,6}[::]`,
);

/** A line opening with a unit label: a role label, not a time limit's. */
const UNIT_FIELD = new RegExp(`^[【[]?(?:${[...LEAD_ROLE_WORDS, ...PART_ROLE_WORDS, '责任'].join('|')})[^::]{0,6}[::]`);

/** A field line: a short label and a colon. */
const FIELD_START = /^[\p{Script=Han}]{2,8}\s*[::]/u;

const ENDS_PARAGRAPH = /[。;;!!??::))】\]]/;

/** A line that ends on a time-limit label and its value ("完成时限:2026年6月底前", "…【完成时限】6月底前"). */
const DEADLINE_TAIL = new RegExp(`(?:[【[]${DEADLINE_LABEL_SOURCE}[】\\]][::]?|${DEADLINE_LABEL_SOURCE}\\s*[::])([^【[::]+)$`);

/**
 * Joins the first line (from `offset`) and the body lines. Lines broken mid-sentence (PDF, OCR) are joined
 * without a separator; finished sentences are separated by a newline.
 */
export function assembleItemText(first: Line, offset: number, body: Line[]): ItemText {
  const pieces: { textStart: number; srcStart: number; length: number }[] = [];
  // Joined once at the end: indexing a string while it grows would flatten it again and again.
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  const add = (s: string, src: number) => {
    pieces.push({ textStart: length, srcStart: src, length: s.length });
    parts.push(s);
    length += s.length;
    if (s) lastChar = s[s.length - 1] ?? '';
  };
  const head = first.text.slice(offset);
  const lead = head.length - head.trimStart().length;
  add(head.trimStart(), first.start + offset + lead);
  // A heading on its own line ("(一)实施健康知识普及行动") is a paragraph even without a full stop.
  const headingLine = head.trim().length <= 30 && !/[,,;;、]/.test(head) && !/。./.test(head.trim());
  body.forEach((l, i) => {
    // In a record of fields, every "label:" line is a field of its own ("配合单位:…" ⏎ "建设内容:…").
    const field = i > 0 && FIELD_START.test(l.text) && LABEL_START.test(body[i - 1]?.text ?? '');
    // "完成时限:2026年6月底前" ⏎ "各牵头单位要…": a line closing on a whole time limit is not broken; the next is a paragraph.
    const limit = DEADLINE_TAIL.exec(i > 0 ? (body[i - 1]?.text ?? '') : head.trim())?.[1];
    const closed = !!limit && isDeadlineCell(limit.trim());
    // "责任单位:X(牵头)、Y" ⏎ "2026年6月底前": a bare time limit under a role or unit field is a field of its own,
    // not part of its value (nor the wrapped tail of the last name).
    const prev = i > 0 ? (body[i - 1]?.text ?? '') : head.trim();
    const dated = (LABEL_START.test(prev) || UNIT_FIELD.test(prev)) && isDeadlineCell(l.text.trim());
    if (length && (ENDS_PARAGRAPH.test(lastChar) || (i === 0 && headingLine) || LABEL_START.test(l.text) || field || closed || dated)) {
      parts.push('\n');
      length += 1;
    }
    add(l.text, l.start);
  });
  const text = parts.join('');
  const toSource = (index: number): number => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pieces[mid]?.textStart ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo];
    if (!p) return first.start;
    return p.srcStart + Math.min(Math.max(0, index - p.textStart), p.length);
  };
  return { text, toSource, line: first.line };
}

/** The first 。 ! : outside brackets, or -1. */
function stopOutsideBrackets(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i] ?? '';
    if ('([【'.includes(c)) depth++;
    else if (')]】'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。!!::'.includes(c)) return i;
  }
  return -1;
}

/** True when `s` is one bracket group and punctuation: "(市卫健委负责)。". */
function onlyBracketGroup(s: string): boolean {
  const t = trimEndChars(trimChars(s, '。'), '。;,.');
  if (!t || !'([【'.includes(t[0] ?? '')) return false;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i] ?? '';
    if ('([【'.includes(c)) depth++;
    else if (')]】'.includes(c)) {
      depth--;
      if (depth === 0) return i === t.length - 1;
    }
  }
  return false;
}

/**
 * The item's lead phrase: the first sentence when it is short and more text follows
 * ("1.加强健康知识传播。组织…" → 加强健康知识传播), or the whole first line when it stands alone as a heading.
 */
export function itemTitle(firstLineRest: string, hasBody: boolean): string | null {
  const t = firstLineRest.trim();
  const stop = stopOutsideBrackets(t);
  if (stop > 0) {
    const head = t.slice(0, stop).trim();
    // Only an attribution or a time frame after the first sentence: the item is one sentence, no title.
    const after = t.slice(stop + 1);
    const labelsOnly = after.split(/[。;;\n]/).every((seg) => !seg.trim() || LABEL_START.test(seg.trim().replace(/^[【[]/, '')));
    const more = onlyBracketGroup(after) || labelsOnly ? '' : after.trim();
    if ((more || hasBody) && head.length <= 45 && (head.match(/[,,]/g)?.length ?? 0) <= 2)
      return head.replace(/[((][^()()]*[))]$/, '') || null;
    return null;
  }
  if (hasBody && t.length <= 45 && !/[,,;;]/.test(t)) return t.replace(/[((][^()()]*[))]$/, '').trim() || null;
  return null;
}
