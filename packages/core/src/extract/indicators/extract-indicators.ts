import type { Comparator, ExtractedIndicator } from '../plan-schema.js';
import { readComparator } from './indicator-comparator.js';
import { DueIndex, findDuePhrases, labelDue } from './indicator-due.js';
import { indicatorName, stripEnds } from './indicator-name.js';
import { findQuantities, mayHoldQuantity, type Quantity } from './indicator-numbers.js';
import { SpanLocator } from './indicator-span.js';
import { ClauseIndex, halfWidth, QuotedSpans } from './indicator-text.js';

/** What an indicator needs to know about where its sentence stands. */
export interface IndicatorContext {
  /** The plan's year, for "年底前" and for annual plans. */
  planYear: number | null;
  /** Annual plan: targets without a deadline of their own are due at the plan year's end. */
  annual: boolean;
  /** 1-based line of `start`, for source positions. */
  line: number;
  /** A deadline inherited from the enclosing task, section or table column (ISO), used when the text names none. */
  due?: string | null;
  /**
   * The whole SourceText.text. Give it when `text` is a cleaned copy of the document (item marker dropped,
   * lines joined): spans are then placed where each clause really is, not at its offset in the copy.
   */
  sourceText?: string;
  /** The document reports on an inspection or a rectification (督查通报, 整改台账): its counts are of problems found. */
  findings?: boolean;
}

/** Words that mark a clause as describing the present state rather than setting a target. */
const STATUS_RE =
  /共有|(?<!确保|要|将)已(?!有效|婚)|累计建成|目前|现状|(?:检查|督查|暗访|巡查|抽查|共|累计)发现|发现(?:问题|隐患)|查处(?!率)|查获|共计|共(?:检查|抽查|排查|督查|出动|下发)|浏览|点击|访问量|阅读量|阅读[::]/;
