import type { ExtractedIndicator } from '../plan-schema.js';
import { readComparator } from './indicator-comparator.js';
import { closingDeadline, DueIndex, findDuePhrases, labelDues } from './indicator-due.js';
import { indicatorName } from './indicator-name.js';
import { findQuantities, mayHoldQuantity } from './indicator-numbers.js';
import { relocate } from './indicator-span.js';
import { ClauseIndex, halfWidth, QuotedSpans } from './indicator-text.js';
import type { IndicatorContext } from './indicator-context.js';
import { REACH_AFTER, REACH_BEFORE, spreadLists, toIndicator, type Reading, type ReadingScope } from './indicator-reading.js';
import { accept } from './indicator-status.js';
import { dropCountsUnderShare, dropQualifierCounts } from './qualifier-count.js';
import { dropRestatedTargets, foldStatusLines } from './assessment-cells.js';
import { splitSharedTargets } from './shared-target.js';

export type { IndicatorContext } from './indicator-context.js';

/** "由91%提高至93%": what sits between a baseline and its target. */
const PAIR_GAP_RE = /^\s*(提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|缩短|压缩)?\s*(?:到|至)\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$/;
const PAIR_FROM_RE = /(?:由|从)\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$/;
/** What sits between the members of a list of targets ("22%和30%", "4.0‰、4.5‰"). */
const LIST_GAP_RE = /^\s*(?:和|、|及|与|或|,)\s*$/;
/** Verbs kept in a count's name (创建6家… → 创建健康促进医院); comparators are not. */
const COUNT_VERB_RE = /^(?:新增|创建|建设|新建|建成|完成)/;

/**
 * Finds the numeric targets in one clause or paragraph of prose.
 * `start` is the offset of `text` in the SourceText, so positions point into the document.
 *
 * @example
 * extractIndicators('到2025年,城区污水处理率由91%提高至93%。', 0, { planYear: null, annual: false, line: 1 })
 * // [{ name: '城区污水处理率', text: '到2025年,城区污水处理率由91%提高至93%', baseline: 91, target: 93,
 * //    unit: '%', comparator: '>=', due: '2025-12-31', source: { start: 0, end: 22, line: 1 } }]
 */
