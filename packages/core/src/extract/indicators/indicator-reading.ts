import type { Comparator, ExtractedIndicator } from '../plan-schema.js';
import { labelFor, type DueIndex, type DuePhrase, type LabelDue } from './indicator-due.js';
import { indicatorName, stripEnds } from './indicator-name.js';
import type { Quantity } from './indicator-numbers.js';
import type { ClauseIndex } from './indicator-text.js';
import type { IndicatorContext } from './indicator-context.js';
import { elidedObject } from './elided-object.js';

/** How far around a number its clause, name and status words are looked for (keeps long runs linear). */
export const REACH_BEFORE = 150;
export const REACH_AFTER = 80;

/** A quantity read as a target, with the clause and name found for it. */
export interface Reading {
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
/** A clause that only states a deadline ("到2022年,") travels with the targets after it. */
const DEADLINE_CLAUSE_RE =
  /^\s*(?:(?:到|至|截至|力争到|力争在)?\s*\d{4}\s*年(?:底|末)?(?:[和、及与]\d{4}\s*年(?:底|末)?)*(?:前|之前)?|(?:到|至)\s*[“"]?十[三四五]五[”"]?\s*(?:时期|期)?末)\s*$/;
/** A clause that opens on its comparator has its subject in the clause before. */
const SUBJECTLESS_RE =
  /^\s*(?:(?:到|至)\s*\d{4}\s*年(?:底|末)?)?(?:力争|确保|努力|要|并|均|分别|逐步|稳步|每年|每季度|每月|每周|每学期|全年|年均|累计)*(?:达到|达|不低于|不少于|至少|超过|不高于|不超过|提高|提升|下降|降低|降至|降到|控制在|保持|稳定在|由|从|较|比)/;

/**
 * A clause whose subject is a bare rate ("…开展视力检查,覆盖率达到93%"): what the rate is of is in the clause before,
 * unless that clause states a target of its own ("知晓率达到85%,支持率达到75%").
 */
/** The clause before without the ages that name a population ("0—6岁儿童", "65岁以上老年人"): they are no target. */
const withoutAges = (clause: string) => clause.replace(/\d{1,3}(?:\s*[—–\-~至]\s*\d{1,3})?\s*(?:周岁|岁)(?:及以上|以上|以下)?/g, '');
const BARE_RATE_RE = /^\s*\p{Script=Han}{1,2}率[^\d,;。]{0,6}$/u;

/**
 * A list of targets ("分别不低于22%和30%"): the last member's bound (以上) applies to all, and names written
 * before 分别 ("孕产妇死亡率、婴儿死亡率分别下降到…") go to the members in order. Returns the groups.
 */
export function spreadLists(half: string, readings: Reading[]): Map<number, Reading[]> {
  const byGroup = new Map<number, Reading[]>();
  for (const r of readings) {
    const members = byGroup.get(r.group);
    if (members) members.push(r);
    else byGroup.set(r.group, [r]);
  }
  for (const members of byGroup.values()) {
    const first = members[0];
    if (!first || members.length < 2) continue;
    const last = members.at(-1);
    // "1个环节、0.5个工作日办结": the bound of a member in another unit is its own.
    const lastBound = members.every((m) => m.q.unit === last?.q.unit) ? last?.q.bound : null;
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

/** What the readings of one text share: the text, its half-width copy and clause index, and its deadlines. */
export interface ReadingScope {
  text: string;
  half: string;
  /** Offset of `text` in the SourceText. */
  start: number;
  ctx: IndicatorContext;
  ix: ClauseIndex;
  dues: DueIndex;
  /** The deadlines labels in the text give (完成时限:…). */
  labels: LabelDue[];
}

/** The deadline of a reading: its phrase (one date per member of a 分别 list), else inherited, else the annual plan's year end. */
function dueOf({ ctx, ix, dues, labels, half }: ReadingScope, r: Reading, members: Reading[]): string | null {
  const sentenceStart = ix.sentenceStart(r.q.start);
  const found = dues.governing(r.q.start, sentenceStart, ix.sentenceEnd(r.q.start));
  const phrase =
    found &&
    !closesOwnClause(half, ix, found, r.q.start) &&
    !opensOtherWork(half, ix, found, r.q.start) &&
    !closesLaterWork(half, ix, found, r.q.start)
      ? found
      : null;
  if (phrase) {
    // "年内完成300家改造" in a row whose 完成时限 is 2026年11月底前: the column is the tighter limit of the same year.
    if (ctx.due && /^(?:年底|年末|年内)/.test(half.slice(phrase.start, phrase.end)) && ctx.due < (phrase.dates[0] ?? '')) return ctx.due;
    if (phrase.dates.length === members.length) return phrase.dates[members.indexOf(r)] ?? null;
    return (members.length === 1 ? phrase.dates[0] : phrase.dates.at(-1)) ?? null;
  }
  const yearEnd = ctx.annual && ctx.planYear !== null ? `${ctx.planYear}-12-31` : null;
  // "建立…机制,每年互派人员不少于6人次" under 时间节点:6月底前: a quota per year is met by the year's end, whatever date the
  // duty's other work is due.
  if (yearEnd && YEARLY_RE.test(half.slice(r.from, r.q.start))) return yearEnd;
  const label = labelFor(labels, r.q.start);
  return label ?? ctx.due ?? yearEnd;
}

/** "死亡率下降到每10万人260以下": a bare number after its per-capita base is a rate, "/10万" as a written rate is. */
const PER_CAPITA_BEFORE_RE = /每\s*(10万|十万|万|千|百)\s*(?:常住人口|人口|人)\s*$/;

function perCapitaRate(before: string): string {
  const base = PER_CAPITA_BEFORE_RE.exec(before)?.[1];
  return base ? `/${base === '十万' ? '10万' : base}` : '';
}

/** A quota per year ("每年互派…"), not a rate per head and year ("每人每年720元"). */
const YEARLY_RE = /(?<!每\p{Script=Han}{1,3})每年(?!\d)/u;

/**
 * "完成适老化改造家庭300户,11月底前建成社区长者食堂3家": a deadline after the target that opens a clause with a quantity of
 * its own closes that clause's work, not the target before it ("体检率不低于70%,9月30日前完成体检任务" still closes the target's).
 */
function opensOtherWork(half: string, ix: ClauseIndex, p: DuePhrase, pos: number): boolean {
  if (p.start < pos || ix.clauseStart(p.start) <= pos) return false;
  return /\d/.test(half.slice(p.end, ix.clauseEnd(p.start)));
}

/**
 * "新增省级健康促进县2个,指导两县做好国家级评估准备,10月底前完成省级技术评估": a deadline that closes work of its own
 * past another clause of other work (no quantity there) closes that later work, not the target two clauses back. A
 * deadline that closes the item's whole 任务 ("…,同步完善设施,9月底前完成年度任务") still covers the target.
 */
// "…,2024年9月底前完成": a deadline with nothing but its closing verb names no work of its own.
const BARE_CLOSE_RE = /^\s*(?:(?:全部|全面|均|基本|并)?\s*(?:完成|完工|竣工|建成|投入使用|投入运营|投用|上线|交付|到位)\s*)+/;

function closesLaterWork(half: string, ix: ClauseIndex, p: DuePhrase, pos: number): boolean {
  if (p.start < pos || p.carries) return false;
  const targetEnd = ix.clauseEnd(pos);
  const dueFrom = ix.clauseStart(p.start);
  const between = half.slice(targetEnd, dueFrom);
  if (dueFrom <= targetEnd + 1 || /\d/.test(between) || !/\p{Script=Han}{4}/u.test(between)) return false;
  // An attribution in brackets after the deadline ("(X牵头)") is no work.
  const work = (half.slice(p.end, ix.clauseEnd(p.start)).split(/[(（【[]/)[0] ?? '').replace(BARE_CLOSE_RE, '');
  return /\p{Script=Han}{2}/u.test(work) && !/任务|工作/.test(work);
}

/**
 * "9月底前实现站点全覆盖,平均反应时间控制在15分钟以内": a date deadline (not a carried 到YYYY年) that opens an earlier
 * clause of the sentence together with its own work closes that work; the target in a later clause is not bound by it.
 * A deadline standing alone as its clause ("6月底前,…") still governs what follows.
 */
function closesOwnClause(half: string, ix: ClauseIndex, p: DuePhrase, pos: number): boolean {
  if (p.carries || p.end > pos || ix.clauseStart(pos) <= p.start) return false;
  const rest = half.slice(p.end, ix.clauseEnd(p.start));
  if (!/\p{Script=Han}{2}/u.test(rest.replace(/^\s*(?:之前|以前|前|底|末)/, ''))) return false;
  // "9月底前完成患者季度随访,随访率不低于90%": the target measures the very work the deadline closes.
  const work = /(\p{Script=Han}{2})[\s。.;;,,]*$/u.exec(rest)?.[1];
  return !(work && ix.clauseStart(pos) === ix.clauseEnd(p.start) + 1 && half.slice(ix.clauseStart(pos), pos).includes(work));
}

/** The indicator of a reading: its clause widened to a subject the clause lacks, its unit as written, its deadline. */
export function toIndicator(scope: ReadingScope, r: Reading, members: Reading[]): ExtractedIndicator {
  const { text, half, start, ctx, ix } = scope;
  let from = r.from;
  const prevClauseStart = from > 0 ? Math.max(ix.clauseStart(from - 1), from - 40) : from;
  // A clause that is only a deadline, or a clause with no subject of its own (",力争达到90%"), takes the clause before it.
  if (
    from > 0 &&
    (DEADLINE_CLAUSE_RE.test(half.slice(prevClauseStart, from - 1)) ||
      SUBJECTLESS_RE.test(half.slice(from, Math.min(r.q.start, from + 40))) ||
      (BARE_RATE_RE.test(half.slice(from, r.q.start)) &&
        half[from - 1] === ',' &&
        !/\d/.test(withoutAges(half.slice(prevClauseStart, from)))))
  )
    from = prevClauseStart;
  const object =
    from === r.from && half[from - 1] === ',' ? elidedObject(half.slice(prevClauseStart, from - 1), half.slice(from, r.q.start)) : null;
  if (object) from = prevClauseStart;
  const raw = text.slice(from, r.to);
  const clause = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  const name = object || r.name || (from < r.from ? stripEnds(half.slice(from, r.from)) : '') || clause;
  return {
    name,
    text: clause,
    baseline: r.baseline,
    target: r.q.value,
    // The measure word as written ("/10万" after "10", "條" in a traditional copy), full-width forms folded.
    unit:
      text.slice(r.q.unitFrom, r.q.unitTo).normalize('NFKC').replace(/\s+/g, '') ||
      perCapitaRate(half.slice(Math.max(0, r.q.start - 12), r.q.start)),
    comparator: r.comparator,
    due: dueOf(scope, r, members),
    source: { start: start + from + lead, end: start + from + lead + clause.length, line: ctx.line + ix.linesBefore(from + lead) },
  };
}
