import { closingTimeFrame, findDeadlinePhrases } from '../dates/index.js';
import type { UnitDirectory } from '../units/unit-directory.js';
import { findBracketAttributions, findLabelledLines } from './attribution.js';
import { findInlineList, inlineListTasks } from './inline-list.js';
import { classifyHeading } from './headings.js';
import type { OutlinePiece } from './outline.js';
import { isUnnumberedHeading } from './outline-lines.js';
import type { Line } from './lines.js';
import { kindOf, type DraftTask } from './prose-tasks.js';

/**
 * The fallback for documents without numbered items: every paragraph that closes on an attribution
 * ("…(市卫健委牵头,市教育局配合)" or a labelled line) is one duty, under the nearest section heading.
 */
export function paragraphTasks(pieces: OutlinePiece<unknown>[], dir: UnitDirectory, planYear: number | null): DraftTask[] {
  const out: DraftTask[] = [];
  let section: string | null = null;
  for (const line of paragraphs(pieces)) {
    if (isUnnumberedHeading(line.text)) {
      section = line.text.trim();
      continue;
    }
    const cls = section ? classifyHeading(section) : null;
    const list = findInlineList(line.text);
    if (list) {
      const ctx = {
        kind: kindOf(cls === 'preamble' ? null : cls),
        path: section ? [section] : [],
        toSource: (i: number) => line.start + i,
        lineOf: () => line.line,
        inherited: null,
      };
      out.push(...inlineListTasks(line.text, list, ctx, dir, planYear).filter((t) => t.lead.length || t.participants.length));
      continue;
    }
    const brackets = findBracketAttributions(line.text, dir);
    const last = brackets[brackets.length - 1];
    const closing = last && !line.text.slice(last.end).replace(/[。;;,.\s]/g, '');
    const labelled = closing ? null : findLabelledLines(line.text, dir);
    const roles = closing ? last : labelled && labelled.start > 0 ? labelled : null;
    if (!roles || !(roles.lead.length || roles.participants.length)) continue;
    const phrases = findDeadlinePhrases(line.text, planYear);
    out.push({
      kind: kindOf(cls === 'preamble' ? null : cls),
      number: null,
      path: section ? [section] : [],
      title: null,
      text: line.text,
      lead: roles.lead,
      participants: roles.participants,
      separateLeads: roles.separateLeads,
      due: [...new Set(phrases.map((x) => x.date))],
      ongoing: closingTimeFrame(line.text),
      deadlineText: phrases.map((x) => x.text).join('、') || null,
      start: line.start,
      end: line.end,
      line: line.line,
    });
  }
  return out;
}

/** Lines joined into paragraphs: a line that stops mid-sentence (a PDF break) runs on into the next. */
function paragraphs(pieces: OutlinePiece<unknown>[]): Line[] {
  const out: Line[] = [];
  // The paragraph being built, kept as parts so that a long run of lines stays linear.
  let cur: { parts: string[]; start: number; end: number; line: number; last: string; labelled: boolean; heading: boolean } | null = null;
  const flush = () => {
    if (cur) out.push({ text: cur.parts.join(''), start: cur.start, end: cur.end, line: cur.line });
    cur = null;
  };
  for (const p of pieces) {
    if (p.kind !== 'line') {
      flush();
      continue;
    }
    const l = p.line;
    if (cur) {
      const c: { parts: string[]; end: number; last: string; labelled: boolean; heading: boolean } = cur;
      const open = !/[。;;!!??)\]】]/.test(c.last);
      // Runs on: a sentence broken by a line end; an attribution on a line of its own; the tail of a wrapped label value.
      const runsOn =
        (open && !c.labelled) ||
        /^[([【]/.test(l.text) ||
        /[::]/.test(c.last) ||
        (open && c.labelled && l.text.length < 8 && !/[。,,]/.test(l.text));
      if (runsOn && !c.heading && !isUnnumberedHeading(l.text)) {
        c.parts.push(l.text);
        c.end = l.end;
        c.last = l.text[l.text.length - 1] ?? '';
        c.labelled ||= /(?:单位|部门)[::]/.test(l.text);
        continue;
      }
    }
    flush();
    cur = {
      parts: [l.text],
      start: l.start,
      end: l.end,
      line: l.line,
      last: l.text[l.text.length - 1] ?? '',
      labelled: /(?:单位|部门)[::]/.test(l.text),
      heading: isUnnumberedHeading(l.text),
    };
  }
  flush();
  return out;
}