export function extractIndicators(text: string, start: number, ctx: IndicatorContext): ExtractedIndicator[] {
  const half = halfWidth(text);
  // Most task texts hold no number, or only numbers that are no quantity (dates, names): nothing to read,
  // so neither the quote mask nor the clause index is built for them.
  if (!mayHoldQuantity(half)) return [];
  const quoted = new QuotedSpans(half);
  const qs = findQuantities(half, quoted);
  if (qs.length === 0) return [];
  const ix = new ClauseIndex(half);
  const readings: Reading[] = [];
  let group = 0;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    if (!q) continue;
    const prev = qs[i - 1];
    const next = qs[i + 1];
    const from = Math.max(ix.clauseStart(q.start), q.start - REACH_BEFORE);
    // The clause ends at , ; 。 — or at a parenthesis after the number (an attribution such as "(市卫生健康委)").
    const to = (end: number) => {
      const limit = Math.min(ix.clauseEnd(end), end + REACH_AFTER);
      // A short note inside the noun ("专(兼)职教师", "10个县(市、区)开展…") does not end it.
      const paren = half
        .slice(end, limit)
        .search(/[((](?!\p{Script=Han}{1,2}[))]\p{Script=Han}|\p{Script=Han}(?:、\p{Script=Han}){1,2}[))]\p{Script=Han})/u);
      return paren >= 0 ? end + paren : limit;
    };
    // The baseline of "由A提高至B" is read together with B.
    const gap = next ? PAIR_GAP_RE.exec(half.slice(q.end, Math.min(next.start, q.end + 24))) : null;
    if (next && gap && next.start - q.end <= 24 && PAIR_FROM_RE.test(half.slice(Math.max(from, q.start - 12), q.start))) {
      i++;
      if (!accept(half, ix, next, true, '>=', ctx)) continue;
      const down = /下降|降低|减少|缩小|缩短|压缩/.test(gap[1] ?? '');
      const fromWord = PAIR_FROM_RE.exec(half.slice(Math.max(from, q.start - 12), q.start));
      const beforeWord = half.slice(from, fromWord ? Math.max(from, q.start - 12) + fromWord.index : q.start);
      readings.push({
        q: next,
        baseline: q.value,
        comparator: next.bound ?? (down ? '<=' : '>='),
        explicit: true,
        wordStart: 0,
        from,
        to: to(next.end),
        name: indicatorName(beforeWord, beforeWord, '', next.unit || q.unit, true),
        group: ++group,
      });
      continue;
    }
    const last = readings.at(-1);
    const sameKind = (q.unit === '') === (prev?.unit === '');
    if (
      prev &&
      last &&
      last.q === prev &&
      sameKind &&
      prev.end <= q.start &&
      q.start - prev.end <= 3 &&
      LIST_GAP_RE.test(half.slice(prev.end, q.start))
    ) {
      readings.push({ ...last, q, baseline: null, comparator: q.bound ?? last.comparator, to: to(q.end) });
      continue;
    }
    const segStart = Math.max(from, prev && prev.end > from ? prev.end : from);
    const beforeFrom = Math.max(segStart, q.start - 24);
    const read = readComparator(half.slice(beforeFrom, q.start), q.bound, q.unit);
    // "至少建成1个胸痛中心和1个卒中中心": the bound before the first count of a pair joined by 和 holds for both.
    const paired =
      !read.explicit &&
      prev &&
      last?.q === prev &&
      (last.comparator === '>=' || last.comparator === '<=') &&
      PAIRED_COUNT_RE.test(half.slice(prev.end, q.start));
    const reading = paired ? { ...read, comparator: last.comparator, explicit: true } : read;
    if (!accept(half, ix, q, reading.explicit, reading.comparator, ctx)) continue;
    // A bare value ("≥22", "90%" alone on a line, a table cell read as prose) names nothing it measures.
    const around = half.slice(from, q.start) + half.slice(q.end, to(q.end));
    if (!/\p{Script=Han}/u.test(around.replace(/以上|以下|以内|及以上|左右/g, ''))) continue;
    const wordAbs = beforeFrom + reading.wordStart;
    const keepVerb = COUNT_VERB_RE.test(half.slice(wordAbs, q.start));
    const segFrom = Math.max(segStart, ix.clauseStart(q.start, true), q.start - 40);
    readings.push({
      q,
      baseline: null,
      comparator: reading.comparator,
      explicit: reading.explicit,
      wordStart: wordAbs,
      from,
      to: to(q.end),
      name: indicatorName(
        half.slice(segFrom, Math.max(segFrom, wordAbs)),
        half.slice(segFrom, q.start),
        half.slice(q.end, to(q.end)),
        q.unit,
        !keepVerb,
      ),
      group: ++group,
    });
  }
  dropRestatedCells(half, readings);
  foldStatusLines(half, readings);
  dropRestatedTargets(half, readings);
  dropQualifierCounts(half, ix, readings);
  dropCountsUnderShare(half, ix, readings);
  splitSharedTargets(half, ix, readings, () => ++group);
  if (readings.length === 0) return [];
  const groups = spreadLists(half, readings);
  const phrases = findDuePhrases(half, ctx.planYear, quoted);
  const dues = new DueIndex(phrases);
  const labels = labelDues(half, ctx.planYear);
  // A deadline closing the item after its attribution stands for a time-limit label when the item has none.
  const scope: ReadingScope = { text, half, start, ctx, ix, dues, labels: labels.length ? labels : closingDeadline(half, phrases) };
  const out = readings.map((r) => toIndicator(scope, r, groups.get(r.group) ?? [r]));
  if (ctx.sourceText !== undefined && out.length) relocate(out, ctx.sourceText, start, text.length, ctx.line);
  return out;
}

/** What lies between two counts joined as one target: the first count's noun, then 和 ("1个胸痛中心和"). */
const PAIRED_COUNT_RE = /^\p{Script=Han}{2,8}(?:和|及)$/u;

/** A line that holds only a value and its comparator ("≥30%", "12个", "同比下降20%"): a goal cell under its duty. */
const VALUE_LINE_RE = /^[≤≥<>=]?(?:同比|较上年)?(?:下降|降低|减少|提高|提升|增加|增长)?$/;

/**
 * Drops, in place, a value cell that restates the target its duty has just stated in prose ("…比例不低于70%" ⏎ "≥70%"):
 * one target read twice.
 */
function dropRestatedCells(half: string, readings: Reading[]): void {
  for (let i = readings.length - 1; i > 0; i--) {
    const { q } = readings[i] as Reading;
    const lineFrom = half.lastIndexOf('\n', q.start - 1) + 1;
    const lineTo = half.indexOf('\n', q.end);
    const rest = half.slice(lineFrom, q.start).trim() + half.slice(q.end, lineTo < 0 ? half.length : lineTo).trim();
    if (!VALUE_LINE_RE.test(rest)) continue;
    if (readings.slice(0, i).some((r) => r.q.value === q.value && r.q.unit === q.unit && r.q.end <= lineFrom)) readings.splice(i, 1);
  }
}