/** 对 before a count, with at most a short qualifier (对全县14个乡镇, 对督查发现的193个问题): the objects of the work. */
const SCOPE_RE = /对[^\d,,。;;、]{0,8}$/;
/** "现有" (existing) states the present only when no comparator follows it ("现有公厕改造率达到100%" is a target). */
const EXISTING_RE = /现有/;
const AS_OF_RE = /截[至止]\s*(?:目前|\d{4})/;
/** A look back (a plan's 发展基础 / 现状 paragraphs): what was achieved, not what is to be reached. */
const RETROSPECT_RE =
  /十[一二三]五["”]?(?:期间|时期)|过去(?:五|5|几)年|[五三十]年来|近(?:几)?年来|多年来|\d{4}\s*年以来|(?:提高|下降|增长|达到|降低|增加|减少|提升|上升|完成|建成|创建|新增|超过)了/;
/** A sentence opening on a past year ("2020年,全市…", "截至2020年底…") in a plan about a later year. */
const PAST_YEAR_RE = /^\s*(?:截至|截止到?|到)?\s*(\d{4})\s*年(?:底|末)?/;
/** Words that turn a sentence back to the future after a statement of the present. */
const FUTURE_RE = /到\s*\d{4}|力争|目标|确保|计划|将/;
/** "由91%提高至93%": what sits between a baseline and its target. */
const PAIR_GAP_RE = /^\s*(提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|缩短|压缩)?\s*(?:到|至)\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$/;
const PAIR_FROM_RE = /(?:由|从)\s*(?:\d{4}\s*年(?:底|末)?的?)?\s*$/;
/** What sits between the members of a list of targets ("22%和30%", "4.0‰、4.5‰"). */
const LIST_GAP_RE = /^\s*(?:和|、|及|与|或|,)\s*$/;
/** A clause that only states a deadline ("到2022年,") travels with the targets after it. */
const DEADLINE_CLAUSE_RE =
  /^\s*(?:(?:到|至|截至|力争到|力争在)?\s*\d{4}\s*年(?:底|末)?(?:[和、及与]\d{4}\s*年(?:底|末)?)*(?:前|之前)?|(?:到|至)\s*[“"]?十[三四五]五[”"]?\s*(?:时期|期)?末)\s*$/;
/** A clause that opens on its comparator has its subject in the clause before. */
const SUBJECTLESS_RE =
  /^\s*(?:(?:到|至)\s*\d{4}\s*年(?:底|末)?)?(?:力争|确保|努力|要|并|均|分别|逐步|稳步|每年|每季度|每月|每周|每学期|全年|年均|累计)*(?:达到|达|不低于|不少于|至少|超过|不高于|不超过|提高|提升|下降|降低|降至|降到|控制在|保持|稳定在|由|从|较|比)/;
/** Verbs kept in a count's name (创建6家… → 创建健康促进医院); comparators are not. */
const COUNT_VERB_RE = /^(?:新增|创建|建设|新建|建成|完成)/;

/** How far around a number its clause, name and status words are looked for (keeps long runs linear). */
const REACH_BEFORE = 150;
const REACH_AFTER = 80;

interface Reading {
  q: Quantity;
  baseline: number | null;
  comparator: Comparator;
  explicit: boolean;
  wordStart: number;
  /** Offsets of the clause (the indicator's text) in the half-width text. */
  from: number;
  to: number;
  name: string;
  /** Targets read together (a 分别 list, "22%和30%") share a group. */
  group: number;
}

/** A time span is a target only with a comparator or a bound ("不少于1小时", "1小时以上"), not "24小时内报告". */
const TIME_UNIT_RE = /^(?:小时|分钟|天|个月|个工作日)$/;
const isYear = (q: Quantity) => q.unit === '' && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100;

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
      const paren = half.slice(end, limit).search(/[((]/);
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
    const reading = readComparator(half.slice(beforeFrom, q.start), q.bound, q.unit);
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
  if (readings.length === 0) return [];
  const groups = spreadLists(half, readings);
  const dues = new DueIndex(findDuePhrases(half, ctx.planYear, quoted));
  const label = labelDue(half, ctx.planYear);
  const out = readings.map((r) => toIndicator(text, half, start, ctx, ix, r, dues, groups.get(r.group) ?? [r], label));
  if (ctx.sourceText !== undefined && out.length) relocate(out, ctx.sourceText, start, text.length, ctx.line);
  return out;
}

/** Moves each span to where its clause is in the document (see IndicatorContext.sourceText). */
function relocate(out: ExtractedIndicator[], sourceText: string, start: number, length: number, line: number): void {
  const from = Math.max(0, start - 400);
  const to = Math.min(sourceText.length, start + 2 * length + 400);
  const breaks: number[] = [];
  for (let k = sourceText.indexOf('\n', from); k >= 0 && k < to; k = sourceText.indexOf('\n', k + 1)) breaks.push(k);
  const before = (offset: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const base = before(start);
  const lineOf = (offset: number) => Math.max(1, line + before(offset) - base);
  const locator = new SpanLocator(sourceText);
  for (const ind of out) ind.source = locator.locate(ind.text, ind.source, lineOf);
}

/** Whether a quantity is a target: a unit or a written comparator, and not a statement of the present. */
function accept(half: string, ix: ClauseIndex, q: Quantity, explicit: boolean, comparator: Comparator, ctx: IndicatorContext): boolean {
  const planYear = ctx.planYear;
  const from = Math.max(ix.sentenceStart(q.start), q.start - REACH_BEFORE);
  const before = half.slice(from, q.start);
  const past = PAST_YEAR_RE.exec(before);
  if (past && planYear !== null && Number(past[1]) < planYear && !/^\s*到/.test(before)) return false;
  const status = STATUS_RE.exec(before) ?? RETROSPECT_RE.exec(before) ?? (explicit ? null : EXISTING_RE.exec(before));
  if (status && !FUTURE_RE.test(before.slice(status.index))) return false;
  // "截至2020年底,…为21.3%": a count of where things stand, unless a target verb says otherwise.
  if (AS_OF_RE.test(before) && (!explicit || /为\s*$/.test(before.slice(-3)))) return false;
  if (TIME_UNIT_RE.test(q.unit) && !explicit && q.bound === null) return false;
  // In a bulletin or a rectification ledger, "对6个农贸市场开展回头看", "对园区42家企业开展治理": the count names the
  // problems found that the work is done to, not a result to reach.
  if (ctx.findings && !explicit && q.bound === null && SCOPE_RE.test(before)) return false;
  // "3类重大疾病", "2种基础疾病" define a group; "扩大到30种" sets a target.
  if (/^(?:种|类)$/.test(q.unit) && comparator === '=') return false;
  if (q.unit !== '') return true;
  return !isYear(q) && (explicit || q.bound !== null);
}

/**
 * A list of targets ("分别不低于22%和30%"): the last member's bound (以上) applies to all, and names written
 * before 分别 ("孕产妇死亡率、婴儿死亡率分别下降到…") go to the members in order. Returns the groups.
 */
function spreadLists(half: string, readings: Reading[]): Map<number, Reading[]> {
  const byGroup = new Map<number, Reading[]>();
  for (const r of readings) {
    const members = byGroup.get(r.group);
    if (members) members.push(r);
    else byGroup.set(r.group, [r]);
  }
  for (const members of byGroup.values()) {
    const first = members[0];
    if (!first || members.length < 2) continue;
    const lastBound = members.at(-1)?.q.bound;
    const to = Math.max(...members.map((m) => m.to));
    for (const m of members) {
      if (lastBound && m.q.bound === null && m.comparator === first.comparator && (m.comparator === '=' || m.comparator === lastBound))
        m.comparator = lastBound;
      m.from = first.from;
      m.to = to;
    }
    const head = half.slice(first.from, first.q.start);
    const k = head.indexOf('分别');
    if (k < 0) continue;
    const names = head
      .slice(0, k)
      .split(/[、和及与]/)
      .map((s) => indicatorName(s, s, '', '%', true))
      .filter(Boolean);
    if (names.length === members.length) members.forEach((m, i) => (m.name = names[i] ?? m.name));
  }
  return byGroup;
}

/** The deadline of a reading: its phrase (one date per member of a 分别 list), else inherited, else the annual plan's year end. */
function dueOf(
  ctx: IndicatorContext,
  ix: ClauseIndex,
  r: Reading,
  dues: DueIndex,
  members: Reading[],
  label: string | null,
): string | null {
  const phrase = dues.governing(r.q.start, ix.sentenceStart(r.q.start), ix.sentenceEnd(r.q.start));
  if (phrase) {
    if (phrase.dates.length === members.length) return phrase.dates[members.indexOf(r)] ?? null;
    return (members.length === 1 ? phrase.dates[0] : phrase.dates.at(-1)) ?? null;
  }
  return label ?? ctx.due ?? (ctx.annual && ctx.planYear !== null ? `${ctx.planYear}-12-31` : null);
}

function toIndicator(
  text: string,
  half: string,
  start: number,
  ctx: IndicatorContext,
  ix: ClauseIndex,
  r: Reading,
  dues: DueIndex,
  members: Reading[],
  label: string | null,
): ExtractedIndicator {
  let from = r.from;
  const prevClauseStart = from > 0 ? Math.max(ix.clauseStart(from - 1), from - 40) : from;
  // A clause that is only a deadline, or a clause with no subject of its own (",力争达到90%"), takes the clause before it.
  if (
    from > 0 &&
    (DEADLINE_CLAUSE_RE.test(half.slice(prevClauseStart, from - 1)) ||
      SUBJECTLESS_RE.test(half.slice(from, Math.min(r.q.start, from + 40))))
  )
    from = prevClauseStart;
  const raw = text.slice(from, r.to);
  const clause = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  const name = r.name || (from < r.from ? stripEnds(half.slice(from, r.from)) : '') || clause;
  return {
    name,
    text: clause,
    baseline: r.baseline,
    target: r.q.value,
    // The measure word as written ("/10万" after "10", "條" in a traditional copy), full-width forms folded.
    unit: text.slice(r.q.unitFrom, r.q.unitTo).normalize('NFKC'),
    comparator: r.comparator,
    due: dueOf(ctx, ix, r, dues, members, label),
    source: { start: start + from + lead, end: start + from + lead + clause.length, line: ctx.line + ix.linesBefore(from + lead) },
  };
}
